"""Search, as a pure function over the bundled briefing (FAQ matching: tests/test_faq.py)."""

from __future__ import annotations

import pytest

from aimeeting.load import load_briefing
from aimeeting.model import Briefing
from aimeeting.search import search


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(None).briefing


def test_search_is_case_insensitive_and_needs_every_word(briefing: Briefing) -> None:
    assert [h.item_id for h in search(briefing, "KISHIDA paris")] == [
        "tl-friends-group",
        "faq-friends-group",
    ]
    assert search(briefing, "kishida zzzqqq") == []
    assert search(briefing, "   ") == []


def test_search_reports_the_whole_item_and_which_fields_matched(briefing: Briefing) -> None:
    [hit] = [h for h in search(briefing, "Bharat Mandapam")]
    assert (hit.section, hit.item_id, hit.matched) == (
        "timeline",
        "tl-ai-impact-summit",
        ("detail",),
    )
    assert dict(hit.fields)["title"] == "AI Impact Summit, New Delhi"
