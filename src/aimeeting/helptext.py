"""Help that reads at any width: words are never split (Click folds any word longer than
the column, and wraps at no less than 50 columns), examples that must be cut are cut
with a shell continuation so they still paste whole, and on a narrow screen an option's
description goes under its name instead of into a column a few letters wide.

Built on Typer's public hooks: a Context subclass names the formatter class, and the
commands and the group use that Context.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

STACK_BELOW = 60
"""Narrower than this, an option's description goes on the lines under its name."""
EXAMPLE_INDENT = 4
SHELL_WORD = re.compile(r"""(?:[^\s'"]+|'[^']*'|"(?:\\.|[^"\\])*")+""")
"""One word as the shell reads it: a quoted path with spaces is one word, never cut."""


def _fill(text: str, width: int, indent: str, hanging: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=max(width, len(indent) + 10),
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )


def continued(line: str, width: int) -> list[str]:
    """An example longer than the width, cut between words with ' \\' at each cut, so
    that it still runs when pasted into a shell."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    lines: list[str] = []
    current = ""
    for word in SHELL_WORD.findall(line):
        prefix = indent if not lines and not current else indent + " " * EXAMPLE_INDENT
        candidate = f"{current} {word}" if current else prefix + word
        if current and len(candidate) + 2 > width:
            lines.append(current + " \\")
            current = indent + " " * EXAMPLE_INDENT + word
        else:
            current = candidate
    return [*lines, current]


def wrap_paragraphs(text: str, width: int, indent: str) -> str:
    """Click's paragraph rules (a paragraph starting with a line of '\\b' keeps its lines),
    with whole words."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        lines = paragraph.splitlines()
        if lines and lines[0].strip() == "\b":
            kept = [indent + line for line in lines[1:]]
            out.append("\n".join(cut for line in kept for cut in continued(line, width)))
        elif paragraph.strip():
            out.append(_fill(paragraph, width, indent))
    return "\n\n".join(out)


# Typer ships Click inside itself; its formatter class is reached through the Context.
_ClickFormatter: type[Any] = typer.Context.formatter_class


class HelpFormatter(_ClickFormatter):  # type: ignore[misc]
    """Click's formatter with the writing done in whole words (see the module docstring)."""

    def write_text(self, text: str) -> None:
        self.write(wrap_paragraphs(text, self.width, " " * self.current_indent) + "\n")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = "Usage: " if prefix is None else prefix
        head = f"{prefix:>{self.current_indent}}{prog} "
        hanging = " " * min(len(head), EXAMPLE_INDENT + self.current_indent)
        self.write(_fill(f"{head}{args}", self.width, "", hanging) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = list(rows)
        indent = " " * self.current_indent
        first = min(max((len(term) for term, _ in rows), default=0), col_max) + col_spacing
        for term, description in rows:
            beside = self.width >= STACK_BELOW and description and len(term) <= first - col_spacing
            if not beside:
                for line in _term_lines(term, self.width - len(indent)):
                    self.write(f"{indent}{line}\n")
                if description:
                    pad = indent + " " * EXAMPLE_INDENT
                    self.write(_fill(description, self.width, pad) + "\n")
                continue
            text = wrap_paragraphs(description, self.width - len(indent) - first, "")
            for number, line in enumerate(text.splitlines()):
                lead = f"{indent}{term:<{first}}" if number == 0 else indent + " " * first
                self.write(f"{lead}{line}\n")


def _term_lines(term: str, width: int) -> list[str]:
    """An option's name and metavar, cut between words, or after a '|' of a long list of
    choices ('<text|markdown|html>'), never inside a word."""
    if len(term) <= width:
        return [term]
    pieces = [part + "|" for part in term.split("|")]
    pieces[-1] = pieces[-1][:-1]
    lines = [""]
    for piece in (word for part in pieces for word in part.split(" ") if word):
        glue = "" if lines[-1].endswith("|") or not lines[-1] else " "
        if lines[-1] and len(lines[-1]) + len(glue) + len(piece) > width:
            lines.append("  " + piece)
        else:
            lines[-1] += glue + piece
    return lines


class HelpContext(typer.Context):
    formatter_class = HelpFormatter


class Command(TyperCommand):
    context_class = HelpContext


class Group(TyperGroup):
    context_class = HelpContext
