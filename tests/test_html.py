"""The web page: a standalone, semantic HTML5 document that parses cleanly, links every
marker to its source and back, and reads like an article in a real browser."""

from __future__ import annotations

import copy
import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import html5lib
import pytest

from aimeeting.briefing.load import load_briefing
from aimeeting.briefing.model import Briefing
from aimeeting.writers.html import render_html
from tests.browser import chromium, needs_chromium
from tests.conftest import DATA, EVENT, sheet_document

NS = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def page() -> str:
    briefing = load_briefing(EVENT)
    return render_html(sheet_document(briefing))


def test_the_page_is_strict_html5(page: str) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    parser.parse(page)  # raises on any parse error
    assert parser.errors == []


def test_the_page_has_what_a_real_page_needs(page: str) -> None:
    tree = html5lib.parse(page)
    root = tree
    assert page.startswith("<!doctype html>")
    assert root.get("lang") == "en"
    head = root.find(f"{NS}head")
    assert head is not None
    assert head.find(f"{NS}title") is not None
    assert any(m.get("name") == "viewport" for m in head.iter(f"{NS}meta"))
    assert "prefers-color-scheme: dark" in page and "@media print" in page
    # Its only script is its schema.org data, which no browser runs.
    scripts = list(root.iter(f"{NS}script"))
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert "http" not in (head.findtext(f"{NS}style") or "")
    headings = [h.text for h in root.iter(f"{NS}h2")]
    assert headings[:3] == ["Event", "Summary", "Key facts"] and headings[-1] == "Sources"


def test_dates_are_machine_readable(page: str) -> None:
    tree = html5lib.parse(page)
    times = [t.get("datetime") for t in tree.iter(f"{NS}time")]
    # A year, a range's start and a day on the timeline; the day the facts were checked.
    assert {"2027", "2029-05-08", "2031-05-06", "2031-05-20"} <= set(times)
    assert "2027-11" not in times  # "About November 2027" is not a plain date


def test_verbatim_quotes_are_blockquotes_with_cite_and_paraphrases_are_not(page: str) -> None:
    tree = html5lib.parse(page)
    quotes = ["".join(b.itertext()) for b in tree.iter(f"{NS}blockquote")]
    assert len(quotes) == 5  # the paraphrase is not one
    assert (
        quotes[0]
        == "\u201cOpen data only works when people can trust whoever looks after it.\u201d"
    )
    assert all("Tarn said the funding pool" not in quote for quote in quotes)
    assert [c.text for c in tree.iter(f"{NS}cite")] == [
        "Idris Tarn",
        "Idris Tarn",
        "\u00c9lodie Varenne",
        "Sayo Hoshimura",
        "\u00c9lodie Varenne",
        "Idris Tarn",
    ]
    assert "Paraphrase, not a quotation: Tarn said the funding pool" in page


def test_every_marker_links_to_a_source_and_every_source_links_back(
    page: str, sheet_data: dict[str, Any]
) -> None:
    tree = html5lib.parse(page)
    ids = {element.get("id") for element in tree.iter() if element.get("id")}
    links = [a.get("href") for a in tree.iter(f"{NS}a") if (a.get("href") or "").startswith("#")]
    assert links and all(str(link)[1:] in ids for link in links)
    sources = [li for li in tree.iter(f"{NS}li") if (li.get("id") or "").startswith("source-")]
    assert len(sources) == len(sheet_data["sources"])
    for source in sources:
        anchors = [a.get("href") for a in source.iter(f"{NS}a")]
        assert any(h and h.startswith("http") for h in anchors)  # the URL is a link
        assert any(h and h.startswith("#ref-") for h in anchors)  # and back to its citers


def test_every_element_id_is_its_own_and_each_back_link_returns_to_its_line(
    sheet_data: dict[str, Any],
) -> None:
    # Lines of the event cite sources of their own (field_sources), and an item may take
    # the id "item": a marker's id must still be one element's, or a back link lands on
    # another line.
    data = copy.deepcopy(sheet_data)
    data["event"]["field_sources"] = {
        field: data["event"]["sources"][:1] for field in ("start", "venues", "participants")
    }
    data["key_facts"][0]["id"] = "item"
    page = render_html(sheet_document(Briefing.model_validate(data)))
    tree = html5lib.parse(page)
    ids = [str(element.get("id")) for element in tree.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@needs_chromium
@pytest.mark.parametrize("width", [390, 1200])
def test_a_real_browser_renders_the_page(page: str, tmp_path: Path, width: int) -> None:
    source = tmp_path / "sheet.html"
    source.write_text(page, encoding="utf-8")
    shot = tmp_path / f"sheet-{width}.png"
    chromium(source, tmp_path / "profile", f"--window-size={width},2000", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    png_width = int.from_bytes(data[16:20], "big")
    assert png_width == width
    assert len(data) > 20_000  # a page of text, not a blank screen
    keep = Path(__file__).resolve().parents[1] / "benchmarks" / "out"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, keep / shot.name)  # for a person to look at


def _overflow_in_chromium(page: str, width: int, tmp_path: Path) -> tuple[int, int]:
    """The page's scroll width and visible width in a frame ``width`` pixels wide.

    Headless Chromium will not make a window narrower than 500 px, so the page goes into
    an iframe of the width wanted; a test-only script reads the frame's sizes into the
    title, and --dump-dom prints it. The page itself stays free of scripts.
    """
    probe = tmp_path / f"probe-{width}.html"
    probe.write_text(
        f'<!doctype html><html><head><title>probe</title></head><body style="margin:0">'
        f'<iframe id="f" style="width:{width}px;height:3000px;border:0" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe><script>window.onload = '
        "function () { var d = document.getElementById('f').contentDocument.documentElement;"
        " document.title = d.scrollWidth + ',' + d.clientWidth; };</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(probe, tmp_path / "profile", "--window-size=1300,3000", "--dump-dom")
    found = re.search(r"<title>(\d+),(\d+)</title>", dom)
    assert found, dom[:500]
    return int(found.group(1)), int(found.group(2))


@needs_chromium
@pytest.mark.parametrize("width", [390, 1200])
def test_long_unbroken_text_never_makes_the_page_wider_than_the_screen(
    sheet_data: dict[str, Any], tmp_path: Path, width: int
) -> None:
    data = copy.deepcopy(sheet_data)
    url = "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2026/3/16_2.html"
    data["event"]["note"] = f"The outcome page is {url} and names no chair."
    data["key_facts"][0]["value"] = "x" * 150
    data["key_facts"][1]["label"] = "y" * 80
    data["sources"][0]["title"] = "z" * 150
    data["faq"][0]["answer"] = "w" * 150
    data["timeline"][0]["sources"] = [s["id"] for s in data["sources"]]
    briefing = Briefing.model_validate(data)
    page = render_html(sheet_document(briefing))
    scroll_width, visible_width = _overflow_in_chromium(page, width, tmp_path)
    assert scroll_width <= visible_width


def test_back_links_say_where_they_return_to(page: str) -> None:
    tree = html5lib.parse(page)
    ids = {element.get("id"): element for element in tree.iter() if element.get("id")}
    said = []
    for source in tree.iter(f"{NS}li"):
        back = [a for a in source.iter(f"{NS}a") if (a.get("href") or "").startswith("#ref-")]
        for a in back:  # each back-link reads as words: the section, then the item
            words = "".join(a.itertext())
            assert ": " in words or words in ("Summary", "Event"), words
            assert str(a.get("href"))[1:] in ids
            said.append(words)
    assert "Key facts: When" in said and "Timeline: 2027" in said
    assert "Quotes: Idris Tarn" in said


def test_a_headline_in_another_language_is_marked_with_its_language() -> None:
    briefing = load_briefing(DATA / "ai-action-summit-2025.json")
    page = render_html(sheet_document(briefing))
    tree = html5lib.parse(page)
    marked = [span.get("lang") for span in tree.iter(f"{NS}span") if span.get("lang")]
    assert "fr" in marked


def test_the_schema_org_data_carries_the_event_as_json_nothing_can_end_early(
    sheet_data: dict[str, Any],
) -> None:
    """'<', '>' and '&' are JSON escapes, other characters are themselves, and the data
    reads back as the event; a document that is not about an event has none."""
    from aimeeting.document import Document
    from aimeeting.writers.html import json_ld

    data = copy.deepcopy(sheet_data)
    data["event"]["title"] = "Café </script> & <b>talks</b>"
    document = sheet_document(Briefing.model_validate(data))
    script = json_ld(document)
    inner = script.removeprefix('<script type="application/ld+json">\n').removesuffix(
        "\n</script>\n"
    )
    assert "Café \\u003c/script\\u003e \\u0026 \\u003cb\\u003etalks" in inner
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner)["name"] == data["event"]["title"]
    assert json_ld(Document("A citation", "2031-01-01", (), ())) == ""
