"""Every caveat reaches every reader: writer x layout x caveat kind, on a synthetic briefing
made here, in which each kind of caveat sits on an item of each section it can apply to.

A writer that drops a caveat in one layout (a note in the HTML summary, a translation in
a Markdown citation, a described headline in cite) fails one case here by name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from aimeeting.answers.search import find_hits, hits_document, parse_query
from aimeeting.briefing.model import Briefing
from aimeeting.document import (
    Context,
    Document,
    build_answer,
    build_citation,
    build_sheet,
    every_entry,
)
from aimeeting.formats import TextStyle, render
from aimeeting.sections import BY_COMMAND, COMMANDS, SECTIONS
from aimeeting.writers.citation import citation_data

TODAY = dt.date(2031, 6, 1)
ARCHIVE = "https://example.net/archive/marked-copy"


# The field of each section's items that says what the item is: it names the item's id,
# so that a search for the id finds exactly that item.
_HEADING = {
    "key_facts": "value",
    "timeline": "title",
    "outcomes": "title",
    "challenges": "title",
    "faq": "question",
    "quotes": "text",
    "people": "name",
}


def _item(section: str, index: int, **fields: Any) -> dict[str, Any]:
    item_id = f"{section.replace('_', '-')}-{index}"
    fields[_HEADING[section]] = f"Item {item_id}"
    return {"id": item_id, "sources": ["s-plain"], **fields}


def synthetic() -> dict[str, Any]:
    """A small briefing: for each section, one item with a note, one inferred, and the
    section's own kinds (planned and undated entries, paraphrased and translated quotes)."""

    def noted(section: str, index: int, **fields: Any) -> list[dict[str, Any]]:
        tag = section.replace("_", "").upper()
        return [
            _item(section, index, note=f"NOTE-{tag} is a caveat.", **fields),
            _item(section, index + 1, inferred=True, note=f"WHY-{tag}", **fields),
        ]

    text = {"title": "A title", "detail": "A detail."}
    return {
        "schema_version": 2,
        "checked": "2031-05-20",
        "event": {
            "title": "Synthetic meeting",
            "kind": "Meeting",
            "venues": [{"city": "Vell", "country": "Norland"}],
            "start": "2031-04-14",
            "end": "2031-04-15",
            "organiser": "Norland",
            "participants": "Ten countries.",
            "sources": ["s-plain"],
            "note": "NOTE-EVENT is a caveat.",
        },
        "summary": {"text": "A summary.", "sources": ["s-plain"]},
        "key_facts": noted("key_facts", 0, label="When", value="April"),
        "timeline": [
            *noted("timeline", 0, date="2030", **text),
            _item("timeline", 2, date="2032-03", status="planned", **text),
            _item("timeline", 3, date="2031-05", status="planned", **text),
            _item("timeline", 4, date=None, **text),
            _item("timeline", 5, date="2030-11", status="postponed", **text),
        ],
        "outcomes": noted("outcomes", 0, status="agreed", **text),
        "challenges": noted("challenges", 0, **text),
        "faq": noted("faq", 0, question="Who?", answer="Norland."),
        "quotes": [
            *noted(
                "quotes",
                0,
                text="Plain words.",
                verbatim=True,
                speaker="A",
                role="B",
                occasion="C",
                date="2031-04-14",
            ),
            _item(
                "quotes",
                2,
                text="What she meant.",
                verbatim=False,
                speaker="A",
                role="B",
                occasion="C",
                date="2031-04-14",
            ),
            _item(
                "quotes",
                3,
                text="Translated words.",
                verbatim=True,
                language="fr",
                original="Mots traduits.",
                translated_by="author",
                speaker="A",
                role="B",
                occasion="C",
                date=None,
            ),
        ],
        "people": noted("people", 0, name="A", kind="person", roles=[{"title": "B"}]),
        "sources": [
            {"id": "s-plain", "title": "Plain", "publisher": "P", "url": "https://example.org/p"},
            {
                "id": "s-described",
                "title": "What the page is about",
                "title_is_description": True,
                "publisher": "P",
                "url": "https://example.org/d",
                "archived": {"url": ARCHIVE, "date": "2031-04-17"},
            },
            {
                "id": "s-in-place",
                "title": "Read only through its copy",
                "publisher": "P",
                "url": "https://example.org/gone",
                "archived": {"url": ARCHIVE + "/2", "accessed": "2031-05-01"},
                "note": "NOTE-SOURCE: the page opens with another article.",
            },
        ],
    }


class Kind(NamedTuple):
    """A kind of caveat: the item that carries it, and words that must reach the reader."""

    name: str
    section: str
    item_id: str
    words: str


KINDS = [
    *(
        Kind("note", spec.key, f"{spec.name}-0", f"NOTE-{spec.key.replace('_', '').upper()}")
        for spec in SECTIONS
        if spec.items
    ),
    *(
        Kind("inferred", spec.key, f"{spec.name}-1", "Inferred, not stated by a source")
        for spec in SECTIONS
        if spec.items
    ),
    Kind("note", "event", "event", "NOTE-EVENT"),
    Kind("planned", "timeline", "timeline-2", "Planned; upcoming as of 1 June 2031"),
    Kind("planned", "timeline", "timeline-3", "Planned; the briefing has no report that it"),
    Kind("postponed", "timeline", "timeline-5", "Postponed: it did not take place as planned"),
    Kind("undated", "timeline", "timeline-4", "Date not given"),
    Kind("undated", "quotes", "quotes-3", "Date not given by the source"),
    Kind("paraphrase", "quotes", "quotes-2", "Paraphrase, not a quotation"),
    Kind("translation", "quotes", "quotes-3", "Translated from French by the briefing's author"),
    Kind("original", "quotes", "quotes-3", "In French"),
]
SOURCE_KINDS = [
    Kind("description", "sources", "s-described", "a description, not the page's headline"),
    Kind("archived", "sources", "s-described", ARCHIVE),
    Kind("read in place", "sources", "s-in-place", "in place of the page, which could not be read"),
    Kind("source note", "sources", "s-in-place", "NOTE-SOURCE: the page opens with another"),
]


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    data = synthetic()
    for item in data["timeline"][:2]:  # the described source is cited, so it is listed
        item["sources"] = ["s-plain", "s-described", "s-in-place"]
    return Briefing.model_validate(data)


def flat(text: str) -> str:
    """Words as a reader sees them: markup, escapes and line breaks taken out."""
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)  # Markdown's link targets
    text = re.sub(r"<[^>]+>", " ", text)  # HTML and SVG tags
    text = text.replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", '"')
    text = text.replace("&amp;", "&").replace("&#160;", " ").replace("\u00a0", " ")
    text = re.sub(r"\\([\\`*_\[\]<>|#])", r"\1", text)  # Markdown escapes
    return " ".join(text.replace("*", " ").split())


Writer = Callable[[Document], str]
WRITERS: dict[str, Writer] = {
    "text, pipe": lambda d: render("text", d, TextStyle(80, 25, None, False, False)),
    "text, narrow pipe": lambda d: render("text", d, TextStyle(40, 25, None, False, False)),
    "text, terminal": lambda d: render("text", d, TextStyle(120, 25, "standard", True, True)),
    "markdown": lambda d: render("markdown", d),
    "html": lambda d: render("html", d),
    "svg": lambda d: render("terminal-svg", d),
}


def sheet(briefing: Briefing) -> Document:
    facts = COMMANDS[0]
    return build_sheet(Context.of(briefing, TODAY), facts.keys, facts.all_sources)


def citation(briefing: Briefing, item_id: str) -> Document:
    ctx = Context.of(briefing, TODAY)
    section, entry = next((s, e) for s, e in every_entry(ctx) if e.id == item_id)
    return build_citation(ctx, section.key, entry)


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("kind", KINDS + SOURCE_KINDS, ids=lambda k: f"{k.name}-{k.item_id}")
def test_the_sheet_carries_every_caveat(briefing: Briefing, writer: str, kind: Kind) -> None:
    assert kind.words in flat(WRITERS[writer](sheet(briefing)))


@pytest.mark.parametrize(
    "kind",
    [k for k in KINDS + SOURCE_KINDS if k.section in ("timeline", "sources")],
    ids=lambda k: f"{k.name}-{k.item_id}",
)
def test_the_timeline_picture_carries_every_caveat_of_its_items(
    briefing: Briefing, kind: Kind
) -> None:
    timeline = BY_COMMAND["timeline"]
    document = build_sheet(Context.of(briefing, TODAY), timeline.keys, timeline.all_sources)
    # What the picture shows (its <desc> is left out: the words must be drawn).
    drawn = re.sub(r"<desc.*?</desc>|<title.*?</title>", "", render("svg", document), flags=re.S)
    assert kind.words in flat(drawn)


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize(
    "kind", [k for k in KINDS if k.section != "event"], ids=lambda k: f"{k.name}-{k.item_id}"
)
def test_an_faq_answer_carries_every_caveat_of_its_item(
    briefing: Briefing, writer: str, kind: Kind
) -> None:
    """`faq QUESTION` answers with an item of any section, through the same writers."""
    item_id = next(
        e.id for s, e in every_entry(Context.of(briefing, TODAY)) if e.id == kind.item_id
    )
    assert item_id is not None
    answer = build_answer(Context.of(briefing, TODAY), kind.section, {item_id})
    assert kind.words in flat(WRITERS[writer](answer))
    assert f"id: {item_id}" in flat(WRITERS[writer](answer)).replace("`", "")


CITATION_WRITERS = ["text, pipe", "text, terminal", "markdown"]


@pytest.mark.parametrize("writer", CITATION_WRITERS)
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: f"{k.name}-{k.item_id}")
def test_a_citation_carries_every_caveat_of_its_item(
    briefing: Briefing, writer: str, kind: Kind
) -> None:
    assert kind.words in flat(WRITERS[writer](citation(briefing, kind.item_id)))


@pytest.mark.parametrize("writer", CITATION_WRITERS)
@pytest.mark.parametrize("kind", SOURCE_KINDS, ids=lambda k: k.name)
def test_a_citation_carries_the_caveats_of_its_sources(
    briefing: Briefing, writer: str, kind: Kind
) -> None:
    assert kind.words in flat(WRITERS[writer](citation(briefing, "timeline-0")))


@pytest.mark.parametrize(
    "kind", [k for k in KINDS if k.name not in ("original",)], ids=lambda k: f"{k.name}-{k.item_id}"
)
def test_citation_json_lists_every_caveat_of_its_item(briefing: Briefing, kind: Kind) -> None:
    data = citation_data(citation(briefing, kind.item_id))
    said = flat(json.dumps(data, ensure_ascii=False))
    assert kind.words in said


def test_citation_json_says_a_title_is_a_description_and_gives_the_archive(
    briefing: Briefing,
) -> None:
    [_, described, _] = citation_data(citation(briefing, "timeline-0"))["sources"]
    assert described["title_is_description"] is True and described["archived_url"] == ARCHIVE


@pytest.mark.parametrize("kind", SOURCE_KINDS, ids=lambda k: k.name)
def test_citation_json_lists_the_caveats_of_its_sources(briefing: Briefing, kind: Kind) -> None:
    sources = citation_data(citation(briefing, "timeline-0"))["sources"]
    assert kind.words in flat(json.dumps(sources, ensure_ascii=False))


@pytest.mark.parametrize("writer", ["text, pipe", "text, narrow pipe", "text, terminal"])
@pytest.mark.parametrize(
    "kind", [k for k in KINDS if k.name != "original"], ids=lambda k: f"{k.name}-{k.item_id}"
)
def test_a_search_hit_carries_every_caveat_of_its_item(
    briefing: Briefing, writer: str, kind: Kind
) -> None:
    query = "Synthetic" if kind.section == "event" else f"Item {kind.item_id}"
    hits = [h for h in find_hits(briefing, parse_query(query), TODAY) if h.item_id == kind.item_id]
    assert len(hits) == 1
    assert kind.words in flat(WRITERS[writer](hits_document(briefing, hits, 1)))


@pytest.mark.parametrize("writer", ["text, pipe", "text, terminal"])
@pytest.mark.parametrize(
    "kind", [k for k in SOURCE_KINDS if k.name != "archived"], ids=lambda k: k.name
)
def test_a_search_hit_on_a_source_carries_its_caveats(
    briefing: Briefing, writer: str, kind: Kind
) -> None:
    [source] = [s for s in briefing.sources if s.id == kind.item_id]
    hits = [
        h for h in find_hits(briefing, parse_query(source.title), TODAY) if h.item_id == source.id
    ]
    assert len(hits) == 1
    assert kind.words in flat(WRITERS[writer](hits_document(briefing, hits, 1)))


def test_a_search_hit_on_a_described_source_says_so(briefing: Briefing) -> None:
    hits = find_hits(briefing, parse_query("what the page is about"), TODAY)
    out = flat(WRITERS["text, pipe"](hits_document(briefing, hits, len(hits))))
    assert "description, not the page's headline" in out


@pytest.mark.parametrize("writer", CITATION_WRITERS)
def test_a_cited_value_ends_before_its_caveat_begins(briefing: Briefing, writer: str) -> None:
    # key-facts-0 is a labelled value with a note: the value must not run into the note.
    said = flat(WRITERS[writer](citation(briefing, "key-facts-0")))
    assert "When: Item key-facts-0. NOTE-KEYFACTS" in said
