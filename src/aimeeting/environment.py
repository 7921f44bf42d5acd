"""Everything aimeeting takes from the process it runs in, gathered once where it starts:
the standard streams, the environment variables, whether each stream is a terminal and
its size, and the clock's today. It is passed down; nothing below reads `sys` or
`os.environ` itself, so tests hand in an Environment of buffers (as httpie's tests do).

Cheap to import: `--version` and `--help` build one.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from aimeeting.formats import ColorChoice, TextStyle
from aimeeting.sinks.stdio import Stderr, Stdout, hold_closed_descriptors

MIN_WIDTH, MAX_WIDTH, PIPE_WIDTH = 20, 400, 80
PIPE_HEIGHT = 25
DEFAULT_PAGER = "less -FRX"
BRIEFING_VAR = "AIMEETING_BRIEFING"
DEBUG_VAR = "AIMEETING_DEBUG"


def choose_width(vars: Mapping[str, str], terminal_columns: int | None) -> int:
    """A sane width whatever the environment claims: COLUMNS if it parses, else the terminal."""
    claimed: int | None = None
    try:
        claimed = int(vars.get("COLUMNS", ""))
    except ValueError:
        claimed = None
    if claimed is None or claimed <= 0:
        claimed = terminal_columns if terminal_columns and terminal_columns > 0 else PIPE_WIDTH
    return max(MIN_WIDTH, min(MAX_WIDTH, claimed))


def _color_depth(vars: Mapping[str, str]) -> str:
    """The colours a terminal claims, as Rich names them (what Rich would detect itself)."""
    if vars.get("COLORTERM", "").strip().lower() in ("truecolor", "24bit"):
        return "truecolor"
    suffix = vars.get("TERM", "").strip().lower().rpartition("-")[2]
    return {"kitty": "256", "256color": "256", "16color": "standard"}.get(suffix, "standard")


@dataclass
class Environment:
    """The process's streams, variables and clock; see the module docstring."""

    stdout: Stdout
    stderr: Stderr
    stdin: BinaryIO | None  # binary standard input; None when the caller closed it
    vars: Mapping[str, str]
    today: dt.date
    stdout_isatty: bool = False
    stdin_isatty: bool = False
    stderr_isatty: bool = False
    terminal_size: tuple[int, int] | None = None  # columns, lines of stdout's terminal
    stderr_fileno: int | None = None  # for the clipboard's terminal sequence
    tty_path: str = "/dev/tty"
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_process(cls) -> Environment:
        """The real one: called once, by aimeeting.app.main."""
        hold_closed_descriptors()
        stdout = Stdout.guarding(sys.stdout, real=sys.__stdout__, terminal=_isatty(sys.stdout))
        sys.stdout = stdout  # Click's help writes go through it too
        stderr = Stderr(sys.stderr)
        stdin = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        size = None
        if _isatty(sys.stdout):
            try:
                columns, lines = os.get_terminal_size(sys.stdout.fileno())
                size = (columns, lines)
            except (AttributeError, OSError, ValueError):
                size = None
        fileno = None
        if sys.stderr is not None:
            try:
                fileno = sys.stderr.fileno()
            except (AttributeError, OSError, ValueError):
                fileno = None
        return cls(
            stdout=stdout,
            stderr=stderr,
            stdin=stdin,
            vars=os.environ,
            today=dt.date.today(),
            stdout_isatty=_isatty(sys.stdout),
            stdin_isatty=_isatty(sys.stdin),
            stderr_isatty=_isatty(sys.stderr),
            terminal_size=size,
            stderr_fileno=fileno,
        )

    @property
    def width(self) -> int:
        columns = self.terminal_size[0] if self.terminal_size and self.stdout_isatty else None
        return choose_width(self.vars, columns)

    @property
    def height(self) -> int:
        return self.terminal_size[1] if self.terminal_size else PIPE_HEIGHT

    @property
    def dumb(self) -> bool:
        return self.vars.get("TERM", "") in {"dumb", "unknown"}

    @property
    def debug(self) -> bool:
        return bool(self.vars.get(DEBUG_VAR))

    def text_style(self, color: ColorChoice = "auto") -> TextStyle:
        """How text for people is laid out here.

        auto: colour only on a terminal, never with NO_COLOR set (to anything but
        nothing, as no-color.org says) or TERM=dumb.
        always: escape codes (and the boxed layout) even into a pipe. never: no colour.
        A pipe, a file and a dumb terminal get plain headed text without boxes.
        """
        terminal = color == "always" or self.stdout_isatty
        # TERM=dumb and NO_COLOR are what auto looks at; always is asked for in so many words
        plain = color == "auto" and self.dumb
        no_color = color == "never" or (color == "auto" and bool(self.vars.get("NO_COLOR")))
        colors = _color_depth(self.vars) if terminal and not (no_color or plain) else None
        boxes = terminal and not plain
        return TextStyle(
            self.width, self.height, colors, boxes, terminal, self.stdout.encoding_for_data
        )

    def pager_command(self) -> str:
        """Like git: $AIMEETING_PAGER, then $PAGER, then less -FRX; empty or 'cat': none."""
        for name in ("AIMEETING_PAGER", "PAGER"):
            if name in self.vars:
                command = self.vars[name].strip()
                break
        else:
            command = DEFAULT_PAGER
        return "" if command in ("", "cat") else command

    def may_page(self) -> bool:
        """Only a real terminal gets a pager (--color always into a pipe is still a pipe),
        and not a dumb one, where less stops to ask for RETURN."""
        return self.stdout_isatty and self.vars.get("TERM", "") != "dumb"


def buffered_environment(
    stdin: bytes | None = b"",
    vars: Mapping[str, str] | None = None,
    *,
    tty: bool = False,
    today: dt.date | None = None,
    size: tuple[int, int] | None = None,
) -> tuple[Environment, io.BytesIO, io.StringIO]:
    """An Environment of buffers (for tests and the fuzzer), and the buffers that receive
    stdout's bytes and stderr's text. stdout claims to be a terminal when ``tty``."""
    out = io.BytesIO()
    err = io.StringIO()
    text = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    env = Environment(
        stdout=Stdout(text),
        stderr=Stderr(err),
        stdin=None if stdin is None else io.BytesIO(stdin),
        vars=dict(vars or {}),
        today=today or dt.date.today(),
        stdout_isatty=tty,
        terminal_size=size or ((100, 40) if tty else None),
    )
    return env, out, err


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False
