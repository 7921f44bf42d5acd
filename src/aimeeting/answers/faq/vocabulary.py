"""The words one sheet uses, in how many of its items, and how a reader's word is read
against them: a stem the sheet uses, a misspelling of one (symmetric-delete lookups, a
bounded few per word), a word derived from one, or two of its words run together."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from aimeeting.answers.faq.items import Doc, Item
from aimeeting.answers.faq.question import (
    ALSO_CALLED,
    COMPOUND_PART,
    DERIVATIONS,
    DERIVED_ROOT,
    KINDS,
    MEET_VERBS,
    PARTICLES,
    PHRASE_SPELLINGS,
    PHRASE_WORDS,
    QUALIFIERS,
    Word,
)
from aimeeting.answers.faq.tuning import COMMON_SHARE, MAX_SPELLINGS, TYPO_WEIGHT
from aimeeting.answers.faq.words import (
    EVENT_NOUNS,
    GROUPS,
    MAX_LOOKUPS,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    canonical_form,
    deletes,
    event_stems,
    typo_distance,
    wh_typos,
    word_tokens,
)

_PREFIXES = ("re", "co")
"""Prefixes a sheet writes with a hyphen ("re-elected", "co-chair") and a reader without."""
_NUMBERED_NAME = re.compile(r"([^\W\d_]{2,})(\d{1,2})")
"""Letters and a number of one or two digits, written together: "mop4", "cop29"."""


class Vocabulary:
    """A sheet's words, read once; each reader's word is then read with bounded work."""

    def __init__(self, items: Sequence[Item], docs: Sequence[Doc]) -> None:
        self.size = len(docs)
        self.frequency: Counter[str] = Counter()  # in how many items each word is
        for doc in docs:
            self.frequency.update(doc.words)
        # Spellings a typo may be near: the sheet's words as written, the general words a
        # question is made of, and stop words (a misspelt "teh" is still "the").
        near: dict[str, str] = {}
        for item in items:
            for text in (*item.heads, *item.body):
                for word in word_tokens(text):
                    if word not in STOPWORDS:
                        near.setdefault(word, canonical_form(word))
        for group in (*GROUPS, " ".join(EVENT_NOUNS), " ".join(QUALIFIERS), "why"):
            for word in group.split():
                near.setdefault(word, canonical_form(word))
        near.update(PHRASE_SPELLINGS)
        near.update({word: "" for word in STOPWORDS})
        self._near = near  # each spelling's canonical word ("" for a stop word)
        # Each spelling by the keys a typo of it may share (a symmetric-delete index). Most
        # keys lead to one spelling: it is stored as itself, a list only where several
        # share a key (a set per key took ~250 bytes, most of faq's memory on a big sheet).
        spellings: dict[str, str | list[str]] = {}
        for written in near:
            for key in deletes(written):
                had = spellings.setdefault(key, written)
                if isinstance(had, list):
                    had.append(written)
                elif had != written:
                    spellings[key] = [had, written]
        self._spellings = spellings

    def _spelt(self, key: str) -> Sequence[str]:
        """The spellings a typo's delete key may stand for."""
        found = self._spellings.get(key, ())
        return (found,) if isinstance(found, str) else found

    def is_topic(self, spellings: frozenset[str]) -> bool:
        """Whether a word is in half the items or more: what the sheet is about ("AI" on a
        sheet about AI), which names and counts leave out."""
        return any(self.frequency.get(s, 0) >= max(3, self.size / 2) for s in spellings)

    def is_common(self, word: Word) -> bool:
        """A word in a large share of the items is what the whole sheet is about ("AI" on a
        sheet about AI): an item need not repeat it."""
        count = max(self.frequency[s] for s in word.spellings)
        return count >= max(3, COMMON_SHARE * self.size)

    def rarity(self, word: str) -> float:  # inverse document frequency over the items
        return math.log((self.size + 1) / (self.frequency[word] + 1)) + 1

    def read(self, word: str) -> Word | None:
        """What a query word stands for; None for a stop word (even a misspelt one)."""
        canonical = canonical_form(word)
        if word in MEET_VERBS:
            return Word(frozenset({canonical}), 1.0, may_be_event=False)
        if canonical in KINDS:  # "money" is said in euros or dollars
            return Word(frozenset({canonical, *KINDS[canonical]}), 1.0)
        if canonical in ALSO_CALLED:  # "how many countries": or states
            return Word(frozenset({canonical, *ALSO_CALLED[canonical]}), 1.0)
        if (
            word in PHRASE_WORDS
            or canonical in self.frequency
            or canonical in WH_WORDS
            or canonical in event_stems()
            or word.isdigit()
        ):
            return Word(frozenset({canonical}), 1.0)
        if word in wh_typos():
            return Word(frozenset({wh_typos()[word]}), TYPO_WEIGHT)
        found: dict[str, int] = {}
        nearby = sorted({w for key in deletes(word) for w in self._spelt(key)})
        # A huge vocabulary could put many words one deletion away; look at a bounded few.
        for written in nearby[:MAX_LOOKUPS]:
            distance = typo_distance(word, written)
            if distance is None:
                continue
            if self._near[written] == "" and len(word) <= 4 and sorted(word) != sorted(written):
                continue  # "act" is not a misspelt "at", though "teh" is "the"
            if self._near[written] == "" and not _slipped(word, written):
                continue  # "world" is not a misspelt "would", though "wolud" and "whst" are
            if self._near[written] in WH_WORDS and not written.startswith("wh"):
                continue  # "peace" is not a misspelt "place" ("wherre" is "where")

            found[written] = distance
        if not found:
            related = self.derived(canonical)
            if related:
                return Word(related, TYPO_WEIGHT)
            return Word(frozenset({canonical}), 1.0)  # unknown: no item can contain it
        closest = min(found.values())
        meant = sorted(w for w, d in found.items() if d == closest)[:MAX_SPELLINGS]
        if any(self._near[w] == "" for w in meant):
            return None
        return Word(frozenset(self._near[w] for w in meant), TYPO_WEIGHT)

    def derived(self, stem: str) -> frozenset[str]:
        """The sheet's stems that ``stem`` is derived from, or derived into, by a suffix
        that keeps the meaning ("parliamentary" of "parliament", "comparison" of "compare",
        "strategy" of "strategic"): the stemmer leaves such endings on."""
        related = {stem[: -len(suffix)] for suffix in DERIVATIONS if stem.endswith(suffix)} | {
            stem + suffix for suffix in DERIVATIONS
        }
        return frozenset(w for w in related if len(w) >= DERIVED_ROOT and w in self.frequency)

    def compound(self, word: str) -> tuple[str, ...]:
        """A word the sheet never uses, nor a misspelling of one, that is two words it
        does use, each of four letters or more and neither a particle, split one way only
        ("fundraising" is "fund" and "raising"; not "takeover"), stands for both; otherwise
        the word itself."""
        canonical = canonical_form(word)
        if word.startswith(_PREFIXES) and canonical not in self.frequency:
            # "reelected" for "re-elected", "cohost" for "co-host": the sheet's hyphen
            # leaves the prefix a word of its own, which says nothing to find
            prefix = next(p for p in _PREFIXES if word.startswith(p))
            rest = word[len(prefix) :]
            if len(rest) >= COMPOUND_PART and canonical_form(rest) in self.frequency:
                return (prefix, rest)
        numbered = _NUMBERED_NAME.fullmatch(word)
        if numbered and canonical not in self.frequency:
            # "mop4" for "MOP-4": a name the sheet uses and its number, written together
            name, number = numbered.groups()
            return (name, number) if canonical_form(name) in self.frequency else (word,)
        if (
            len(word) < 2 * COMPOUND_PART
            or not word.isalpha()
            or word in STOPWORDS
            or word in PHRASE_WORDS
            or canonical in WH_WORDS
            or canonical in event_stems()
        ):
            return (word,)
        read = self.read(word)
        if read is None or read.weight != 1.0 or read.spellings & self.frequency.keys():
            return (word,)
        splits = [
            (word[:cut], word[cut:])
            for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
            if all(
                part not in STOPWORDS
                and part not in PREPOSITIONS
                and part not in PARTICLES
                and canonical_form(part) in self.frequency
                for part in (word[:cut], word[cut:])
            )
        ]
        return splits[0] if len(splits) == 1 else (word,)


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    """The keys around each letter on a QWERTY keyboard: where a finger slips to."""
    place = {
        key: (row, column)
        for row, keys in enumerate(_KEYBOARD_ROWS)
        for column, key in enumerate(keys)
    }
    return {
        key: frozenset(
            other
            for other, (r, c) in place.items()
            if other != key and abs(r - row) <= 1 and abs(c - column) <= 1
        )
        for key, (row, column) in place.items()
    }


def _slipped(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` mistyped, as a stop word is: a letter left out, one
    too many, two swapped, or one struck for a key beside it ("whst"); one letter changed
    for a far key ("world" for "would") makes another word."""
    if len(typed) != len(meant) or sorted(typed) == sorted(meant):
        return True
    changed = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] in _neighbours().get(changed[0][1], frozenset())
