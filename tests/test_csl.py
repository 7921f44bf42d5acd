"""CSL-JSON for citation managers: every source is one item with its id, address and dates at
the precision known, its caveats (a description for a headline, its English, an archived
copy) survive, and a real CSL processor (citeproc-py) renders every item."""

from __future__ import annotations

import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import citeproc  # type: ignore[import-untyped]
import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
)
from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]

from aimeeting.briefing.dates import format_date
from aimeeting.briefing.load import load_briefing
from aimeeting.document import Document, NumberedSource, source_caveats
from aimeeting.writers.csl import csl_items, csl_parts
from tests.conftest import BUNDLED, EVENT, sheet_document

# ---------------------------------------------------------------- the documents


def sources_document(path: Path) -> Document:
    """What `aimeeting sources` shows: every source of the briefing, numbered."""
    document: Document = sheet_document(load_briefing(path), "sources")
    return document


@pytest.fixture(scope="module", params=[EVENT, BUNDLED], ids=["event", "bundled"])
def document(request: pytest.FixtureRequest) -> Document:
    path: Path = request.param
    return sources_document(path)


@pytest.fixture(scope="module")
def event() -> Document:
    return sources_document(EVENT)


def pairs(document: Document) -> Iterator[tuple[NumberedSource, dict[str, Any]]]:
    items = csl_items(document)
    assert len(items) == len(document.sources)
    yield from zip(document.sources, items, strict=True)


def parts(value: str) -> dict[str, list[list[int]]]:
    return {"date-parts": [[int(part) for part in value.split("-")]]}


def note_lines(item: dict[str, Any]) -> list[str]:
    note: str = item.get("note", "")
    return note.splitlines()


def read_only_through_archive(source: NumberedSource) -> bool:
    return source.archived_accessed is not None and source.accessed is None


# ---------------------------------------------------------------- the items


def test_every_source_becomes_one_item_with_its_id_address_and_language(
    document: Document,
) -> None:
    assert document.sources  # the document is every source of the briefing
    for source, item in pairs(document):
        assert item["id"] == source.id
        assert item["URL"] == source.url
        assert item["language"] == source.language
    assert len({item["id"] for item in csl_items(document)}) == len(document.sources)


def test_dates_have_the_precision_the_briefing_gives_and_no_more(document: Document) -> None:
    for source, item in pairs(document):
        if source.published is None:
            assert "issued" not in item  # a style says "n.d.", not a made-up date
        else:
            assert item["issued"] == parts(source.published)
            assert len(item["issued"]["date-parts"][0]) == source.published.count("-") + 1
        if source.accessed:
            assert item["accessed"] == parts(source.accessed)
        else:
            assert "accessed" not in item


def test_the_fixture_has_every_precision_of_date() -> None:
    precisions = {
        None if s.published is None else s.published.count("-") + 1
        for s in sources_document(EVENT).sources
    }
    assert precisions == {None, 2, 3}  # no date, a month, a day


def test_press_is_a_newspaper_article_and_the_rest_a_web_page(document: Document) -> None:
    for source, item in pairs(document):
        expected = "article-newspaper" if source.kind == "secondary" else "webpage"
        assert item["type"] == expected
        # The publisher is where each type's styles look for it, and never an author:
        # the briefing names none, and an organisation is not a person.
        if expected == "article-newspaper":
            assert item["container-title"] == source.publisher
            assert "publisher" not in item
        else:
            assert item["publisher"] == source.publisher
            assert "container-title" not in item
        assert "author" not in item


def test_a_description_is_bracketed_and_says_it_is_not_the_headline(document: Document) -> None:
    described = 0
    for source, item in pairs(document):
        lines = note_lines(item)
        if source.described:
            described += 1
            assert item["title"] == f"[{source.headline}]"
            assert lines[0] == (
                "The title is the briefing author's description, not the page's headline."
            )
        else:
            assert item["title"] == source.headline
            assert not any("description" in line for line in lines)
    assert described > 0


def test_a_title_not_in_english_is_kept_and_its_english_is_in_the_note(
    document: Document,
) -> None:
    translated = 0
    for source, item in pairs(document):
        assert source.headline in item["title"]  # the page's own words, never replaced
        assert "original-title" not in item and "title-short" not in item
        english = [line for line in note_lines(item) if line.startswith("Title in English: ")]
        if source.title_en and source.title_en != source.headline:
            translated += 1
            assert english == [f"Title in English: {source.title_en}."] or english == [
                f"Title in English: {source.title_en}"  # it ends in its own punctuation
            ]
        else:
            assert english == []
    assert translated > 0


def test_an_archived_copy_is_its_archive_its_address_and_a_note(document: Document) -> None:
    archived = 0
    for source, item in pairs(document):
        if source.archived_url is None:
            assert not {"archive", "archive_location"} & item.keys()
            assert not any("rchive" in line for line in note_lines(item))
            continue
        archived += 1
        assert item["archive_location"] == source.archived_url
        assert item["archive"] == urlsplit(source.archived_url).hostname
        # Last, so that the address ends the note and no full stop runs into it.
        assert note_lines(item)[-1] == f"{source.archived_label}: {source.archived_url}"
    assert archived > 0


def test_a_page_read_only_through_its_archive_is_not_said_to_have_been_read(
    document: Document,
) -> None:
    found = 0
    for source, item in pairs(document):
        if read_only_through_archive(source):
            found += 1
            assert "accessed" not in item
            assert source.archived_accessed
            last = note_lines(item)[-1]
            read = f"read on {format_date(source.archived_accessed)} in place of the page"
            assert f"{read}, which could not be read: {source.archived_url}" in last
    assert found > 0


def test_the_fixture_items_in_full(event: Document) -> None:
    """The caveat cases of tests/data/event.json, whole: a change to any mapping shows."""
    items = {item["id"]: item for item in csl_items(event)}
    accessed = {"date-parts": [[2031, 5, 20]]}
    assert items["src-secretariat-history"] == {
        "id": "src-secretariat-history",
        "type": "webpage",
        "title": "About the compact: our history",
        "publisher": "Orrindale Compact Secretariat",
        "URL": "https://example.net/compact/about/history",
        "language": "en",
        "archive": "example.net",
        "archive_location": "https://example.net/archive/compact/about/history",
        "note": "Archived copy, read on 20 May 2031 in place of the page, which could not be "
        "read: https://example.net/archive/compact/about/history",
    }
    assert items["src-ministry-outcome"]["note"] == (
        "Archived copy of 17 April 2031: https://example.net/archive/2031-04-17/ministry-outcome"
    )
    assert items["src-delegations-list"] == {
        "id": "src-delegations-list",
        "type": "webpage",
        "title": "[Scanned list of delegations (file delegations_2031_final.pdf)]",
        "publisher": "Orrindale Compact Secretariat",
        "issued": {"date-parts": [[2031, 4, 15]]},
        "URL": "https://example.net/compact/documents/delegations_2031_final.pdf",
        "accessed": accessed,
        "language": "en",
        "note": "The title is the briefing author's description, not the page's headline.",
    }
    assert items["src-tsukinoe-outcome"] == {
        "id": "src-tsukinoe-outcome",
        "type": "webpage",
        "title": "オリンデール・コンパクト第3回閣僚会合の結果について",
        "publisher": "Ministry of Digital Policy of Tsukinoe",
        "issued": {"date-parts": [[2031, 4, 17]]},
        "URL": "https://example.com/tsukinoe/digital/press/2031/0417.html",
        "accessed": accessed,
        "language": "ja",
        "note": "Title in English: On the results of the third ministerial meeting of the "
        "Orrindale Compact.",
    }
    assert items["src-journal-sarvonne"] == {
        "id": "src-journal-sarvonne",
        "type": "article-newspaper",
        "title": "Données ouvertes : Sarvonne signe la charte de Kessaly Bay",
        "container-title": "Le Journal de Port Lunelle",
        "issued": {"date-parts": [[2031, 4, 16]]},
        "URL": "https://example.com/journal/2031/04/16/donnees-ouvertes",
        "accessed": accessed,
        "language": "fr",
        "note": "Title in English: Open data: Sarvonne signs the Kessaly Bay charter.",
    }
    assert items["src-charter-text"]["issued"] == {"date-parts": [[2031, 4]]}  # a month


# ---------------------------------------------------------------- the format

SCHEMA = Path(citeproc.DATA_PATH) / "schema" / "schemas" / "styles"


def rnc_names(name: str) -> set[str]:
    """The quoted names in one of the CSL 1.0.2 schema files that citeproc-py ships."""
    return set(re.findall(r'"([^"]+)"', (SCHEMA / name).read_text(encoding="utf-8")))


def test_every_field_and_type_is_a_csl_1_0_2_name(document: Document) -> None:
    variables = {name for name in rnc_names("csl-variables.rnc") if ":" not in name}
    types = rnc_names("csl-types.rnc")
    assert {"title", "archive_location", "URL"} <= variables and "webpage" in types
    for item in csl_items(document):
        assert item["type"] in types
        assert set(item) - {"id", "type"} <= variables


# pandoc's citeproc reads a note's leading lines 'name: value' (name: letters and '-') as
# the variable `name` and removes them from the note; Zotero and citeproc-js read such lines
# too ("cheater syntax"). A caveat must never be read as a variable and vanish.
CHEATER_LINE = re.compile(r"^(?:\{:)?(?:[^\W\d_]|-)+:")


def test_no_line_of_a_note_is_taken_for_a_variable(document: Document) -> None:
    for item in csl_items(document):
        for line in note_lines(item):
            assert not CHEATER_LINE.match(line), line


def test_the_text_is_one_json_list_in_utf8_ending_in_a_newline(document: Document) -> None:
    chunks = list(csl_parts(document))
    text = "".join(chunks)
    assert text.endswith("]\n") and text.startswith("[\n  {")
    assert json.loads(text) == csl_items(document)
    headlines = [s.headline for s in document.sources if not s.headline.isascii()]
    assert headlines and all(h in text for h in headlines)  # not \u-escaped


# ---------------------------------------------------------------- a real CSL processor


def bibliography(items: list[dict[str, Any]], style_source: Any) -> list[str]:
    """The plain-text bibliography citeproc-py makes of ``items`` in a style (a name or an
    XML file), one entry per item, in the items' order; any warning is an error: a style
    that is not valid CSL, or a variable citeproc-py does not know."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        style = CitationStylesStyle(style_source, validate=True)
        source = CiteProcJSON(json.loads(json.dumps(items)))
        bib = CitationStylesBibliography(style, source, citeproc.formatter.plain)
        for item in items:
            bib.register(Citation([CitationItem(item["id"])]))
        return [str(entry) for entry in bib.bibliography()]


def test_citeproc_renders_every_source_with_its_title_and_address(document: Document) -> None:
    """Cite Them Right (Harvard), the style citeproc-py ships. It prints neither `note` nor
    `archive_location`: the bracketed description is the caveat that shows there."""
    entries = bibliography(csl_items(document), "harvard-cite-them-right")
    assert len(entries) == len(document.sources)
    for source, entry in zip(document.sources, entries, strict=True):
        assert source.url in entry
        title = f"[{source.headline}]" if source.described else source.headline
        assert title in entry
        # A page read only through its archive is never said to have been accessed.
        assert ("Accessed" in entry) == (source.accessed is not None)


CAVEAT_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info>
    <title>aimeeting test: every field a source's caveats are in</title>
    <id>https://example.org/aimeeting-test-caveats</id>
    <updated>2031-06-01T00:00:00+00:00</updated>
  </info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout>
      <group delimiter=" | ">
        <text variable="title"/>
        <text variable="container-title"/>
        <text variable="publisher"/>
        <date variable="issued" form="numeric"/>
        <text variable="URL"/>
        <date variable="accessed" form="numeric" prefix="accessed "/>
        <text variable="archive"/>
        <text variable="archive_location"/>
        <text variable="note"/>
      </group>
    </layout>
  </bibliography>
</style>
"""


def caveats(source: NumberedSource) -> list[str]:
    """Every caveat the other formats show for a source, in their words."""
    words = list(source_caveats(source))
    if source.title_en and source.title_en != source.headline:
        words.append(source.title_en)
    if source.archived_url and source.archived_label:
        words += [source.archived_label, source.archived_url]
    return words


def test_every_caveat_comes_through_a_csl_processor(document: Document) -> None:
    """Through a style that prints every field they are in, each source's caveats reach the
    rendered entry: a writer that dropped one would fail here."""
    entries = bibliography(csl_items(document), io.BytesIO(CAVEAT_STYLE.encode("utf-8")))
    assert len(entries) == len(document.sources)
    with_caveats = 0
    for source, entry in zip(document.sources, entries, strict=True):
        assert source.headline in entry and source.url in entry
        for caveat in caveats(source):
            assert caveat in entry, (source.id, caveat)
        with_caveats += bool(caveats(source))
    assert with_caveats > 0
