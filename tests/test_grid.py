"""The terminal's column layout: widths, folding, alignment and the header rule."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.text import Text

from aimeeting.briefing.load import load_briefing
from aimeeting.briefing.model import Briefing
from aimeeting.writers.console import render_text
from aimeeting.writers.grid import Grid
from aimeeting.writers.terminal import render_document
from tests.conftest import EVENT, sheet_document, style
from tests.test_views import check_golden


def lines_of(grid: Grid, width: int) -> list[str]:
    # render_text keeps the padding (the pipeline strips it for pipes and files).
    return render_text(grid, style(width, plain=False)).split("\n")[:-1]


def test_the_flexible_column_takes_what_the_fixed_ones_leave() -> None:
    grid = Grid([6, None, 4], gap=3)
    grid.add_row(Text("when"), Text("what happened"), Text("[1]"))
    assert grid.column_widths(40) == [6, 40 - 6 - 4 - 2 * 3, 4]
    (line,) = lines_of(grid, 40)
    assert line == "when  " + "   " + "what happened".ljust(24) + "   " + "[1] "


def test_every_line_is_the_full_width_and_the_columns_stay_aligned() -> None:
    grid = Grid([5, None, 3], gap=2)
    grid.add_row(Text("a"), Text("one two three four five six seven"), Text("[1][2]"))
    grid.add_row(Text("longer label"), Text("x"), Text(""))
    assert lines_of(grid, 20) == [
        "a      one two   [1]",
        "       three     [2]",
        "       four         ",
        "       five six     ",
        "       seven        ",
        "longe  x            ",
        "r                   ",
        "label               ",
    ]


def test_text_wider_than_its_column_folds_and_nothing_is_lost() -> None:
    word = "abcdefghijklmnopqrstuvwxyz"
    grid = Grid([4, None], gap=1)
    grid.add_row(Text(word), Text(word))
    lines = lines_of(grid, 15)
    first = "".join(line[:4] for line in lines).replace(" ", "")
    second = "".join(line[5:] for line in lines).replace(" ", "")
    assert first == word
    assert second == word


def test_wide_characters_keep_the_columns_aligned() -> None:
    grid = Grid([4, None], gap=1)
    grid.add_row(Text("東京都"), Text("広島AIプロセス"))
    lines = lines_of(grid, 12)
    assert lines == ["東京 広島AI ", "都   プロセ ", "     ス     "]
    assert all(cell_len(line) == 12 for line in lines)


@pytest.mark.parametrize("rule", [True, False])
def test_the_header_has_a_full_width_rule_only_when_asked(rule: bool) -> None:
    grid = Grid([4, None], gap=3, header=[Text("When"), Text("What")], rule=rule)
    grid.add_row(Text("2026"), Text("Tokyo"))
    lines = lines_of(grid, 20)
    assert lines[0].rstrip() == "When   What"
    if rule:
        assert lines[1] == "\u2500" * 20
        assert lines[2].rstrip() == "2026   Tokyo"
    else:
        assert lines[1].rstrip() == "2026   Tokyo"


def test_the_boxed_terminal_sheet_matches_its_golden_file() -> None:
    """The layout on a terminal (panels, headers, rules), without escape codes."""
    sheet: Briefing = load_briefing(EVENT)
    document = sheet_document(sheet)
    pieces = render_document(document, False, 100)
    text = "".join(render_text(piece, style(100, plain=False)) for piece in pieces)
    check_golden("facts.terminal.txt", text)
