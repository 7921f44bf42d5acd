"""The index of one sheet's items, and the rules by which it answers a question or abstains
(the package docstring has them in prose): what the sheet's own event is, which item a
question's words find, and whether that item surely answers it."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from functools import cache
from typing import TYPE_CHECKING, Any

from aimeeting.answers.faq.event import OwnEvent
from aimeeting.answers.faq.items import (
    SECTION_WORD,
    WHO_ATTENDED,
    YEAR,
    Doc,
    Found,
    Item,
    acronyms,
    is_date_unit,
    is_name,
    place_and_name_words,
    profile_of,
    read_items,
    shared,
    within_reach,
)
from aimeeting.answers.faq.question import (
    ACTS_THERE,
    AGREED_VERBS,
    ASKED_ONLY,
    BE,
    BINDING_WINDOW,
    DEFINITION,
    DELEGATES,
    DONE_TO_EVENT,
    EVENT_DONE_BY,
    EVENT_WORDS,
    KINDS,
    LESSER_RANKS,
    LIGHT_WITH_PLACE_OR_TIME,
    LIST_FILLER,
    LIST_QUESTION,
    LOWER_WORD,
    MANY_EVENTS,
    NOT_WHAT,
    PRESENT,
    QUALIFIER_REACH,
    RELATIVE,
    SECTION_GLUE,
    SECTION_NOUNS,
    TEXT_VERBS,
    WHAT_IS,
    YES_NO,
    Binding,
    Query,
    Word,
    asks,
    is_count,
    is_participle,
    is_qualifier,
    names_role,
    office_words,
    time_relations,
    within,
    wordings_of,
)
from aimeeting.answers.faq.reader import QuestionReader, spelt
from aimeeting.answers.faq.rules import (
    Rules,
    across_roles,
    agrees,
    compact,
    counts,
    counts_takers,
    denies,
    done_to_it,
    gives_country,
    holds,
    holds_contents,
    in_a_row,
    in_one_clause,
    members_of_what,
    named_with_role,
    names_one,
    names_several,
    nearest_year,
    part_of_a_role,
    passage_gives,
    phrases,
    restates,
    same_answer,
    same_speaker,
    same_words,
    says_doer_did,
)
from aimeeting.answers.faq.tuning import (
    BODY_FOCUS,
    BODY_WEIGHT,
    CORE_WEIGHT,
    COUNT_REACH,
    CROSS_MARGIN,
    FOCUS_WEIGHT,
    FULL_COVERAGE,
    MARGIN,
    MATCH_THRESHOLD,
    MAX_QUERY_WORDS,
    MIN_COVERAGE,
    PASSAGE_SHARE,
    PASSAGE_WORDS,
    RARE_ITEMS,
    ROLE_COVERAGE,
    SECTION_PRIOR,
)
from aimeeting.answers.faq.vocabulary import Vocabulary
from aimeeting.answers.faq.words import (
    MAX_LOOKUPS,
    NUMBER,
    ORDINALS,
    STOPWORDS,
    WH_WORDS,
    canonical_form,
    content_words,
    event_stems,
    month_stem,
    month_stems,
    word_tokens,
)
from aimeeting.sections import ITEM_SECTIONS

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing


PLACED = frozenset(("when", "where"))


def _runs_in(run: tuple[str, ...], unit: tuple[str, ...]) -> bool:
    """Whether ``run`` is in ``unit``, its words together and in order."""
    return any(unit[i : i + len(run)] == run for i in range(len(unit) - len(run) + 1))


HAPPEN = frozenset({"happen", "occur"})


def _besides_its_kind(query: Query, doc: Doc) -> Sequence[Word]:
    """The question's words but the one for what the item is ("the low water problem" of
    a challenge headed "Low water"), unless that is all it says."""
    kind = canonical_form(SECTION_WORD.get(doc.section, ""))
    words = [word for word in query.words if kind not in word.spellings]
    return words or query.words


def _names_party(query: Query, doc: Doc) -> bool:
    """Whether the question says a word of one of the item's names (a party's)."""
    return any(w.spellings & name for w in query.words for name in doc.heads[: doc.names])


@cache
def _member_stems() -> frozenset[str]:
    """What a body's size is counted in: "14 member states", "12 countries"."""
    return frozenset(
        canonical_form(w) for w in ("member", "country", "state", "nation", "party", "partner")
    )


def _negated_alike(query: Query, doc: Doc) -> bool:
    """Whether a heading says "not" in one clause with what the question says is not done
    (the word after its "not"): "refused to adopt" is not answered by "adopted by 64
    states; not legally binding"."""
    words = [w.spellings for w in query.words]
    after = next((words[n + 1] for n, w in enumerate(words[:-1]) if w == {"not"}), None)
    return after is None or any("not" in c and after & set(c) for c in doc.clauses)


def _date_words(date: str) -> frozenset[str]:
    """'2025-02-11' as a reader dates it: '2025', February's word and '11'."""
    parts = date.split("-")
    words = {parts[0]} if parts[0] else set()
    if len(parts) > 1:
        words.add(month_stem(int(parts[1])))
    if len(parts) > 2:
        words.add(str(int(parts[2])))
    return frozenset(words)


class SheetIndex:
    """Items read once into an index; answers questions with work bounded per word."""

    def __init__(
        self,
        items: Sequence[Item],
        event_names: str = "",
        titles: Sequence[str] = (),
        venues: str = "",
        asked: Mapping[tuple[str, ...], str | None] | None = None,
        city: str = "",
        cities: str = "",
        years: frozenset[str] = frozenset(),
        venue_names: str = "",
        said_during: frozenset[str] = frozenset(),
        held_during: frozenset[str] = frozenset(),
        done_to_event: frozenset[str] = frozenset(),
        span: tuple[str, str] = ("", ""),
        sources: Mapping[str, frozenset[str]] | None = None,
        dated: Mapping[str, str] | None = None,
        agreed: frozenset[str] = frozenset(),
        persons: frozenset[str] = frozenset(),
        checked: str = "",
        countries: frozenset[str] = frozenset(),
    ) -> None:
        """Index ``items``; ``event_names`` is how the sheet names its own event, ``titles``
        its full names (its title, what else it is known as) and ``venues`` where it is;
        ``asked`` maps the words of each FAQ question and alias to its entry's id; ``city``
        is where most of its venues are, if most are in one, and ``cities`` where any is;
        ``sources`` maps each item's id to the ids of the sources it cites, ``dated`` each
        timeline entry's and quote's id to its date; ``checked`` is the day the facts were
        last checked, the reader's "this year"; ``countries`` the words of the countries
        it names (its country parties, its venues' countries)."""
        self._countries = countries
        pool: dict[Any, Any] = {}  # one copy of each set of words the items share
        self._docs: list[Doc] = [shared(profile_of(item), pool) for item in items]
        # The sheet's names of two words or more, by their last word ("Bergen Seaweed
        # Charter" by "charter"): a name whose last word no other name ends with is what
        # an item calls it by that word alone ("the charter").
        by_head: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
        for item in items:
            for run in item.who_runs:
                name = tuple(canonical_form(word) for word in run)
                if len(name) >= 2:
                    by_head[name[-1]].add(name)
        self._named_by_head = {
            head: next(iter(names)) for head, names in by_head.items() if len(names) == 1
        }
        self._sources = dict(sources or {})
        self._dated = dict(dated or {})
        # What a reader may date a timeline entry by: its year, month and day.
        self._date_words = {
            doc.item_id: _date_words(self._dated.get(doc.item_id, ""))
            for doc in self._docs
            if doc.section == "timeline"
        }
        self._dates_told = frozenset().union(*self._date_words.values())
        self._people = [doc for doc in self._docs if doc.section == "people"]
        self._outcome_titles = frozenset().union(
            *(doc.heads[0] for doc in self._docs if doc.section == "outcomes")
        )
        self._places = frozenset(
            fact.split(":", 1)[1]
            for doc in self._docs
            for fact in doc.facts
            if fact.startswith("where:")
        )
        self._agreed = agreed  # outcomes the participants adopted
        self._persons = persons  # parties who are people, not bodies or countries
        # FAQ entries said to tell who attended (not asked so): they name no one.
        attended = frozenset(content_words(WHO_ATTENDED))
        self._attended = frozenset(
            i for i, doc in enumerate(self._docs) if doc.asked and doc.heads[-1] == attended
        )
        self._attended_ids = frozenset(self._docs[i].item_id for i in self._attended)
        self._asked = dict(asked or {})
        # Key facts labelled with a common noun ("Main text"), not a name ("Partners Circle"):
        # "what is the main text" asks for the value; "what is the Partners Circle" does not
        # ask when it was launched.
        self._plain_labels = frozenset(
            n
            for n, item in enumerate(items)
            if item.section == "key_facts" and not is_name(item.heads[0])
        )
        self._holders: dict[tuple[frozenset[str], ...], int] = {}  # items holding a question
        # The ways an FAQ entry is asked that want a yes or a no ("Will Japan host an AI
        # summit?"): they name the summit, but do not ask which one.
        polar_leads = {(lead,) for lead in YES_NO | BE}
        self._polar = [
            frozenset(
                n for n, text in enumerate(item.heads) if word_tokens(text)[:1] in polar_leads
            )
            if item.section == "faq"
            else frozenset()
            for item in items
        ]
        # The FAQ entries asked yes or no, by each word of how they are asked: looked up
        # once, not searched for every item a question scores.
        asked_polar: dict[str, set[str]] = defaultdict(set)
        for n, doc in enumerate(self._docs):
            if doc.asked and self._polar[n]:
                for word in doc.head_words:
                    asked_polar[word].add(doc.item_id)
        self._asked_polar = dict(asked_polar)
        # Verbs an FAQ entry says only beside "when" or "where" ("where did it happen"):
        # "what happened at the meeting" does not ask that ("did it happen" may be answered
        # by when and where it did).
        self._light_only = [
            frozenset().union(*(h & LIGHT_WITH_PLACE_OR_TIME for h in doc.heads if h & PLACED))
            - frozenset().union(
                *(h for h in doc.heads if not h & PLACED), *doc.units[doc.head_units :]
            )
            if doc.asked
            else frozenset()
            for doc in self._docs
        ]
        postings: dict[str, list[int]] = defaultdict(list)
        for index, doc in enumerate(self._docs):
            for word in doc.words:
                postings[word].append(index)
        self._postings = dict(postings)
        self._vocabulary = Vocabulary(items, self._docs)
        self._event = OwnEvent(
            items,
            self._docs,
            self._vocabulary,
            event_names,
            titles,
            venues,
            city,
            cities,
            years,
            venue_names,
            said_during,
            held_during,
            done_to_event,
            span,
        )
        # Words the sheet writes in lower case somewhere: common nouns ("statement"), not
        # names ("Elbonia").
        self._common_words = frozenset(
            canonical_form(word)
            for item in items
            for text in (*item.heads, *item.body)
            for word in LOWER_WORD.findall(text)
        )
        # Words of the names and places the sheet gives.
        self._name_words = frozenset(
            f.split(":", 1)[1]
            for doc in self._docs
            for f in doc.facts
            if f.startswith(("who:", "where:"))
        )
        # Words only ever written as (part of) a name ("OECD", "Elbonia"), never in lower case.
        self._proper = self._name_words - self._common_words
        # The words of a heading that give this event's full name ("President Macron's
        # special envoy for the AI Action Summit"): said by a question that names the
        # event, however it does ("who was Macron's special envoy for the summit").
        self._titled = {
            doc.item_id: tuple(
                frozenset(title)
                for title in self._event.titles
                if any(_runs_in(title, unit) for unit in doc.units[: doc.head_units])
            )
            for doc in self._docs
        }
        self._reader = QuestionReader(
            self._docs,
            self._event,
            self._vocabulary,
            acronyms(items, titles),
            self._name_words,
            self._common_words,
            checked[:4],
        )

    @classmethod
    def of(cls, briefing: Briefing) -> SheetIndex:
        """The index of every item of ``briefing``."""
        briefing = within_reach(briefing)  # a pasted report is read as far as a sheet's text
        places, names = place_and_name_words(briefing)
        event = briefing.event
        kind = re.sub(r"\([^)]*\)", "", event.kind)  # "(not a leaders' summit)" is an aside
        titles = (event.title, *event.also_known_as)
        venues = " ".join(f"{v.city} {v.country}" for v in event.venues)
        # A question asked in an FAQ entry's own words (or an alias's) is that entry's,
        # whatever the ranking makes of it; unless two entries are asked the same way.
        asked: dict[tuple[str, ...], str | None] = {}
        for entry in briefing.faq:
            for words in {word_tokens(q) for q in wordings_of(entry)}:
                asked[words] = entry.id if words not in asked else None
        items = read_items(briefing, places, names)
        most = Counter(v.city for v in event.venues).most_common(1)
        city = most[0][0] if most and 2 * most[0][1] > len(event.venues) else ""
        cities = " ".join(v.city for v in event.venues)
        years = frozenset(str(y) for y in range(int(event.start[:4]), int(event.end[:4]) + 1))
        during = frozenset(
            q.id for q in briefing.quotes if q.date and within(q.date, event.start, event.end)
        )
        # What happened there: timeline entries dated within the event; and the FAQ entries
        # and key facts headed with what was done to it ("How was the meeting announced?",
        # "Announced"), which do not.
        held = frozenset(
            t.id for t in briefing.timeline if t.date and within(t.date, event.start, event.end)
        )
        done_to_event = frozenset(
            [
                *(e.id for e in briefing.faq if any(map(DONE_TO_EVENT.search, wordings_of(e)))),
                *(
                    k.id
                    for k in briefing.key_facts
                    if is_participle(k.label) or EVENT_DONE_BY.search(k.value)
                ),
            ]
        )
        venue_names = " ".join(v.name or "" for v in event.venues)
        return cls(
            items,
            " ".join((*titles, kind)),
            titles,
            venues,
            asked,
            city,
            cities,
            years,
            venue_names,
            during,
            held,
            done_to_event,
            (event.start, event.end),
            {
                record.id: frozenset(record.sources)
                for key in ITEM_SECTIONS
                for record in getattr(briefing, key)
            },
            {
                **{entry.id: entry.date for entry in briefing.timeline if entry.date},
                **{quote.id: quote.date for quote in briefing.quotes if quote.date},
            },
            frozenset(o.id for o in briefing.outcomes if o.status == "agreed"),
            frozenset(p.id for p in briefing.people if p.kind == "person"),
            briefing.checked,
            frozenset(
                word
                for name in (
                    *(p.name for p in briefing.people if p.kind == "country"),
                    *(v.country for v in event.venues),
                )
                for word in content_words(name)
            ),
        )

    # --- scoring ---

    def _of_another_event(self, query: Query, doc: Doc) -> bool:
        """Whether the question is about this event (and no other) and the item is headed
        as about another of its series."""
        return (
            query.of_event
            and not any(b.of_the_event for b in query.bindings)
            and not any(w.spellings & (RELATIVE | event_stems()) for w in query.words)
            and self._heads_another_event(doc, {s for w in query.words for s in w.spellings})
            and not self._edition_year(query, doc)  # "the forum in 2023": that edition
        )

    def _heads_another_event(self, doc: Doc, said: Set[str] = frozenset()) -> bool:
        """Whether a heading of the item is about another event of the series, by a word
        that places it from this one ("the next summit", "the first summit"; not "third",
        which may be this one's place), or names another edition of it ("Chair of the
        Second Nordic Data Summit", "the 2024 summit", "the Baltic summit")."""
        others = RELATIVE - ({"first"} if self._event.ordinal == 0 else set())
        # (the words of its own names aside: "First in-person Friends Group meeting")
        titled = self._event.title_words - event_stems()
        # (A key fact's value or an FAQ entry may name another event in passing, "Announced:
        # ... in a video message to the AI Impact Summit"; a question naming that edition,
        # "the New Delhi summit", asks about it.)
        editions = not doc.asked and doc.section != "key_facts"
        for unit in doc.units[: doc.head_units]:
            named = bool(set(unit) & set(said) & self._name_words - titled)
            for i, word in enumerate(unit):
                after = [w for w in unit[i + 1 :] if w not in titled][:BINDING_WINDOW]
                if word in others and set(after) & event_stems():
                    return True
                edition = editions and not named and word in event_stems()
                if edition and self._names_another_edition(unit[:i], titled, said):
                    return True
        return False

    def _placed_away(self, query: Query, doc: Doc) -> bool:
        """Whether the question says this event's city ("in Tokyo", read as where the
        sheet's events are) and the item, a timeline entry of another time or a key fact,
        names other places and not the city: the G7 digital ministers' meeting in Paris in
        May is not one in Tokyo, nor a convention "signed in Almaty" signed in Tashkent."""
        return (
            (doc.section == "timeline" or (doc.section == "key_facts" and query.in_city))
            and doc.item_id not in self._event.held_during
            and self._places_elsewhere(query, doc.facts, doc.words)
        )

    def _places_elsewhere(self, query: Query, facts: Set[str], words: Set[str]) -> bool:
        """Whether the question says this event's city and an item (or a sentence) names
        places, not that city."""
        city = query.optional & self._event.city
        return bool(city) and any(f.startswith("where:") for f in facts) and not city & words

    def _heads_edition_after(self, query: Query, doc: Doc) -> bool:
        """Whether the question names an edition of an event ("the AI Impact Summit") and a
        heading of the item, without that name, places an edition from another ("keen to
        host the next AI summit", said in a video to that one): another edition."""
        if asks(query, "say"):
            return False  # what was said to that edition, of the next
        for binding in query.bindings:
            if not binding.says_which or binding.of_the_event:
                continue
            if binding.qualifier.spellings & doc.head_words:
                continue  # "Next AI summits: Geneva 2027"
            kinds = {s for word in binding.qualified for s in word.spellings} & event_stems()
            for unit in doc.units[: doc.head_units]:
                for i, word in enumerate(unit):
                    if word in RELATIVE and kinds & set(unit[i + 1 : i + 1 + BINDING_WINDOW]):
                        return True
        return False

    def _names_another_edition(
        self, before: tuple[str, ...], titled: frozenset[str], said: Set[str]
    ) -> bool:
        """Whether the words just before a word for an event name an edition that is not
        this one: another place in the series, another year, or a name none of this event's
        names has ("Baltic"). Words the question says are its own to match."""
        event = self._event
        for word in reversed(before):
            if word in said or word in titled or word in event.venues | event.cities:
                continue
            if word in ORDINALS:
                if event.ordinal is not None and ORDINALS.index(word) != event.ordinal:
                    return True
            elif word.isdigit() and len(word) == 4:
                if word not in event.years:
                    return True
            else:
                # a name this event does not go by, or the name, if any, has ended ("Chair of")
                return word in self._name_words and word not in self._common_words
        return False

    def _weight(self, word: Word) -> float:
        return word.weight * max(self._vocabulary.rarity(s) for s in word.spellings)

    def _gives(self, doc: Doc, wh: str, query: Query) -> bool:
        """Whether the item gives the kind of answer ``wh`` asks for."""
        said = {s for word in query.words for s in word.spellings}
        if any(f"unknown:{wh}:{s}" in doc.facts for s in said):
            return True  # "who will host": "no host has been named" (no one yet)
        if wh == "who" and query.country and not gives_country(doc.facts, query):
            return False
        if wh == "who" and query.country and not self._country_beside(doc, said, query):
            return False
        if wh == "where" and query.city and not doc.asked:
            # "what city will host the 2028 summit": not "United Arab Emirates: host of it",
            # nor "Geneva in 2027, the UAE in 2028": a city in one clause with its year
            places = {f.split(":", 1)[1] for f in doc.facts if f.startswith("where:")}
            cities = places - said - query.optional - self._countries
            years = {s for s in said if YEAR.fullmatch(s)} - self._date_words.get(
                doc.item_id, set()
            )
            clauses = (*doc.clauses, *doc.units[doc.head_units :])
            if not any(cities & set(c) and years <= set(c) for c in clauses):
                return False
        if wh == "where" and query.building:
            # "the name of the venue", "which hotel": a name, not the city it is in
            names = {f.split(":", 1)[1] for f in doc.facts if f.startswith(("where:", "who:"))}
            return bool(names - said - query.optional - self._event.venues - self._event.cities)
        if doc.asked:
            return any(wh in head for head in doc.heads)
        if wh == "when" and doc.section == "people":
            roles = said & doc.head_words - doc.who - office_words()  # "become minister"
            if roles and not {f"dated:{word}" for word in roles} & doc.facts:
                return False  # no date of the role asked, only of another of X's roles
        if (
            wh == "why"
            and doc.section == "challenges"
            and any(w.spellings == {"challenge"} for w in query.words)
        ):
            return True  # "why is Russia a problem": what the challenge says makes it one
        if wh == "who" and not query.identity and "who" not in doc.head_words:
            # "Who funds Data Commons?" is not answered by a name it says itself, nor "who
            # announced the work plan" by the plan's own name.
            return any(not run & said for run in doc.who_runs)
        if wh == "where" and "where" not in doc.head_words:
            # "Where is Eastvale?" is not answered by "Vice-Minister ... of Eastvale".
            places = {f.split(":", 1)[1] for f in doc.facts if f.startswith("where:")}
            return bool(places - said - query.optional)
        return wh in doc.kinds or wh in doc.head_words

    def _said_in_month(self, query: Query, doc: Doc) -> bool:
        """Whether an item asked for what someone said in a month ("what did Takaichi say
        in March") is dated in it: a month it mentions ("said the meeting would be in
        March", on 19 February) is not when it was said."""
        months = {s for word in query.words for s in word.spellings} & month_stems()
        if not months:
            return True
        date = self._dated.get(doc.item_id, "")
        in_month = len(date) >= len("2026-03") and month_stem(int(date[5:7])) in months
        if query.doer and "say" in query.doer[1]:
            return in_month
        # "where was the meeting in February": a meeting held in that month, or none; not
        # this event (held in March) because an item says it was announced in February.
        if (query.wh or query.light) and any(w.spellings & event_stems() for w in query.words):
            if date:
                return in_month
            years = {s for word in query.words for s in word.spellings if YEAR.fullmatch(s)}
            months_said = {  # ... or one it dates in the month and year asked
                (d[5:9], month_stem(int(d[10:12])))
                for d in doc.facts
                if d[:5] == "when:"
                if len(d) == len("when:2025-02")
            }
            return months | years <= self._event.dates or any(
                (y, m) in months_said for y in years for m in months
            )
        return True

    def _country_beside(self, doc: Doc, said: Set[str], query: Query) -> bool:
        """Whether an item that names a place the question says ("what country is Geneva
        in") gives a country beside it: in the same clause of a heading, or as the whole
        heading clause after it ("Fenwold (Ostmarra)"); or, to a question of nothing but
        the place, in the same sentence ("Slovakia hosts the forum in Bratislava"). "Geneva
        in 2027, the UAE in 2028" names a country, but not Geneva's; "Serbia hosts the forum
        in Belgrade" does not say which countries adopted the Belgrade Declaration."""
        places = {f.split(":", 1)[1] for f in doc.facts if f.startswith("where:")}
        own = self._event.venues | self._event.cities | query.optional
        named = places & set(said) - own
        if not named:
            return True
        others = places - set(said) - query.optional
        clauses = doc.clauses
        only_where = all(word.spellings & named for word in query.words)
        body = doc.units[doc.head_units :] if only_where else ()
        if any(named & set(unit) and others & set(unit) for unit in body):
            return True
        return any(
            named & set(clause)
            and (
                bool(others & set(clause))
                or (k + 1 < len(clauses) and set(clauses[k + 1]) <= others and clauses[k + 1])
            )
            for k, clause in enumerate(clauses)
        )

    def _bound(self, doc: Doc, binding: Binding, said: frozenset[str] = frozenset()) -> bool:
        """Whether the item uses the qualifier of the same thing as the question does."""
        if binding.says_which:
            # "the Seoul summit", wherever the item says it; a name ("Seoul", "OECD") may
            # be in a sentence of an item headed with the word for the event ("Is it the
            # same as the AI Safety Summit? ... after Bletchley Park in 2023 and Seoul"),
            # a common word must be next to it ("action plan" is no "Action Summit").
            if doc.asked and self._asked_of_its_own(doc, binding):
                # "What happened after the meeting?" is asked of this meeting: what its
                # answer says of a meeting in Paris does not make it about that one.
                return any(self._bound_in(unit, binding) for unit in doc.units[: len(doc.heads)])
            context = self._which_context(doc, binding, said)
            return any(self._bound_in(unit, binding, context) for unit in doc.units)
        # An FAQ entry is what it is asked: its qualifier must be in a way of asking it.
        if doc.asked:
            return any(self._bound_in(unit, binding) for unit in doc.units[: len(doc.heads)])
        # A sentence of a body is about what the item is headed with: "the €5 billion" of
        # a challenge headed "Pledges still to be paid" qualifies the pledges.
        # (Not the item's own date: "December 2025" dates a bid, not "the 2025 AI summit".)
        titled = doc.head_words
        return any(
            self._bound_in(
                unit,
                binding,
                titled if n >= doc.head_units and not is_date_unit(unit) else frozenset(),
            )
            and (
                is_date_unit(unit)
                or nearest_year(
                    doc.clauses if n < doc.head_units else (unit,),
                    binding,
                    said,
                    self._own_year(doc),
                )
            )
            for n, unit in enumerate(doc.units)
        )

    def _called_by_head(self, query: Query) -> Query:
        """A yes-or-no question with the words of a name that an item may leave out made
        optional: "is the Bergen Seaweed Charter binding", the sheet's only charter by name,
        asks whether "the charter" is."""
        if query.identity or query.wh:
            # "what is the AI Strategic Headquarters", "where is the Harbourlight
            # Conference Hall": asked by its whole name; a yes or no is asked of the thing
            return query
        said = {s for word in query.words for s in word.spellings}
        for word in query.words:
            for head in word.spellings & self._common_words:  # "charter", not "Chappaz"
                name = self._named_by_head.get(head)
                if name is None or not set(name) <= said | query.optional:
                    continue
                qualifiers = set(name[:-1])
                return query._replace(
                    words=tuple(w for w in query.words if not w.spellings <= qualifiers),
                    optional=query.optional | qualifiers,
                )
        return query

    @staticmethod
    def _asked_so(doc: Doc) -> bool:
        """Whether what the item says is its answer to what it is asked or named: an FAQ
        entry's, a party's."""
        return doc.asked or doc.section == "people"

    def _own_year(self, doc: Doc) -> str:
        """The year a timeline entry is dated in: what a year asked of nothing in
        particular must be, unless the question's words are dated with it."""
        return self._dated.get(doc.item_id, "")[:4] if doc.section == "timeline" else ""

    def _edition_year(self, query: Query, doc: Doc) -> str:
        """The year of a timeline entry headed with a word for an event, when the question
        puts that year before that word alone ("the 2027 meeting", "the 2024 conference"):
        one edition of a series, which the entry is."""
        year = self._own_year(doc)
        # headed as the event, before any comma or preposition ("G7 Hiroshima Summit",
        # "Third forum, Belgrade"; not "Japan to seek to host an AI summit")
        events = (doc.cores[0] if doc.cores else frozenset()) & event_stems()
        if not year or not events:
            return ""
        for binding in query.bindings:
            if binding.qualifier.spellings == {year} and (
                # the year and the word for the event alone ("the 2026 AI summit" may be
                # another summit of 2026 than one of AI)
                (binding.qualified and all(w.spellings & events for w in binding.qualified))
                or (binding.of_the_event and not binding.qualified and self._of_series(doc))
            ):
                return year
        return ""

    def _object_left_unsaid(self, query: Query, doc: Doc, word: Word) -> bool:
        """Whether an FAQ entry asked with a verb done to a text last ("Why did the US and the
        UK not sign?") leaves unsaid what the question puts after that verb, a word of the title
        of one of the event's outcomes ("sign the statement")."""
        verb = doc.units[0][-1] if doc.units and doc.units[0] else ""
        if verb not in TEXT_VERBS:
            return False
        at = next((n for n, w in enumerate(query.words) if verb in w.spellings), None)
        return (
            at is not None
            and word in query.words[at + 1 :]
            and bool(word.spellings & self._outcome_titles)
        )

    @staticmethod
    def _counted_acting(query: Query, doc: Doc) -> bool:
        """Whether a timeline entry headed as a meeting counts what the question counts as
        doing the meeting's business ("12 countries adopt the Belgrade Declaration"): they
        were there. Not a count of something else ("put the group at 55 countries")."""
        if not doc.heads[0] & event_stems():
            return False
        first = query.many[0]
        return any(
            is_count(word)
            and first & set(unit[i + 1 : i + 3])
            and set(unit[i + 2 : i + 5]) & ACTS_THERE
            for unit in doc.units[doc.head_units :]
            for i, word in enumerate(unit[:-2])
        )

    def _edition_placed(self, query: Query, doc: Doc) -> bool:
        """Whether the question names the event a timeline entry is headed as by the place
        its title gives ("the Helsinki meeting" of "Second conference, Helsinki")."""
        title = doc.heads[0]
        if doc.section != "timeline" or doc.done or not title & event_stems():
            return False  # not "Riga conference announced": what was done about one
        return any(
            binding.says_which
            and binding.qualifier.spellings & title & self._places
            and binding.qualified
            and all(spelt(w) & title for w in binding.qualified)
            for binding in query.bindings
        )

    def _of_series(self, doc: Doc) -> bool:
        """Whether the item is headed as an edition of this event's series: before its word
        for an event, nothing but an ordinal, a year or words of this event's names ("First
        forum"; not "EUSDR Annual Forum", another body's)."""
        titled = self._event.title_words
        names = self._name_words - self._common_words - titled
        return any(
            word in event_stems() and not set(unit[:i]) & names
            for unit in doc.units[: doc.head_units]
            for i, word in enumerate(unit)
        )

    def _asked_of_its_own(self, doc: Doc, binding: Binding) -> bool:
        """Whether an FAQ entry is asked of this sheet's event by the word for an event the
        binding qualifies ("What happened after the meeting?")."""
        if binding.qualifier.spellings <= self._event.dates:
            return False  # "the March meeting" may be this one, held in March
        wanted = {s for w in binding.qualified for s in w.spellings} & self._event.own
        return any(wanted & set(head) for head in doc.units[: len(doc.heads)])

    def _which_context(
        self, doc: Doc, binding: Binding, said: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """The words next to any of its sentences where an item may say which event it
        means: its headings, for a name; nothing, for a common word."""
        if not binding.says_which or binding.qualifier.spellings & self._common_words:
            return frozenset()
        # ... unless a heading calls its event by another name: "G7 Evian summit" is no
        # Paris summit, whatever sentence of it says Paris.
        for unit in doc.units[: doc.head_units]:
            for i, word in enumerate(unit):
                if word in event_stems() and any(
                    other not in said
                    and other not in self._common_words
                    and other not in self._event.words
                    for other in unit[max(0, i - BINDING_WINDOW) : i]
                ):
                    return frozenset()
        return doc.head_words

    def _bound_in(
        self,
        unit: tuple[str, ...],
        binding: Binding,
        context: frozenset[str] = frozenset(),
        *,
        ending: bool = True,
    ) -> bool:
        """Whether one heading or sentence uses the qualifier of the same thing (words in
        ``context`` count as next to it; "next" that ends it counts if ``ending``)."""
        positions = [i for i, w in enumerate(unit) if w in binding.qualifier.spellings]
        if not positions:
            return False
        # ...next to the words it qualifies: "the 2028 summit" is not a summit and a
        # report of December 2025 in the same sentence.
        near = {
            word
            for i in positions
            for word in unit[max(0, i - QUALIFIER_REACH) : i + QUALIFIER_REACH + 1]
        } | context
        if not all(spelt(w) & near for w in binding.qualified):
            return False
        # "the next meeting": the item's "next" must qualify the event too, or end what
        # it says ("what comes next?"), not "the next AI summit".
        return not (
            binding.of_the_event
            and not binding.qualified
            and not any(
                ((ending or not binding.qualifier.spellings & RELATIVE) and i == len(unit) - 1)
                or set(unit[i + 1 : i + 1 + QUALIFIER_REACH]) & self._event.own
                for i in positions
            )
            and not (binding.named and all(w.spellings & near for w in binding.named))
        )

    def _passage(self, query: Query, doc: Doc) -> tuple[float, frozenset[str], frozenset[str]]:
        """How much of the query one sentence of the item's body says, when that sentence
        answers it on its own (0.0 when none does), what it answers with and its words.
        Every word of the query is in it or in the item's headings, most of them in it, the
        kind of answer asked for is in the sentence itself, and so are its qualifiers with
        what they qualify: "how many companies pledged to report" is one sentence of a long
        entry."""
        nothing: tuple[float, frozenset[str], frozenset[str]] = (0.0, frozenset(), frozenset())
        if query.contents:
            return nothing  # what a text holds is its item, not one sentence
        if doc.item_id in self._attended_ids and not counts_takers(query, doc):
            return nothing
        if self._asks_other_event_of_entry(query, doc):
            return nothing
        total = sum(self._weight(word) for word in query.words)
        if not total or (len(query.words) < PASSAGE_WORDS and not self._rare_kind(query)):
            return nothing
        said = {s for word in query.words for s in word.spellings} | query.optional
        rare = self._rare_kind(query) and (
            not query.of_event or bool(doc.head_words & self._event.own)
        )
        did = query.doer is not None and any(
            says_doer_did(query.doer, passage.unit, passage.names, passive=query.passive)
            for passage in doc.passages
        )
        headed = bool(
            said & doc.head_words
            or self._event.about[doc.item_id]
            or rare
            or did
            or self._named_once(query, doc)
        )
        if (
            query.identity
            and not query.wh
            and not query.named
            and self._names_in_passing(query, doc)
        ):
            return nothing
        other_event = not headed and self._heads_other_event(query, doc)
        if not (headed or other_event):
            # An item whose headings share no word with the question is about something
            # else ("the second meeting"), unless it is about this event ("Third ministerial
            # meeting held") or the question is one rare word (few items to be about) and,
            # if it names the event, the item is headed with a word for it ("why was the
            # meeting delayed": not the consultation called off when the meeting moved), or
            # a sentence says who did what the question asks ("Reyes announced").
            return nothing
        if query.of_event and (doc.head_words & event_stems()) - self._event.own:
            return nothing  # asked about this event; the item is headed with another one
        # What a timeline entry tells happened when it is dated: its sentences give "when".
        # (Not when the entry is dated as the other event it is headed with: "Geneva will host
        # the 2027 summit" was announced before 2027.)
        dated = (
            doc.section == "timeline"
            and any(f.startswith("when:") for f in doc.facts)
            and not other_event
            and not done_to_it(query, doc)
        )
        best: tuple[float, frozenset[str], frozenset[str]] = (0.0, frozenset(), frozenset())
        own_year = self._own_year(doc)
        for passage in doc.passages:
            context = passage.words | doc.head_words
            if not all(word.spellings & context for word in query.words):
                continue
            inside = sum(self._weight(w) for w in query.words if w.spellings & passage.words)
            if query.act & passage.by_host and "who" in query.wh:
                inside = total  # "Funding pool | Put forward by the host": headed with the rest
            if inside < PASSAGE_SHARE * total:
                continue
            if not all(
                passage_gives(passage, wh, said, query.act) or (wh == "when" and dated)
                for wh in query.wh
            ):
                continue
            if query.country and not gives_country(passage.facts, query):
                continue
            if (
                query.doer
                and "say" in query.doer[1]
                and not says_doer_did(query.doer, passage.unit, passage.names)
            ):
                continue  # "what does the agreement say about X": not "India said X ..."
            if not names_several(passage.facts, query, asked=self._asked_so(doc)):
                continue
            if query.placed and not {f"where:{p}" for p in query.placed} <= passage.facts:
                continue
            if self._places_elsewhere(query, passage.facts, passage.words):
                continue  # "meet in Tokyo": not "ministers, meeting in Paris"
            if query.many and not self._counts_in(
                query.many, (passage.unit,), self._unheaded_names(query, doc)
            ):
                continue  # "how many Global South countries joined": not "66 countries"
            if query.which and not names_one(query, passage.names, (passage.unit,)):
                continue
            units = (passage.unit, *doc.units[: doc.head_units])
            if not all(
                any(
                    # One sentence of an item asked "what happened next?" does not say
                    # when the next meeting is.
                    self._bound_in(
                        unit,
                        binding,
                        self._which_context(doc, binding, frozenset(said)),
                        ending=False,
                    )
                    for unit in units
                )
                for binding in query.bindings
            ):
                continue
            if not all(
                nearest_year((passage.unit,), binding, frozenset(said), own_year)
                for binding in query.bindings
            ):
                continue  # "named special envoy in 2025": not "... expected in early 2025"
            if query.identity and not in_a_row(query, passage.unit):
                continue  # "who is the UK prime minister": not "the British prime minister"
            if (
                query.doer
                and not (query.doer[0] & doc.head_words)
                and not says_doer_did(
                    query.doer, passage.unit, passage.names, passive=query.passive
                )
            ):
                continue  # "what did Reyes say": "Reyes warned that ..." (or the item is
                # about Reyes); "what did the council launch": not "Lee launched it ... at a
                # side event of the council"
            # Words said together say more than words a long sentence apart: "a voluntary
            # Code of Conduct", not "a voluntary questionnaire ... the Code of Conduct".
            score = inside / total * compact(query, passage.unit)
            if score > best[0]:
                best = (score, passage.facts, passage.words)
        return best

    def _counts_said(self, query: Query, doc: Doc) -> bool:
        """Whether the item counts what the question asks the number of: a number right
        before its first word, the sheet's topic words aside ("66 countries" counts
        "countries attended", not "Global South countries"), or an FAQ entry is asked the
        count of it ("number of participants": "How many took part?"). A name the question
        gives must be where the item says what it is about, or beside the count: "how many
        countries are in the OECD" is not counted by "launched at an OECD meeting with 49
        countries"."""
        named = self._unheaded_names(query, doc)
        if doc.asked and not named and all(s & doc.head_words for s in query.many):
            return True
        if (
            doc.section == "key_facts"
            and not named
            and len(doc.units) > 1
            and query.many[0] != {"attend"}
            and all(s & set(doc.units[0]) for s in query.many if s != {"attend"})  # who came
            and is_count(doc.units[1][0])
            and KINDS["money"].isdisjoint(doc.units[1][1:3])  # "2.1 billion euros": a sum
        ):
            return True  # "Parties: Four: ...", "Delegates: About 320": the label is counted
        return self._counts_in(query.many, doc.units, named)

    def _sized(self, query: Query, doc: Doc) -> bool:
        """Whether an item gives the size of what a question names and asks how big it is
        ("how many members does ASEAN have"): a count in one clause with the name, or with
        the rest where the item's first heading (a key fact's label) says some."""
        said = [w.spellings for w in query.words if not w.spellings <= query.optional]
        if not all(s & self._name_words for s in said):
            return True  # "how much does Current AI aim to raise": what it does, counted
        if doc.asked and "count" in doc.head_words:
            return True  # asked how many
        label = doc.heads[0] if doc.heads and not doc.asked else frozenset()
        members = _member_stems()
        return any(
            any(
                is_count(word)
                and members & set(unit[i + 1 : i + 3])  # "14 member states"
                and not self._counts_anothers(unit, i, frozenset().union(*said))
                for i, word in enumerate(unit)
            )
            and all(s & (set(unit) | label) for s in said)
            for unit in (*doc.clauses, *doc.units[doc.head_units :])
        )

    def _counts_anothers(
        self, unit: tuple[str, ...], at: int, asked: Set[str], after_only: bool = False
    ) -> bool:
        """Whether the count at ``at`` is of a body the question does not name, named right
        after it ("38 OECD members") or, unless ``after_only``, right before it ("the
        OECD's 38 member countries")."""
        beside = {*unit[at + 1 : at + 2], *(() if after_only else unit[max(at - 1, 0) : at])}
        return bool(beside & (self._proper - asked))

    def _unheaded_names(self, query: Query, doc: Doc) -> list[frozenset[str]]:
        """The words of names the question gives that the item's headings do not (its
        event's names and the sheet's topic words aside)."""
        return [
            word.spellings
            for word in query.words
            if word.spellings & self._name_words
            and not word.spellings & doc.head_words
            and not self._event.is_own(word)
            and not self._vocabulary.is_topic(word.spellings)
        ]

    def _counts_in(
        self,
        counted: tuple[frozenset[str], ...],
        units: Iterable[tuple[str, ...]],
        near: Sequence[frozenset[str]] = (),
    ) -> bool:
        """Whether a heading or sentence puts a number right before the first word of what
        is counted, the sheet's topic words aside, with each of ``near`` within
        COUNT_REACH words of it; not a sum of money ("$400 million from governments"
        counts no governments)."""
        first = next((w for w in counted if not self._vocabulary.is_topic(w)), counted[0])
        money = KINDS["money"]
        asked = frozenset().union(*counted, *near)
        return any(
            is_count(word)
            and first & set(unit[i + 1 : i + 3])
            and (bool(first & {unit[i + 1]}) or not self._counts_anothers(unit, i, asked, True))
            and money.isdisjoint(unit[max(0, i - 2) : i])  # "$400 million"
            and all(s & set(unit[max(0, i - COUNT_REACH) : i + 3 + COUNT_REACH]) for s in near)
            for unit in units
            for i, word in enumerate(unit[:-1])
        )

    def _heads_other_event(self, query: Query, doc: Doc) -> bool:
        """Whether the question asks about an event its qualifier picks out ("the 2028
        summit", "the next meeting") and the item is headed with a word for such an event
        ("Summit in Elbonia"): a sentence of it may say which."""
        return bool(doc.head_words & self._event.own) and any(
            binding.of_the_event and not binding.qualified for binding in query.bindings
        )

    def _names_in_passing(self, query: Query, doc: Doc) -> bool:
        """Whether 'what is X' would be answered by a sentence that only uses X's words, in
        an item headed with none of them (but the sheet's topic words): "generative AI" in
        the entry on what the Process is. A name the sentence gives, or ends, is all the
        sheet knows of it ("launches a Partners Circle for member firms"), not "open data"
        of "the Charter on Open Data Stewardship"."""
        named = query.words[-1].spellings
        if named & doc.head_words and not self._vocabulary.is_topic(named):
            # "what is the 2027 Geneva summit" of "Geneva to host 2027 summit"; not "what is
            # the Japan AI Safety Institute" of "Japan's AI Basic Plan ... staff at the Japan
            # AI Safety Institute": what it names is headed, not a word that qualifies it
            return False
        said = frozenset(s for word in query.words for s in word.spellings)
        last = query.words[-1].spellings
        for passage in doc.passages:
            for run in passage.runs:
                if said <= run:
                    end = max(i for i, word in enumerate(passage.unit) if word in run)
                    if passage.unit[end] in last:
                        return False
        return True

    def _named_once(self, query: Query, doc: Doc) -> bool:
        """Whether 'what is X' asks about a name that one sentence of the item gives and no
        other item says: "launches a Partners Circle for member firms" is all the sheet
        knows of the Partners Circle."""
        if not query.identity or query.wh or not query.words:
            return False
        said = frozenset(s for word in query.words for s in word.spellings)
        if not any(run == said for passage in doc.passages for run in passage.runs):
            return False
        key = tuple(word.spellings for word in query.words)
        if key not in self._holders:  # once a question, not once an item
            if len(self._holders) > MAX_LOOKUPS:
                self._holders.clear()
            rarest = min(
                query.words, key=lambda w: sum(self._vocabulary.frequency[s] for s in w.spellings)
            )
            holders = {i for s in rarest.spellings for i in self._postings.get(s, ())}
            self._holders[key] = sum(
                all(w.spellings & self._docs[i].words for w in query.words) for i in holders
            )
        return self._holders[key] == 1

    def _passages(self, query: Query) -> Found | None:
        """The one item with a sentence that answers the query, when no item answers it
        where it says what it is about, and no item is about all the query says."""
        if query.said_by:
            return None  # "quote from the OECD": a quote of theirs, not a sentence naming them
        candidates: set[int] = set()
        for word in query.words:
            for spelling in word.spellings:
                candidates.update(self._postings.get(spelling, ()))
        said: dict[int, frozenset[str]] = {}
        sentences: dict[int, frozenset[str]] = {}
        found = []
        for index in candidates:
            if self._of_another_event(query, self._docs[index]):
                continue
            if not self._said_in_month(query, self._docs[index]):
                continue
            if query.done_here and not self._done_here(self._docs[index]):
                continue
            if query.optional & self._event.years and not self._of_its_dates(self._docs[index]):
                continue
            if self._docs[index].asked and not self._after_what_asked(query, self._docs[index]):
                continue  # its sentences follow the meeting, not the launch asked after
            score, said[index], sentences[index] = self._passage(query, self._docs[index])
            if score:
                found.append((score, index))
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        if not found:
            return None
        score, best = found[0]
        if self._named_twice(query, self._docs[best], best):
            return None  # "who hosted the summit": which of the sheet's summits?
        for other, index in found[1:]:
            if other > score - MARGIN and not (
                restates(query, self._docs[best], self._docs[index])
                or same_answer(query, said[best], said[index])
                or same_words(query, sentences[best], sentences[index])
            ):
                return None  # two sentences say it, and not the same: which is meant?
        headed = self._headed(query, self._docs[best])
        for index in candidates:
            doc = self._docs[index]
            if (
                index != best
                and self._headed(query, doc) >= headed
                and holds(query, doc)
                and self._heads_on(query, doc)
                and all(self._gives(doc, wh, query) for wh in query.wh)
                and not restates(query, self._docs[best], doc)
                and not agrees(query, self._docs[best], doc)
                and not same_answer(query, doc.facts, said[best])
            ):
                return None  # another item is as much about it, and does not say the same
        return self._found(score, best)

    def _heads_on(self, query: Query, doc: Doc) -> bool:
        """Whether a phrase of the item's headings names one of the question's words (ends
        with it, before any preposition): 'Guiding Principles and Code of Conduct agreed'
        names the code, 'how do companies report under the Code of Conduct' a report."""
        said = {s for word in query.words for s in word.spellings}
        return any((named or clause)[-1] in said for clause, named in phrases(doc))

    def _headed(self, query: Query, doc: Doc) -> float:
        """How much of the query (by rarity) the item's headings hold."""
        return sum(self._weight(w) for w in query.words if w.spellings & doc.head_words)

    def _score(self, query: Query, index: int, rules: Rules) -> float:
        """How well item ``index`` answers the query (0..1); 0 when a rule rules it out."""
        strict = rules is not Rules.NONE
        doc = self._docs[index]
        light = self._light_only[index] if query.what else frozenset()
        asked_words = (doc.head_words - light) | {self._edition_year(query, doc)} - {""}
        total = found = 0.0
        for word in query.words:
            if query.contents and word.spellings == {"contain"} and not doc.asked:
                continue  # an outcome holds what it says, without saying "contains"
            weight = self._weight(word)
            total += weight
            spellings = spelt(word)
            if spellings & asked_words:
                found += weight
            elif spellings & doc.words - light:
                if strict and doc.asked and (is_qualifier(word) or word.spellings & ASKED_ONLY):
                    return 0.0  # "the next AI summit", "2028": how the entry is asked
                found += weight * BODY_WEIGHT
            elif doc.asked and word.spellings <= PRESENT:
                total -= weight  # an entry answers as the sheet stands
            elif self._in_office(query, doc, word):
                found += weight * BODY_WEIGHT  # "minister in 2023": in office then
            elif doc.asked and self._object_left_unsaid(query, doc, word):
                found += weight * BODY_WEIGHT  # "why did the US not sign (the statement)"
            elif (
                word.spellings == {"attend"}
                and query.many
                and (
                    doc.section == "key_facts"
                    or (doc.section == "timeline" and self._counted_acting(query, doc))
                )
                and self._counts_said(query, doc)
            ):
                # "Delegates: About 400", a meeting's "12 countries adopt ...": those there
                found += weight * BODY_WEIGHT
            elif strict and not self._vocabulary.is_common(word):
                return 0.0
        if strict and query.contents and not holds_contents(query, doc):
            return 0.0
        if strict and self._asks_other_event_of_entry(query, doc):
            return 0.0  # "how was the India-Japan summit announced": not how the meeting was
        if strict and query.placed and not {f"where:{p}" for p in query.placed} <= doc.facts:
            return 0.0  # "what did the meeting in Hiroshima produce": not the Tokyo one
        if strict and query.represented and not speaks_for(query.represented, doc):
            return 0.0  # "who represented Fiji": one of Fiji's own, not Fiji in a list
        if strict and not names_several(doc.facts, query, asked=self._asked_so(doc)):
            return 0.0  # "which countries are in the group": not "a group of countries"
        if strict and self._placed_away(query, doc):
            return 0.0  # "when did the G7 digital ministers meet in Tokyo": not in Paris
        if strict and asks(query, "not") and "not" not in doc.head_words:
            return 0.0  # "who didn't host it": a heading must say so, not "was not found"
        if strict and "count" in query.wh and not query.many and not self._sized(query, doc):
            return 0.0  # "how many members does ASEAN have": not "5 observers: ... ASEAN"
        if strict and asks(query, "not") and not _negated_alike(query, doc):
            return 0.0  # "how many refused to adopt the code": not "adopted by 64; not binding"
        if strict and doc.asked and not self._within_unsaid(query, doc):
            return 0.0  # "who chaired it" was not found, not "who chairs the Friends Group"
        if strict and doc.asked and self._asks_of_its_body(query, doc):
            return 0.0  # "who announced the Friends Group": not "how was the meeting announced"
        if strict and doc.asked and query.act and not query.act & asked_words:
            return 0.0  # "who held the meeting" is not "who announced the meeting"
        if strict:
            if not all(self._gives(doc, wh, query) for wh in query.wh):
                return 0.0
            if (
                query.which
                and not doc.asked
                and doc.section != "people"
                and not names_one(query, doc.who, doc.units)
            ):
                return 0.0  # an FAQ entry is what it is asked; a party is a name
            if (
                query.which
                and doc.asked
                and not any(
                    head & (query.which | {"who"})
                    and ("who" in head or not head & WH_WORDS)  # not when, where, how many
                    for n, head in enumerate(doc.heads)
                    if n not in self._polar[index]
                )
            ):
                # "which ministry published the result": not what it was; "which
                # organisations attended": not "How many took part?"
                return 0.0
            if index in self._attended and not counts_takers(query, doc):
                return 0.0  # said to tell who attended and how many of what it counts
            said = frozenset(s for word in query.words for s in word.spellings)
            edition = self._edition_year(query, doc)  # "the G7 summit in 2023": its date
            if not all(
                self._bound(doc, binding, said)
                or binding.qualifier.spellings == {edition}
                or (not binding.qualified and self._in_office(query, doc, binding.qualifier))
                for binding in query.bindings
            ):
                return 0.0
        if strict and query.many and not self._counts_said(query, doc):
            return 0.0  # "how many meetings have there been": not "41 countries"
        if (
            strict
            and query.now
            and any(f"ended:{s}" in doc.facts for w in query.words for s in w.spellings)
        ):
            return 0.0  # "who is the deputy minister": not one who was, and is minister now
        if strict and doc.section == "people" and query.alongside & doc.head_words:
            # "who was co-chair together with Macron": someone else than Macron; "who
            # co-hosted with France": not the President of France
            return 0.0
        if (
            strict
            and doc.item_id in self._persons
            and "when" in query.wh
            and not _names_party(query, doc)
        ):
            return 0.0  # "when was the alliance founded": not the date of someone's role in it
        if strict and doc.section == "people" and across_roles(query, doc):
            return 0.0  # "what did the AI Impact Summit adopt": not a statement of another
        if strict and doc.section == "people" and members_of_what(query, doc):
            return 0.0
        if strict and doc.section == "people" and self._asks_a_lesser_role(query, doc):
            return 0.0  # "who is the minister for digital policy": not the vice-minister
        if strict and query.optional & self._event.years and not self._of_its_dates(doc):
            return 0.0  # "the venue of the March 2026 meeting": not the 2025 one's hotel
        if strict and query.done_here and not self._done_here(doc):
            return 0.0  # "what was announced at the meeting": not how it was announced
        if (
            strict
            and query.said_by
            and not (doc.section == "quotes" and query.said_by <= doc.heads[0])
        ):
            return 0.0  # "quote by Bouverot": not Macron's words naming her
        if strict and doc.section == "quotes" and query.at_event and not self._said_here(doc):
            return 0.0  # "what did she say at the meeting": not in a video to a summit
        if (
            strict
            and query.of_event
            and doc.section != "key_facts"  # a fact of this event ("Announced: ... to a summit")
            and (doc.head_words & event_stems()) - self._event.own
            and not self._event.about[doc.item_id]
        ):
            return 0.0  # asked about this event; the item is headed with another one
        if strict and self._of_another_event(query, doc):
            return 0.0  # "did India host the summit": not "India to host the next summit"
        if strict and self._heads_edition_after(query, doc):
            return 0.0  # "did Japan host the AI Impact Summit": not "host the next AI summit"
        if (
            strict
            and doc.section == "quotes"
            and not all(spellings & doc.said_at for spellings in query.said_where)
        ):
            return 0.0  # "what did Kiss say in Budapest": said there, not of it
        if strict and query.doer and not query.passive and query.doer[0] <= doc.only_placed:
            return 0.0  # "what did India announce": not "announced at a summit in India"
        if strict and not self._said_in_month(query, doc):
            return 0.0  # "what did she say in March": not "she said ... in March"
        if strict and query.at_event and doc.section != "quotes" and asks(query, "say"):
            return 0.0  # "what was said at the meeting": words said there, or nothing
        if (
            strict
            and doc.section == "people"
            and query.of_event
            and not self._role_here(doc, frozenset(s for w in query.words for s in w.spellings))
        ):
            return 0.0  # "did Reyes chair the meeting": she chairs a council, not this
        if (
            strict
            and query.words
            and all(word.spellings == {"about"} for word in query.words)
            and not (
                "about" in doc.head_words
                and (
                    doc.asked or self._event.about[doc.item_id] or doc.head_words & self._event.own
                )
            )
        ):
            return 0.0  # "what did they discuss": this event's subject, not a "funding goal"
        if strict and query.wh & {"when", "where"} and done_to_it(query, doc):
            return 0.0  # "when is the summit" is not when the summit was named
        if (
            strict
            and doc.section == "people"
            and any(word.spellings <= office_words() for word in query.words)
            and not _names_party(query, doc)
        ):
            return 0.0  # "who left office": whose role ended is not who resigned
        if (
            strict
            and doc.section == "key_facts"
            and not in_one_clause(query, doc)
            and not (query.many and self._counts_said(query, doc))  # "Countries: 10"
        ):
            return 0.0
        if strict and doc.asked and self._asked_otherwise(query, index, polar=False):
            return 0.0  # "what is the fund for": not "How big is the fund?"
        if strict and doc.asked and not self._rarest_asked(query, doc):
            return 0.0
        if strict and doc.asked and not self._after_what_asked(query, doc):
            return 0.0  # "what happened after the Friends Group launch": not the meeting
        covered, needed = self._covered(query, doc)
        floor = 0.0
        if rules is Rules.ALL and covered < needed:
            named = query.identity and not query.wh and self._is_about(query, doc)
            if not (named or self._relaxed(query, doc)) or self._asked_otherwise(query, index):
                return 0.0
            floor = MATCH_THRESHOLD  # an answer, ranked below those that say more of it
        if total == 0:
            # Only a kind of answer and the event ("when was the meeting?"): the coverage
            # of the way the item is asked or headed is all the evidence there is.
            return covered + SECTION_PRIOR.get(doc.section, 0.0) if query.wh else 0.0
        score = (found / total + covered) / 2 + SECTION_PRIOR.get(doc.section, 0.0)
        return max(score, floor)

    def _asks_other_event_of_entry(self, query: Query, doc: Doc) -> bool:
        """Whether the question names an event by a word for events that is not this
        one's ("summit" on the sheet of a meeting), and the item is an FAQ entry not asked
        about one: an entry is what it is asked, and "How was the meeting announced?" is
        not how a summit its answer mentions was."""
        return doc.asked and any(
            w.may_be_event
            and w.spellings & event_stems()
            and not w.spellings <= self._event.own
            and not spelt(w) & doc.head_words  # "the Cusco meeting": "When was the forum?"
            for w in query.words
        )

    def _asks_of_its_body(self, query: Query, doc: Doc) -> bool:
        """Whether the question names what the event's title says it is a meeting of ("the
        Friends Group" of "Meeting of the ... Friends Group"), with no word for the event,
        and an FAQ entry is asked about the event ("How was the meeting announced?"): the
        group is not its meeting."""
        if query.of_event:
            return False
        rare = len(self._docs) // 2
        body = [
            w
            for w in query.words
            if w.spellings <= self._event.words - event_stems() - set(ORDINALS)
            and all(self._vocabulary.frequency[s] <= rare for s in w.spellings)
        ]
        return (
            bool(body)
            and any(head & self._event.own for head in doc.heads)
            and not any(all(w.spellings & head for w in body) for head in doc.heads)
        )

    def _within_unsaid(self, query: Query, doc: Doc) -> bool:
        """Whether a question answered by what an FAQ answer says was not found ("Who
        chaired the sessions was not found") asks only that, of this event: 'who chaired
        it', not 'who chairs the Friends Group', which the answer does not say either."""
        if not any(w.spellings & doc.unsaid_only for w in query.words):
            return True  # asked some other way the entry is asked
        this_event = doc.unsaid | self._event.own | self._event.venues | self._event.city
        return all(w.spellings & this_event for w in query.words)

    def _of_its_dates(self, doc: Doc) -> bool:
        """Whether the item may be about the event when the question names it by its date
        ("the March 2026 meeting"): a timeline entry dated within it, another item dated
        within it or not dated ("Friends Group: launched 2 May 2024" is not)."""
        if doc.section == "timeline":
            return doc.item_id in self._event.held_during
        if doc.section == "faq" and (
            doc.head_words & self._event.own or self._event.about[doc.item_id]
        ):
            return True  # asked about the event, whatever else its answer dates
        dates = [f[5:] for f in doc.facts if f.startswith("when:")]
        return not dates or any(within(date, *self._event.span) for date in dates)

    def _done_here(self, doc: Doc) -> bool:
        """Whether the item may tell what was done at this event: an outcome; a timeline
        entry dated within it; a key fact or an FAQ entry about it, unless headed with what
        was done to it ("Announced", "How was the meeting announced?")."""
        if doc.item_id in self._event.done_to_event:
            return False
        if doc.section == "quotes":
            return True  # what was said there has rules of its own (_said_here)
        if doc.section == "timeline":
            return doc.item_id in self._event.held_during
        if doc.section == "faq":
            return bool(doc.head_words & self._event.own) or self._event.about[doc.item_id]
        if doc.section == "key_facts":
            # ... not one dated only before or after it ("Friends Group: Launched 2 May 2024")
            dates = [f[5:] for f in doc.facts if f.startswith("when:")]
            return not dates or any(within(date, *self._event.span) for date in dates)
        return doc.section == "outcomes"

    def _said_here(self, doc: Doc) -> bool:
        """Whether a quote was said at this event: dated within it, or its occasion names
        it, its city or a venue ("Speech to the plenary, Grand Palais")."""
        here = self._event.here | self._event.venue_names
        return doc.item_id in self._event.said_during or bool(doc.said_at & here)

    def _role_here(self, doc: Doc, said: frozenset[str]) -> bool:
        """Whether a party's roles say anything of this event (a word for it, one of its
        full names, its city): only then does one answer a question about the event."""
        here = self._event.here | self._event.own  # "co-chair of the summit" is of this one
        roles = doc.heads[doc.names :]
        asked = [head for head in roles if head & said]  # the role the question names
        return any(head & here for head in asked or roles)

    def _covered(self, query: Query, doc: Doc) -> tuple[float, float]:
        """How much of the best heading of the item the question says, and how much it must."""
        asked = {s for word in query.words for s in spelt(word)} | set(query.wh)
        asked |= query.optional
        # "who was Rojas in 2023": a year of the roles asked is when, not what, they were
        asked -= {s for w in query.words if self._in_office(query, doc, w) for s in w.spellings}
        if (
            query.of_event
            and doc.section == "people"
            and (query.country or ("who" in query.wh and doc.item_id in self._persons))
        ):
            # "which country hosted the meeting", "who will chair the summit": the one whose
            # role is "Host of the third SCMA ministerial" ("Chair of the fourth summit"),
            # which this event's own words name
            asked |= self._event.title_words
        heads = doc.heads
        cores = doc.cores
        needed = MIN_COVERAGE
        if doc.section == "quotes" and "say" not in asked:
            heads = heads[doc.names :]  # not asked what was said: only the words can match
        elif doc.section == "quotes":
            # "What did <speaker> say about <topic>": the speaker, if named, is who said it,
            # and the topic is in the words (or where they were said); the words need not
            # be said back.
            if (
                query.doer
                and "say" in query.doer[1]
                and not query.doer[0] & heads[0]
                and not self._called_by_role(query, doc)  # "what did Indonesia say"
            ):
                return 0.0, needed  # "what did the ministry say": not what the minister said
            topic = [w for w in query.words if not w.spellings & heads[0]]
            named = len(topic) < len(query.words) - 1 or any(
                name & asked - {"say"} for name in heads[: doc.names]
            )
            if not named and self._called_by_role(query, doc):
                # "What did the Hungarian minister say": the speaker, by the role the
                # quote gives ("Minister of Transport of Hungary").
                role = frozenset(doc.units[doc.head_units])
                topic = [w for w in topic if not w.spellings & role]
                named = True
            if all(w.spellings & doc.words for w in topic) and (
                named or not topic or all(w.spellings & heads[-1] for w in topic)
            ):
                return 1.0, needed
            return 0.0, needed
        elif doc.names and not any(asked - WH_WORDS <= name for name in heads[: doc.names]):
            # Asked about more than who: the name used, with the role that says the rest
            # ("when did <name> become <role>"). A role is a description, so most of it
            # must be said: "president" is not "vice president".
            said = [name for name in heads[: doc.names] if name & asked]
            # Took or left office: only of whoever the question names ("when did Reyes
            # take office"), not of a role that names someone else ("Reyes's envoy").
            heads = tuple(
                name | rest
                for name in said or [frozenset()]
                for rest in heads[doc.names :]
                if said or not rest <= office_words()
            )
            cores = tuple(name | rest for name in said for rest in doc.cores[doc.names :])
            needed = ROLE_COVERAGE
        # A heading's full name of this event is said by a question calling it "the summit"
        # (not by one naming it, "what is the AI Action Summit", whose words are the rest).
        by_noun = query.of_event and not asked & (self._event.title_words - self._event.own)
        titled = self._titled[doc.item_id] if by_noun else ()
        heads = tuple(
            head - query.light - frozenset().union(*(t for t in titled if t <= head))
            for head in self._heads_asked(query, heads, doc)
        )
        covered = max((self._coverage(head, asked, doc.asked) for head in heads), default=0.0)
        if self._edition_year(query, doc) or self._edition_placed(query, doc):
            # "Where was the 2027 meeting", "who chaired the Helsinki meeting": the meeting
            # the entry is, dated 2027 or headed with Helsinki, said well enough so.
            covered = max(covered, needed)
        if not doc.asked and doc.section != "quotes":
            # What a heading names may be said without where or when it was: "the second
            # meeting" is "Second ministerial meeting in Eastvale".
            cores = tuple(core - query.light for core in cores)
            core = max((self._coverage(c, asked, False) for c in cores), default=0.0)
            covered = max(covered, CORE_WEIGHT * core)
        return max(covered, FOCUS_WEIGHT * self._focus(query, doc)), needed

    def _called_by_role(self, query: Query, doc: Doc) -> bool:
        """Whether the question calls a quote's speaker by the role the quote gives, or by
        the country the role ends with ("what did Indonesia say": its minister)."""
        if len(doc.units) <= doc.head_units:
            return False
        said = next((n for n, w in enumerate(query.words) if w.spellings == {"say"}), 0)
        who = frozenset(s for w in query.words[:said] for s in w.spellings)
        role = doc.units[doc.head_units]
        if said == 1 and len(role) >= 2 and role[-1] in who and not who & event_stems():
            return True
        if (
            said == 1
            and query.words[0].weight == 1.0  # as written: "the ministry" is no "minister"
            and role[:1] == tuple(who)
            and self._reader.called_by_rank(who)
        ):
            return True  # "what did the chair say": the one speaker who is "Chair of ..."
        # ... a name that may be left out elsewhere among them ("the Latvian minister")
        return names_role(who | query.optional, role)

    def _rare_kind(self, query: Query) -> bool:
        """Whether a one-word question asks when, where or why about a rare word ('why was
        the meeting delayed'): a sentence may then answer it on its own."""
        if len(query.words) != 1 or not query.wh or query.wh - {"when", "where", "why"}:
            return False  # not "who won", "how much did it cost": any name, any number
        (word,) = query.words
        return max(self._vocabulary.frequency[s] for s in word.spellings) <= RARE_ITEMS

    def _relaxed(self, query: Query, doc: Doc) -> bool:
        """Whether the item answers though its headings say much more than the question:
        one of them holds every word of it, or names what it asks about ('when was the
        council set up' of 'Open Data Standards Council'), or counts it. A party the
        question names does so only by the beginning of one of its roles."""
        if _names_party(query, doc):
            return named_with_role(query, doc)
        if (
            len(query.words) == 1
            and query.of_event
            and not (doc.head_words & self._event.own or self._event.about[doc.item_id])
            and not (self._polar_asked(query, doc))
        ):
            return False  # "when was the meeting cancelled": not the consultation
        return (
            self._headed_with_all(query, doc)
            or (
                any(not is_qualifier(w) for w in query.words)
                and doc.section != "quotes"
                and self._headed_as(query, doc, things=True)
                and not self._says_a_role_in_part(query, doc)
            )
            or counts(query, doc)
        )

    def _polar_asked(self, query: Query, doc: Doc) -> bool:
        """Whether a yes-or-no question of one word about "it" ("is it binding") is asked
        as an FAQ entry asks it ("Is the charter legally binding?"): "it" is then what the
        entry names, the sheet's only thing asked so."""
        return (
            doc.asked
            and not (query.wh or query.identity or query.what)
            and {
                item_id
                for spelling in query.words[0].spellings
                for item_id in self._asked_polar.get(spelling, ())
            }
            == {doc.item_id}
        )

    def _asked_otherwise(self, query: Query, index: int, *, polar: bool = True) -> bool:
        """Whether a 'what' question is held only by ways an FAQ entry is asked for a time,
        place, person or number, or (``polar``) yes or no: "How big is the fund?" does not
        say what the fund is; "Was the herring quota cut agreed?" (no) says what the outcome
        was only if the question says most of it ("Is it the same as the AI Safety Summit?"
        says what that summit is)."""
        doc = self._docs[index]
        holding = [
            n for n, head in enumerate(doc.heads) if all(w.spellings & head for w in query.words)
        ]
        otherwise = {n for n, head in enumerate(doc.heads) if head & WH_WORDS}
        if polar:
            otherwise |= self._polar[index]
        return query.what and not query.wh and bool(holding) and set(holding) <= otherwise

    def _headed_with_all(self, query: Query, doc: Doc) -> bool:
        """Whether one heading of the item holds every word of the question, which then says
        little of the heading but is about it ("did the US sign" of "why did the US and the
        UK not sign"). Not a quote's words (found by what was said, not about it), and one
        word only if the sheet has it in at most RARE_ITEMS items ("moonshot", not "next")."""
        # "why is Russia a problem" of a challenge (an outcome's word, "agreed", says how
        # it stands: not left out here)
        words = _besides_its_kind(query, doc) if doc.section == "challenges" else query.words
        if not words:
            return False
        if len(words) == 1:
            (word,) = words
            items = max(self._vocabulary.frequency[s] for s in word.spellings)
            if items > RARE_ITEMS or (items > 1 and doc.section == "quotes"):
                return False

        elif doc.section == "quotes":
            return False
        if any(w.spellings & head for w in words for head in doc.heads[: doc.names]):
            return named_with_role(query, doc)
        heads = self._heads_asked(query, doc.heads, doc)
        if not any(all(w.spellings & head for w in words) for head in heads):
            return False
        return not self._says_a_role_in_part(query, doc)

    @staticmethod
    def _heads_asked(
        query: Query, heads: tuple[frozenset[str], ...], doc: Doc
    ) -> tuple[frozenset[str], ...]:
        """The ways an FAQ entry is asked that the question may be: not one placed after,
        before or since something the question does not say ("what happened after the
        meeting" is not asked by "what happened at the meeting"), nor, for a question about
        what was done at the event, one asked what came next ("what happened next")."""
        if not doc.asked:
            return heads
        said = {s for word in query.words for s in word.spellings}
        later = time_relations() | ({"next"} if query.at_event or query.happened_at else set())
        return tuple(head for head in heads if not head & later - said)

    def _after_what_asked(self, query: Query, doc: Doc) -> bool:
        """Whether what the question places a time against ("after the Friends Group
        launch") is what an FAQ entry asked so is placed against ("What happened after the
        meeting?": this event), when the entry is asked so at all."""
        relations = time_relations()
        at = next((i for i, w in enumerate(query.words) if w.spellings & relations), None)
        if at is None:
            return True
        relation = query.words[at].spellings & relations
        against = [
            w
            for w in query.words[at + 1 :]
            if not (self._event.is_own(w) or w.spellings <= query.light)
        ]
        placed = [head for head in doc.heads if head & relation]
        return not placed or any(all(w.spellings & head for w in against) for head in placed)

    def _rarest_asked(self, query: Query, doc: Doc) -> bool:
        """Whether an FAQ entry is asked with the question's rarest word (if it has two or
        more), or asked about nothing the question does not say: 'when was the council
        founded' is not 'when was the Partners Circle founded', whose answer mentions the
        council; 'where was the cultural weekend' may be 'when and where was it held'."""
        if len(query.words) < 2:
            return True
        rarest = max(self._weight(w) for w in query.words)
        if any(w.spellings & doc.head_words for w in query.words if self._weight(w) == rarest):
            return True
        asked = {s for w in query.words for s in w.spellings} | query.wh | query.optional
        # "how many organisations": of those who took part, which a count of the event asks
        implied = {"attend"} if query.many else set()
        return any(
            head & asked and not head - asked - WH_WORDS - query.light - self._event.own - implied
            for head in doc.heads
        )

    def _says_a_role_in_part(self, query: Query, doc: Doc) -> bool:
        """Whether the question says a party's role only in part: 'President' of 'Vice
        President', or of 'President Reyes's special envoy' (every phrase of its roles
        that holds the question's words beside the name is said in part)."""
        if not doc.names:
            return False
        said = {s for word in query.words for s in word.spellings}
        names = frozenset().union(*doc.heads[: doc.names])
        rest = [w for w in query.words if not w.spellings & names]
        roles = list(phrases(doc))[doc.name_clauses :]
        holding = [named for clause, named in roles if all(w.spellings & set(clause) for w in rest)]
        return (
            bool(rest) and bool(holding) and all(part_of_a_role(named, said) for named in holding)
        )

    def _asks_a_lesser_role(self, query: Query, doc: Doc) -> bool:
        """Whether the question asks for a role the party holds only with a word of rank
        before it that the question does not say, and says the rest: "minister for digital
        policy" of "Vice-Minister for Digital Policy", "prime minister" of "Deputy Prime
        Minister"."""
        names = frozenset().union(*doc.heads[: doc.names])
        rest = [w for w in query.words if not w.spellings & names]
        said = {s for word in rest for s in word.spellings}
        roles = zip(doc.clauses, doc.named, doc.titles, strict=True)
        holding = [
            named
            for n, (clause, named, titled) in enumerate(roles)
            if n >= doc.name_clauses and titled and all(w.spellings & set(clause) for w in rest)
        ]
        return bool(rest and holding) and all(
            len(named) > 1 and named[0] in LESSER_RANKS - said and set(named[1:]) <= said
            for named in holding
        )

    def _is_about(self, query: Query, doc: Doc) -> bool:
        """Whether one phrase of the item's headings holds all the question's words and
        names what they name: what it names (before a preposition or 'of', if any) ends
        with one of them. "Riverside Charter on Open Data Stewardship" is about the
        charter; "the first meeting of the Partners Circle" is about a meeting."""
        said = {s for word in query.words for s in word.spellings}
        if doc.section == "quotes" and self._quotes_it(query, doc):
            return True  # the words said, whatever marks are between them
        if doc.asked and self._all_in_heads(query, doc):
            # An entry asked "What is the Hiroshima AI Process?", and also "what is the G7
            # AI process": each a part of "the G7 Hiroshima AI Process", ending as it does.
            last = query.words[-1].spellings
            if any(clause and clause[-1] in last and set(clause) <= said for clause in doc.clauses):
                return True
        words = _besides_its_kind(query, doc)
        return any(
            all(word.spellings & set(clause) for word in words) and (named or clause)[-1] in said
            for clause, named in zip(doc.clauses, doc.named, strict=True)
        )

    def _quotes_it(self, query: Query, doc: Doc) -> bool:
        """Whether the question says two words or more of a quote's, all of them in it, and
        at least half of what it says ("plug baby plug", not "global south" of a long one)."""
        said = {s for w in query.words for s in w.spellings} & doc.heads[-1]
        return (
            len(query.words) >= 2
            and all(w.spellings & doc.heads[-1] for w in query.words)
            and 2 * len(said) >= len(doc.heads[-1])
        )

    def _names_it(self, query: Query, doc: Doc) -> bool:
        """Whether the item is headed with what 'who is X' or 'what is X' asks about: X in
        how an FAQ entry is asked or in a party's name and roles, or else in one phrase of a
        heading, its words together ('Ruritania and Elbonia: President Reyes and Prime Minister
        Lee' names no prime minister of Ruritania)."""
        if doc.section == "people" and "who" not in query.wh and not query.wh:
            # "What is the Barnier government?": not a minister's role in it; a party's
            # name says what it is ("what is the OECD"), and what a role is before any
            # preposition ("what was the permanent secretariat").
            said = frozenset().union(*doc.heads[: doc.names], *doc.cores[doc.names :])
            return all(word.spellings & said for word in query.words)
        if doc.section == "people":
            # "who was Serbia's transport minister in 2023": a year within the dates of its
            # roles is when, not what, the role is
            return all(
                word.spellings & doc.head_words or self._in_office(query, doc, word)
                for word in query.words
            )
        if doc.section == "faq":
            return self._all_in_heads(query, doc)
        if doc.section == "quotes" and self._quotes_it(query, doc):
            return True  # "plug baby plug meaning": the words, whatever marks are between
        words = _besides_its_kind(query, doc)
        size = len(words) + 2
        return any(
            all(word.spellings & set(clause[start : start + size]) for word in words)
            for clause in doc.clauses
            for start in range(max(1, len(clause) - size + 1))
        )

    @staticmethod
    def _in_office(query: Query, doc: Doc, word: Word) -> bool:
        """Whether the word is a year in which the party held the role the question's other
        words say ("Serbia's transport minister in 2023", of one from October 2022 to May
        2024), its name aside."""
        if doc.section != "people":
            return False
        names = frozenset().union(*doc.heads[: doc.names])
        others = [
            w for w in query.words if w.spellings != word.spellings and not w.spellings & names
        ]
        return any(
            f"held:{year}" in doc.facts
            and all(any(f"held:{year}:{s}" in doc.facts for s in w.spellings) for w in others)
            for year in word.spellings
        )

    def _all_in_heads(self, query: Query, doc: Doc) -> bool:
        """Whether the item is headed with all the question's words."""
        return all(word.spellings & doc.head_words for word in query.words)

    def _headed_as(self, query: Query, doc: Doc, *, things: bool = False) -> bool:
        """Whether a heading of the item names a thing the question may mean: one phrase
        of it holds all the question says (a venue it named too) and ends with one of its
        words. 'Eastvale Trade Summit' and 'Northport Growth Summit' are both 'the summit'; 'the
        Open Data Process Partners Circle Work Plan' is not 'the open data process'."""
        said = {s for word in query.words for s in word.spellings} | query.optional
        if things:  # what names a thing, not a qualifier of one ("what happened next")
            said = {s for w in query.words if not is_qualifier(w) for s in w.spellings}
        return any(
            clause[-1] in said
            and query.optional <= set(clause)
            and all(word.spellings & set(clause) for word in query.words)
            for clause in doc.clauses
        )

    def _focus(self, query: Query, doc: Doc) -> float:
        """Share of the question (by rarity) said in one heading or one sentence of the item:
        a long heading or a detail may say all that is asked in one place."""
        total = sum(self._weight(word) for word in query.words)
        if not total or doc.asked:
            return 0.0
        best = 0.0
        for n, unit in enumerate(doc.units):
            words = set(unit)
            hit = sum(self._weight(w) for w in query.words if w.spellings & words)
            best = max(best, hit / total * (1.0 if n < doc.head_units else BODY_FOCUS))
        return best

    def _coverage(self, head: frozenset[str], asked: set[str], is_question: bool) -> float:
        """Share of one heading (by rarity) that the query also says. The event's own nouns
        are left out, and numbers too unless the heading is a question: a reader asking
        when or how many does not type the date or the number."""
        counted = [
            w
            for w in head
            if w not in self._event.own
            and (w not in WH_WORDS or asked & WH_WORDS)
            and (is_question or not NUMBER.search(w) or w in asked)
            and w not in month_stems()
        ]
        # fsum: exact whatever the order of the set, so a share of exactly one half is one
        # half under every hash seed (a plain sum may round it below MIN_COVERAGE).
        total = math.fsum(self._vocabulary.rarity(w) for w in counted)
        hit = math.fsum(self._vocabulary.rarity(w) for w in counted if w in asked)
        return hit / total if total else 0.0

    def _ranked(self, query: Query, rules: Rules) -> list[tuple[float, int]]:
        candidates: set[int] = set()
        for word in query.words:
            for spelling in word.spellings:
                candidates.update(self._postings.get(spelling, ()))
        if not query.words and query.wh:
            for wh in query.wh:
                candidates.update(self._postings.get(wh, ()))
        scored = [(self._score(query, index, rules), index) for index in candidates]
        return sorted(((s, i) for s, i in scored if s > 0), key=lambda pair: (-pair[0], pair[1]))

    def _found(self, score: float, index: int) -> Found:
        doc = self._docs[index]
        return Found(doc.section, doc.item_id, round(score, 4))

    def answer(self, question: str) -> Found | None:
        own = self._asked.get(word_tokens(question))
        if own is not None:
            return Found("faq", own, 1.0)
        query = self._reader.read(question)
        if query is not None:
            query = self._called_by_head(query)
        if (
            query is not None
            and not (query.words or query.wh)
            and WHAT_IS.search(question)
            and len(self._event.what_event) == 1
            and any(
                t in ("it", "this") or canonical_form(t) in self._event.names
                for t in word_tokens(question)
            )
        ):
            # "What was the summit?", "Northport forum: what is it?": what this event is,
            # when one FAQ entry asks that in the event's own names ("what are they" is not).
            return Found("faq", self._event.what_event[0], MATCH_THRESHOLD)
        if (
            query is not None
            and query.of_event
            and query.words
            and all(w.spellings == {"about"} for w in query.words)
            and len(self._event.what_event) == 1
            and not any(
                doc.asked and "about" in head and not head - {"about"} - self._event.own
                for doc in self._docs
                for head in doc.heads
            )
        ):
            # "What was the meeting about?", where no FAQ entry is asked so: what the event
            # is, which the one entry asked that says.
            return Found("faq", self._event.what_event[0], MATCH_THRESHOLD)
        if (
            query is None
            or not (query.words or query.wh)
            or self._misdated(query)
            or self._misplaced(query, question)
        ):
            return None
        if query.beside:
            return None  # "the summit after Evian": not Evian's, and no item says which
        if (
            query.identity
            and not query.wh
            and query.words
            and all(self._vocabulary.is_topic(w.spellings) for w in query.words)
        ):
            return None  # "what does AI mean": the sheet's topic, which it does not define
        if query.named and not query.wh and not self._event.what_event:
            # Only the event's full name ("what is the Kessaly Bay data ministerial"), and no
            # FAQ entry asked what it is: not an item that shares its words (the charter).
            return None
        if any(
            not (w.spellings & self._vocabulary.frequency.keys())
            and not (query.contents and w.spellings == {"contain"})
            and not w.spellings <= PRESENT  # asked of how things stand, which any sheet says
            # what a timeline tells, and the days it is dated by
            and not (query.happened_at and w.spellings & (HAPPEN | self._dates_told))
            # a year someone held a role in, though the sheet never writes it
            and not any(self._in_office(query, doc, w) for doc in self._people)
            for w in query.words
        ):
            return None  # a word the sheet never uses: whatever it asks, the sheet cannot say
        if self._which_event_unsaid(query):
            return None  # "who chaired the summit" on a sheet of a meeting and many summits
        ranked = [p for p in self._ranked(query, Rules.ALL) if p[0] >= MATCH_THRESHOLD]
        # A rival need only hold the question's words: one that does and scores close to
        # the best, even on weak evidence, means the question can be read two ways.
        rivals = self._ranked(query, Rules.WORDS)
        if DEFINITION.match(question) and len(query.words) <= 3:
            # "What is X?" asks what X is: an FAQ entry, a party, an outcome or a challenge
            # named X says that; a key fact or a timeline entry about X says something
            # about it.
            ranked = [
                p
                for p in ranked
                if self._docs[p[1]].section not in NOT_WHAT or p[1] in self._plain_labels
            ]
        if query.identity and not query.named:
            # "Who is the president of Elbonia?" names what it asks about: an item says it
            # where it says what it is about, not in passing ("President Reyes and ...
            # Elbonia"); and X is what it names, not what qualifies it ("When was the first
            # Partners Circle meeting?" is not what the Partners Circle is).
            ranked = [p for p in ranked if self._names_it(query, self._docs[p[1]])]
            if query.words and not query.wh:
                ranked = [p for p in ranked if self._is_about(query, self._docs[p[1]])]
                rivals = [p for p in rivals if self._is_about(query, self._docs[p[1]])]
        called = [p for p in ranked if self._called_by_role(query, self._docs[p[1]])]
        if called and all(self._docs[p[1]].section == "quotes" for p in called):
            # "what did the Latvian health minister say": the quote of the one whose role
            # that is, not every health minister's, though Latvia is said everywhere
            ranked = called
            rivals = [p for p in rivals if self._called_by_role(query, self._docs[p[1]])]
        if not ranked:
            if asks(query, "not"):
                return None  # a negation is said where an item says what it is about
            if query.at_event and asks(query, "say"):
                return None  # what was said there is a quote's, not a sentence's
            found = self._happened(query) or self._passages(query) or self._looked_up(query, rivals)
        else:
            found = self._pick(query, ranked[0], rivals)
        if found and query.wh and query.doer and not asks(query, "not"):
            doc = next(d for d in self._docs if d.item_id == found.item_id)
            if denies(query.doer, doc):
                return None  # "when did the US sign": the item says it did not
        return found

    def _happened(self, query: Query) -> Found | None:
        """What happened somewhere or some day, or at an event named ("what happened in
        Luxembourg", "on 11 February", "at the New Delhi summit"): the one timeline entry
        whose title, place or date says every other word of the question. Two such entries,
        or none, and there is no answer."""
        if not query.happened_at:
            return None  # not "what happened to the fund": what became of it
        rest = [w for w in query.words if not w.spellings <= HAPPEN]
        if not rest:
            return None  # "what happened": the whole sheet
        told = [
            index
            for index, doc in enumerate(self._docs)
            if doc.section == "timeline"
            # "at the meeting" (this event, whatever qualifies it): its own entry, dated to
            # the day within it (not "2026", which a year-long plan may be), or none
            and (not query.of_event or self._held_here(doc))
            and all(
                w.spellings
                & (
                    doc.head_words
                    | {fact[6:] for fact in doc.facts if fact.startswith("where:")}
                    | self._date_words[doc.item_id]
                )
                for w in rest
            )
        ]
        return self._found(MATCH_THRESHOLD, told[0]) if len(told) == 1 else None

    def _held_here(self, doc: Doc) -> bool:
        return doc.item_id in self._event.held_during and len(self._dated[doc.item_id]) == 10

    def _looked_up(self, query: Query, rivals: list[tuple[float, int]]) -> Found | None:
        """Words to look up, not a question ("vance steam engine"): the one item of the
        sheet that holds them all, in one heading or sentence besides its party's name (not
        "first" in one sentence and a name in another), when every rule but how much of its
        heading they say holds."""
        if not query.keywords or len({index for _, index in rivals}) != 1:
            return None
        index = rivals[0][1]
        doc = self._docs[index]
        named = frozenset().union(*doc.heads[: doc.names])  # who said or did it
        rest = [word for word in query.words if not word.spellings & named]
        if not any(all(word.spellings & set(unit) for word in rest) for unit in doc.units):
            return None
        score = self._score(query, index, Rules.LOOKUP)
        return self._found(score, index) if score > 0 else None

    def _which_event_unsaid(self, query: Query) -> bool:
        """Whether the question calls an event by a word that is not this event's ("the
        summit", on the sheet of a meeting), with nothing to say which, and the sheet heads
        several items with that word: which of them is meant?"""
        if query.bindings or query.of_event:
            return False
        if any(w.spellings & (self._name_words - event_stems()) for w in query.words):
            return False  # "the G7 summit", "the Seoul summit"
        return any(
            w.may_be_event  # not "when did they meet"
            and w.spellings & event_stems()
            and not self._event.is_own(w)
            and sum(1 for doc in self._docs if w.spellings & doc.head_words) >= MANY_EVENTS
            for w in query.words
        )

    def _misdated(self, query: Query) -> bool:
        """Whether the question names this event by its place, in a year it did not take
        place: "the Northport summit 2029" is no summit the sheet knows, whatever else
        happened in 2029 (another event held there that year goes unanswered too: a miss
        is allowed, a wrong answer is not)."""
        if not self._event.years:
            return False
        wrong = [b for b in query.bindings if not b.qualified and self._not_its_year(b.qualifier)]
        if query.optional and any(b.of_the_event for b in wrong):
            return True
        # ... or asks whether it took place in it: "was it held in 2025" (not "the 2027
        # summit", which another of the series may be).
        return (
            query.of_event
            and not query.wh
            and any(not b.of_the_event for b in wrong)
            and all(
                w.spellings <= LIGHT_WITH_PLACE_OR_TIME or self._not_its_year(w)
                for w in query.words
            )
        )

    def _misplaced(self, query: Query, question: str) -> bool:
        """Whether the question names this event, its place in the series too, and puts it
        in a place the sheet knows, not its own: "the second Friends Group meeting in Paris"
        is no meeting the sheet knows, whatever else met in Paris. (Without its place in the
        series, "the ministerial meeting in Port Lunelle" may be another of the series.)"""
        own = self._event.venues | self._event.cities
        ordinal = self._event.ordinal
        return (
            query.of_event and ordinal is not None and ORDINALS[ordinal] in word_tokens(question)
        ) and any(
            binding.qualifier.spellings & self._places
            and not binding.qualifier.spellings & own
            and any(w.spellings & ({"meet"} | self._event.own) for w in binding.qualified)
            for binding in query.bindings
        )

    def _not_its_year(self, word: Word) -> bool:
        year = next(iter(word.spellings))
        return bool(YEAR.fullmatch(year)) and year not in self._event.years

    def _pick(
        self, query: Query, top: tuple[float, int], rivals: list[tuple[float, int]]
    ) -> Found | None:
        """The best item, unless another comes too close to call."""
        score, best = top
        section = self._docs[best].section
        covered, needed = self._covered(query, self._docs[best])
        complete = covered >= FULL_COVERAGE
        if not complete and self._named_twice(query, self._docs[best], best):
            return None  # "who hosted the summit": which of the sheet's summits?
        for rival, index in rivals:
            if index == best or same_speaker(query, self._docs[best], self._docs[index]):
                continue
            if self._same_speaker_by_role(query, self._docs[best], self._docs[index]):
                continue  # "what did the Chilean environment minister say": any of hers
            if restates(query, self._docs[best], self._docs[index]):
                continue  # the same fact told twice ("why did the US and the UK not sign")
            if self._docs[index].asked and self._asked_otherwise(query, index):
                continue  # "Is the charter legally binding?" does not say what it is
            same = self._docs[index].section == section
            if same and not complete and self._headed_as(query, self._docs[index]):
                return None  # two items are headed with all it says: which is meant?
            if agrees(query, self._docs[best], self._docs[index]):
                continue  # the same answer: one city, whether from the host or the announcer
            if covered < needed and self._relaxed(query, self._docs[index]):
                return None  # answered only for being headed with all it says, as this is
            # Close, but from the same report, told in another section (an FAQ answer and
            # the timeline entry of what it says): whichever is asked more closely.
            if self._docs[index].section != section and self._sources.get(
                self._docs[best].item_id, frozenset()
            ) & self._sources.get(self._docs[index].item_id, frozenset()):
                continue
            margin = MARGIN if self._docs[index].section == section else CROSS_MARGIN
            if rival > score - margin or (rival == score and margin == 0):
                return None  # too close to call
        return self._found(score, best)

    def _same_speaker_by_role(self, query: Query, best: Doc, rival: Doc) -> bool:
        """Whether both are quotes of one speaker, asked for by the role both give them."""
        return (
            best.section == rival.section == "quotes"
            and best.heads[0] == rival.heads[0]
            and self._called_by_role(query, best)
            and self._called_by_role(query, rival)
        )

    def _named_twice(self, query: Query, doc: Doc, index: int) -> bool:
        """Whether another item of the same section is headed with the event the best one
        names of the question: 'Elbonia hosts the Growth Summit' answers 'who hosted the
        summit' only if no other summit heads that section, whether or not it says who
        hosted it."""
        said = [w for w in query.words if w.spellings & doc.head_words]
        rest = [w for w in query.words if w not in said]
        if (
            doc.section == "quotes"
            or not any(w.spellings & event_stems() for w in said)
            or any(is_qualifier(w) or w.spellings & self._name_words for w in rest)
        ):
            return False  # no event named, or a name or number says which ("the Eastvale
            # meeting", "the 2026 trade summit")
        part = query._replace(words=tuple(said), optional=frozenset())
        if not self._is_about(part, doc):
            return False
        others: set[int] = set()
        for word in said:
            for spelling in word.spellings:
                others.update(self._postings.get(spelling, ()))
        return any(
            other != index
            and self._docs[other].section == doc.section
            and self._is_about(part, self._docs[other])
            and not restates(query, doc, self._docs[other])
            for other in others
        )

    def said_alike(self, question: str, found: Found) -> list[Found]:
        """The answer, or, when it is a quote asked for by its speaker alone ("what did
        Takaichi say", "takaichi quotes"), every quote of theirs, in the sheet's order."""
        query = self._reader.read(question)
        doc = next(d for d in self._docs if d.item_id == found.item_id)
        if doc.section != "quotes" or query is None:
            return [found]
        if not query.at_event and all(word.spellings & doc.heads[0] for word in query.words):
            return [
                Found(other.section, other.item_id, found.score)
                for other in self._docs
                if other.section == "quotes" and other.heads[0] == doc.heads[0]
            ]
        # "what did Takaichi say in New Delhi" (in 2026, at the meeting): each of theirs
        # said there (then), not one of them
        return [
            Found(other.section, other.item_id, found.score)
            for index, other in enumerate(self._docs)
            if other.section == "quotes"
            and other.heads[0] == doc.heads[0]
            and (other is doc or self._score(query, index, Rules.ALL) >= MATCH_THRESHOLD)
        ]

    def section_asked(self, question: str) -> str | None:
        """The section a question asks for whole ("what are the main obstacles", "what
        challenges did the meeting face"): one of its plural nouns, nothing else but stop
        words, words that rank ("main") or that it faces, and a word for this event ("the
        meeting"; not its host, city or topic, which have challenges of their own)."""
        asked = self._asked_whole(question)
        return None if asked is None else asked[0]

    def _asked_whole(self, question: str) -> tuple[str, frozenset[str] | None, bool] | None:
        """The section a question asks for whole; for quotes, the speaker's names when it
        names one ("what quotes are there from Prime Minister Takaichi"), and whether it
        asks for those said at this event ("quotes from the Tokyo meeting")."""
        tokens = word_tokens(question)
        if len(tokens) > MAX_QUERY_WORDS:
            return None
        asked: set[str] = set()
        rest: set[int] = set()  # where it says what else it is about
        led = False  # a phrase led by its noun ("hurdles ahead for the group")
        event = False  # a word for this event
        for position, word in enumerate(tokens):
            if word in SECTION_GLUE or word in LIST_FILLER:
                continue
            if position and tokens[position - 1] in ("every", "each"):
                word = f"{word}s"  # "every quote" asks for them all
            sections = [key for key, nouns in SECTION_NOUNS.items() if word in nouns]
            if word in AGREED_VERBS and tokens[:1] == ("what",):
                sections = ["outcomes"]  # "what did the conference agree", "what was agreed"
            if sections:
                led = led or not (asked or rest)
                asked.update(sections)
            elif word not in EVENT_WORDS or canonical_form(word) not in self._event.own:
                rest.add(position)
            else:
                event = True
        if len(asked) != 1 or not (led or LIST_QUESTION.match(question)):
            return None
        [key] = asked
        if not any(doc.section == key for doc in self._docs):
            return None
        # "the challenges facing the Friends Group", "outcomes of the Kessaly Bay meeting":
        # this event, or the body it is a meeting of, by its names
        named = self._event.named_at(tokens)
        at_event = key == "quotes" and bool(event or rest & named)
        rest -= named
        if not rest:
            return key, None, at_event
        said = {canonical_form(tokens[i]) for i in rest}
        speaker = self._speaker_of_all(said) if key == "quotes" else None
        # "the challenges of AI", "Japan's problems", "her challenges", "which challenges
        # were met": about something else
        return (key, speaker, at_event) if speaker else None

    def _speaker_of_all(self, words: set[str]) -> frozenset[str] | None:
        """The name of the one speaker the words name, when every quote of theirs holds
        all the words (their name and role): 'Prime Minister Takaichi'."""
        speakers = {
            doc.heads[0]
            for doc in self._docs
            if doc.section == "quotes" and words & doc.heads[0] - {"say"}
        }
        if len(speakers) != 1:
            return None
        [name] = speakers
        theirs = [doc for doc in self._docs if doc.section == "quotes" and doc.heads[0] == name]
        return name if all(words <= doc.words for doc in theirs) else None

    def section_named(self, question: str) -> bool:
        """Whether a question for a whole section calls it by its own name ("what were the
        outcomes", "the challenges"): then the section answers, before any one item."""
        key = self.section_asked(question)
        return key is not None and bool({key, key[:-1]} & set(word_tokens(question)))

    def section_answers(self, question: str) -> list[Found]:
        """Every item of the section the question asks for whole, in the sheet's order."""
        asked = self._asked_whole(question)
        if asked is None:
            return []
        key, speaker, at_event = asked
        agreed = key == "outcomes" and not AGREED_VERBS.isdisjoint(word_tokens(question))
        return [
            Found(doc.section, doc.item_id, MATCH_THRESHOLD)
            for doc in self._docs
            if doc.section == key
            and speaker in (None, doc.heads[0])
            and (doc.item_id in self._event.said_during or not at_event)
            and (doc.item_id in self._agreed or not agreed)  # not those only proposed
        ]

    def nearest(self, question: str, limit: int = 3) -> list[Found]:
        query = self._reader.read(question)
        if query is None or limit <= 0:
            return []
        # A suggestion may share any word the question says, the event's names and city
        # too, which an answer need not hold ("tokyo" alone suggests what says Tokyo).
        said = (self._vocabulary.read(t) for t in word_tokens(question) if t not in STOPWORDS)
        words = tuple(
            dict.fromkeys(w for w in said if w is not None and not w.spellings <= WH_WORDS)
        )
        ranked = self._ranked(query._replace(words=words), Rules.NONE)
        return [self._found(score, index) for score, index in ranked[:limit]]


@cache
def _delegate_stems() -> frozenset[str]:
    return frozenset(canonical_form(word) for word in DELEGATES)


def speaks_for(represented: frozenset[str], doc: Doc) -> bool:
    """Whether an item names one who speaks for whom a question asks about ("Fiji's
    minister", "the head of Fiji's delegation"): a word of each in one sentence or heading."""
    delegates = _delegate_stems()
    return any(represented & set(unit) and delegates & set(unit) for unit in doc.units)
