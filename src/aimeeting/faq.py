"""Match a reader's question to the closest FAQ entry, tolerant of wording and typos."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from aimeeting.model import FaqEntry

MATCH_THRESHOLD = 0.5
WORD_SIMILARITY = 0.8
_QUESTION_WORDS = {"who", "what", "when", "where", "why", "how", "which"}
_QUESTION_WEIGHT = 0.5
_STOPWORDS = set(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "and",
        "or",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "i",
        "me",
        "my",
        "we",
        "you",
        "your",
        "there",
        "their",
        "they",
        "them",
        "with",
        "as",
        "from",
        "into",
        "has",
        "have",
        "had",
        "so",
        "any",
        "tell",
        "please",
    ]
)
# Readers ask the same thing in different words; map each to one canonical stem.
_SYNONYMS = {
    "organis": "host",
    "organiz": "host",
    "organiser": "host",
    "organizer": "host",
    "run": "host",
    "hold": "host",
    "held": "when",
    "date": "when",
    "day": "when",
    "conference": "meeting",
    "gathering": "meeting",
    "event": "meeting",
    "attend": "particip",
    "attendee": "particip",
    "took": "particip",
    "delegation": "particip",
    "result": "produc",
    "outcome": "produc",
    "achiev": "produc",
    "agree": "produc",
    "deliver": "produc",
    "important": "matter",
    "significan": "matter",
    "locat": "where",
    "venue": "where",
    "city": "where",
    "formed": "form",
    "found": "form",
    "creat": "form",
    "haip": "hiroshima",
    "call": "name",
    "title": "name",
    "countr": "particip",
}
_SUFFIXES = ("ation", "ing", "ers", "er", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    for prefix, canonical in _SYNONYMS.items():
        if word.startswith(prefix):
            return canonical
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def keywords(text: str) -> list[str]:
    """Content words of a question, stemmed and mapped to canonical synonyms."""
    words = re.findall(r"\w+", text.casefold().replace("'s", ""))
    return [w if w in _QUESTION_WORDS else _stem(w) for w in words if w not in _STOPWORDS]


def _similarity(word: str, candidates: set[str]) -> float:
    if word in candidates:
        return 1.0
    return max((SequenceMatcher(None, word, c).ratio() for c in candidates), default=0.0)


def match_score(
    question: str, entry_question: str, rarity: Callable[[str], float] = lambda _: 1.0
) -> float:
    """Weighted share of the reader's words found in the entry.

    Question words count half; ``rarity`` lets words found in few entries count more.
    """
    asked = keywords(question)
    known = set(keywords(entry_question))
    if not asked:
        return 0.0
    total = found = 0.0
    for word in asked:
        weight = (_QUESTION_WEIGHT if word in _QUESTION_WORDS else 1.0) * rarity(word)
        total += weight
        similarity = _similarity(word, known)
        if similarity >= WORD_SIMILARITY:
            found += weight * similarity
    return found / total


def best_match(question: str, entries: Sequence[FaqEntry]) -> FaqEntry | None:
    """The entry that best answers ``question``, or None when nothing is close enough."""
    known = [set(keywords(entry.question)) for entry in entries]

    def rarity(word: str) -> float:  # inverse document frequency over the FAQ
        frequency = sum(word in words for words in known)
        return math.log((len(entries) + 1) / (frequency + 1)) + 1

    scored = [
        (match_score(question, entry.question, rarity), index)
        for index, entry in enumerate(entries)
    ]
    if not scored:
        return None
    score, index = max(scored, key=lambda pair: (pair[0], -pair[1]))
    return entries[index] if score >= MATCH_THRESHOLD else None


def nearest_questions(question: str, entries: Sequence[FaqEntry], limit: int = 3) -> list[str]:
    """The questions closest to ``question``, to suggest on a miss (best first)."""
    scored = sorted(
        ((match_score(question, entry.question), index) for index, entry in enumerate(entries)),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [entries[index].question for score, index in scored[:limit] if score > 0]
