"""Paste anywhere: Markdown that real renderers resolve with raw HTML off, an HTML fragment
that neither restyles a host page nor clashes with another fragment (in Chromium), the
fact box, ids, citing by words, no relative time in anything meant for publishing, the
page's schema.org data, and exports that reference nothing on the network."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt

from tests.browser import chromium, needs_chromium
from tests.conftest import EVENT, Result

NS = "{http://www.w3.org/1999/xhtml}"
COMMANDS = ["facts", "summary", "timeline", "quotes", "sources"]

# ---------------------------------------------------------------- Markdown


def markers(markdown: str) -> list[str]:
    return re.findall(r"\[\\\[(\d+)\\\]\]\[source-\d+\]", markdown)


@pytest.mark.parametrize("command", COMMANDS)
def test_markdown_resolves_every_reference_with_raw_html_off(
    cli: Callable[..., Result], command: str
) -> None:
    out = cli(command, "--format", "markdown").stdout
    page = MarkdownIt("commonmark", {"html": False}).render(out)
    assert "&lt;a " not in page and "&lt;" not in page.replace("&lt;5 %", "")  # no tag as text
    assert "][source-" not in html.unescape(page)  # every reference resolved to a link
    sources = {s["id"]: s for s in json.loads(cli("facts", "--json").stdout)["sources"]}
    hrefs = set(re.findall(r'<a href="([^"]+)"', page))
    for number in markers(out):  # each marker links to the address of its numbered source
        assert f"[{number}]" in html.unescape(page)
    assert hrefs <= {html.escape(s["url"]) for s in sources.values()} | {
        html.escape(s["archived"]["url"]) for s in sources.values() if s.get("archived")
    }


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("flavour", ["markdown", "gfm", "commonmark"])
def test_pandoc_resolves_every_reference(cli: Callable[..., Result], flavour: str) -> None:
    out = cli("facts", "--format", "markdown").stdout
    done = subprocess.run(
        ["pandoc", "-f", f"{flavour}-raw_html" if flavour != "markdown" else flavour, "-t", "html"],
        input=out,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "[source-" not in done.stdout and "&lt;a id" not in done.stdout
    assert (
        done.stdout.count('href="https://example.org/ministry/press/2031/04/16-outcome.html"') >= 3
    )


# ---------------------------------------------------------------- publishing never goes stale


@pytest.mark.parametrize("as_of", ["2031-03-01", "2031-04-15", "2031-06-01", "2040-01-01"])
@pytest.mark.parametrize(
    "args",
    [
        ["facts", "--format", "markdown"],
        ["facts", "--format", "html"],
        ["facts", "--format", "html", "--fragment"],
        ["summary", "--format", "markdown"],
        ["cite", "event"],
        ["cite", "tl-fourth-meeting", "--format", "markdown"],
        ["factbox"],
        ["factbox", "--format", "html"],
        ["quotes", "--plain"],
    ],
    ids=" ".join,
)
def test_nothing_meant_for_publishing_says_ago_or_in_n_days(
    cli: Callable[..., Result], args: list[str], as_of: str
) -> None:
    out = cli(*args, "--as-of", as_of).stdout
    assert out and not re.search(r"\bago\b|\bin \d+ days?\b|starts in", out)


def test_the_terminal_may_still_say_how_long_ago(cli: Callable[..., Result]) -> None:
    assert "held: ended 46 days ago" in " ".join(cli("summary").stdout.split())


# ---------------------------------------------------------------- the fact box


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_the_fact_box_says_the_essentials_with_their_caveats(
    cli: Callable[..., Result], fmt: str
) -> None:
    out = cli("factbox", "--format", fmt).stdout
    flat = " ".join(html.unescape(re.sub(r"<[^>]+>|\\", " ", out)).split())
    for fact in (
        "Third Ministerial Meeting of the Orrindale Compact on Open Data",
        "14–16 April 2031",
        "Harbourlight Conference Hall",
        "41 countries",
        "Kessaly Bay Charter on Open Data Stewardship (agreed)",
        "Government of Ostmarra",
    ):
        assert fact in flat, fact
    for caveat in (
        "Who chaired the ministerial sessions was not found",
        "Side events only, on the first day",
        "ministerial days; 14 April was for side events",
    ):
        assert caveat in flat, caveat
    if fmt == "text":
        facts = [line for line in out.split("SOURCES")[0].splitlines() if line[:1].isalpha()]
        assert len(facts) <= 12  # the facts themselves: a short box


def test_the_fact_box_never_states_an_unsettled_outcome(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    data = json.loads(EVENT.read_text(encoding="utf-8"))
    data["outcomes"] = [o for o in data["outcomes"] if o["status"] in ("proposed", "expected")]
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    facts = json.loads(cli("--briefing", str(path), "factbox", "--json").stdout)["facts"]
    [outcome] = [fact for fact in facts if fact["label"] == "Outcome"]
    assert outcome["text"] == "No outcome reported as of 20 May 2031"


# ---------------------------------------------------------------- ids and citing by words


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_ids_show_where_people_look(cli: Callable[..., Result], fmt: str) -> None:
    out = " ".join(cli("facts", "--ids", "--format", fmt).stdout.split())
    ids = [
        item["id"]
        for key in ("key_facts", "outcomes", "people")
        for item in json.loads(cli("facts", "--json").stdout)[key]
    ]
    assert all(f"id: {item_id}" in out for item_id in ids)
    assert "id: kf-when" not in cli("facts", "--format", fmt).stdout  # only when asked


def test_cite_takes_an_id_in_any_case_and_words_that_name_one_item(
    cli: Callable[..., Result],
) -> None:
    by_id = cli("cite", "q-opening").stdout
    assert cli("cite", "Q-OPENING").stdout == by_id
    assert cli("cite", "trust", "whoever", "looks").stdout == by_id  # one item has them all
    many = cli("cite", "charter")
    assert many.exit_code == 1 and many.stdout == ""
    assert re.search(r"\d+ items match 'charter'; cite one by its id: [a-z-]+ \(", many.stderr)


def test_cite_takes_the_words_of_one_heading_in_any_case_accents_or_composition(
    cli: Callable[..., Result],
) -> None:
    # "charter" is in many items' words, but these words are one timeline title.
    named = cli("cite", "charter", "text", "published")
    assert named.exit_code == 0 and "2031: Charter text published." in named.stdout
    # Case and accents aside, typed composed or decomposed (as macOS gives it).
    decomposed = unicodedata.normalize("NFD", "Sarvónne signs the charter")
    for typed in ("sarvonne signs", "SARVÓNNE SIGNS", decomposed):
        assert cli("cite", *typed.split()).stdout == cli("cite", "Sarvonne", "signs").stdout


def test_cite_formats_the_same_caveats_as_html(cli: Callable[..., Result]) -> None:
    out = cli("cite", "q-press-agency", "--format", "html").stdout
    tree = html5lib.parse(out)
    text = " ".join("".join(tree.itertext()).split())
    assert "Translated from French by Agence Lunelle-Presse." in text
    assert next(a.get("href") for a in tree.iter(f"{NS}a")) == (
        "https://example.com/journal/2031/04/16/donnees-ouvertes"
    )
    assert out.startswith('<div class="aimeeting" id="am-') and "<html" not in out


# ---------------------------------------------------------------- the fragment


def test_a_fragment_scopes_its_styles_and_prefixes_its_ids(cli: Callable[..., Result]) -> None:
    out = cli("facts", "--format", "html", "--fragment").stdout
    assert "<html" not in out and "<head" not in out and "<body" not in out
    style = out.split("<style>", 1)[1].split("</style>", 1)[0]
    rules = re.findall(r"(?:^|})\s*([^{}@]+?)\s*{", style)
    assert rules and all(
        all(part.strip().startswith(".aimeeting") for part in rule.split(","))
        for rule in rules
        if not rule.strip().startswith(("from", "to"))
    )
    tree = html5lib.parse(out)
    ids = [str(e.get("id")) for e in tree.iter() if e.get("id")]
    prefix = ids[0].rsplit("root", 1)[0]
    assert prefix.startswith("am-") and all(i.startswith(prefix) for i in ids)
    assert len(ids) == len(set(ids))


HOST = """<!doctype html><html><head><title>host</title><style>
body {{ color: rgb(1, 2, 3); font-family: monospace; }}
h2 {{ color: rgb(200, 0, 0); }}
.title {{ text-transform: uppercase; }}
</style></head><body>
<h2 id="host-heading">The host's own heading</h2>
<p class="title" id="source-1">The host's own element with id source-1</p>
{one}
{two}
<script>
window.onload = function () {{
  var ids = {{}}; var clash = [];
  document.querySelectorAll('[id]').forEach(function (e) {{
    if (ids[e.id]) clash.push(e.id); ids[e.id] = true; }});
  var h = getComputedStyle(document.getElementById('host-heading'));
  var t = getComputedStyle(document.querySelector('p.title'));
  var f = getComputedStyle(document.querySelector('.aimeeting h2'));
  document.title = JSON.stringify({{clash: clash, host: h.color, hostTitle: t.textTransform,
    bodyFont: getComputedStyle(document.body).fontFamily, fragmentHeading: f.fontWeight,
    fragments: document.querySelectorAll('.aimeeting').length}});
}};
</script></body></html>"""


@needs_chromium
def test_two_fragments_in_a_host_page_restyle_nothing_and_clash_with_nothing(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    one = cli("facts", "--format", "html", "--fragment").stdout
    two = cli("cite", "q-opening", "--format", "html").stdout
    page = tmp_path / "host.html"
    page.write_text(HOST.format(one=one, two=two), encoding="utf-8")
    dom = chromium(page, tmp_path / "profile", "--dump-dom")
    found = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert found, dom[:300]
    seen = json.loads(html.unescape(found.group(1)))
    assert seen["clash"] == [] and seen["fragments"] == 2
    assert seen["host"] == "rgb(200, 0, 0)" and seen["hostTitle"] == "uppercase"
    assert "monospace" in seen["bodyFont"]
    assert seen["fragmentHeading"] == "600"  # and the fragment keeps its own look


# ---------------------------------------------------------------- the page's data, offline


def test_the_page_names_the_event_as_schema_org_data(cli: Callable[..., Result]) -> None:
    page = cli("facts", "--format", "html").stdout
    tree = html5lib.parse(page)
    [script] = list(tree.iter(f"{NS}script"))
    assert script.get("type") == "application/ld+json"
    data = json.loads(script.text or "")
    assert data["@type"] == "Event" and data["@context"] == "https://schema.org"
    assert (data["startDate"], data["endDate"]) == ("2031-04-14", "2031-04-16")
    assert data["location"][0]["name"] == "Harbourlight Conference Hall"
    assert data["location"][0]["address"]["addressLocality"] == "Kessaly Bay"
    assert data["organizer"]["name"].startswith("Government of Ostmarra")


NETWORK = re.compile(
    r"""(?:url\(\s*["']?(?!#)|@import|\bsrc=|<link\b|xlink:href=|\bhref=["']https?:)""", re.I
)


def test_the_svg_export_and_the_page_load_nothing_from_the_network(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    svg = tmp_path / "x.svg"
    assert cli("facts", "--export-svg", str(svg)).exit_code == 0
    assert NETWORK.findall(svg.read_text(encoding="utf-8")) == []
    head = cli("facts", "--format", "html").stdout.split("</head>")[0]
    assert NETWORK.findall(head) == []  # links in the text are the sources; nothing loads


def test_the_page_draws_the_timeline_above_its_list(cli: Callable[..., Result]) -> None:
    tree = html5lib.parse(cli("timeline", "--format", "html").stdout, namespaceHTMLElements=False)
    [section] = [s for s in tree.iter("section") if s.find("figure") is not None]
    children = [child.tag for child in section]
    assert children[:3] == ["h2", "figure", "ul"]
    figure = section.find("figure")
    assert figure is not None and figure.get("aria-hidden") == "true"  # the list says it
    assert figure.find("{http://www.w3.org/2000/svg}svg") is not None


def test_timeline_svg_is_a_picture_that_stands_on_its_own(cli: Callable[..., Result]) -> None:
    out = cli("timeline", "--format", "svg").stdout
    assert out.startswith("<svg ") and NETWORK.findall(out) == []
    drawn = re.sub(r"<desc.*?</desc>", "", out, flags=re.S)
    assert ">Sources</text>" in drawn and "https://example.org/ministry/press/2031" in drawn


def test_cite_takes_text_like_every_command_and_plain_as_before_and_the_pager_options(
    cli: Callable[..., Result],
) -> None:
    line = cli("cite", "q-opening").stdout
    assert cli("cite", "q-opening", "--format", "text").stdout == line
    assert cli("cite", "q-opening", "--format", "plain", "--no-pager").stdout == line
    assert cli("cite", "q-opening", "--pager").exit_code == 0


def test_quotes_plain_with_ids_ends_each_line_with_its_id(cli: Callable[..., Result]) -> None:
    lines = cli("quotes", "--plain", "--ids").stdout.splitlines()
    ids = [quote["id"] for quote in json.loads(cli("quotes", "--json").stdout)]
    assert [line.rsplit("(id: ", 1)[1] for line in lines] == [f"{i})" for i in ids]
    assert "(id: " not in cli("quotes", "--plain").stdout


def test_a_citation_says_source_or_sources_as_many_as_it_cites(
    cli: Callable[..., Result],
) -> None:
    one = cli("cite", "tl-founding", "--format", "html").stdout
    two = cli("cite", "out-charter", "--format", "html").stdout
    assert ". Source: [4] <a " in one and "Sources:" not in one
    assert "Sources: [" in two


def test_a_page_of_three_sections_or_more_lists_them_first(cli: Callable[..., Result]) -> None:
    def contents(command: str) -> bool:
        return '<nav class="contents"' in cli(command, "--format", "html").stdout

    assert contents("summary")  # the event, the summary, the key facts and the sources
    assert not contents("outcomes")  # the outcomes and the sources


def test_a_timeline_without_dated_items_has_no_picture_on_the_page() -> None:
    from aimeeting.document import Document, Entry, Section
    from aimeeting.writers.html import render_html

    undated = Entry("tl-x", "Date not given", "Something happened", "", (), ())
    timeline = Section("timeline", "Timeline", "table", ("Date", "Milestone"), (undated,))
    page = render_html(Document("A meeting", "2031-01-01", (timeline,), ()))
    assert "Something happened" in page and "<svg" not in page


def test_contents_start_at_three_headings() -> None:
    from aimeeting.document import Document, Entry, Section
    from aimeeting.writers.html import render_html

    def section(key: str) -> Section:
        return Section(key, key.title(), "list", ("", key), (Entry(None, "", key, "", (), ()),))

    three = Document("A meeting", "2031-01-01", tuple(map(section, ("a", "b", "c"))), ())
    two = Document("A meeting", "2031-01-01", tuple(map(section, ("a", "b"))), ())
    assert '<nav class="contents"' in render_html(three)
    assert '<nav class="contents"' not in render_html(two)
