"""FAQ matching, as pure functions over the bundled briefing (search: tests/test_search.py)."""

from __future__ import annotations

import pytest

from aimeeting.faq import best_match, keywords
from aimeeting.load import load_briefing
from aimeeting.model import Briefing


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(None)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("who hosts the meeting", "faq-host"),
        ("Who is organizing this AI meeting?", "faq-host"),
        ("whoo hostts teh meeting", "faq-host"),
        ("What is the ministerial meeting on AI use about?", "faq-about"),
        ("Why does the meeting matter?", "faq-why"),
        ("where was it held", "faq-when-where"),
        ("how many countries attended", "faq-participants"),
        ("what did they agree", "faq-result"),
        ("what is haip", "faq-haip"),
        ("who is takaichi", "faq-takaichi"),
    ],
)
def test_questions_in_other_words_find_their_entry(
    briefing: Briefing, question: str, entry_id: str
) -> None:
    match = best_match(question, briefing.faq)
    assert match is not None and match.id == entry_id


@pytest.mark.parametrize("question", ["what is the capital of peru", "weather in tokyo", "", "?"])
def test_unrelated_questions_find_nothing(briefing: Briefing, question: str) -> None:
    assert best_match(question, briefing.faq) is None


def test_keywords_drop_stopwords_and_fold_synonyms() -> None:
    assert keywords("Who is organising the conference?") == ["who", "host", "meeting"]
