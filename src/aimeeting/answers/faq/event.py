"""What a sheet's own event is called and when and where it was: the words that name it
(its title, other names, the nouns for it that name nothing else on the sheet), its venues,
cities, years and months, and the items about it. A word for an event in a question names
this one unless the sheet heads other items with it."""

from __future__ import annotations

from collections.abc import Sequence

from aimeeting.answers.faq.items import Doc, Item
from aimeeting.answers.faq.question import BINDING_WINDOW, IDENTITY, MEETING, QUALIFIERS, Word
from aimeeting.answers.faq.vocabulary import Vocabulary
from aimeeting.answers.faq.words import (
    NUMBER,
    ORDINALS,
    STOPWORDS,
    canonical_form,
    content_words,
    event_stems,
    month_stem,
    word_tokens,
)


class OwnEvent:
    """How one sheet names its own event, read once with its items."""

    def __init__(
        self,
        items: Sequence[Item],
        docs: Sequence[Doc],
        vocabulary: Vocabulary,
        event_names: str,
        titles: Sequence[str],
        venues: str,
        city: str,
        cities: str,
        years: frozenset[str],
        venue_names: str,
        said_during: frozenset[str],
        held_during: frozenset[str],
        done_to_event: frozenset[str],
        span: tuple[str, str],
    ) -> None:
        self.venues = frozenset(content_words(venues))
        self.city = frozenset(content_words(city))
        self.years = years  # the years the event took place in
        self.venue_names = frozenset(content_words(venue_names)) - event_stems()
        self.said_during = said_during  # quotes dated within the event
        self.held_during = held_during  # timeline entries dated within it
        self.span = span  # its first and last days
        self.dates = (
            years
            | frozenset(  # ... and the words for its months and years
                month_stem(month)
                for month in range(int(span[0][5:7] or 0), int(span[1][5:7] or 0) + 1)
                if span[0][:4] == span[1][:4] and month  # a month only where both give one
            )
        )
        self.done_to_event = done_to_event  # items headed with what was done to it
        self.cities = frozenset(content_words(cities))
        # A full name of the event in a question ("NDF-3 dates") is the event itself.
        # ... and from its word for an event on ("the Tokyo meeting of the Data Forum" of
        # "Second Meeting of the Data Forum"), when three words or more are left.
        full = [tuple(content_words(t)) for t in titles]
        tails = [
            words[i:]
            for words in full
            for i in range(1, len(words))
            if words[i] in event_stems() and len(words) - i >= 3
        ]
        self.titles = tuple(
            sorted(
                {words for words in (*full, *tails) if len(words) >= 2},
                key=lambda words: (-len(words), words),  # the longest name first
            )
        )
        # The body a full name says the event is a meeting of, as the words after its word
        # for an event ("Friends Group", "Orrindale Compact" of "... Meeting of the Orrindale
        # Compact on Open Data"): the name's first or last two words or more.
        after = [t[i + 1 :] for t in full for i, w in enumerate(t) if w in event_stems()][:1]
        self.bodies = frozenset(
            part
            for body in after
            for end in range(2, len(body) + 1)
            for part in (body[:end], body[-end:])
        )
        # Event nouns that name this sheet's own event: one its title or kind uses
        # ("meeting" for a ministerial meeting), and one that heads no item (a reader's word
        # for the event, or a word used in passing: "not a single gathering"), or only how
        # an FAQ entry is asked, unqualified ("when was the conference"). A noun that heads
        # other items ("summit", on a sheet with "Eastvale Trade Summit" in its timeline), or
        # is asked about with a qualifier ("where is the next AI summit"), names those things.
        own = set(content_words(event_names))
        self.words = frozenset(own)
        self.title_tokens = frozenset(word_tokens(event_names))  # its words as written
        # The event's place in its series, when its title says it ("Third Ministerial ...").
        ordinals = [
            ORDINALS.index(w) for w in content_words(titles[0] if titles else "") if w in ORDINALS
        ]
        self.ordinal: int | None = ordinals[0] if ordinals else None
        others = {word for doc in docs if not doc.asked for word in doc.head_words}
        # ... but a side event is not the event: "event" said only in "side event" names
        # no other event like this one.
        beside = {
            (i > 0 and unit[i - 1] == "side", word)
            for doc in docs
            if not doc.asked
            for unit in doc.units[: len(doc.heads)]
            for i, word in enumerate(unit)
            if word in event_stems()
        }
        others -= {word for side, word in beside if side} - {w for side, w in beside if not side}
        for doc in docs:
            for unit in doc.units[: len(doc.heads)] if doc.asked else ():
                for i, word in enumerate(unit):
                    if word in QUALIFIERS or word.replace(".", "").isdigit():
                        others.update(unit[i + 1 : i + 1 + BINDING_WINDOW])
        self.own = frozenset(word for word in event_stems() if word in own or word not in others)
        # FAQ entries asked what this event is, in nothing but its names ("What was the
        # Northport Data Forum?"): what "what was the forum" and "what is it" ask.
        self.title_words = frozenset(w for title in self.titles for w in title)
        names_it = self.own | self.venues | self.title_words
        self.names = names_it
        self.what_event = sorted(
            {
                item.item_id
                for item in items
                if item.section == "faq"
                for head in item.heads
                if IDENTITY.match(head) and self.only_names_it(content_words(head), names_it)
            }
        )
        # Items headed with this event, by a word for it qualified only as its title is
        # ("Third ministerial meeting held"), or by one of its full names ("Data Week").
        self.about = {doc.item_id: self.headed_with_it(doc, own) for doc in docs}
        # Words that say something is of this event: a rare word of one of its full names
        # (not "AI", which half the sheet says), or its city (not its country); not a word
        # for it alone ("Meeting of the AI Strategic Headquarters" is another meeting).
        rare = len(docs) // 4
        titled = {w for w in self.title_words if vocabulary.frequency[w] <= rare}
        self.here = frozenset(self.cities | titled) - event_stems()

    def is_own(self, word: Word) -> bool:
        """Whether the word names this sheet's own event, and so need not be found."""
        return word.may_be_event and word.spellings <= self.own

    def named_at(self, tokens: Sequence[str]) -> set[int]:
        """Where a question names this event, or the body its title names: two words or
        more of one of its full names in a row ("the Friends Group", "the Orrindale
        Compact"), a rare word of one ("the compact"), or a venue right before a word for it
        ("the Kessaly Bay meeting"); not a city alone, nor a word half the sheet says ("AI")."""
        said = [(i, canonical_form(t)) for i, t in enumerate(tokens) if t not in STOPWORDS]
        words = [w for _, w in said]
        parts = {
            title[start:end]
            for title in self.titles
            for start in range(len(title))
            for end in range(start + 2, len(title) + 1)
        }
        # "meeting", a reader's word for any event: "the fisheries meeting" is the
        # "Lisbon fisheries conference"
        stems = event_stems()
        (meeting,) = MEETING
        parts |= {tuple(meeting if w in stems else w for w in part) for part in parts}
        found = {
            said[k][0]
            for start in range(len(words))
            for end in range(start + 2, len(words) + 1)
            if tuple(words[start:end]) in parts
            for k in range(start, end)
        }
        found |= {i for i, w in said if w in self.here - self.cities}
        for k in range(len(said) - 1, -1, -1):  # venues right before a word for it
            if said[k][1] in self.own:
                j = k - 1
                while j >= 0 and said[j][1] in self.venues:
                    found.add(said[j][0])
                    j -= 1
        return found

    def only_names_it(self, words: Sequence[str], names: frozenset[str]) -> bool:
        """Whether words name this event and nothing else: a word for it, or one of its full
        names, and no word but its names' ("the Northport AI meeting", not "the Friends
        Group", a title word of "Meeting of the Friends Group")."""
        return set(words) <= names and (
            bool(set(words) & self.own)
            or any(
                tuple(words[i : i + len(title)]) == title
                for title in self.titles
                for i in range(len(words) - len(title) + 1)
            )
        )

    def headed_with_it(self, doc: Doc, title: set[str]) -> bool:
        """Whether a heading of the item names this event: one of its full names, or a word
        for it with no qualifier, number, place or name but its title's and venues'."""
        names = {f.split(":", 1)[1] for f in doc.facts if f.startswith(("who:", "where:"))}
        for clause in doc.clauses:
            if any(
                clause[i : i + len(name)] == name
                for name in self.titles
                for i in range(len(clause) - len(name) + 1)
            ):
                return True
            if set(clause) & self.own and all(
                w in title or w in self.venues
                for w in clause
                if w in QUALIFIERS or NUMBER.search(w) or w in names
            ):
                return True
        return False
