"""How a question is read against one sheet: its words as the sheet's words (misspellings
and acronyms included), which of them name the sheet's own event (its names, city, dates)
and so need not be found, what each qualifier qualifies ("the next meeting", "the Seoul
summit"), and what the question asks for (a date, a place, a count, what was said)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from functools import cached_property
from itertools import pairwise

from aimeeting.answers.faq.event import OwnEvent
from aimeeting.answers.faq.items import YEAR, Doc, what_named
from aimeeting.answers.faq.question import (
    ABOUT_IT,
    AT,
    AUXILIARIES,
    BE,
    BINDING_WINDOW,
    BUILDINGS,
    COUNTED_WORDS,
    DATE_REACH,
    EVENT_WORDS,
    HAPPENED_AT,
    HOW_MANY,
    IDENTITY,
    IDENTITY_WORDS,
    LEAD_VERBS,
    LIGHT_WITH_PLACE_OR_TIME,
    LIGHT_WITH_TIME,
    MEETING,
    NO,
    OCCASIONS,
    PRONOUN_ONE,
    QUALIFIER_REACH,
    QUALIFIERS,
    QUESTION_LEADS,
    REPRESENTED,
    SAYS,
    SIZE_WORDS,
    TAKERS,
    WHAT_DONE,
    WHICH_COUNTRIES,
    WHICH_COUNTRY,
    WHICH_PARTY,
    WHO_IS_NOW,
    YES_NO,
    Binding,
    Query,
    Word,
    act_asked,
    doer_asked,
    intent_stems,
    is_qualifier,
    names_role,
    what_turned_up,
    which_thing,
)
from aimeeting.answers.faq.tuning import (
    MAX_QUERY_WORDS,
    MAX_QUESTION_CHARS,
)
from aimeeting.answers.faq.vocabulary import Vocabulary
from aimeeting.answers.faq.words import (
    ORDINALS,
    SIZE_ASKED,
    STOPWORDS,
    WH_WORDS,
    canonical_form,
    content_words,
    event_stems,
    stop_typos,
    typo_distance,
    word_tokens,
)

BUILDING_AFTER = frozenset((word,) for word in BUILDINGS)
_BUILDING_STEMS = frozenset(canonical_form(word) for word in BUILDINGS)


ALONGSIDE = frozenset(("with", "alongside", "besides", "beside"))
"""What puts a party beside the one asked for: "who co-chaired with Macron"."""

ONE = frozenset({"one"})
"""A pronoun for the sheet's kind of event after a qualifier: "when is the next one"."""


SAID_AT = frozenset(("at", "in", "during", "to"))
"""What puts where or when something was said after "say": "say in Budapest"."""


_RELATIVE_YEAR = re.compile(r"(?<!the )\b(this|last|next)\s+year\b", re.IGNORECASE)
"""(Not "in the last year", the twelve months before, nor "the next year".)"""
_YEARS_ON = {"this": 0, "last": -1, "next": 1}
_CITY_WORDS = frozenset(("city", "cities", "town"))


def spelt(word: Word) -> frozenset[str]:
    """How an item may write the word: "meeting", a reader's word for any event, as a
    conference, a forum or a summit."""
    return event_stems() if word.spellings == MEETING and word.may_be_event else word.spellings


class QuestionReader:
    """Reads questions into queries for one sheet: what its items and event are called."""

    def __init__(
        self,
        docs: Sequence[Doc],
        event: OwnEvent,
        vocabulary: Vocabulary,
        acronyms: Mapping[str, tuple[str, ...]],
        name_words: frozenset[str],
        common_words: frozenset[str],
        this_year: str = "",
    ) -> None:
        """``acronyms`` maps each acronym to the words of its name; ``name_words`` are the
        words of the names and places the sheet gives, ``common_words`` those it writes in
        lower case somewhere; ``this_year`` is the year of the day the facts were checked,
        what "this year" means."""
        self._this_year = int(this_year) if this_year.isdigit() else None
        self._docs = docs
        self._event = event
        self._vocabulary = vocabulary
        self._acronyms = acronyms
        self._name_words = name_words
        self._common_words = common_words
        # Size words in the name of an event ("Global Forum on AI"): there they name it.
        sizes = {canonical_form(word) for word in SIZE_WORDS}
        self._sized_names = frozenset(
            word
            for doc in docs
            for run in doc.who_runs
            if run & event_stems()
            for word in run
            if word in sizes
        )
        # The names of the sheet's parties and speakers, each as its words: who may say
        # something (a quote's name carries "say", what it answers with).
        self._party_names = frozenset(
            head - {"say"}
            for doc in docs
            if doc.section in ("people", "quotes")
            for head in doc.heads[: doc.names]
            if head - {"say"}
        )

        # The roles quotes give their speakers ("Minister of Transport of Hungary"): what
        # one "said" is a quote ("what did the Hungarian minister say"), not a text's words.
        self._speaker_roles = tuple(
            doc.units[doc.head_units]
            for doc in docs
            if doc.section == "quotes" and len(doc.units) > doc.head_units
        )
        # The speakers whose role at this event begins with each word ("Chair of the
        # conference"): "the chair" calls the one speaker whose role begins so, if there is
        # one. (Not "Chair of DataCorp's board", nor "chairman of the 2019 forum".)
        ranked: dict[str, set[frozenset[str]]] = defaultdict(set)
        for doc in docs:
            if doc.section == "quotes" and len(doc.units) > doc.head_units > 0:
                role = doc.units[doc.head_units]
                years = {w for w in role if YEAR.fullmatch(w)}
                if set(role) & (event.own | MEETING) and years <= event.years:
                    ranked[role[0]].add(doc.heads[0])
        self._ranked = {lead: len(speakers) for lead, speakers in ranked.items()}

    def read(self, question: str) -> Query | None:
        """The query's words, what it asks for and its qualifiers; None when it is too long
        or has too many words to be answered honestly, or no content at all."""
        if len(question) > MAX_QUESTION_CHARS:
            return None
        this_year = self._this_year
        if this_year is not None and "year" in question.casefold():
            # "this year" is the year the sheet was checked, "last year" the one before
            question = _RELATIVE_YEAR.sub(
                lambda m: f" in {this_year + _YEARS_ON[m[1].casefold()]} ", question
            )
        read: dict[str, Word | None] = {}
        sequence: list[Word | None] = []  # in order; None marks a stop word (a break)
        tokens = tuple(
            part
            for token in word_tokens(
                WHICH_PARTY.sub(" who ", NO.sub(" not ", what_turned_up(question)))
            )
            for part in self._vocabulary.compound(token)
        )
        tokens, spelt = self._spelt_out(tokens)
        deictic = tokens[:2] in ABOUT_IT or "it" in tokens  # "what hotel was it at"
        for position, token in enumerate(tokens):
            if token == "about" and position < len(tokens) - 1:
                # "what did she say about X" asks about X; "what is it about" asks for
                # the subject, and keeps the word.
                sequence.append(None)
                continue
            if (
                position
                and tokens[position - 1] == "this"
                and canonical_form(token) in event_stems()
            ):
                sequence.append(None)  # "this summit" is this event, whatever else is one
                deictic = True
                continue
            if (
                tokens[0] in YES_NO
                and token in LEAD_VERBS
                and tokens[position + 1 : position + 2] in (("to",), ("into",), ("in",))
            ):
                sequence.append(None)  # "will the talks lead to policy": talks and policy
                continue
            if token in ("one", "ones") and position and tokens[position - 1] in PRONOUN_ONE:
                sequence.append(None)  # "the one she announced": no number
                continue
            if (
                tokens[position + 1 : position + 2] == ("to",)
                and canonical_form(token) in intent_stems()
                and tokens[0] in YES_NO | BE
            ):
                # "does Japan plan to host a summit" asks whether it will host one (not
                # about a plan, the noun): a sheet says either ("to seek to host").
                sequence.append(None)
                continue
            if (
                token in SIZE_WORDS
                and canonical_form(token) not in self._sized_names
                and position
                and tokens[position - 1] in ("the", "a", "an", "this", "that", "next")
                and any(
                    canonical_form(t) in event_stems() for t in tokens[position + 1 : position + 3]
                )
            ):
                sequence.append(None)  # "the next global AI summit": a summit, as any is
                continue
            if token not in read:
                if token in STOPWORDS or token in stop_typos():
                    read[token] = None
                else:
                    if len(read) >= MAX_QUERY_WORDS + 16:
                        return None
                    read[token] = self._vocabulary.read(token)
            word = read[token]
            if (
                word is not None
                and token in BUILDINGS
                and tokens[position - 1 : position] == ("where",)  # "which building", so read
                and not word.spellings & self._vocabulary.frequency.keys()
            ):
                # "which building did they meet in": a building's name is asked, which a
                # sheet gives without calling it one ("at the Grand Palais")
                sequence.append(None)
                continue
            if word is not None and tokens[position + 1 : position + 2] in BUILDING_AFTER:
                word = word._replace(may_be_event=False)  # "Conference Hall": a building
            if word is not None and position in spelt:
                # A word of an acronym's name ("HAIP"): or the acronym, where the sheet
                # writes it so
                word = word._replace(spellings=word.spellings | {spelt[position]})
            sequence.append(word)
        sequence = self._without_takers(sequence, tokens)
        said = sequence
        named, venues = self._without_names(sequence, tokens)
        named = self._numbered(named, venues or ())
        sequence = [None if i in (venues or ()) else w for i, w in enumerate(named)]
        sequence = self._other_events(sequence, tokens)
        sequence, past = self._after_this(sequence, said, tokens)
        # ... and, so read, qualifies as "next" does: "the summit after Paris" is the next one
        # of this sheet's events, not one an item calls "the next summit".
        named = [
            None if i in past else sequence[i] if t in ("after", "before") else w
            for i, (t, w) in enumerate(zip(tokens, named, strict=True))
        ]
        optional = frozenset(
            s
            for i in venues or ()
            if i not in past  # "after Paris" says "next", not that the item is of Paris
            for word in (said[i],)
            if word
            for s in word.spellings
        )
        # The name of a place is where it is: "name of the venue", "what is the city called".
        spots = [(i, w.spellings) for i, w in enumerate(sequence) if w is not None]
        named_place = {
            k
            for (i, one), (j, other) in pairwise(spots)
            for k, name, place in ((i, one, other), (j, other, one))
            if name == {"name"} and place == {"where"}
        }
        # The city of (most of) its venues is where everything on the sheet is, unless
        # asked where: "what was agreed in Northport", "the Northport statement" are this
        # event's (and the question is about this event: not "the Northport summit" of
        # another year). Not a side venue's, nor its country's ("what did Elbonia adopt"),
        # where more happens than the event.
        asks_where = any(w is not None and "where" in w.spellings for w in sequence)
        in_city = {
            i
            for i, w in enumerate(sequence)
            if w is not None and w.spellings <= self._event.city and not asks_where
        } - past
        optional |= {s for i in in_city for w in (sequence[i],) if w for s in w.spellings}
        words: list[Word] = []
        for i, word in enumerate(sequence):
            if word is not None and word not in words and i not in named_place | in_city:
                words.append(word)
        if self._speaker_on(tokens) and not any(w.spellings == {"say"} for w in words):
            words.append(Word(frozenset({"say"}), 1.0))  # "Reyes on funding": what she said
        if len(words) > MAX_QUERY_WORDS:
            return None
        wh = frozenset(
            s for w in words for s in w.spellings if s in WH_WORDS and len(w.spellings) == 1
        )
        light: set[str] = set()
        if wh & {"when", "where"}:
            light |= LIGHT_WITH_PLACE_OR_TIME
            if not MEETING & self._vocabulary.frequency.keys():
                light |= MEETING  # "where did the leaders meet", on a sheet that never does
        others = [
            w for w in words if not (w.spellings <= WH_WORDS | light or self._event.is_own(w))
        ]
        if "when" in wh and all(w.spellings <= LIGHT_WITH_TIME for w in others):
            # "when did it start" asks when it was; "when was the council founded" does not
            # ask for the council's dates of anything else.
            light |= LIGHT_WITH_TIME
        bindings = tuple(
            binding._replace(
                qualified=tuple(w for w in binding.qualified if not w.spellings <= light)
            )
            for binding in self._bindings(named, optional, tokens)
            if not binding.qualifier.spellings <= optional & self._event.dates  # its own date
        )
        # "the next one": a word for this event, after its qualifier, to find as little
        ones = any(
            b.of_the_event and canonical_form(before) in b.qualifier.spellings
            for before, token in pairwise(tokens)
            if token in ("one", "ones")
            for b in bindings
        )
        kept = tuple(
            w
            for w in words
            if not (
                w.spellings <= light
                or self._event.is_own(w)
                or w.spellings <= WH_WORDS
                or (ones and w.spellings <= ONE)
            )
        )
        contents = self._asks_contents(question, kept)
        if contents:  # "what does the plan say" asks what is in it, as an FAQ entry may be
            contain = Word(frozenset({"contain"}), 1.0)
            kept = tuple(contain if w.spellings == {"say"} else w for w in kept)
            bindings = tuple(  # "the 2026 plan says": 2026 qualifies the plan and what it holds
                b._replace(
                    qualified=tuple(contain if w.spellings == {"say"} else w for w in b.qualified)
                )
                for b in bindings
            )
        identity = (
            not contents
            and bool(IDENTITY.match(question) or IDENTITY_WORDS.search(question))
            # "who said minerals must leave behind jobs": whose words, not what a job is
            and not (IDENTITY_WORDS.search(question) and any(w.spellings == {"say"} for w in kept))
        )  # "what is in X" asks what X holds, not what it is
        of_event = (
            deictic
            or bool(optional)
            or any(w is not None and n is None for w, n in zip(said, named, strict=True))
            or any(self._event.is_own(w) for w in words)
            or self._says_title(said)  # "the AI Action Summit", said in full
            or (bool(kept) and all(w.spellings <= _BUILDING_STEMS for w in kept))  # "what hotel"
        )
        return Query(
            kept,
            wh,
            bindings,
            frozenset(light),
            venues is None,
            optional,
            identity,
            of_event,
            doer_asked(tokens, said),
            act_asked(tokens, said),
            bool(WHICH_COUNTRY.search(question)),
            which_thing(tokens, said),
            contents,
            wh == {"when"} and any(t in BE for t in tokens[:2]),  # not where it was
            self._at_this_event(tokens),
            not wh and bool(WHAT_DONE.match(question)) and self._done_by_or_at_it(tokens, said),
            not wh and len(kept) >= 2 and tokens[:1] != () and tokens[0] not in QUESTION_LEADS,
            self._counted(question) if "count" in wh else (),
            self._said_by(tokens) if any(w.spellings == {"say"} for w in kept) else frozenset(),
            "where" in wh
            and (not BUILDINGS.isdisjoint(tokens) or (bool(named_place) and "venue" in tokens)),
            bool(WHO_IS_NOW.match(question)),
            not wh and tokens[:1] == ("what",),
            self._placed_elsewhere(tokens),
            self._beside_another(tokens, said, venues or ()),
            self._said_where(tokens, said),
            bool(WHICH_COUNTRIES.search(question)),
            not wh and bool(HAPPENED_AT.search(question)),
            any(
                before in ("in", "at") and canonical_form(token) in self._event.city
                for before, token in pairwise(tokens)
            ),
            frozenset(
                canonical_form(token)
                for before, token in pairwise(tokens)
                if before in ALONGSIDE and token not in STOPWORDS
            ),
            "where" in wh and not _CITY_WORDS.isdisjoint(tokens),
            _represented(question),
        )

    def _said_where(
        self, tokens: Sequence[str], said: Sequence[Word | None]
    ) -> tuple[frozenset[str], ...]:
        """The words a question puts after "say at (in, during, to)": where or when it was
        said ("what did Kiss say in Budapest", "at the next summit"), which a quote's
        occasion or date must give, not its words. This event's own names aside: "at the
        meeting" is read as said at this event (_at_this_event)."""
        own = self._event.title_words | self._event.cities  # (not its country: "in Japan")
        for i, token in enumerate(tokens[:-1]):
            if canonical_form(token) != "say" or tokens[i + 1] not in SAID_AT:
                continue  # (not "who said now is the time to act": what was said)
            after = []
            for token_after, word in zip(tokens[i + 2 :], said[i + 2 :], strict=True):
                if token_after == "about":
                    break  # "say in Tokyo about data": data is what was said
                if word is not None and not (self._event.is_own(word) or word.spellings & own):
                    after.append(word.spellings)
            return tuple(after)
        return ()

    def _placed_elsewhere(self, tokens: Sequence[str]) -> frozenset[str]:
        """The place a question puts a word for this event in, when that is a word of the
        event's own names but not one of its venues ("the meeting in Hiroshima", of the
        Tokyo meeting of the Hiroshima AI Process Friends Group), or where something was
        said ("what did the leaders say in Hiroshima"): an answer must give it as a place,
        not in the name every item may say."""
        titled = self._event.title_words - self._event.venues - self._event.cities
        for i, token in enumerate(tokens[:-2]):
            if (
                (
                    (token in EVENT_WORDS and canonical_form(token) in self._event.own)
                    or canonical_form(token) == "say"
                )
                and tokens[i + 1] in ("in", "at")
                and canonical_form(tokens[i + 2]) in titled
            ):
                return frozenset({canonical_form(tokens[i + 2])})
        return frozenset()

    def _says_title(self, said: Sequence[Word | None]) -> bool:
        """Whether the question says one of the event's full names, word for word."""
        words = [w.spellings for w in said if w is not None]  # stop words aside ("of the")
        return any(
            all(t in w for t, w in zip(title, words[i : i + len(title)], strict=True))
            for title in self._event.titles
            for i in range(len(words) - len(title) + 1)
        )

    def _done_by_or_at_it(self, tokens: Sequence[str], said: Sequence[Word | None]) -> bool:
        """Whether 'what was done' asks what this event did or what was done at it ("what
        did the meeting announce", "what was launched at the meeting")."""
        doer = doer_asked(tokens, said)
        return self._at_this_event(tokens) or bool(doer and doer[0] <= self._event.own)

    def _at_this_event(self, tokens: Sequence[str]) -> bool:
        """Whether the question says 'at (in, during) this event' ("what did she say at the
        meeting"): what was said elsewhere does not answer it."""
        return any(
            token in AT
            and (
                tokens[i + 1 : i + 2] == ("it",)  # "what did she say at it"
                or any(
                    (
                        later in EVENT_WORDS
                        and canonical_form(later) in self._event.own
                        and not self._names_another(tokens[i + 1 : i + 1 + n])
                    )
                    or canonical_form(later) in self._event.cities
                    for n, later in enumerate(tokens[i + 1 : i + 1 + QUALIFIER_REACH])
                )
            )
            for i, token in enumerate(tokens)
        )

    def _names_another(self, before: Sequence[str]) -> bool:
        """Whether the words before a word for an event name another body, whose meeting
        it is ("at the AI Strategic Headquarters meeting"): a word the sheet writes only
        capitalised, in a name that is none of this event's."""
        own = self._event.title_words | self._event.venues | self._event.cities
        return any(
            self._vocabulary.frequency[word] and word not in own | self._common_words
            for word in map(canonical_form, before)
        )

    def _after_this(
        self, sequence: list[Word | None], said: list[Word | None], tokens: Sequence[str]
    ) -> tuple[list[Word | None], set[int]]:
        """'The next summit after Northport' is the next summit: 'after' and this event's
        own names or venues that follow it say nothing 'next' does not. Without 'next',
        'the summit after Northport' is the next one, and 'the summit before Northport'
        the previous one: not a summit an item says came after (or before) something.
        Also where those names are, which say no more."""
        has_next = any(w is not None and "next" in w.spellings for w in sequence)
        marked = list(sequence)
        past: set[int] = set()
        for i, token in enumerate(tokens):
            if token not in ("after", "before"):
                continue
            following = [sequence[j] for j in range(i + 1, len(tokens)) if said[j] is not None]
            if following and following[0] is not None and not self._event.is_own(following[0]):
                continue  # after something else: "the summit after Seoul"
            if has_next and token == "after":
                marked[i] = None
            elif not has_next and i and canonical_form(tokens[i - 1]) in event_stems():
                marked[i] = Word(frozenset({"next" if token == "after" else "previous"}), 1.0)
            else:
                continue
            for j in range(i + 1, len(tokens)):
                if not self._names_this(said[j], sequence[j] is None):
                    break
                past.add(j)
        return marked, past

    def _beside_another(
        self, tokens: Sequence[str], said: list[Word | None], venues: Sequence[int]
    ) -> bool:
        """Whether the question asks for the event after (or before) another one it names
        ("the summit after Evian"): which that is, no item says, and the one named is not
        it. (After this sheet's own event is the next one: see _after_this.)"""
        for i, token in enumerate(tokens[1:-1], start=1):
            if (
                token not in ("after", "before")
                or canonical_form(tokens[i - 1]) not in event_stems()
            ):
                continue
            j = next((j for j in range(i + 1, len(tokens)) if said[j] is not None), None)
            if j is not None and not self._names_this(said[j], j in venues):
                return True
        return False

    def _names_this(self, word: Word | None, venue: bool) -> bool:
        """Whether a word after "after" or "before" names this event (a stop word, a venue,
        a word of its names, its city), so says no more than "next" or "previous" does."""
        return (
            word is None or venue or self._event.is_own(word) or word.spellings <= self._event.city
        )

    def _speaker_on(self, tokens: Sequence[str]) -> bool:
        """Whether a terse question is a speaker's name, then 'on' and a topic ("Reyes on
        funding"), which asks what they said about it."""
        if "on" not in tokens[1:]:
            # ... or a speaker's name, then where they spoke ("Reyes radio interview",
            # "Tarn speech"): what they said there.
            return any(
                frozenset(content_words(" ".join(tokens[:end]))) in self._party_names
                and all(word not in STOPWORDS for word in tokens[end:])
                and any(word in OCCASIONS for word in tokens[end:])
                for end in range(1, min(len(tokens), 4))
            )
        name = tokens[: tokens.index("on")]
        return (
            all(word not in STOPWORDS for word in name)
            and frozenset(content_words(" ".join(name))) in self._party_names
        )

    def _spelt_out(self, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, str]]:
        """The tokens with each acronym the sheet writes replaced by the words of its name,
        and, by position, the acronym each of those words stands in for."""
        spelt: dict[int, str] = {}
        out: list[str] = []
        titled = {word for title in self._event.titles for word in title}
        for i, token in enumerate(tokens):
            name = self._acronyms.get(token)
            after = canonical_form(tokens[i + 1]) if i + 1 < len(tokens) else ""
            if (
                name is not None
                and canonical_form(token) in titled
                and after in event_stems() | MEETING
            ):
                name = None  # "the AADTP ministerial": the event, one of whose names it is
            if name is None:
                out.append(token)
                continue
            for word in name:
                spelt[len(out)] = canonical_form(token)
                out.append(word)
        return tuple(out), spelt

    def _without_takers(
        self, sequence: list[Word | None], tokens: Sequence[str]
    ) -> list[Word | None]:
        """'What did ministers agree' asks what the meeting produced, 'what did participants
        discuss' what it was about: a word for those who take part, right after the
        auxiliary ("did the members agree") and before a verb of producing, discussing or
        meeting ("where did the ministers meet"), is the meeting's own doing, not a thing to
        find. 'What did G7 ministers
        agree' keeps both: another body's ministers; so do 'what did leaders agree at
        Eastvale' and 'in 2023', a name, place or time other than this event's."""
        own = self._event.cities
        marked = list(sequence)
        for i, token in enumerate(tokens[:-1]):
            after = sequence[i + 1]
            before = tokens[i - 2 : i - 1] if tokens[i - 1 : i] == ("the",) else tokens[i - 1 : i]
            if (
                token in TAKERS
                and before
                and before[0] in AUXILIARIES | BE
                and after is not None
                and after.spellings <= {"produce", "about", "meet"}  # agree, discuss, meet
                and "again" not in tokens[i + 2 :]  # "when do ministers meet again": next
                and not any(
                    w is not None
                    and (w.spellings & self._name_words or is_qualifier(w))
                    and not w.spellings <= own
                    for w in sequence[i + 2 :]
                )
            ):
                marked[i] = None
        return marked

    def _asks_contents(self, question: str, words: Sequence[Word]) -> bool:
        """Whether the question asks what a text holds: "what is in the plan", or "what does
        the statement say" of a text, not of a party or a speaker ("what did Reyes say")."""
        if any(w.spellings == {"contain"} for w in words):
            return True
        said = SAYS.match(question)
        if said is None:
            return False
        subject = set(content_words(said.group(1)))
        thing = [w for w in what_named(said.group(1)) if w.isalpha()]
        return (
            bool(thing)
            and thing[-1] in self._common_words  # a thing, not a party ("India")
            and not any(names_role(subject, role) for role in self._speaker_roles)
            and not self.called_by_rank(subject)
            and not any(name <= subject for name in self._party_names)
        )

    def called_by_rank(self, words: Set[str]) -> bool:
        """Whether one word calls one speaker by the first word of their role ("the chair",
        of the one speaker who is "Chair of the conference")."""
        return len(words) == 1 and self._ranked.get(next(iter(words))) == 1

    def _without_names(
        self, sequence: list[Word | None], tokens: Sequence[str]
    ) -> tuple[list[Word | None], list[int] | None]:
        """The sequence with the event's own names left out, as stop words are, and where
        its venues were (None when it was all a full name of the event: "what was the
        Northport Data Forum" asks what that is). The longest full name it says goes: the
        event itself need not be found, and "NDF-3" has no "3" to qualify anything. So does
        a venue next to a word for the event: "the Northport meeting" is the meeting,
        wherever else the sheet says Northport."""
        positions = [i for i, word in enumerate(sequence) if word is not None]
        placed: list[int] = []
        for title in self._event.titles:
            for start in range(len(positions) - len(title) + 1):
                run = positions[start : start + len(title)]
                said = [sequence[i] for i in run]
                if all(w is not None and t in spelt(w) for w, t in zip(said, title, strict=True)):
                    if len(run) == len(positions):
                        return sequence, None
                    sequence = [None if i in run else w for i, w in enumerate(sequence)]
                    before = sequence[positions[start - 1]] if start else None
                    if before is not None and before.spellings <= self._event.venues:
                        placed.append(positions[start - 1])  # "the Tokyo meeting of ..."
                    break
            else:
                continue
            break
        # ... and so does the body it is a meeting of, right next to a word for it or for
        # meeting ("the Friends Group meeting", "when did the Friends Group meet"): its name
        # alone is the body ("when was the Friends Group set up"), and with a qualifier
        # ("the next Friends Group meeting", "met in 2024") it may be another meeting of it.
        meeting = {"meet", *self._event.own}
        titled = self._event.title_words - meeting
        ordinal = ORDINALS[self._event.ordinal] if self._event.ordinal is not None else ""
        qualified = any(  # (its own place in the series aside: "the third meeting of ...")
            word is not None and is_qualifier(word) and word.spellings != {ordinal}
            for word in sequence
        )
        for body in sorted(self._event.bodies, key=len, reverse=True) if not qualified else ():
            kept = [i for i, word in enumerate(sequence) if word is not None]
            for start in range(len(kept) - len(body) + 1):
                run = kept[start : start + len(body)]
                if not all(
                    (w := sequence[i]) is not None and t in w.spellings
                    for i, t in zip(run, body, strict=True)
                ):
                    continue
                beside = [kept[k] for k in (start - 1, start + len(body)) if 0 <= k < len(kept)]
                if any((w := sequence[i]) and w.spellings <= meeting for i in beside):
                    # ... and the words of its title right before it ("the second in-person
                    # Friends Group meeting"), its place in the series among them
                    gone = set(run)
                    j = run[0] - 1
                    while j >= 0 and (w := sequence[j]) is not None and w.spellings <= titled:
                        gone.add(j)
                        j -= 1
                    sequence = [
                        None if i in gone or (w and w.spellings == {ordinal}) else w
                        for i, w in enumerate(sequence)
                    ]
        venues = placed
        for i, word in enumerate(sequence):
            if word is None or not word.spellings <= self._event.venues:
                continue
            nearby = [w for w in sequence[max(0, i - 2) : i + 3] if w is not None]
            if any(
                self._event.is_own(w) or (w.may_be_event and w.spellings == MEETING) for w in nearby
            ):
                venues.append(i)  # "the Cusco meeting" of the Cusco forum: a meeting it is
        # ... and so do its month and year next to a word for it ("the March 2026 Friends
        # Group meeting", "the 2031 meeting"): that is the event, whatever else the sheet
        # dates then.
        dated = [
            i
            for i, word in enumerate(sequence)
            if word is not None
            and word.spellings <= self._event.dates
            and (self._dates_it(sequence, i, -1) or self._dates_it(sequence, i, 1))
        ]
        if any((w := sequence[i]) and w.spellings <= self._event.years for i in dated):
            venues += dated  # a year of it, not a month alone ("the March meeting")
        # ... and so do words of its title right before a word for it ("this AI conference",
        # "the Partners Circle meeting"), a qualifier aside; as the title writes them: the
        # "opening session" is not the "Open Data" meeting, though both stem to "open".
        for i, word in enumerate(sequence):
            if word is None or not self._event.is_own(word):
                continue
            j = i - 1
            while j >= 0 and (before := sequence[j]) is not None and not is_qualifier(before):
                if not before.spellings <= self._event.words | self._event.venues:
                    break
                written = tokens[j]
                if (
                    written not in self._event.title_tokens
                    and canonical_form(written) in before.spellings
                    and not any(
                        typo_distance(written, title) is not None
                        for title in self._event.title_tokens
                        if canonical_form(title) == canonical_form(written)
                    )
                ):
                    break  # another form of a title word (not a misspelling of one: "danub")
                if not self._event.is_own(before):
                    venues.append(j)
                j -= 1
        return sequence, venues

    def _dates_it(self, sequence: Sequence[Word | None], start: int, step: int) -> bool:
        """Whether the date word at ``start`` dates a word for this event, reading one way:
        only other date words, the event's title words and venues, and stop words between
        ("the March 2026 Friends Group meeting"; not "the summit in Seoul in 2025")."""
        i = start + step
        while 0 <= i < len(sequence) and abs(i - start) <= DATE_REACH:
            word = sequence[i]
            if word is not None:
                if self._event.is_own(
                    word
                ):  # a word for it, not "met" ("G7 ministers met in 2026")
                    return True
                if not word.spellings <= self._event.dates | self._event.words | self._event.venues:
                    return False
            i += step
        return False

    def _numbered(self, sequence: list[Word | None], named: Sequence[int]) -> list[Word | None]:
        """'The next meeting' of a sheet about the third is also the fourth, and 'the
        previous' the second: 'next' and 'previous' before a word for this event (or its
        name) may be read as the ordinal that follows or precedes its title's."""
        if self._event.ordinal is None:
            return sequence
        marked = list(sequence)
        for i, word in enumerate(sequence):
            if word is None or not word.spellings & {"next", "previous"}:
                continue
            step = 1 if "next" in word.spellings else -1
            j = i + 1
            while j < len(sequence) and j in named:
                j += 1
            after = sequence[j] if j < len(sequence) else None
            if after is None or not self._event.is_own(after):
                continue
            number = self._event.ordinal + step
            if 0 <= number < len(ORDINALS):
                marked[i] = word._replace(spellings=word.spellings | {ORDINALS[number]})
        return marked

    def _other_events(
        self, sequence: list[Word | None], tokens: Sequence[str]
    ) -> list[Word | None]:
        """A word for this event names another event, and must be found, right after a word
        that does not name this one ("the Eastvale meeting", "the Eastvale summit"), before
        "in" or "at" and such a word ("the summit in Eastvale"), or after "a" ("will
        Eastvale host a summit")."""
        marked = list(sequence)
        for i, word in enumerate(sequence):
            if word is None or not self._event.is_own(word):
                continue
            before = sequence[i - 1] if i else None
            after = sequence[i + 2] if i + 2 < len(sequence) else None
            if (
                (i and tokens[i - 1] in ("a", "an"))
                or (before is not None and self._names_other(before))
                or (
                    i + 1 < len(tokens)
                    and tokens[i + 1] in ("in", "at")
                    and after is not None
                    and self._names_other(after)
                )
            ):
                marked[i] = word._replace(may_be_event=False)
        return marked

    def _names_other(self, word: Word) -> bool:
        """Whether a word next to a word for an event may name another one."""
        return not (
            word.spellings & (self._event.words | self._event.venues | WH_WORDS)
            or is_qualifier(word)
            or self._event.is_own(word)
        )

    def _bindings(
        self, sequence: list[Word | None], named: frozenset[str], tokens: Sequence[str]
    ) -> tuple[Binding, ...]:
        """Each qualifier with the words right after it (or, at the end, right before it).
        Words in ``named`` name this event with a word for it ("the next Partners Circle
        meeting" is the next meeting)."""
        bindings = []
        for position, word in enumerate(sequence):
            if word is None or not is_qualifier(word):
                continue
            dated = sequence[position - 2] if position >= 2 else None
            if dated is not None and dated.spellings <= LIGHT_WITH_PLACE_OR_TIME and position >= 3:
                dated = sequence[position - 3]  # "the summit held in 2025"
            if (
                dated is not None
                and tokens[position - 1] in ("in", "during")
                and dated.spellings & event_stems()
                and any(YEAR.fullmatch(s) for s in word.spellings)
            ):
                # "the meeting in 2028" is a meeting of 2028, not this one (its own years
                # are dropped later): an item must date a meeting so, not say 2028 anywhere.
                bindings.append(Binding(word, (dated._replace(may_be_event=False),), False))
                continue
            after = self._run(sequence[position + 1 :])
            qualified = after or tuple(reversed(self._run(list(reversed(sequence[:position])))))
            # "the next one": one of this sheet's events, as "the next meeting" is
            this = [w for w in qualified if self._event.is_own(w) or w.spellings <= named | ONE]
            own = bool(this)
            kept = tuple(w for w in qualified if w not in this)
            names = tuple(w for w in qualified if w.spellings <= named)
            bindings.append(Binding(word, kept, own, names))
        # A word before a word for an event says which event ("the AI Action summit", "the
        # Paris summit"), unless it names this one (its city, a word of its names): an item
        # must say it next to that word for an event, not a sentence away ("an action
        # plan ... at the summit").
        # (A word of this event's names is its own only before its own word for an event:
        # "the Friends Group meeting", not "the Hiroshima summit" on the sheet of a meeting.)
        here = named | self._event.cities | WH_WORDS
        for position, word in enumerate(sequence):
            if word is None or not word.may_be_event or not word.spellings & event_stems():
                continue
            ours = here | self._event.names if self._event.is_own(word) else here
            for modifier in self._run(list(reversed(sequence[:position]))):
                if not (
                    is_qualifier(modifier)
                    or modifier.spellings <= ours
                    or modifier.spellings & event_stems()
                ):
                    bindings.append(Binding(modifier, (word,), False, says_which=True))
            # ... and so does a name after it: "the meeting in New Delhi", "the meeting of
            # the OECD" (not this event's city or names, which "here" and "ours" hold).
            at = position + 1
            if at < len(tokens) and tokens[at] in ("in", "at"):
                at += 1 + (tokens[at + 1 : at + 2] == ("the",))
                for name in self._run(sequence[at:]):
                    if name.spellings & self._name_words and not (
                        is_qualifier(name) or name.spellings <= ours or self._event.is_own(name)
                    ):
                        other = word._replace(may_be_event=False)
                        bindings.append(Binding(name, (other,), False, says_which=True))
        return tuple(bindings)

    def _run(self, sequence: Sequence[Word | None]) -> tuple[Word, ...]:
        """The content words at the start of ``sequence``, up to a stop word or another
        qualifier, at most _BINDING_WINDOW of them."""
        run: list[Word] = []
        for word in sequence:
            if word is None or word.spellings & QUALIFIERS or word.spellings <= WH_WORDS:
                break
            run.append(word)
            if len(run) == BINDING_WINDOW or word.spellings & event_stems():
                break  # the noun a qualifier qualifies ends its phrase: "next meeting"
        return tuple(run)

    def _counted(self, question: str) -> tuple[frozenset[str], ...]:
        """What "how many" or "number of" counts: the words after it, up to a stop word
        ("how many Friends Group meetings have there been": friends, group, meetings),
        each as the known words it may be (a misspelling as the word it is)."""
        match = HOW_MANY.search(question)
        if match is None or SIZE_ASKED.search(question.lower()):
            return ()  # (how big the group is: a count of anything it counts)
        counted: list[frozenset[str]] = []
        for token in word_tokens(question[match.end() :])[:COUNTED_WORDS]:
            word = None if token in STOPWORDS else self._vocabulary.read(token)
            if word is None:
                break
            counted.append(word.spellings)
        return tuple(counted)

    def _said_by(self, tokens: Sequence[str]) -> frozenset[str]:
        """The name of a person or organisation of the sheet after "by" or "from" ("quote
        from the OECD"), in a question about what was said: who said it."""
        parties = self._parties
        names = set()
        for position, token in enumerate(tokens):
            if token in ("by", "from"):
                after = [t for t in tokens[position + 1 : position + 3] if t not in ("the", "a")]
                if after and canonical_form(after[0]) in parties:
                    names.add(canonical_form(after[0]))
        return frozenset(names)

    @cached_property
    def _parties(self) -> frozenset[str]:
        """The words of the names of the sheet's speakers, people and organisations; not
        its countries, which are where a speaker is from."""
        return frozenset().union(
            *(
                head - {"say"}
                for doc in self._docs
                if doc.section == "quotes"
                or (
                    doc.section == "people"
                    and not any(f"where:{word}" in doc.facts for word in doc.heads[0])
                )
                for head in doc.heads[: doc.names]
            )
        )


def _represented(question: str) -> frozenset[str]:
    """The words of whom a question asks who represented ("who represented South Korea at
    the conference": south, korea), up to the first stop word."""
    found = REPRESENTED.search(question)
    if not found:
        return frozenset()
    words = list(itertools.takewhile(lambda t: t not in STOPWORDS, word_tokens(found[1])))
    return frozenset(canonical_form(word) for word in words)
