"""What each item of a sheet holds, read once: its headings and body as canonical words,
the kinds of answer it gives (a date, a place, a name, a count, a reason), its sentences
as passages, and the names and acronyms the sheet uses."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from aimeeting.answers.faq.words import (
    DONE,
    EVENT_NOUNS,
    IRREGULAR,
    MAX_LOOKUPS,
    MONTH_WORDS,
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    canonical_form,
    content_words,
    event_stems,
    month_stems,
    sentences_of,
    word_tokens,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

    from aimeeting.briefing.model import Briefing, Challenge, Outcome, Role

MAX_TEXT_CHARS = 20_000
"""Characters the matcher reads of one text. An answer on a fact sheet is a paragraph or
two; a text of megabytes (a pasted report) would make every question wait while each of
its sentences is read. Past this the matcher reads no further: it may miss, and it never
reads half a sentence."""
_TEXT_END = re.compile(r"[.;:!?](?=\s)")


def within_reach(briefing: Briefing) -> Briefing:
    """``briefing`` as the matcher reads it: a copy whose texts longer than MAX_TEXT_CHARS
    end at the last sentence that starts within them; the briefing itself when none is."""
    from aimeeting.sections import ITEM_SECTIONS

    update: dict[str, object] = {}
    for key in ITEM_SECTIONS:
        items = getattr(briefing, key)
        cut = [_cut_texts(item) for item in items]
        if any(new is not old for new, old in zip(cut, items, strict=True)):
            update[key] = cut
    if (event := _cut_texts(briefing.event)) is not briefing.event:
        update["event"] = event
    return briefing.model_copy(update=update) if update else briefing


def _cut_texts(item: BaseModel) -> BaseModel:
    long = {
        name: value
        for name, value in vars(item).items()
        if isinstance(value, str) and len(value) > MAX_TEXT_CHARS
    }
    if not long:
        return item
    cut = {}
    for name, value in long.items():
        head = value[:MAX_TEXT_CHARS]
        ends = [m.end() for m in _TEXT_END.finditer(head)]
        cut[name] = head[: ends[-1]] if ends else head
    return item.model_copy(update=cut)


_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_DATE_NUMBERS = re.compile(
    r"\b(?:1[89]|20)\d\d(?:-\d\d){0,2}\b"
    r"|\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?=(?:" + "|".join(MONTHS) + r")\b)"
    r"|\b(?:" + "|".join(MONTHS) + r")\s+\d{1,2}\b",
    re.IGNORECASE,
)
"""Years and days of months: numbers that date something, not counts."""
_SHARE = re.compile(
    r"\b(?:one|two|three|\d+) (?:in|out of) (?:two|three|four|five|ten|\d+)\b"
    r"|\b(?:half|a third|two thirds|a quarter|three quarters|a fifth|a tenth|a twentieth)\b"
    r"|\d\s*%|\bper ?cent\b",
    re.IGNORECASE,
)
"""Words that give a share ("one in two", "half", "5 %"): what "what share of" asks for."""
_REASON = re.compile(
    r"\b(?:because|reasons?|due to|owing to|so that|in order to|thanks to|as a result|while)\b",
    re.IGNORECASE,
)
"""Words that give a reason: an item without one does not answer 'why' ("the US stayed out"
says that it did, not why)."""
_CLAUSE_END = re.compile(r"[,;:()?!–—]|\.(?:\s|$)")
_JOINED_ROLES = re.compile(r"([\w-]+) and ([\w-]+) ((?:of|for|at) .+)")
"""Two roles of one thing, joined: "host and co-chair of the summit"."""
SECTION_WORD = {"outcomes": "outcome", "challenges": "challenge"}
"""What every item of a section is, though it need not say so: an outcome is something the
meeting produced (or was expected to), a challenge a problem it faces."""


class Found(NamedTuple):
    """An item that answers (or may answer) a question."""

    section: str  # the briefing key: "faq", "key_facts", "timeline", ...
    item_id: str
    score: float


class _Passage(NamedTuple):
    """One sentence of an item's body, which may answer a question on its own."""

    text: str
    kinds: frozenset[str]  # the kinds of answer the sentence itself holds
    names: frozenset[str]  # the words of the names it gives (as written)
    places: frozenset[str]  # ... and of the places
    facts: frozenset[str] = frozenset()  # what it answers with, by kind ("count:60")
    runs: frozenset[tuple[str, ...]] = frozenset()  # its names, each on its own


class Item(NamedTuple):
    """One item of the sheet as text: where it says what it is about, and the rest."""

    section: str
    item_id: str
    heads: tuple[str, ...]  # FAQ question and aliases; label and value; title; name, roles
    body: tuple[str, ...]  # answer; detail; quote text, role, occasion
    kinds: frozenset[str]  # the kinds of answer it holds: "when", "where", "who", "count"
    extra: tuple[str, ...] = ()  # words it answers with but does not say ("say" for quotes)
    names: int = 0  # how many of the first heads are names (a name, a surname, an acronym)
    who: frozenset[str] = frozenset()  # the words of the names it gives (as written)
    who_runs: frozenset[tuple[str, ...]] = frozenset()  # ... each name on its own
    passages: tuple[_Passage, ...] = ()  # body sentences that may answer on their own
    facts: frozenset[str] = frozenset()  # what it answers with: "where:eastvale", "when:2027"
    done: str = ""  # a timeline title's last word, when it says what was done ("announced")
    unsaid: tuple[str, ...] = ()  # questions its answer says it cannot answer
    said_at: tuple[str, ...] = ()  # a quote's occasion and date: where and when it was said


class Said(NamedTuple):
    """A passage as a query sees it."""

    unit: tuple[str, ...]  # its content words in order
    words: frozenset[str]
    kinds: frozenset[str]
    names: frozenset[str]
    places: frozenset[str]
    facts: frozenset[str]
    runs: tuple[frozenset[str], ...]
    undone: frozenset[str] = frozenset()  # what it says was done, not by whom ("is named")
    by_host: frozenset[str] = frozenset()  # what it says the host did ("put forward by the host")


class Doc(NamedTuple):
    """What one item offers a query, computed once per item."""

    section: str
    item_id: str
    heads: tuple[frozenset[str], ...]  # each heading or way of asking, on its own
    head_words: frozenset[str]
    words: frozenset[str]  # every content word of the item
    units: tuple[tuple[str, ...], ...]  # headings and body sentences, words in order
    kinds: frozenset[str]
    asked: bool  # an FAQ entry: its question words must be how it is asked
    names: int  # how many of the first heads are names
    head_units: int  # how many of the first units are headings (the rest: body sentences)
    who: frozenset[str]  # the words of the names it gives
    who_runs: tuple[frozenset[str], ...]  # ... each name on its own
    passages: tuple[Said, ...]
    clauses: tuple[tuple[str, ...], ...]  # its headings cut at punctuation, words in order
    named: tuple[tuple[str, ...], ...]  # each clause up to its first preposition or "of"
    facts: frozenset[str]  # what it answers with, by kind: "where:eastvale", "when:2027-02"
    name_clauses: int  # how many of the first clauses are a party's names
    titles: tuple[bool, ...]  # whether each clause begins with a capital ("Vice President")
    cores: tuple[frozenset[str], ...]  # each heading up to its first comma or preposition
    done: str = ""  # what its title says was done to it, last ("Tokyo meeting announced")
    unsaid: frozenset[str] = frozenset()  # the words of what its answer says was not found
    unsaid_only: frozenset[str] = frozenset()  # ... those no other heading of it says
    only_placed: frozenset[str] = frozenset()  # names it says only as where ("in India")
    said_at: frozenset[str] = frozenset()  # the words of a quote's occasion and date


COUNT = re.compile(r"(?!(?:1[89]|20)\d\d$)\d+(?:[.,]\d+)*|" + "|".join(sorted(NUMBER_WORDS)))
"""A number that is not a year."""
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


_NAMED_YEAR = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Þ][\w'’-]*+\s+){1,12}(?!(?:"
    + "|".join(m.title() for m in MONTHS)
    + r")\b)"
    r"[A-ZÀ-Þ][\w'’-]*+\s+(?:1[89]|20)\d\d\b"
)
"""A year ending a name of capitalised words ("Action Plan 2026"): part of the name, which
dates nothing ("when was the plan adopted" is not answered by its name)."""


def _without_named_years(text: str) -> str:
    return _NAMED_YEAR.sub(lambda match: match.group()[:-4], text)


def _dates_in(text: str) -> set[str]:
    """The months ("2023-05") and, where no month is given, the years a text dates."""
    text = _without_named_years(text)
    found = {
        f"{year}-{MONTHS.index(month.casefold()) + 1:02d}"
        for month, year in _MONTH_YEAR.findall(text)
    }
    years = {d[:4] for d in found}
    return found | {year for year in YEAR.findall(text) if year not in years}


def _has_date(texts: Iterable[str]) -> bool:
    return any(_DATE.search(_without_named_years(text)) for text in texts)


def _has_number(texts: Iterable[str]) -> bool:
    """Whether the texts give a count: a number that is not a year or a day of a month."""
    undated = [_DATE_NUMBERS.sub(" ", text) for text in texts]
    # ("One" is as often a pronoun: "not one of these summits", "the one she announced".)
    words = NUMBER_WORDS - {"one"}
    return any(NUMBER.search(text) or words & set(word_tokens(text)) for text in undated)


def read_items(briefing: Briefing, places: frozenset[str], names: frozenset[str]) -> list[Item]:
    """Every item of the sheet, in section order, as headings and body."""

    # A party is named by its name, a shorter name or a surname, all its words together:
    # "Data" alone does not name the "Committee on Data and Research".
    parties = {
        tuple(word_tokens(called))
        for party in briefing.people
        for called in _names(party.name, person=party.kind == "person")
    }
    parties |= {tuple(word_tokens(venue.country)) for venue in briefing.event.venues}
    parties.discard(())
    party_words = {word for name in parties for word in name}
    cities = {word for venue in briefing.event.venues for word in word_tokens(venue.city)}
    # Words capitalised alone inside sentences ("in Eastvale"), but not the sheet's topic
    # ("AI", in a quarter of its texts or more): names wherever they stand.
    sheet = list(_all_texts(briefing))
    spread = Counter(word for text in sheet for word in set(word_tokens(text)))
    topic = {word for word, n in spread.items() if n >= max(3, len(sheet) / 4)}
    proper = _lone_names(sheet) - STOPWORDS - MONTH_WORDS - topic

    # Names by their first word, a bounded few each: finding them costs a look-up a word.
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in sorted(parties):
        if len(by_first[name[0]]) < MAX_LOOKUPS:
            by_first[name[0]].append(name)
    known: dict[str, frozenset[tuple[str, ...]]] = {}
    dropped = STOPWORDS | MONTH_WORDS | (cities - party_words) | topic

    def runs_in(text: str) -> frozenset[tuple[str, ...]]:
        """The names a text gives, each as its words: a party's name, a run of capitalised
        words, a word the sheet capitalises alone inside sentences ("Eastvale hosts ...").
        The event's own cities are where, not who ("experts would meet in Northport")."""
        if text not in known:
            tokens = word_tokens(text)
            runs = {
                name
                for i, token in enumerate(tokens)
                for name in by_first.get(token, ())
                if tokens[i : i + len(name)] == name
            }
            runs.update(tuple(word_tokens(m.group(1))) for m in _NAME.finditer(text))
            runs.update((word,) for word in _lone_names((text,)) | proper if word in tokens)
            kept = {run for r in runs if (run := tuple(w for w in r if w not in dropped))}
            # A name inside a longer one is part of it: "Open Data Partners Circle" in
            # "Open Data Partners Circle Work Plan 2026" names the plan.
            known[text] = frozenset(
                run for run in kept if not any(set(run) < set(other) for other in kept)
            )
        return known[text]

    def located(text: str) -> set[str]:
        """The place words of a text, but not in a name of something else ("Northport" in
        "runs the Northport Data Process reporting scheme"), nor the sheet's topic."""
        runs = [set(word_tokens(match.group(1))) for match in _NAME.finditer(text)]
        inside = {word for run in runs if len(run) > 1 and not run <= places for word in run}
        return {word for word in word_tokens(text) if word in places} - inside - topic

    def name_runs(texts: Sequence[str]) -> frozenset[tuple[str, ...]]:
        return frozenset().union(*(runs_in(text) for text in texts))

    def named(texts: Sequence[str]) -> frozenset[str]:
        """The words of the names these texts give: a party's, or a capitalised one."""
        return frozenset(word for run in name_runs(texts) for word in run)

    def kinds(texts: Sequence[str], *, dated: bool = False, who: bool = False) -> frozenset[str]:
        words = {word for text in texts for word in word_tokens(text)}
        found = set()
        if dated or _has_date(texts):
            found.add("when")
        if words & places:
            found.add("where")
        if who or words & names:
            found.add("who")
        if _has_number(texts):
            found.add("count")
        if any(_REASON.search(text) for text in texts):
            found.add("why")
        if any(_SHARE.search(text) for text in texts):
            found.add("partof")
        return frozenset(found)

    told: dict[str, frozenset[str]] = {}

    def facts_in(text: str) -> frozenset[str]:
        if text not in told:
            found = {f"where:{canonical_form(w)}" for w in located(text)}
            found |= {f"who:{canonical_form(w)}" for run in runs_in(text) for w in run}
            found |= {f"when:{d}" for d in _dates_in(text)}
            found |= {
                f"unknown:{wh}:{canonical_form(match.group(1))}"
                for match in _UNNAMED.finditer(text)
                for wh in _UNNAMED_ASKS[match.group(1).lower()]
            }
            for clause in _CLAUSES.split(text):
                if clause and _NAMES_JOINED.search(clause):  # and what it says of them
                    found |= {NAMES_LISTED, *(f"listed:{w}" for w in content_words(clause))}
            numbers = _NUMBER_TOKEN.findall(_DATE_NUMBERS.sub(" ", text))
            told[text] = frozenset(found | {f"count:{n}" for n in numbers})
        return told[text]

    def facts(texts: Sequence[str], dates: Iterable[str] = ()) -> frozenset[str]:
        """What the texts answer with, by kind: places, names, months or years, counts."""
        return frozenset().union(*(facts_in(t) for t in texts), (f"when:{d}" for d in dates))

    def passages(text: str) -> tuple[_Passage, ...]:
        return tuple(
            _Passage(
                sentence,
                kinds((sentence,)),
                named((sentence,)),
                frozenset(located(sentence)),
                facts((sentence,)),
                name_runs((sentence,)),
            )
            for sentence in sentences_of(text)
        )

    items: list[Item] = []
    # Who took part, as the sheet's event says it: an FAQ answer that says the same (most
    # of its words in one sentence) says who attended, though it need not say "attend"
    # ("... with governments, companies and researchers from over 100 countries").
    takers = frozenset(content_words(briefing.event.participants or ""))
    for entry in briefing.faq:
        unsaid = tuple(_asked_in(entry.answer))
        heads = (entry.question, *entry.aliases, *unsaid)
        if (
            len(takers) >= _RESTATED_TAKERS
            and not any("attend" in content_words(head) for head in heads)  # asked so already
            and any(
                len(takers & frozenset(content_words(sentence))) >= _TAKERS_SHARE * len(takers)
                for sentence in sentences_of(entry.answer)
            )
        ):
            heads = (*heads, WHO_ATTENDED)
        elif any("attend" in content_words(head) for head in heads) and _MEMBER_LIST.search(
            entry.answer
        ):
            # Asked who or how many attended, it lists them: it says which ones did.
            heads = (*heads, WHO_LISTED)
        items.append(
            Item(
                "faq",
                entry.id,
                heads,
                (entry.answer,),
                frozenset(),
                passages=passages(entry.answer),
                unsaid=unsaid,
                facts=facts((entry.answer,)),
            )
        )
    # ... and a key fact that counts what the event's record counts of who took part ("14
    # Danube countries") says how many attended, though it need not say "attend".
    counted_takers = _counted(briefing.event.participants or "")
    for fact in briefing.key_facts:
        texts = (fact.label, fact.value)
        items.append(
            Item(
                "key_facts",
                fact.id,
                (*texts, *((TOOK_PART,) if _counted(fact.value) & counted_takers else ())),
                (),
                kinds(texts),
                who=named(texts),
                who_runs=name_runs(texts),
                facts=facts((fact.value,)),
            )
        )
    for event in briefing.timeline:
        dates = " ".join(_date_words(d) for d in (event.date, event.end) if d)
        texts = (event.title, event.detail)
        # What became of it, when not simply that it happened: "... (postponed)".
        status = f" ({event.status})" if event.status and event.status != "happened" else ""
        items.append(
            Item(
                "timeline",
                event.id,
                (event.title + status,),
                (event.detail, dates),
                kinds(texts, dated=bool(dates)),
                who=named(texts),
                who_runs=name_runs(texts),
                passages=passages(event.detail),
                facts=facts(texts, [d[:7] for d in (event.date, event.end) if d]),
                done=_done(event.title),
            )
        )
    titled: tuple[tuple[str, Sequence[Outcome | Challenge]], ...] = (
        ("outcomes", briefing.outcomes),
        ("challenges", briefing.challenges),
    )
    for key, entries in titled:  # a title and a detail each: read alike
        for record in entries:
            texts = (record.title, record.detail)
            items.append(
                Item(
                    key,
                    record.id,
                    (record.title,),
                    (record.detail, SECTION_WORD[key]),
                    kinds(texts),
                    who=named(texts),
                    who_runs=name_runs(texts),
                    passages=passages(record.detail),
                    facts=facts(texts),
                )
            )
    for party in briefing.people:
        roles = tuple(role.title for role in party.roles)
        dated = any(role.since or role.until for role in party.roles)
        dates = " ".join(
            _date_words(d) for role in party.roles for d in (role.since, role.until) if d
        )
        # A person's role dated from a day is when they took office, and the end of the
        # last of their roles when they left it (not of one followed by another, still
        # held): "when did <name> leave office" (or step down) asks for that end.
        office = tuple(
            head
            for head, said in (
                (TOOK_OFFICE, any(role.since for role in party.roles)),
                (LEFT_OFFICE, bool(party.roles) and all(role.until for role in party.roles)),
            )
            if said and party.kind == "person"
        )
        found = kinds((party.name, *roles), who=True) - {"when"}
        if dated:  # a date inside a role's text is about something else
            found |= {"when"}
        if party.kind == "country":
            found |= {"where"}
        called = _names(party.name, person=party.kind == "person")
        run = _name_run(party.name)
        who = frozenset(run)
        role_dates = [d[:7] for role in party.roles for d in (role.since, role.until) if d]
        # A group whose role lists its members ("Elbonia, Ruritania, Freedonia and ...")
        # says who its members are, by their names.
        members = [role for role in roles if _MEMBER_LIST.match(role)]
        # Who a role says the party is headed (led, chaired ...) by is not the party: "body
        # of all ministers, headed by the prime minister" is not "the head of government".
        agents = tuple(m.group(0) for role in roles for m in _BY_AGENT.finditer(role))
        headed = tuple(_BY_AGENT.sub("", role) for role in roles)
        # "host and co-chair of the summit" is the summit's host, and its co-chair
        headed += tuple(
            f"{one} {of}"
            for role in headed
            for part in role.split(",")
            if (joined := _JOINED_ROLES.fullmatch(part.strip()))
            for one, of in ((joined[1], joined[3]), (joined[2], joined[3]))
        )
        items.append(
            Item(
                "people",
                party.id,
                (*called, *headed, *((_MEMBERS,) if members else ()), *office),
                (dates, *agents),
                found,
                names=len(called),
                who=who,
                who_runs=frozenset({run}) | name_runs(members),
                facts=facts((party.name, *roles), role_dates)
                | {f"who:{canonical_form(w)}" for w in who}
                | _ended(party.roles, briefing.checked)
                | _held(party.roles, briefing.checked)
                # the words of the roles it dates: "when did X become minister" asks
                # for the minister's date, not that of X's other role
                | {
                    f"dated:{word}"
                    for role in party.roles
                    if role.since or role.until
                    for word in content_words(role.title)
                },
            )
        )
    for quote in briefing.quotes:
        body = (quote.role, quote.occasion, _date_words(quote.date or ""))
        found = kinds((quote.text, *body), dated=quote.date is not None, who=True)
        called = _names(quote.speaker, person=True)
        # Readers find a quote by who said it, or by the words they remember.
        run = _name_run(quote.speaker)
        who = frozenset(run)
        items.append(
            Item(
                "quotes",
                quote.id,
                (*called, quote.text),
                body,
                found,
                ("say",),
                len(called),
                who,
                frozenset({run}),
                facts=frozenset(f"who:{canonical_form(w)}" for w in who),
                said_at=body[1:],
            )
        )
    return items


_MEMBERS = "Members"
"""How a group whose role lists its members is headed beside its name and roles."""
WHO_ATTENDED = "Who attended, and how many?"
TOOK_PART = "took part"
WHO_LISTED = "Who attended?"


def _counted(text: str) -> frozenset[tuple[str, str]]:
    """The numbers a text gives, each with the words just after it: ("14", "countri")."""
    words = content_words(text)
    return frozenset(
        (word, after)
        for i, word in enumerate(words)
        if COUNT.fullmatch(word)
        for after in words[i + 1 : i + 3]
    )


"""How an FAQ entry is also headed when its answer says who takes part as the event does."""
_RESTATED_TAKERS = 3
_TAKERS_SHARE = 0.6
"""... in one sentence, with this share of the words (at least this many) of the event's."""


def _name_run(name: str) -> tuple[str, ...]:
    """A name's words in the order it writes them, each once: its last word is what the
    name is called by ("the network" of "Heat Action Network"), whatever a set's order."""
    return tuple(dict.fromkeys(w for w in word_tokens(name) if w not in STOPWORDS))


TOOK_OFFICE = "Took office"
LEFT_OFFICE = "Left office"
"""How a person is also headed when their roles say when they took or left office."""
_NAME_WORDS = r"(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*+(?:\s+[A-ZÀ-Þ][\w'’.-]*+){0,12}+"
"""A name of capitalised words, each taken whole and at most 13 of them: a text of
thousands of capitalised words is then searched in linear time."""
_NAMES_JOINED = re.compile(
    rf"(?<![\w'’.-]){_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS}"
)
"""Two names or more joined by 'and' ("France and India", "Britain, Canada ... and the
United States"): a text naming several."""
NAMES_LISTED = "names:listed"
_CLAUSES = re.compile(r";|\.(?:\s|$)")

_MEMBER_LIST = re.compile(
    r"\s*(?<![\w'’.-])(?:the\s+)?[A-Z][\w'’.-]*+(?:\s+[A-Z][\w'’.-]*+){0,12}+"
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*+(?:\s+[A-Z][\w'’.-]*+){0,12}+){2,}"
)
"""A list of three names or more at the start of a role: the members of a group."""
_EMBEDDED_QUESTION = re.compile(
    r"(?:^|[.;:]\s+)((?:Who|Which|When|Where|What|Why|How many|How much|Whether)\b[^.;:]*?)"
    r"\s+(?:was|were|is|are|has|have|had)\s+(?:not|never)\b",
)


# What a sentence says is not known yet, and the question it thereby answers: "no host
# has been named" tells who hosts (no one yet) and where.
_UNNAMED_ASKS = {
    "host": frozenset({"who", "where"}),
    "chair": frozenset({"who"}),
    "successor": frozenset({"who"}),
    "venue": frozenset({"where"}),
    "city": frozenset({"where"}),
    "date": frozenset({"when"}),
    "dates": frozenset({"when"}),
    "timetable": frozenset({"when"}),
    "deadline": frozenset({"when"}),
}
_UNNAMED = re.compile(
    rf"\bno ({'|'.join(_UNNAMED_ASKS)}) (?:has|have|had|was|were|is|are) (?:yet )?(?:been )?"
    r"(?:named|announced|set|found|chosen|decided|given|published|agreed|fixed|confirmed)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(\w+)", re.IGNORECASE)


def _done(title: str) -> str:
    """The participle a title about an event ends with ("Tokyo meeting announced", "Next
    summits named"): its date and place are that doing's, not the event's. (A thing the
    doing makes, "Draft plan compiled", dates from it.)"""
    tokens = word_tokens(title)
    last = tokens[-1] if tokens else ""
    done = last.endswith("ed") or last in DONE or IRREGULAR.get(last, last) != last
    event = any(canonical_form(token) in event_stems() for token in tokens[:-1])
    return last if done and event and last not in STOPWORDS else ""


def _undone(text: str) -> frozenset[str]:
    """What a sentence says was done without saying by whom: "The UAE is named as host"
    does not say who named it; "was announced by Reyes" does."""
    if re.search(r"\bby\b", text, re.IGNORECASE):
        return frozenset()
    return frozenset(canonical_form(m.group(1).casefold()) for m in _PASSIVE.finditer(text))


_IN_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-ZÀ-Þ][\w'’-]*\s?)+)")


def _only_placed(texts: Iterable[str]) -> frozenset[str]:
    """The words of names an item says only as where something was ("a summit in
    India"): it does not say that India did anything."""
    texts = list(texts)
    placed = {w for text in texts for m in _IN_PLACE.finditer(text) for w in content_words(m[1])}
    elsewhere = {w for text in texts for w in content_words(_IN_PLACE.sub(" ", text))}
    return frozenset(placed - elsewhere)


def _by_host(text: str) -> frozenset[str]:
    """What a sentence says the event's host did, naming it only as the host: "put forward
    by the host" (proposed), "the host announced"."""
    tokens = word_tokens(text)
    done = set()
    for i in range(len(tokens) - 1):
        if tokens[i : i + 2] == ("the", "host"):
            if i >= 2 and tokens[i - 1] == "by":
                done.add(canonical_form(tokens[i - 2]))
            if i + 2 < len(tokens) and tokens[i + 2].endswith("ed"):
                done.add(canonical_form(tokens[i + 2]))
    return frozenset(done)


def _asked_in(answer: str) -> list[str]:
    """Questions an answer says it cannot answer: "Who chaired the sessions was not found"
    answers "who chaired it" as surely as a yes would."""
    return [match.group(1) for match in _EMBEDDED_QUESTION.finditer(answer)]


def _names(name: str, *, person: bool) -> tuple[str, ...]:
    """A party's name, and the shorter names readers use: 'Ministry of Digital and Public
    Affairs (MDPA)' is also 'MDPA', and a person is also their last name."""
    names = [name]
    bracketed = re.findall(r"\(([^)]*)\)", name)
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bracketed and plain:
        names = [plain, *bracketed]
    words = plain.split()
    if person and len(words) > 1:
        names.append(words[-1])
    return tuple(names)


def _date_words(date: str) -> str:
    """'2026-03' as 'march 2026': what a reader types for a date."""
    parts = date.split("-")
    month = MONTHS[int(parts[1]) - 1] if len(parts) > 1 and parts[1].isdigit() else ""
    return f"{month} {parts[0]}".strip()


_BY_AGENT = re.compile(r"\b\w+(?:ed|led|run) by\b[^,;.()]*")
"""A passive verb and its agent in a role ("headed by the prime minister")."""


def _ended(roles: Sequence[Role], checked: str) -> set[str]:
    """The words only a role that had ended by the day the facts were checked holds
    ("ended:deputi" for a deputy minister since made minister): who holds it now, the
    sheet does not say. (A role until 2026 is held all of 2026.)"""

    def over(role: Role) -> bool:
        return role.until is not None and role.until < checked[: len(role.until)]

    ended = {w for role in roles if over(role) for w in content_words(role.title)}
    held = {w for role in roles if not over(role) for w in content_words(role.title)}
    return {f"ended:{word}" for word in ended - held}


def profile_of(item: Item) -> Doc:
    clauses = [
        clause for text in item.heads for clause in _CLAUSE_END.split(text) if content_words(clause)
    ]
    name_clauses = sum(
        1
        for text in item.heads[: item.names]
        for clause in _CLAUSE_END.split(text)
        if content_words(clause)
    )
    extra = frozenset(canonical_form(word) for word in item.extra)
    heads = tuple(
        frozenset(content_words(text)) | (extra if n < max(item.names, 1) else frozenset())
        for n, text in enumerate(item.heads)
    )
    head_words = frozenset().union(*heads)
    units: list[tuple[str, ...]] = [tuple(content_words(text)) for text in item.heads]
    if item.section == "key_facts":
        units.append(tuple(word for text in item.heads for word in content_words(text)))
    head_units = len(units)
    for text in item.body:
        units.extend(tuple(content_words(sentence)) for sentence in sentences_of(text))
    words = head_words.union(*(frozenset(unit) for unit in units))
    unsaid = frozenset(word for text in item.unsaid for word in content_words(text))
    asked_so = (h for h, text in zip(heads, item.heads, strict=True) if text not in item.unsaid)
    return Doc(
        item.section,
        item.item_id,
        heads,
        head_words,
        words,
        tuple(units),
        item.kinds,
        item.section == "faq",
        item.names,
        head_units,
        frozenset(canonical_form(word) for word in item.who),
        tuple(frozenset(canonical_form(word) for word in run) for run in sorted(item.who_runs)),
        tuple(
            Said(
                tuple(content_words(passage.text)),
                frozenset(content_words(passage.text)),
                passage.kinds,
                frozenset(canonical_form(word) for word in passage.names),
                frozenset(canonical_form(word) for word in passage.places),
                passage.facts,
                tuple(frozenset(canonical_form(w) for w in run) for run in sorted(passage.runs)),
                _undone(passage.text),
                _by_host(passage.text),
            )
            for passage in item.passages
        ),
        tuple(tuple(content_words(clause)) for clause in clauses),
        tuple(what_named(clause) for clause in clauses),
        item.facts,
        name_clauses,
        tuple(clause.strip()[:1].isupper() for clause in clauses),
        tuple(
            _core(text) | (extra if n < max(item.names, 1) else frozenset())
            for n, text in enumerate(item.heads)
        ),
        canonical_form(item.done) if item.done else "",
        unsaid,
        unsaid - frozenset().union(*asked_so),
        _only_placed((*item.heads, *item.body)),
        frozenset(word for text in item.said_at for word in content_words(text)),
    )


def shared(value: Any, pool: dict[Any, Any]) -> Any:
    """``value`` (a profile, or any of its parts) with each set and tuple of words replaced
    by an equal one already in ``pool``: items say the same words many times over ("AI",
    "the meeting", a source's name), and a sheet of thousands of items would otherwise hold
    each set once per item."""
    if isinstance(value, tuple):
        parts = [shared(part, pool) for part in value]
        value = value._make(parts) if hasattr(value, "_make") else tuple(parts)
    elif not isinstance(value, frozenset):
        return value
    return pool.setdefault(value, value)


# A name of capitalised words, small words allowed between them: "Orrindale Compact on
# Open Data", "Organisation for Economic Co-operation and Development".
_CAPITALISED_RUN = re.compile(
    r"(?<![\w’'–-])[A-ZÀ-Þ][\w’'–-]*+(?:\s+(?:(?:of|on|for|and|the|in)\s+)*[A-ZÀ-Þ][\w’'–-]*+)+"
)
"""(From the start of a word, each word taken whole: a word of 30,000 capitals would
otherwise be tried from each letter, backing off one letter at a time.)"""
# An acronym the sheet writes somewhere ("HAIP"): three capitals or more, as shorter
# initials stand for too many things.
_WRITTEN_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_ACRONYM_WORDS = 8  # the longest name an acronym is taken for (a run may be any length)
_OWN_ACRONYM = re.compile(rf"\b[A-Z]{{3,}}\b(?!\s+(?i:{'|'.join(sorted(EVENT_NOUNS))})s?\b)")


def _initials(name: str) -> set[str]:
    """The acronyms a name may be written as: each word's first letter (all of a word in
    capitals: "AI"), with its small words or without them ("OCOD", "GPAI")."""
    found = set()
    for with_small in (True, False):
        letters = "".join(
            word if word.isupper() else word[0]
            for word in re.split(r"[\s\-–—]+", name)
            if word and (with_small or word[0].isupper())
        )
        found.add(letters.lower())
    return found


def acronyms(items: Sequence[Item], titles: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The acronyms the sheet writes ("HAIP") with the one name of it whose initials they
    are ("Hiroshima AI Process"), as that name's words. A name may end a longer one ("the
    G7 Hiroshima AI Process"); an acronym two names share stands for neither."""
    texts = [*titles, *(text for item in items for text in (*item.heads, *item.body))]
    # (The event's own acronym, "OCOD-3", names the event, not what it is a meeting of;
    # "AADTP ministerial" names the body, whose meeting it is.)
    own = {word.lower() for title in titles for word in _OWN_ACRONYM.findall(title)}
    written = {word.lower() for text in texts for word in _WRITTEN_ACRONYM.findall(text)} - own
    # ... and "WHO" stays "who", what a question asks for. (An acronym that is a word,
    # "AIM", is read as either: each word of its name may also be spelt "aim".)
    written = {a for a in written if a not in STOPWORDS and canonical_form(a) not in WH_WORDS}
    meanings: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for text in texts if written else ():
        for run in _CAPITALISED_RUN.findall(text):
            words = run.split()
            for start in range(max(0, len(words) - _ACRONYM_WORDS), len(words) - 1):
                if not words[start][0].isupper():
                    continue  # "the Hiroshima AI Process" is "Hiroshima AI Process"
                name = " ".join(words[start:])
                for acronym in _initials(name) & written:
                    meanings[acronym].add(word_tokens(name.lower()))
    return {
        acronym: next(iter(names))
        for acronym, names in meanings.items()
        if len(names) == 1 and len(next(iter(names))) >= 2
    }


_RELATIVES = frozenset({"of", "that", "which", "who", "whose"})


def what_named(clause: str) -> tuple[str, ...]:
    """The words of a phrase up to its first preposition, 'of' or relative pronoun, in
    order: what it names ("Riverside Charter" of "Riverside Charter on Open Data
    Stewardship", "President" of "President of the Republic", "ministry" of "ministry that
    runs the website")."""
    words: list[str] = []
    for token in _as_what(word_tokens(clause)):
        if (token in PREPOSITIONS or token in _RELATIVES) and words:
            break
        if token not in STOPWORDS:
            words.append(canonical_form(token))
    return tuple(words)


def _as_what(tokens: Sequence[str]) -> Sequence[str]:
    """A phrase without a participle that says it was made what follows "as": "Named as
    host of the 2028 summit" names a host, as "Host of the 2028 summit" does."""
    if len(tokens) > 2 and tokens[1] == "as" and tokens[0].endswith(("ed", "en")):
        return tokens[2:]
    return tokens


def is_date_unit(unit: tuple[str, ...]) -> bool:
    """Whether a unit is only a date ("march 2026"): an item's own date, not a sentence."""
    return all(w in month_stems() or w.isdigit() for w in unit)


def is_name(text: str) -> bool:
    """Whether a label is a name: two words or more, each capitalised ("Partners Circle")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.casefold() not in STOPWORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _held(roles: Sequence[Role], checked: str) -> frozenset[str]:
    """'held:2023' for each year a dated role was held in (to the sheet's check when it
    has no end), and 'held:2023:minist' for each word of that role: who held it "in 2023"
    is who held that role then."""
    held: set[str] = set()
    for role in roles:
        if not role.since:
            continue
        start = int(role.since[:4])
        words = {canonical_form(word) for word in content_words(role.title)}
        for year in range(start, min(int((role.until or checked)[:4]), start + 60) + 1):
            held |= {f"held:{year}", *(f"held:{year}:{word}" for word in words)}
    return frozenset(held)


def _core(text: str) -> frozenset[str]:
    """The words of a heading up to its first comma or preposition: what it names, without
    where or when ("Second ministerial meeting" of "... in Eastvale")."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    words: list[str] = []
    for token in _as_what(word_tokens(first)):
        if token in PREPOSITIONS and words:
            break
        if token not in STOPWORDS:
            words.append(canonical_form(token))
    return frozenset(words)


def _capitalised_after(texts: Iterable[str], lead: re.Pattern[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for match in lead.finditer(text):
            found.update(word_tokens(match.group(1)))
    return found


_PLACE_LEAD = re.compile(r"\b(?:in|at|to)\s+((?:[A-ZÀ-Þ][\w'’-]*\s?)+)")
_VENUE_LEAD = re.compile(r"\bat the\s+((?:[A-ZÀ-Þ][\w'’-]*\s?)+)")
_NAME = re.compile(r"((?:[A-ZÀ-Þ][\w'’-]*\s?){2,})")
_MID_NAME = re.compile(r"(?<=[\w,] )([A-ZÀ-Þ][\w'’-]*)")
"""A capitalised word inside a sentence (after a word or a comma), not the first one."""


_PLACE_NAME = re.compile(r"\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}\s*")
"""A place's name after a heading's last comma: "Johannesburg", "Port Lunelle"."""


def place_and_name_words(briefing: Briefing) -> tuple[frozenset[str], frozenset[str]]:
    """Words that name places (a venue, a country, a capitalised word after 'in' or 'at') and
    words that name parties (the people section's names, and countries): what a 'where' or a
    'who' question needs an item to hold."""
    months = set(MONTH_WORDS)
    texts = [item for item in _all_texts(briefing)]
    places = {w for v in briefing.event.venues for w in word_tokens(f"{v.city} {v.country}")}
    places |= _capitalised_after(texts, _PLACE_LEAD) - months
    # "a dinner at the Élysée": a building, unless it is an event ("at the AI Impact Summit")
    places |= {
        word
        for match in _VENUE_LEAD.finditer("\n".join(texts))
        if not EVENT_NOUNS.intersection(run := word_tokens(match.group(1)))
        for word in run
    } - months
    # "Second ministerial, Johannesburg": where a timeline entry headed as an event was
    for record in briefing.timeline:
        head, comma, tail = record.title.rpartition(",")
        if comma and EVENT_NOUNS.intersection(word_tokens(head)) and _PLACE_NAME.fullmatch(tail):
            places |= set(word_tokens(tail))
    names: set[str] = set()
    for party in briefing.people:
        words = set(word_tokens(party.name)) - STOPWORDS
        names |= words
        if party.kind == "country":
            places |= words
    names |= {w for v in briefing.event.venues for w in word_tokens(v.country)}
    names |= _capitalised_after(texts, _NAME) - months - STOPWORDS
    places -= STOPWORDS
    return frozenset(places), frozenset(names)


def _lone_names(texts: Iterable[str]) -> set[str]:
    """Words capitalised on their own inside a sentence ('in Eastvale'), not one word of a
    longer name ('the Global Partnership on AI') nor a sentence's first word."""
    found: set[str] = set()
    for text in texts:
        for sentence in sentences_of(text):
            words = re.findall(r"[\w'’-]+", sentence)
            capital = [w[:1].isupper() for w in words]
            for i in range(len(words)):
                alone = not (i and capital[i - 1]) and (i + 1 == len(words) or not capital[i + 1])
                # The first word of a sentence is a name when it owns something
                # ("Eastvale's president"), as a common word at that place rarely does.
                named = i > 0 or words[i].endswith(("'s", "’s"))
                if capital[i] and alone and named:
                    found.update(word_tokens(words[i]))
    return found


def _all_texts(briefing: Briefing) -> Iterable[str]:
    for fact in briefing.key_facts:
        yield fact.value
    for event in briefing.timeline:
        yield event.title
        yield event.detail
    for outcome in briefing.outcomes:
        yield outcome.detail
    for challenge in briefing.challenges:
        yield challenge.detail
    for entry in briefing.faq:
        yield entry.answer
    for quote in briefing.quotes:
        yield quote.occasion
