"""The Rich console every text writer renders with: everything from the TextStyle, nothing
from the process, and text treated as data even when it is handed over as a plain str."""

from __future__ import annotations

import pytest
from rich.panel import Panel
from rich.text import Text

from aimeeting.formats import TextStyle
from aimeeting.writers.console import data_console, render_text

COLOUR = TextStyle(60, 20, "standard", True, True)
PLAIN = TextStyle(60, 20, None, False, False)


def test_a_str_prints_as_data_not_as_markup_emoji_or_highlighting() -> None:
    words = "[bold]loud[/bold] :smile: 123 'quoted' https://example.org/a"
    shown = render_text(words, COLOUR)
    assert shown.rstrip() == words  # no markup read, no emoji, and no colours added


def test_size_colours_and_terminal_come_from_the_style_not_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in {"COLUMNS": "7", "LINES": "3", "NO_COLOR": "1", "TERM": "dumb"}.items():
        monkeypatch.setenv(name, value)
    console = data_console(COLOUR)
    assert (console.width, console.height) == (60, 20)
    assert console.is_terminal and not console.no_color
    assert "\x1b[31m" in render_text(Text("x", style="red"), COLOUR)  # whatever NO_COLOR says
    plain = data_console(PLAIN)
    assert not plain.is_terminal and plain.no_color


def test_boxes_are_drawn_in_the_characters_the_terminal_can_show() -> None:
    utf8 = render_text(Panel("x"), TextStyle(20, 10, None, True, True))
    ascii_only = render_text(Panel("x"), TextStyle(20, 10, None, True, True, "ascii"))
    assert "\u256d" in utf8 or "\u250c" in utf8
    assert ascii_only.isascii() and "+" in ascii_only and "|" in ascii_only
