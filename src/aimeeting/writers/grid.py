"""Columns of text for the terminal: every column has a fixed width but one, which takes
the rest of the line.

Rich's Table measures every cell, then lays each one out through padding, line splitting
and cropping passes before the table is split into lines again; on the rendered sheet
that was most of the time spent. The sheet's columns have widths known in advance, so here
each cell is wrapped once, with Rich's own `Text.wrap`, and its lines are set side by side:
the same output, in less than half the time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod, RenderResult
from rich.containers import Lines
from rich.segment import Segment


class Cell(Protocol):
    """What a cell must do: wrap to a width (Text does; so does text with source markers)."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
    ) -> Lines: ...


class Grid:
    """Rows of cells; ``widths`` holds each column's width, None for the one that
    takes what is left. Text wider than its column folds onto the next line, never lost."""

    def __init__(
        self,
        widths: Sequence[int | None],
        gap: int,
        header: Sequence[Cell] | None = None,
        rule: bool = False,
        spaced: bool = False,
    ) -> None:
        self.widths = tuple(widths)
        self.gap = " " * gap
        self.header = header
        self.rule = rule  # a line under the header
        self.spaced = spaced  # a blank line between rows (with no label column to mark them)
        self.rows: list[Sequence[Cell]] = []

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(cells)

    def with_width(self, column: int, width: int) -> Grid:
        """The same grid (the same rows) with one column's width changed."""
        widths = list(self.widths)
        widths[column] = width
        copy = Grid(widths, len(self.gap), self.header, self.rule, self.spaced)
        copy.rows = self.rows
        return copy

    def column_widths(self, max_width: int) -> list[int]:
        fixed = sum(width for width in self.widths if width is not None)
        rest = max(1, max_width - fixed - len(self.gap) * (len(self.widths) - 1))
        return [rest if width is None else width for width in self.widths]

    def flexible_width(self, max_width: int) -> int:
        """The width the flexible column gets when the grid is ``max_width`` wide."""
        return self.column_widths(max_width)[self.widths.index(None)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.column_widths(options.max_width)
        if self.header is not None:
            yield from self._row(console, self.header, widths)
            if self.rule:
                yield Segment("\u2500" * (sum(widths) + len(self.gap) * (len(widths) - 1)))
                yield Segment.line()
        for index, row in enumerate(self.rows):
            if self.spaced and (index or self.header is None):  # after a chunk too
                yield Segment.line()
            yield from self._row(console, row, widths)

    def _row(self, console: Console, cells: Sequence[Cell], widths: list[int]) -> Iterator[Segment]:
        # justify="left" pads every line to its column's width.
        columns = [
            cell.wrap(console, width, justify="left")  # too long a word folds (the default)
            for cell, width in zip(cells, widths, strict=True)  # pragma: no mutate
        ]
        blanks = [Segment(" " * width) for width in widths]
        for index in range(max(len(lines) for lines in columns)):
            for column, lines in enumerate(columns):
                if column:
                    yield Segment(self.gap)
                if index < len(lines):
                    # Text.render leaves out the line's own style (a bold label, cyan
                    # markers) when it has no spans: applied here, under the spans.
                    line = lines[index]
                    yield from Segment.apply_style(
                        line.render(console), console.get_style(line.style)
                    )
                else:
                    yield blanks[column]
            yield Segment.line()
