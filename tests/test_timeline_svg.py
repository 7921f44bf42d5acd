"""The picture of the timeline: valid XML that a browser lays out without one label on top
of another or of a mark, that tells planned from past and exact from approximate, and that
says everything it shows in words."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aimeeting.briefing.load import load_briefing
from aimeeting.document import Document, Entry, Period, Section
from aimeeting.writers.timeline import (
    MARGIN,
    WIDTH,
    text_width,
    timeline_svg,
    timeline_svg_parts,
    wrap,
)
from tests.browser import CHROMIUM, chromium
from tests.conftest import EVENT, sheet_document
from tests.test_views import check_golden

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def fixture_document() -> Document:
    document: Document = sheet_document(load_briefing(EVENT), "timeline")
    return document


@pytest.fixture(scope="module")
def picture(fixture_document: Document) -> str:
    return timeline_svg(fixture_document)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def classes(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


def marks(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if "tl-mark" in classes(g)]


def mark(root: ET.Element, ident: str) -> ET.Element:
    (found,) = [g for g in marks(root) if g.get("data-id") == ident]
    return found


def visible_text(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


# ---------------------------------------------------------------- synthetic documents


def period(
    first: str,
    last: str | None = None,
    *,
    qualifier: str = "exact",
    status: str = "happened",
    exact: bool | None = None,
    event: bool = False,
) -> Period:
    start = dt.date.fromisoformat(first)
    end = dt.date.fromisoformat(last) if last else start
    is_exact = qualifier == "exact" if exact is None else exact
    return Period(start, end, is_exact, qualifier, status, event)


def entry(ident: str, label: str, title: str, when: Period | None) -> Entry:
    return Entry(ident, label, title, "", (), (), period=when)


def document(*entries: Entry, title: str = "A meeting", checked: str = "2030-06-01") -> Document:
    section = Section("timeline", "Timeline", "table", ("Date", "Milestone"), tuple(entries))
    return Document(title, checked, (section,), ())


def crowded() -> Document:
    """Every kind of date and status, items on the same day, long and hostile titles."""
    long_title = "A very long title " + "that keeps going and going " * 6
    hostile = "Founded & <chartered> \"quoted\" 'too'"
    return document(
        entry("a", "2028", hostile, period("2028-01-01", "2028-12-31", exact=False)),
        entry("b", "About March 2029", "Approximate month",
              period("2029-03-01", "2029-03-31", qualifier="about")),
        entry("c", "About 2 June 2029", "Approximate day", period("2029-06-02", qualifier="about")),
        entry("d", "Before 1 July 2029", "Open before", period("2029-07-01", qualifier="before")),
        entry("e", "By August 2029", "Open by",
              period("2029-08-01", "2029-08-31", qualifier="by")),
        entry("f", "After 3 August 2029", "Open after", period("2029-08-03", qualifier="after")),
        entry("g", "3 August 2029", "Same day one", period("2029-08-03")),
        entry("h", "3 August 2029", "Same day two", period("2029-08-03")),
        entry("i", "3–5 August 2029", long_title, period("2029-08-03", "2029-08-05", event=True)),
        entry("j", "Date not given", "No date & no place", None),
        entry("k", "September 2029", "Postponed month",
              period("2029-09-01", "2029-09-30", status="postponed", exact=False)),
        entry("l", "4 October 2029", "Cancelled day", period("2029-10-04", status="cancelled")),
        entry("m", "About 2030", "Planned, about a year",
              period("2030-01-01", "2030-12-31", qualifier="about", status="planned")),
        entry("n", "12 December 2030", "東京で開かれる閣僚会合の次回会合",
              period("2030-12-12", status="planned")),
        entry("o", "2031", "W" * 80,
              period("2031-01-01", "2031-12-31", status="planned", exact=False)),
        title='Meeting of <Ministers> & "Friends"',
    )  # fmt: skip


def short() -> Document:
    """A few weeks: the ticks are months."""
    return document(
        entry("a", "2 March 2030", "Opening", period("2030-03-02")),
        entry("b", "20–22 April 2030", "Meeting", period("2030-04-20", "2030-04-22", event=True)),
        entry("c", "About May 2030", "Report",
              period("2030-05-01", "2030-05-31", qualifier="about", status="planned")),
    )  # fmt: skip


# ---------------------------------------------------------------- the picture itself


def test_the_picture_is_well_formed_xml_with_a_text_alternative(picture: str) -> None:
    root = parse(picture)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and desc is not None
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("aria-describedby") == desc.get("id")
    assert title.text == "Timeline: Third Ministerial Meeting of the Orrindale Compact on Open Data"
    assert root.get("width") == "100%" and re.fullmatch(r"0 0 420 [0-9.]+", root.get("viewBox", ""))
    assert not picture.startswith("<?xml")  # it can go inside an HTML page as it is


def test_one_mark_per_dated_entry_and_none_for_an_undated_one(
    picture: str, fixture_document: Document
) -> None:
    root = parse(picture)
    (section,) = fixture_document.sections
    dated = [e.id for e in section.entries if e.period is not None]
    assert [g.get("data-id") for g in marks(root)] == dated
    assert "tl-drafting" not in dated
    shown = " ".join(visible_text(root))
    assert "Date not given, so not drawn: Working group starts drafting the charter [4]." in shown


def test_planned_marks_are_hollow_and_dashed_and_past_ones_filled(picture: str) -> None:
    root = parse(picture)
    happened = mark(root, "tl-second-meeting")
    planned = mark(root, "tl-expert-workshop")
    assert {"tl-happened", "tl-day"} <= classes(happened)
    assert {"tl-planned", "tl-day"} <= classes(planned)
    (dot,) = happened.iter(f"{SVG}circle")
    (hollow,) = planned.iter(f"{SVG}circle")
    assert dot.get("fill") != hollow.get("fill") == "#fdfdfb"  # the background: hollow
    assert hollow.get("stroke-dasharray") and not dot.get("stroke-dasharray")
    # Not by colour alone, and said in words too.
    text = visible_text(root)
    assert "6 May 2031 · planned" in text and "March 2032 · planned" in text
    assert "8–9 May 2029" in text


def test_postponed_and_cancelled_marks_are_crossed_out(picture: str) -> None:
    root = parse(picture)
    for ident, status in (("tl-original-date", "postponed"), ("tl-consultation", "cancelled")):
        g = mark(root, ident)
        assert f"tl-{status}" in classes(g)
        assert len(list(g.iter(f"{SVG}line"))) >= 2 + 2  # two end caps and the cross
        assert all(r.get("fill") == "#fdfdfb" for r in g.iter(f"{SVG}rect"))  # hollow
    assert "November 2030 · postponed" in visible_text(root)
    assert "January 2031 · cancelled" in visible_text(root)


def test_the_event_is_marked_distinctly(picture: str) -> None:
    root = parse(picture)
    event = [g for g in marks(root) if "tl-event" in classes(g)]
    assert [g.get("data-id") for g in event] == ["tl-meeting"]
    assert len(list(event[0].iter(f"{SVG}circle"))) == 2  # the dot and a ring round it
    assert "14–16 April 2031 · this event" in visible_text(root)
    bold = [t for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert ["".join(t.itertext()) for t in bold] == [
        "Third ministerial meeting held [1]",
        "Sources",
    ]


def test_partial_and_approximate_dates_are_spans_and_exact_days_points(picture: str) -> None:
    root = parse(picture)
    kinds = {g.get("data-id"): classes(g) for g in marks(root)}
    expected = {
        "tl-founding": "tl-span",  # a year: a bar over its days
        "tl-first-meeting": "tl-about",  # about a month: soft ends
        "tl-second-meeting": "tl-day",
        "tl-host-chosen": "tl-by",  # open to the left
        "tl-registration": "tl-before",
        "tl-meeting": "tl-day",
        "tl-charter-text": "tl-after",  # open to the right
        "tl-fourth-meeting": "tl-span",
    }
    for ident, kind in expected.items():
        assert kind in kinds[ident], ident
    # A year's bar is as wide as the year on the axis; a day is a dot.
    year = mark(root, "tl-founding").find(f"{SVG}rect")
    assert year is not None and float(year.get("width", 0)) > 50
    assert mark(root, "tl-second-meeting").find(f"{SVG}rect") is None
    # Soft and open ends fade out through a mask; hard ends have a cap.
    for ident in ("tl-first-meeting", "tl-host-chosen", "tl-registration", "tl-charter-text"):
        (bar,) = [r for r in mark(root, ident).iter(f"{SVG}rect") if r.get("mask")]
        mask_id = bar.get("mask", "")[len("url(#") : -1]
        assert root.find(f".//{SVG}mask[@id='{mask_id}']") is not None


def test_open_spans_end_and_start_at_their_date(picture: str) -> None:
    root = parse(picture)

    def bar_and_cap(ident: str) -> tuple[float, float, float]:
        g = mark(root, ident)
        (bar,) = [r for r in g.iter(f"{SVG}rect") if r.get("mask")]
        (cap,) = g.iter(f"{SVG}line")
        x = float(bar.get("x", 0))
        return x, x + float(bar.get("width", 0)), float(cap.get("x1", 0))

    left, right, cap = bar_and_cap("tl-registration")  # before 1 April 2031
    assert right == pytest.approx(cap) and left < cap
    left, right, cap = bar_and_cap("tl-charter-text")  # after 16 April 2031
    assert left == pytest.approx(cap) and right > cap
    # The event (14-16 April) lies between the two.
    centres = {float(c.get("cx", 0)) for c in mark(root, "tl-meeting").iter(f"{SVG}circle")}
    (centre,) = centres  # the dot and its ring
    assert bar_and_cap("tl-registration")[2] < centre < cap


def test_the_text_alternative_lists_every_item_with_its_date_title_and_status(
    picture: str,
) -> None:
    desc = parse(picture).find(f"{SVG}desc")
    assert desc is not None and desc.text
    words = desc.text
    for said in (
        "About November 2027: First ministerial meeting [4] (happened)",
        "November 2030: Meeting first planned for November 2030 [9] (postponed",
        "January 2031: Public consultation on the draft charter [9] (cancelled",
        "14–16 April 2031: Third ministerial meeting held [1] (happened; the event this sheet "
        "is about)",
        "6 May 2031: Expert workshop on the funding pool [1] (planned, not reported as having "
        "happened).",
        "Date not given: Working group starts drafting the charter [4].",
        "Facts checked 20 May 2031",
    ):
        assert said in words
    assert words.index("Compact founded") < words.index("Fourth ministerial meeting")


def test_no_script_no_handler_no_link_no_web_font(picture: str) -> None:
    for svg in (picture, timeline_svg(crowded())):
        root = parse(svg)
        for element in root.iter():
            tag = element.tag.rpartition("}")[2]
            assert tag not in ("script", "foreignObject", "image", "a", "use", "iframe")
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), name
                assert "href" not in name.lower(), name
                assert "http" not in value or name == "xmlns", (name, value)
        assert "@import" not in svg and "@font-face" not in svg and "url(http" not in svg
        families = set(re.findall(r'font-family="([^"]*)"', svg))
        assert families == {"sans-serif"}
        assert re.findall(r"url\(([^)]*)\)", svg) == [
            u for u in re.findall(r"url\(([^)]*)\)", svg) if u.startswith("#")
        ]


def test_every_text_is_escaped(tmp_path: Path) -> None:
    svg = timeline_svg(crowded())
    root = parse(svg)
    text = visible_text(root)
    assert "Founded & <chartered> \"quoted\" 'too'" in text
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == 'Timeline: Meeting of <Ministers> & "Friends"'
    # Characters XML forbids are shown, not passed through.
    hostile = document(entry("x", "1 May 2030", "bell\x07 and \ufffe", period("2030-05-01")))
    assert "bell\\x07 and \\ufffe" in visible_text(parse(timeline_svg(hostile)))


def test_ids_are_unique_and_differ_between_pictures_so_two_can_share_a_page(
    picture: str,
) -> None:
    def ids(svg: str) -> list[str]:
        return [str(e.get("id")) for e in parse(svg).iter() if e.get("id")]

    mine, other = ids(picture), ids(timeline_svg(crowded()))
    assert len(mine) == len(set(mine)) and not set(mine) & set(other)
    prefix = mine[0].removesuffix("title")
    assert prefix.startswith("aimeeting-timeline-") and all(i.startswith(prefix) for i in mine)
    referenced = re.findall(r'url\(#([^)]*)\)|aria-\w+by="([^"]*)"', picture)
    assert {a or b for a, b in referenced} <= set(mine)
    given = ids(timeline_svg(crowded(), ids="host-7-"))
    assert given and all(i.startswith("host-7-") for i in given)
    with pytest.raises(ValueError):
        timeline_svg(crowded(), ids='x" onload="')


def test_the_same_document_gives_the_same_bytes(fixture_document: Document) -> None:
    first = timeline_svg(fixture_document)
    assert timeline_svg(fixture_document) == first
    assert "".join(timeline_svg_parts(fixture_document)) == first
    again = sheet_document(load_briefing(EVENT), "timeline")
    assert timeline_svg(again) == first


def test_colours_are_for_light_and_dark_and_print(picture: str) -> None:
    assert "@media screen and (prefers-color-scheme: dark)" in picture
    root = parse(picture)
    # Every rule is scoped to the picture: an SVG's style inside an HTML page is global.
    (style,) = root.iter(f"{SVG}style")
    rules = re.findall(
        r"([^{}]+)\{[^{}]*\}",
        (style.text or "").replace("@media screen and (prefers-color-scheme: dark){", ""),
    )
    assert rules and all(r.strip().startswith(".aimeeting-timeline") for r in rules)
    # The light colours are attributes, so the picture is right without CSS and in print.
    background = root.find(f"{SVG}rect")
    assert background is not None and background.get("fill") == "#fdfdfb"


def test_ticks_are_years_over_years_and_months_over_months(picture: str) -> None:
    ticks = [t for t in parse(picture).iter(f"{SVG}text") if "tl-tick" in classes(t)]
    years = ["".join(t.itertext()) for t in ticks]
    assert years[: len(years) // 2] == ["2027", "2028", "2029", "2030", "2031", "2032"]
    months = [
        "".join(t.itertext())
        for t in parse(timeline_svg(short())).iter(f"{SVG}text")
        if "tl-tick" in classes(t)
    ]
    assert months[: len(months) // 2] == ["Mar 2030", "Apr", "May", "Jun"]  # soft end in June


def test_an_empty_timeline_still_makes_a_picture() -> None:
    for doc in (document(), document(entry("x", "Date not given", "Undated", None))):
        root = parse(timeline_svg(doc))
        assert marks(root) == []
        assert "No dated items to draw." in visible_text(root)
    no_section = Document("A meeting", "2030-01-01", (), ())
    assert marks(parse(timeline_svg(no_section))) == []


def test_titles_wrap_to_two_lines_and_end_in_an_ellipsis() -> None:
    lines = wrap("one two three four five six seven eight nine ten", 10, 60, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(line, 10) <= 60 for line in lines)
    assert wrap("short", 10, 60, 2) == ["short"]
    assert wrap("x" * 40, 10, 60, 2)[0] == "x" * len(wrap("x" * 40, 10, 60, 2)[0])  # cut a word


def test_a_long_title_and_its_caveats_are_drawn_whole() -> None:
    """Nothing a reader is told may be cut off: the title wraps as far as it needs, and
    each caveat follows under it."""
    title = "A very long title " + " ".join(f"word{n}" for n in range(60))
    caveat = "Inferred, not stated by a source: " + " ".join(f"why{n}" for n in range(40))
    item = Entry("x", "1 May 2030", title, "", (caveat,), (2,), period=period("2030-05-01"))
    shown = " ".join(visible_text(parse(timeline_svg(document(item)))))
    assert f"{title} [2]" in shown and f"({caveat})" in shown


def test_the_fixture_picture_is_as_reviewed(picture: str) -> None:
    """The picture, byte for byte (AIMEETING_UPDATE_GOLDEN=1 rewrites it after a change
    that a person has looked at in a browser)."""
    check_golden("timeline-picture.svg", picture)


def test_dates_at_the_ends_of_the_calendar() -> None:
    doc = document(
        entry("a", "1", "First", period("0001-01-01", "0001-12-31", exact=False)),
        entry("b", "After 31 December 9999", "Last", period("9999-12-31", qualifier="after")),
    )
    root = parse(timeline_svg(doc))
    assert len(marks(root)) == 2
    ticks = [t for t in root.iter(f"{SVG}text") if "tl-tick" in classes(t)]
    assert ticks and all("".join(t.itertext()).isdigit() for t in ticks)


STATUSES = ("happened", "planned", "postponed", "cancelled")
QUALIFIERS = ("exact", "about", "by", "before", "after")


@st.composite
def periods(draw: st.DrawFn) -> Period:
    first = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
    days = draw(st.sampled_from([0, 0, 1, 2, 29, 30, 364, 3000]))
    last = min(first + dt.timedelta(days=days), dt.date(9999, 12, 31)) if days else first
    qualifier = draw(st.sampled_from(QUALIFIERS))
    return Period(
        first,
        last,
        qualifier == "exact" and draw(st.booleans()),
        qualifier,
        draw(st.sampled_from(STATUSES)),
        draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=30), st.text(max_size=120), st.none() | periods()),
        max_size=12,
    )
)
def test_any_timeline_is_valid_xml_with_every_mark_and_label_inside(
    items: list[tuple[str, str, Period | None]],
) -> None:
    doc = document(*(entry(f"id-{n}", lbl, title, p) for n, (lbl, title, p) in enumerate(items)))
    root = parse(timeline_svg(doc))
    assert len(marks(root)) == sum(p is not None for _, _, p in items)
    for g in marks(root):
        for element in g.iter():
            for name in ("x", "cx", "x1", "x2"):
                if name in element.attrib:
                    assert 0 <= float(element.attrib[name]) <= WIDTH, ET.tostring(element)
    for text in root.iter(f"{SVG}text"):
        if "tl-label" in classes(text):
            x, words = float(text.get("x", 0)), "".join(text.itertext())
            size, bold = float(text.get("font-size", 0)), text.get("font-weight") == "bold"
            assert x >= MARGIN - 0.01 and x + text_width(words, size, bold) <= WIDTH - MARGIN + 0.01


# ---------------------------------------------------------------- in a real browser


MEASURE = """
var svg = document.querySelector('svg');
function box(e) { var b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; }
var out = {
  viewport: window.innerWidth,
  svg: box(svg),
  texts: Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {
    return {cls: t.getAttribute('class'), text: t.textContent, box: box(t),
            length: t.getComputedTextLength(), size: parseFloat(t.getAttribute('font-size')),
            bold: t.getAttribute('font-weight') === 'bold'};
  }),
  marks: Array.prototype.map.call(svg.querySelectorAll('.tl-mark'), function (g) {
    return {id: g.getAttribute('data-id'), box: box(g)};
  })
};
parent.document.getElementById(NAME).textContent = JSON.stringify(out);
"""


def browser_layouts(cases: Sequence[tuple[str, str, int]], tmp_path: Path) -> dict[str, Any]:
    """Each picture laid out by headless Chromium in a frame of the given width, and the
    boxes of its texts and marks read by a script in the test page (the picture has none).

    Headless Chromium will not make a window narrower than 500 px, so each picture goes
    into an iframe of the width wanted, all in one page, for one browser start.
    """
    frames = []
    for name, svg, width in cases:
        script = MEASURE.replace("NAME", json.dumps(f"out-{name}"))
        inner = (
            '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width"><style>html,body{margin:0;overflow:hidden}</style>'
            f"</head><body>{svg}<script>{script}</script></body></html>"
        )
        frames.append(
            f'<iframe style="display:block;width:{width}px;height:4000px;border:0" '
            f'srcdoc="{html.escape(inner, quote=True)}"></iframe><pre id="out-{name}"></pre>'
        )
    page = tmp_path / "layouts.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>layouts</title></head>'
        f'<body style="margin:0">{"".join(frames)}</body></html>',
        encoding="utf-8",
    )
    dom = chromium(page, tmp_path / "profile", "--window-size=1300,1000", "--dump-dom")
    found = dict(re.findall(r'<pre id="out-([^"]+)">([^<]*)</pre>', dom))
    assert set(found) == {name for name, _, _ in cases}, dom[-2000:]
    return {name: json.loads(html.unescape(text)) for name, text in found.items()}


Box = Sequence[float]


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes share any area (touching edges do not count)."""
    slack = 0.01
    return (
        a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack
    )


def pairs(items: Sequence[Any]) -> Iterator[tuple[Any, Any]]:
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            yield first, second


WIDTHS = (390, 1200)
MAX_WIDTH = 544  # the picture's max-width, 34rem


@pytest.fixture(scope="module")
def layouts(fixture_document: Document, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: label layout is checked in a real browser")
    documents = {"fixture": fixture_document, "crowded": crowded(), "short": short()}
    cases = [
        (f"{name}-{width}", timeline_svg(doc), width)
        for name, doc in documents.items()
        for width in WIDTHS
    ]
    # Embedded in a page whose own rules restyle every element: the labels keep their font.
    cases += [(f"hosted-{width}", HOST_RULES + timeline_svg(crowded()), width) for width in WIDTHS]
    return browser_layouts(cases, tmp_path_factory.mktemp("chromium"))


HOST_RULES = (
    '<style>*{font-size:17px;font-family:"Courier New",monospace;font-weight:bold;'
    "letter-spacing:2px;word-spacing:6px}</style>"
)
CASES = [
    f"{name}-{width}" for name in ("fixture", "crowded", "short", "hosted") for width in WIDTHS
]


@pytest.mark.parametrize("case", CASES)
def test_no_two_labels_overlap_in_a_browser(layouts: dict[str, Any], case: str) -> None:
    layout = layouts[case]
    texts = layout["texts"]
    assert len(texts) > 10
    clashes = [(a["text"], b["text"]) for a, b in pairs(texts) if overlap(a["box"], b["box"])]
    assert clashes == []


@pytest.mark.parametrize("case", CASES)
def test_no_label_overlaps_a_mark_in_a_browser(layouts: dict[str, Any], case: str) -> None:
    layout = layouts[case]
    labels = [t for t in layout["texts"] if "tl-label" in t["cls"]]
    assert labels and layout["marks"]
    clashes = [
        (t["text"], m["id"]) for t in labels for m in layout["marks"] if overlap(t["box"], m["box"])
    ]
    assert clashes == []


@pytest.mark.parametrize("case", CASES)
def test_everything_stays_inside_the_picture_in_a_browser(
    layouts: dict[str, Any], case: str
) -> None:
    layout = layouts[case]
    left, top, right, bottom = layout["svg"]
    width = int(case.rpartition("-")[2])
    if not case.startswith("hosted"):  # a host's root font size sets 34rem
        assert right - left == pytest.approx(min(width, MAX_WIDTH), abs=0.5)
    outside = [
        item.get("text") or item.get("id")
        for item in layout["texts"] + layout["marks"]
        if not (
            left - 0.01 <= item["box"][0]
            and item["box"][2] <= right + 0.01
            and top - 0.01 <= item["box"][1]
            and item["box"][3] <= bottom + 0.01
        )
    ]
    assert outside == []


@pytest.mark.parametrize("case", CASES)
def test_text_widths_are_estimated_on_the_wide_side(layouts: dict[str, Any], case: str) -> None:
    """What the layout assumed against what the browser drew, in the picture's units."""
    narrower = [
        (t["text"], t["length"], text_width(t["text"], t["size"], t["bold"]))
        for t in layouts[case]["texts"]
        if t["length"] > text_width(t["text"], t["size"], t["bold"])
    ]
    assert narrower == []


def test_the_crowded_picture_is_as_reviewed() -> None:
    """Every kind of mark (days, spans, open ends, the event's ring, crosses) and the key,
    byte for byte; the browser tests above check the same picture for overlaps."""
    check_golden("timeline-crowded.svg", timeline_svg(crowded()))
