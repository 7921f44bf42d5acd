"""The skeleton `aimeeting init` writes: one example item in every section, every optional
key shown, and '<...>' placeholders that `validate` refuses until an author replaces them."""

from __future__ import annotations

from typing import Any

from aimeeting.briefing.model import PLACEHOLDER_DATE, SCHEMA_VERSION


def skeleton_briefing() -> dict[str, Any]:
    """Every key of the format, with ids and cross-references that already resolve."""
    day = PLACEHOLDER_DATE  # refused by validate until the author puts a real date
    source = ["src-example"]
    caveat = {"sources": source, "inferred": False, "note": "<a caveat readers must see, or null>"}
    return {
        "schema_version": SCHEMA_VERSION,
        "checked": day,
        "event": {
            "title": "<the event's official name>",
            "also_known_as": ["<another name the press uses>"],
            "kind": "<what sort of event, e.g. a ministerial meeting>",
            "venues": [{"name": "<building or site>", "city": "<city>", "country": "<country>"}],
            "start": day,
            "end": day,
            "main_days": {"start": day, "end": day},
            "organiser": "<who organises it>",
            "framework": "<the process or body it belongs to>",
            "participants": "<who takes part, in a sentence>",
            **caveat,
        },
        "summary": {"text": "<one paragraph that gives the whole picture>", "sources": source},
        "key_facts": [{"id": "kf-when", "label": "<short label>", "value": "<the fact>", **caveat}],
        "timeline": [
            {
                "id": "tl-example",
                "date": day,
                "end": None,
                "date_qualifier": "exact",
                "status": "happened",
                "title": "<a headline for the milestone>",
                "detail": "<what happened, in a sentence or two>",
                **caveat,
            }
        ],
        "outcomes": [
            {
                "id": "out-example",
                "status": "reported",
                "title": "<a headline for the outcome>",
                "detail": "<what it is, and who reported it>",
                **caveat,
            }
        ],
        "challenges": [
            {
                "id": "ch-example",
                "title": "<a headline for the challenge>",
                "detail": "<what makes it hard, and who says so>",
                **caveat,
            }
        ],
        "faq": [
            {
                "id": "faq-example",
                "question": "<a question readers ask>",
                "answer": "<a short answer>",
                "aliases": ["<another way to ask it>"],
                **caveat,
            }
        ],
        "quotes": [
            {
                "id": "q-example",
                "text": "<the words in English>",
                "verbatim": True,
                "language": "en",
                "original": None,
                "translated_by": None,
                "speaker": "<who said it>",
                "role": "<their position when speaking>",
                "occasion": "<where or in what it was said>",
                "date": day,
                **caveat,
            }
        ],
        "people": [
            {
                "id": "p-example",
                "name": "<name of the person or body>",
                "kind": "person",
                "roles": [{"title": "<their part>", "from": None, "until": None}],
                **caveat,
            }
        ],
        "sources": [
            {
                "id": "src-example",
                "title": "<the page's headline>",
                "title_en": None,
                "title_is_description": False,
                "publisher": "<who published it>",
                "url": "https://example.invalid/page",
                "published": day,
                "language": "en",
                "kind": "primary",
                "archived": {"url": "https://archive.example.invalid/page", "date": day},
                "accessed": day,
            }
        ],
    }
