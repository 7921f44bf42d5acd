"""Match a reader's question to one FAQ entry, or to none when the match would be a guess.

A wrong answer given with confidence is worse than no answer, so every rule here leans
towards silence:

- each *key* word of the question (a content word that is not in most entries, such as
  "next", "Peru" or a year) must be found in the entry — in its question, its aliases or
  its answer — or the entry is not a candidate; a word no entry knows rules out them all;
- a question word such as "who" or "when" must be in the entry's question or aliases;
- most of the evidence must come from how the entry is asked (question and aliases), not
  only from words that happen to occur in its answer, and the question must say most of
  at least one way of asking the entry;
- the best entry must score above a calibrated threshold and clearly beat the runner-up.

Nothing here knows about any particular event: the word lists are generic English.
Cost is linear in the number of entries: each entry is read once into an index, and a
query does bounded work per word (a question has at most ``MAX_QUERY_WORDS`` distinct
content words, a misspelt word stands for at most ``MAX_SPELLINGS`` known words).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from aimeeting.briefing.model import FaqEntry

MATCH_THRESHOLD = 0.6
"""Lowest score (0..1) that gives an answer; calibrated on tests/data/faq-questions.json."""
MARGIN = 0.12
"""The best entry must beat the second by this much, or the question is ambiguous."""
ASKED_SHARE = 0.5
"""Share of the question's key weight that must be found in the entry's question or aliases."""
COMMON_SHARE = 0.5
"""A word in at least this share of entries is what the whole FAQ is about, not a key word."""
MIN_COVERAGE = 0.5
"""Some way of asking the entry must be at least this much said by the question (by rarity)."""
ANSWER_WEIGHT = 0.5
"""A word found only in an entry's answer counts this much of one found in how it is asked."""
TYPO_WEIGHT = 0.9
"""A misspelt word counts slightly less than one spelt as the entry spells it."""
MAX_QUESTION_CHARS = 1000
MAX_QUERY_WORDS = 32
MAX_WORD_CHARS = 30
MAX_SPELLINGS = 4
"""Known words a misspelt word may stand for; bounds the work for each word of a query."""
_MAX_LOOKUPS = 64

_STOPWORD_TEXT = """
    a an the this that these those is are was were be been being am it its
    of in on at to for by and or but with as from into onto has have had having
    do does did done will would shall should can could may might must
    i me my we us our you your he him his she her they them their there here
    what which how whose whom
    tell please know want like just really actually exactly also any some so then
    much very get got
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# "about" is not a stop word: "what is the meeting about" asks for the subject.

_STRICT_QUESTION_WORDS = frozenset({"who", "when", "where", "why"})
"""Each asks for a different kind of answer, so the entry must be asked the same way."""

# Generic English: irregular forms and two-word phrases that mean one thing.
_IRREGULAR = {
    "held": "hold",
    "took": "take",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "won": "win",
    "said": "say",
    "says": "say",
    "went": "go",
    "met": "meet",
    "ran": "run",
}
_PHRASES = (
    (re.compile(r"\b(?:take|takes|took|taken|taking) place\b"), "happen"),
    (re.compile(r"\b(?:take|takes|took|taken|taking) part\b"), "attend"),
    (re.compile(r"\b(?:come|comes|came|coming) out of\b"), "produce"),
    (re.compile(r"\bset up\b"), "start"),
    (re.compile(r"\bartificial intelligence\b"), "ai"),
)
# Generic English synonyms; the first word of each group names it. None is about one event.
_GROUPS = (
    "meeting meet conference summit event gathering gather session forum convention",
    "host organise organize organiser organizer convene",
    "attend participate participant attendee join delegation delegate",
    "produce result outcome output achieve deliver",
    "matter important importance significance significant",
    "name call title",
    "start begin launch form found create establish",
    "announce announcement unveil",
    "country nation",
    "when date day",
    "where place location venue city",
    "next upcoming another further",
    "about purpose aim goal topic agenda discuss",
    "plan schedule",
    "earlier previous prior",
)


def _stem(word: str) -> str:
    """A light, generic suffix stripper: enough to meet 'hosted' with 'hosting'."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # planned -> plann -> plan
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # announce and announced both end as "announc"
    return word


_CANONICAL = {_stem(word): group.split()[0] for group in _GROUPS for word in group.split()}


def _canonical(word: str) -> str:
    stem = _stem(word)
    return _CANONICAL.get(stem, stem)


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return [word[:MAX_WORD_CHARS] for word in re.findall(r"[^\W_]+", text)]


def _content_words(text: str) -> set[str]:
    return {_canonical(word) for word in _tokens(text) if word not in _STOPWORDS}


def _aliases(entry: FaqEntry) -> Sequence[str]:
    """Other ways readers ask an entry's question."""
    return entry.aliases


def _deletes(word: str) -> set[str]:
    """The word and each form of it with one letter left out (a symmetric-delete key set)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _typo_distance(word: str, known: str) -> int | None:
    """The edits from ``known`` to ``word`` when ``word`` may be it mistyped, else None.

    A short real word is often one letter from another ("cost", "host"), so short words
    may only have two letters swapped or one letter too many ("wehn", "whoo"), and words
    up to five letters must begin with the same letter. Longer words may be one edit off,
    or two from eight letters on.
    """
    distance = edit_distance(word, known)
    if distance == 0 or (len(word) <= 5 and word[0] != known[0]):
        return None
    if len(word) <= 4:
        swapped = sorted(word) == sorted(known)
        plausible = distance == 1 and (swapped or len(word) == len(known) + 1)
    else:
        plausible = distance <= (1 if len(word) <= 7 else 2)
    return distance if plausible else None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


class _Profile(NamedTuple):
    """What one entry offers a query, computed once per entry."""

    asked: frozenset[str]  # words of its question and aliases
    words: frozenset[str]  # asked, plus the words of its answer
    phrasings: tuple[frozenset[str], ...]  # each way of asking, on its own


def _profile_entry(entry: FaqEntry) -> _Profile:
    phrasings = tuple(
        frozenset(_content_words(text)) for text in (entry.question, *_aliases(entry))
    )
    asked = frozenset().union(*phrasings)
    return _Profile(asked, asked | _content_words(entry.answer), phrasings)


class _Rules(Enum):
    """Which of the rules against a guess a score applies."""

    ALL = "all"  # an answer: every rule
    WORDS = "words"  # a rival to an answer: the entry must have the question's key words
    NONE = "none"  # a suggestion: any shared word


class _Word(NamedTuple):
    """One word of a query: the known words it may stand for, and how sure that is."""

    spellings: frozenset[str]
    weight: float  # 1.0 as written, TYPO_WEIGHT when it was a misspelling


class FaqIndex:
    """Entries read once into an index; answers questions with work bounded per word."""

    def __init__(self, entries: Sequence[FaqEntry]) -> None:
        self.entries = list(entries)
        self._profiles = [_profile_entry(entry) for entry in self.entries]
        frequency: Counter[str] = Counter()
        postings: dict[str, list[int]] = defaultdict(list)
        for index, profile in enumerate(self._profiles):
            frequency.update(profile.words)
            for word in profile.words:
                postings[word].append(index)
        self._frequency = frequency
        self._postings = dict(postings)
        # Spellings a typo may be near: known words as written and as canonical forms, and
        # stop words (a misspelt "teh" is still "the"). Keyed by one-letter deletions.
        self._spellings: dict[str, set[str]] = defaultdict(set)
        near: dict[str, str] = {}
        for entry in self.entries:
            for text in (entry.question, *_aliases(entry), entry.answer):
                for word in _tokens(text):
                    if word not in _STOPWORDS:
                        near.setdefault(word, _canonical(word))
        near.update({word: word for word in frequency})
        near.update({word: "" for word in _STOPWORDS})
        for written in near:
            for key in _deletes(written):
                self._spellings[key].add(written)
        self._near = near

    def _rarity(self, word: str) -> float:  # inverse document frequency over the FAQ
        return math.log((len(self.entries) + 1) / (self._frequency[word] + 1)) + 1

    def _is_common(self, word: str) -> bool:
        return self._frequency[word] >= max(2, COMMON_SHARE * len(self.entries))

    def _read_word(self, word: str) -> _Word | None:
        """What a query word stands for; None for a stop word (even a misspelt one)."""
        canonical = _canonical(word)
        if canonical in self._frequency or canonical in _STRICT_QUESTION_WORDS:
            return _Word(frozenset({canonical}), 1.0)
        found: dict[str, int] = {}
        nearby = sorted({w for key in _deletes(word) for w in self._spellings.get(key, ())})
        # A huge vocabulary could put many words one deletion away; look at a bounded few.
        for written in nearby[:_MAX_LOOKUPS]:
            distance = _typo_distance(word, written)
            if distance is not None:
                found[written] = distance
        if not found:
            return _Word(frozenset({canonical}), 1.0)  # unknown: no entry can contain it
        closest = min(found.values())
        meant = sorted(w for w, d in found.items() if d == closest)[:MAX_SPELLINGS]
        if any(self._near[w] == "" for w in meant):
            return None
        return _Word(frozenset(self._near[w] for w in meant), TYPO_WEIGHT)

    def _read_question(self, question: str) -> list[_Word] | None:
        """The query's distinct content words; None when there are too many to be honest."""
        if len(question) > MAX_QUESTION_CHARS:
            return None
        seen: set[str] = set()
        words: list[_Word] = []
        for token in _tokens(question):
            if token in _STOPWORDS or token in seen:
                continue
            seen.add(token)
            if len(seen) > MAX_QUERY_WORDS:
                return None
            word = self._read_word(token)
            if word is not None and word not in words:
                words.append(word)
        return words

    def _weight(self, word: _Word) -> float:
        return word.weight * max(self._rarity(s) for s in word.spellings)

    def _score_entry(self, words: list[_Word], index: int, rules: _Rules) -> float:
        """How well entry ``index`` answers the query (0..1); 0 when a rule rules it out."""
        strict = rules is not _Rules.NONE
        profile = self._profiles[index]
        total = found = asked_key = key_total = 0.0
        for word in words:
            weight = self._weight(word)
            total += weight
            is_key = not any(self._is_common(s) for s in word.spellings)
            key_total += weight if is_key else 0.0
            if word.spellings & profile.asked:
                found += weight
                asked_key += weight if is_key else 0.0
            elif word.spellings & profile.words and not word.spellings & _STRICT_QUESTION_WORDS:
                found += weight * ANSWER_WEIGHT
            elif strict and (is_key or word.spellings & _STRICT_QUESTION_WORDS):
                return 0.0
        weighed = rules is _Rules.ALL
        if total == 0 or (weighed and key_total and asked_key < ASKED_SHARE * key_total):
            return 0.0
        asked = {s for word in words for s in word.spellings}
        covered = max(self._coverage(phrasing, asked) for phrasing in profile.phrasings)
        if weighed and covered < MIN_COVERAGE:
            return 0.0  # the question shares a word or two with the entry but asks another thing
        return (found / total + covered) / 2

    def _coverage(self, phrasing: frozenset[str], asked: set[str]) -> float:
        """Share of one way of asking the entry that the query also says."""
        total = sum(self._rarity(word) for word in phrasing)
        hit = sum(self._rarity(word) for word in phrasing if word in asked)
        return hit / total if total else 0.0

    def _ranked(self, words: list[_Word], rules: _Rules) -> list[tuple[float, int]]:
        candidates: set[int] = set()
        for word in words:
            for spelling in word.spellings:
                candidates.update(self._postings.get(spelling, ()))
        scored = [(self._score_entry(words, index, rules), index) for index in candidates]
        return sorted(((s, i) for s, i in scored if s > 0), key=lambda pair: (-pair[0], pair[1]))

    def best_match(self, question: str) -> FaqEntry | None:
        words = self._read_question(question) or []
        ranked = self._ranked(words, _Rules.ALL)
        if not ranked or ranked[0][0] < MATCH_THRESHOLD:
            return None
        score, best = ranked[0]
        # The runner-up need only contain the question's words: one that has them and scores
        # close to the best, even on weak evidence, means the question can be read two ways.
        rivals = (s for s, i in self._ranked(words, _Rules.WORDS) if i != best)
        if next(rivals, 0.0) >= score - MARGIN:
            return None  # too close to call
        return self.entries[best]

    def nearest_questions(self, question: str, limit: int = 3) -> list[str]:
        ranked = self._ranked(self._read_question(question) or [], _Rules.NONE)
        return [self.entries[index].question for _, index in ranked[: max(limit, 0)]]


def best_match(question: str, entries: Sequence[FaqEntry]) -> FaqEntry | None:
    """The entry that answers ``question``, or None when no entry clearly and surely does."""
    return FaqIndex(entries).best_match(question)


def nearest_questions(question: str, entries: Sequence[FaqEntry], limit: int = 3) -> list[str]:
    """Up to ``limit`` questions of the FAQ closest to ``question``, closest first.

    Meant as suggestions after a miss: no rule of ``best_match`` applies, so they may
    not answer the question; empty when the question shares no word with the FAQ.
    """
    return FaqIndex(entries).nearest_questions(question, limit)
