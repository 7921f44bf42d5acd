"""The output pipeline on fixture briefings: golden files for every section command in text,
Markdown and HTML, every caveat in every format, narrow screens, and markers never cut.

Regenerate golden files after an intended change with:
    AIMEETING_UPDATE_GOLDEN=1 pytest tests/test_views.py
and review them in the diff.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from aimeeting.briefing.load import load_briefing
from aimeeting.briefing.model import Briefing
from aimeeting.formats import Format
from aimeeting.formats import render as write
from aimeeting.output import Request, emit
from aimeeting.sections import BY_COMMAND, ITEM_SECTIONS
from aimeeting.writers.console import render_text
from aimeeting.writers.terminal import section_body, titled
from tests.conftest import DATA, EVENT, make_environment, sheet_document, style

GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = dt.date(2026, 11, 24)
COMMANDS = sorted(BY_COMMAND)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("AIMEETING_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def render(briefing: Briefing, command: str, fmt: Format, width: int = 80) -> str:
    """What `aimeeting COMMAND --format FMT` prints into a pipe COLUMNS=width wide."""
    from aimeeting.cli import sheet_view

    env, out, _ = make_environment(vars={"COLUMNS": str(width)})
    request = Request(today=TODAY, format=fmt)
    emit(sheet_view(briefing, BY_COMMAND[command], request), request, env)
    return out.getvalue().decode("utf-8")


@pytest.fixture(scope="module")
def sheet() -> Briefing:
    return load_briefing(EVENT)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("fmt", "suffix"), [(Format.text, "txt"), (Format.markdown, "md"), (Format.html, "html")]
)
def test_every_command_matches_its_golden_file(
    sheet: Briefing, command: str, fmt: Format, suffix: str
) -> None:
    check_golden(f"{command}.{suffix}", render(sheet, command, fmt))


@pytest.mark.parametrize("width", [80, 40])
def test_plain_text_fits_the_width_and_never_splits_a_word(sheet: Briefing, width: int) -> None:
    text = render(sheet, "facts", Format.text, width)
    words = set(
        re.findall(r"[A-Za-z]{3,}", " ".join(render(sheet, "facts", Format.text, 400).split()))
    )
    for line in text.splitlines():
        if line.lstrip().startswith("http"):
            continue  # URLs are never wrapped, so they can be copied whole
        assert len(line) <= width, line
        assert line == line.rstrip()
    # A word split over two lines would leave fragments that are not words of the sheet.
    fragments = set(re.findall(r"[A-Za-z]{3,}", text)) - words
    assert fragments == set()


def test_narrow_output_is_at_most_about_twice_as_long(sheet: Briefing) -> None:
    wide = render(sheet, "facts", Format.text, 80).count("\n")
    narrow = render(sheet, "facts", Format.text, 40).count("\n")
    assert narrow <= 2.2 * wide


def test_narrow_tables_become_stacked_records(sheet: Briefing) -> None:
    text = render(sheet, "timeline", Format.text, 40)
    assert "Milestone" not in text  # no table header
    assert "\n8–9 May 2029\nSecond ministerial meeting in Port\nLunelle\n" in text


@pytest.mark.parametrize("plain", [True, False])
def test_a_table_whose_text_column_would_be_squeezed_becomes_records(
    sheet_data: dict[str, Any], plain: bool
) -> None:
    """Wide labels and many markers leave less room than the screen suggests: below
    MIN_TEXT_WIDTH for the text, the section stacks, whatever the screen's width."""
    data = copy.deepcopy(sheet_data)
    data["people"][0]["name"] = "An Unusually Long Name For Testing"  # capped at 30 cells
    data["people"][0]["sources"] = [s["id"] for s in data["sources"][:4]]
    briefing = Briefing.model_validate(data)
    document = sheet_document(briefing, "people")
    [section] = document.sections

    def shown(width: int) -> str:
        return render_text(
            titled(section.title, section_body(section, plain, width), plain), style(width, plain)
        )

    narrow = [line.strip(" \u2502") for line in shown(48).splitlines()]
    assert "Src" not in "\n".join(narrow)  # the text column would have been under 24
    assert "An Unusually Long Name For Testing" in narrow  # the label on its own line
    assert "Src" in shown(120)


def _every_item_with_a_note(data: dict[str, Any]) -> dict[str, Any]:
    """The fixture with a distinct note on every item of every section (and the event)."""
    data = copy.deepcopy(data)
    data["event"]["note"] = "CAVEAT-event"
    for key in ITEM_SECTIONS:
        for index, item in enumerate(data[key]):
            item["note"] = f"CAVEAT-{key.replace('_', '')}-{index}"  # no Markdown escapes
    data["timeline"][0]["inferred"] = True
    return data


def _notes(data: dict[str, Any]) -> list[str]:
    keys = ITEM_SECTIONS
    return ["CAVEAT-event"] + [item["note"] for key in keys for item in data[key]]


@pytest.mark.parametrize("fmt", [Format.text, Format.markdown, Format.html])
def test_every_caveat_reaches_every_format(sheet_data: dict[str, Any], fmt: Format) -> None:
    data = _every_item_with_a_note(sheet_data)
    briefing = Briefing.model_validate(data)
    out = render(briefing, "facts", fmt, 100)
    missing = [note for note in _notes(data) if note not in out]
    assert missing == []
    assert "Inferred, not stated by a source: CAVEAT-timeline-0" in out


def test_every_caveat_reaches_the_svg_export(sheet_data: dict[str, Any]) -> None:
    data = _every_item_with_a_note(sheet_data)
    briefing = Briefing.model_validate(data)
    svg = write("terminal-svg", sheet_document(briefing))
    text = re.sub(r"&#160;|\u00a0", " ", svg)
    missing = [note for note in _notes(data) if note not in text]
    assert missing == []


def test_svg_keeps_every_url_whole(sheet: Briefing) -> None:
    svg = write("terminal-svg", sheet_document(sheet))
    for source in sheet.sources:
        assert html.escape(source.url) in svg


@pytest.mark.parametrize("rows", [3, 150])
def test_many_markers_are_never_cut_and_never_hide_the_text(
    sheet_data: dict[str, Any], rows: int
) -> None:
    data = copy.deepcopy(sheet_data)
    extra = [
        {"id": f"src-{n}", "title": f"Source {n}", "publisher": "P", "url": f"https://e.org/{n}"}
        for n in range(40)
    ]
    data["sources"] += extra
    fact = {
        "id": "kf-many",
        "label": "Many",
        "value": "A fact with forty sources",
        "sources": [s["id"] for s in extra],
    }
    data["key_facts"] = [dict(fact, id=f"kf-many-{i}") for i in range(rows)]
    briefing = Briefing.model_validate(data)
    for width in (80, 120):
        text = render(briefing, "summary", Format.text, width)
        assert text.count("A fact with forty sources") == rows
        numbers = re.findall(r"\[(\d+)\]", text.split("SOURCES")[0].split("KEY FACTS")[1])
        assert len(numbers) == rows * 40  # every marker whole: none cut, none lost


_CUT_MARKER = re.compile(r"\[\d*$|^\d*\]")


@pytest.mark.parametrize("plain", [True, False])
def test_markers_break_only_between_markers_in_every_layout(
    sheet_data: dict[str, Any], plain: bool
) -> None:
    """Inline markers too (event fields, summary, quotes, stacked records), not only the
    tables' Src column: a run longer than the line breaks between markers."""
    data = copy.deepcopy(sheet_data)
    extra = [
        {"id": f"src-{n}", "title": f"Source {n}", "publisher": "P", "url": f"https://e.org/{n}"}
        for n in range(40)
    ]
    data["sources"] += extra
    for item in [data["event"], data["summary"]] + [
        item for key in ITEM_SECTIONS for item in data[key]
    ]:
        item["sources"] = item["sources"] + [s["id"] for s in extra]
    briefing = Briefing.model_validate(data)
    document = sheet_document(briefing)
    cited = sum(len(entry.refs) for section in document.sections for entry in section.entries)
    for width in (40, 63, 64, 80, 120):
        pieces = [
            render_text(titled(s.title, section_body(s, plain, width), plain), style(width, plain))
            for s in document.sections
        ]
        lines = [line.strip(" \u2502") for line in "".join(pieces).splitlines()]
        assert [line for line in lines if _CUT_MARKER.search(line)] == [], width
        assert len(re.findall(r"\[\d+\]", "\n".join(lines))) == cited, width


HOSTILE_TITLE = "[bold red]x[/] [link=https://evil.example]y[/link] :smile: [/]"


@pytest.mark.parametrize("fmt", [Format.text, Format.markdown, Format.html])
def test_markup_and_emoji_codes_in_data_print_literally(fmt: Format) -> None:
    briefing = load_briefing(DATA / "other-event.json")
    event = briefing.event.model_copy(update={"title": HOSTILE_TITLE})
    out = render(briefing.model_copy(update={"event": event}), "facts", fmt, 200)
    if fmt is Format.text:
        assert HOSTILE_TITLE in out
    elif fmt is Format.markdown:
        assert "\\[bold red\\]x\\[/\\]" in out
    else:
        assert "[bold red]x[/] [link=https://evil.example]y[/link]" in out
        assert '<a href="https://evil.example' not in out


def test_html_escapes_everything_from_the_data() -> None:
    briefing = load_briefing(DATA / "other-event.json")
    event = briefing.event.model_copy(update={"title": '<script>alert("x")</script> & co'})
    out = render(briefing.model_copy(update={"event": event}), "facts", Format.html)
    assert (
        "<script>" not in out
        and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in out
    )


def _ids_with_notes(data: dict[str, Any]) -> list[tuple[str, str]]:
    keys = ITEM_SECTIONS
    return [(item["id"], item["note"]) for key in keys for item in data[key]]


def test_every_caveat_reaches_cite_search_and_quotes_plain(
    sheet_data: dict[str, Any], tmp_path: Path
) -> None:
    from tests.conftest import run_cli

    data = _every_item_with_a_note(sheet_data)
    path = tmp_path / "noted.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    def run(*args: str) -> str:
        result = run_cli("--briefing", str(path), *args)
        assert result.exit_code == 0, result.stderr
        return result.stdout

    for item_id, note in _ids_with_notes(data):
        assert note in run("cite", item_id), item_id
        assert note in run("cite", item_id, "--format", "markdown"), item_id
        assert note in " ".join(run("search", note).split()), item_id
        assert any(
            note in c for c in json.loads(run("cite", item_id, "--format", "json"))["caveats"]
        )
    plain = run("quotes", "--plain")
    for item_id, note in _ids_with_notes(data):
        if item_id.startswith("q-"):
            assert note in plain
    # Who translated: said for each translated quote, and only for those.
    translated = [q for q in data["quotes"] if q.get("translated_by")]
    assert plain.count("Translated from ") == len(translated) == 3
    assert plain.count(", the cited source.") == 1 and plain.count("by the briefing's author.") == 1
    assert plain.count("by Agence Lunelle-Presse.") == 1  # a translator named by the author
    hit = json.loads(run("search", "CAVEAT-quotes-3", "--json"))[0]
    assert any(c.startswith("Translated from Japanese") for c in hit["caveats"])


@pytest.mark.parametrize("fmt", [Format.text, Format.markdown, Format.html])
def test_an_empty_section_says_so_instead_of_an_empty_table(sheet: Briefing, fmt: Format) -> None:
    out = render(sheet.model_copy(update={"challenges": []}), "challenges", fmt)
    assert "None in this briefing." in out
    assert "Src" not in out


def test_from_the_width_where_tables_start_their_text_column_is_never_squeezed() -> None:
    """Tables are drawn from STACK_BELOW cells on: even with the widest label column and
    the most markers, the text keeps MIN_TEXT_WIDTH cells there (so no writer needs a
    fallback for a squeezed table at those widths)."""
    from aimeeting.writers.layout import (
        LABEL_CAP,
        MIN_TEXT_WIDTH,
        PLAIN_GAP,
        SRC_CAP,
        STACK_BELOW,
        flexible_width,
        label_share,
    )

    for width in range(STACK_BELOW, STACK_BELOW + 200):
        labels = label_share(LABEL_CAP, width)
        assert flexible_width([labels, None, SRC_CAP], PLAIN_GAP, width) >= MIN_TEXT_WIDTH
