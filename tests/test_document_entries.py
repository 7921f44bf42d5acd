"""Entries as the document builds them, on a tiny briefing made here: an inference without a
note still says it is one, and a fact box with no settled outcome says so in the row's
words alone (no title beside them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aimeeting.briefing.model import Briefing
from aimeeting.document import Context, build_factbox, build_section
from aimeeting.formats import render

TODAY = dt.date(2031, 6, 1)


def tiny(**sections: Any) -> Briefing:
    """A briefing with one source, the event, the summary and the given sections."""
    data: dict[str, Any] = {
        "schema_version": 2,
        "checked": "2031-05-20",
        "event": {
            "title": "Tiny meeting",
            "kind": "Meeting",
            "venues": [{"city": "Vell", "country": "Norland"}],
            "start": "2031-04-14",
            "end": "2031-04-15",
            "organiser": "Norland",
            "participants": "Ten countries.",
            "sources": ["s-1"],
        },
        "summary": {"text": "A summary.", "sources": ["s-1"]},
        "sources": [
            {"id": "s-1", "title": "Plain", "publisher": "P", "url": "https://example.org/p"}
        ],
        **sections,
    }
    return Briefing.model_validate(data)


def test_an_inference_without_a_note_says_only_that_it_is_inferred() -> None:
    briefing = tiny(
        key_facts=[
            {
                "id": "kf-1",
                "label": "Host",
                "value": "Norland",
                "inferred": True,
                "sources": ["s-1"],
            },
            {
                "id": "kf-2",
                "label": "Chair",
                "value": "Vell",
                "inferred": True,
                "note": "the host usually chairs",
                "sources": ["s-1"],
            },
        ]
    )
    section = build_section("key_facts", Context.of(briefing, TODAY))
    assert [entry.caveats for entry in section.entries] == [
        ("Inferred, not stated by a source",),
        ("Inferred, not stated by a source: the host usually chairs",),
    ]


def test_a_fact_box_without_a_settled_outcome_says_none_was_reported_as_the_row_itself() -> None:
    briefing = tiny(
        outcomes=[
            {
                "id": "out-1",
                "status": "proposed",
                "title": "A fund",
                "detail": "Proposed by Norland.",
                "sources": ["s-1"],
            }
        ]
    )
    document = build_factbox(Context.of(briefing, TODAY, relative=False))
    markdown = render("markdown", document).splitlines()
    assert "- **Outcome:** No outcome reported as of 20 May 2031" in markdown
