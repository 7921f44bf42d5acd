"""Views rendered to plain text at fixed widths, compared with golden files byte for byte.

Regenerate after an intended change with: AIMEETING_UPDATE_GOLDEN=1 pytest tests/test_views.py
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from aimeeting.load import load_briefing
from aimeeting.render.console import render_text
from aimeeting.render.markdown import render_markdown
from aimeeting.render.views import ViewContext, render_facts
from tests.conftest import DATA

GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = dt.date(2026, 11, 24)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("AIMEETING_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [80, 40])
def test_plain_fact_sheet_matches_golden(width: int) -> None:
    briefing = load_briefing(None).briefing
    text = render_text(render_facts(ViewContext(briefing, plain=True, today=TODAY)), width)
    # Every line fits, but for URLs: they are never wrapped, so they can be copied whole.
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("https://")]
    assert max(len(line.rstrip()) for line in lines) <= width
    assert (
        "    https://www.nippon.com/en/news/yjj2026021900997/japan-to-host-ministerial-meeting-on-ai-use-in-march.html\n"
        in text
    )
    check_golden(f"facts-plain-{width}.txt", text)


def test_boxed_fact_sheet_matches_golden_at_80() -> None:
    briefing = load_briefing(None).briefing
    text = render_text(
        render_facts(ViewContext(briefing, plain=False, today=TODAY)), 80, plain=False
    )
    assert "╭" in text
    check_golden("facts-boxed-80.txt", text)


def test_other_event_markdown_matches_golden() -> None:
    briefing = load_briefing(DATA / "other-event.json").briefing
    check_golden("other-event.md", render_markdown(briefing))


def test_markup_and_emoji_codes_in_data_print_literally() -> None:
    briefing = load_briefing(DATA / "other-event.json").briefing
    event = briefing.event.model_copy(
        update={"title": "[bold red]x[/] [link=https://evil.example]y[/link] :smile: [/]"}
    )
    hostile = briefing.model_copy(update={"event": event})
    for plain in (True, False):
        text = render_text(
            render_facts(ViewContext(hostile, plain=plain, today=TODAY)), 200, plain=plain
        )
        assert "[bold red]x[/] [link=https://evil.example]y[/link] :smile: [/]" in text


def test_styles_cover_only_their_own_words() -> None:
    from rich.console import Console

    briefing = load_briefing(None).briefing
    console = Console(width=100, force_terminal=True, color_system="standard", _environ={})
    with console.capture() as capture:
        console.print(render_facts(ViewContext(briefing, plain=True, today=TODAY)))
    out = capture.get()
    bold = "\x1b[1m"
    # The answer and the source's publisher follow bold text but are not bold themselves.
    assert f"{bold}A: " not in out and "A: Japan hosted it in Tokyo" in out
    assert f"{bold} \u2014 Jiji Press" not in out
    assert "\x1b[1m\x1b[36m" not in out.split("SOURCES")[1].split("\n")[1]
