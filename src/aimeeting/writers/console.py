"""Rich consoles built per invocation: colour, width and terminal choices in one place."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import IO, Any, Literal

from rich.console import Console, Group, RenderableType

ColorChoice = Literal["auto", "always", "never"]

MIN_WIDTH, MAX_WIDTH, PIPE_WIDTH = 20, 400, 80
MIN_TEXT_WIDTH = 24
"""The narrowest column of running text worth having: tables with less room stack, and
search puts labels above values."""


def choose_width(env: Mapping[str, str], terminal_columns: int | None) -> int:
    """A sane width whatever the environment claims: COLUMNS if it parses, else the terminal."""
    claimed: int | None = None
    try:
        claimed = int(env.get("COLUMNS", ""))
    except ValueError:
        claimed = None
    if claimed is None or claimed <= 0:
        claimed = terminal_columns if terminal_columns and terminal_columns > 0 else PIPE_WIDTH
    return max(MIN_WIDTH, min(MAX_WIDTH, claimed))


def _terminal_columns(stream: IO[str]) -> int | None:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return None


def data_console(**settings: Any) -> Console:
    """A Rich console that treats all text as data: no markup, emoji codes or highlighting.

    Every console aimeeting builds comes from here, so that rule has one home.
    """
    return Console(
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        **settings,
    )


def make_console(
    stream: IO[str],
    color: ColorChoice = "auto",
    env: Mapping[str, str] | None = None,
) -> Console:
    """A console for one run. Markup, emoji codes and highlighting are off: text is data.

    auto: colour only on a terminal, and never with NO_COLOR set or TERM=dumb.
    always: escape codes even into a pipe. never: no colour at all.
    """
    env = os.environ if env is None else env
    is_tty = stream.isatty() if hasattr(stream, "isatty") else False
    force_terminal = True if color == "always" else None if is_tty else False
    no_color = color == "never" or (color == "auto" and "NO_COLOR" in env)
    dumb = env.get("TERM", "") in {"dumb", "unknown"}
    return data_console(
        file=stream,
        force_terminal=force_terminal,
        color_system=None if no_color or (dumb and color != "always") else "auto",
        no_color=no_color,
        width=choose_width(env, _terminal_columns(stream) if is_tty else None),
        soft_wrap=False,
        _environ=dict(env),
    )


def is_plain(console: Console, env: Mapping[str, str] | None = None) -> bool:
    """Plain layout (no boxes) for pipes, files and dumb terminals."""
    env = os.environ if env is None else env
    return not console.is_terminal or env.get("TERM", "") == "dumb"


def print_pieces(
    console: Console, renderable: RenderableType, write_plain: Callable[[str], None]
) -> None:
    """Print one piece at a time: to a terminal through Rich, elsewhere as plain text
    handed to ``write_plain``.

    Rich renders a renderable whole before writing it, so printing the pieces of a Group
    (sections, and chunks of long sections) bounds peak memory by the largest piece.
    crop=False keeps a URL longer than the width whole (a terminal wraps it itself).
    """
    for piece in flatten_groups(renderable):
        if console.is_terminal:
            console.print(piece, crop=False)
            continue
        # Rich pads lines to the width; pipes and files get them without the padding.
        with console.capture() as capture:
            console.print(piece, crop=False)
        write_plain("\n".join(line.rstrip() for line in capture.get().split("\n")))


def flatten_groups(renderable: RenderableType) -> list[RenderableType]:
    """The pieces of nested Groups, keeping a Block (which must print whole) as one."""
    from aimeeting.writers.terminal import Block

    if not isinstance(renderable, Group) or isinstance(renderable, Block):
        return [renderable]
    return [part for child in renderable.renderables for part in flatten_groups(child)]


def render_text(renderable: RenderableType, width: int = 80, plain: bool = True) -> str:
    """Render to a string without escape codes: for tests, exports and golden files."""
    console = data_console(width=width, color_system=None, force_terminal=not plain, _environ={})
    with console.capture() as capture:
        console.print(renderable, crop=False)
    return capture.get()
