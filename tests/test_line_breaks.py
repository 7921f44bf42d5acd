"""Where a paragraph may break: after a space, and between the characters of Chinese and
Japanese (which put no spaces between words), never before closing punctuation or after
opening punctuation."""

from __future__ import annotations

import pytest

from aimeeting.writers.layout import _breaks, char_cells, paragraph_cuts


def breaks(text: str) -> set[int]:
    return _breaks(text, char_cells(text))


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("ab cd", {3}),  # after the space only
        ("ab  cd", {4}),  # after the last of several spaces
        ("\u65e5\u672c\u8a9e", {1, 2}),  # between ideographs
        ("x\u65e5y", {1, 2}),  # between a letter and an ideograph, either way round
        ("\u65e5xy", {1}),
        ("\u65e5 \u672c", {2}),  # a space between them: after it only
        ("\u65e5\u3002\u672c", {2}),  # not before the full stop, after it
        ("\u65e5\u300c\u672c\u300d", {1}),  # not after an opening bracket, not before a closing
    ],
)
def test_a_line_may_break_where_the_rules_allow(text: str, points: set[int]) -> None:
    assert breaks(text) == points


def test_a_paragraph_breaks_at_the_last_allowed_point_that_fits() -> None:
    text = "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002"  # 9 characters, 18 cells
    # Four ideographs a line, but '。' may not lead a line: the one before it goes down too.
    assert paragraph_cuts(text, 8, 0) == [4, 7]
    assert paragraph_cuts("alpha beta gamma delta", 11, 2) == [11, 17]  # then 9 cells a line


def test_a_column_too_narrow_still_gets_eight_cells_a_line() -> None:
    assert paragraph_cuts("aaaa bbbb", 1, 0) == [5]  # 'aaaa bbbb' is nine cells
    assert paragraph_cuts("aaaa bbb", 1, 0) == []


def test_text_whose_characters_are_each_one_cell_is_as_wide_as_it_is_long() -> None:
    """one_cell_each lets a line's length stand for its width: that holds only if Rich
    measures no two such characters together as other than two cells (no grapheme rule
    joins them), and if a character of another width is never taken for one."""
    from rich.cells import cell_len

    from aimeeting.writers.layout import one_cell_each

    one_cell = [chr(c) for c in range(0x20, 0x2FFFF, 7) if cell_len(chr(c)) == 1]
    assert len(one_cell) > 5000
    firsts = ["a", "\u00e9", "\u0915", "\u03a9", "\U0001f1ef", "\u2014"]
    assert [(a, b) for a in firsts for b in one_cell if cell_len(a + b) != 2] == []
    assert one_cell_each("Tokyo \u2014 \u201cquoted\u201d, caf\u00e9")
    for other in ["\u65e5", "e\u0301", "\u200d", "\t", "\u3000", "\U0001f44d", "\x7f"]:
        assert not one_cell_each(f"ab{other}c")
        assert char_cells(f"ab{other}c")[2] == cell_len(other)
