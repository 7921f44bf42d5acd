"""A minimal valid briefing for `aimeeting init` to start a new one from."""

from __future__ import annotations

import datetime as dt
from typing import Any


def skeleton_briefing(today: dt.date) -> dict[str, Any]:
    """Every required key, one example of each item, all cross-references resolving."""
    day = today.isoformat()
    source = ["example-source"]
    return {
        "schema_version": 1,
        "checked": day,
        "event": {
            "title": "Name of the event",
            "also_known_as": [],
            "kind": "Ministerial meeting",
            "host_country": "Country",
            "city": "City",
            "start": day,
            "end": day,
            "organiser": "Who organises it",
            "framework": "The process or body it belongs to",
            "participants": "Who takes part",
            "sources": source,
        },
        "summary": {"text": "One paragraph that gives the whole picture.", "sources": source},
        "key_facts": [{"id": "kf-when", "label": "When", "value": "The dates", "sources": source}],
        "timeline": [
            {
                "id": "tl-event",
                "date": day,
                "title": "The event",
                "detail": "What happened.",
                "sources": source,
            }
        ],
        "outcomes": [],
        "challenges": [],
        "faq": [],
        "quotes": [],
        "people": [],
        "sources": [
            {
                "id": "example-source",
                "title": "Headline of the page",
                "publisher": "Publisher",
                "url": "https://example.org/page",
            }
        ],
    }
