"""Rich consoles that render into strings: every setting comes from a TextStyle, none from
the process (no environment variables, no terminal probing), so rendering is a pure
function of the document and the style."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console, Group, RenderableType

from aimeeting.formats import TextStyle


class _Buffer(io.StringIO):
    """Where a console renders to: text, in the encoding of the terminal it is meant for
    (Rich draws boxes in ASCII for one that cannot show them)."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


def data_console(style: TextStyle, **settings: Any) -> Console:
    """A Rich console that treats all text as data (no markup, emoji codes or highlighting)
    and takes nothing from the process: width, height, colours and terminal are given.

    Every console aimeeting builds comes from here, so that rule has one home.
    """
    # Rich reads None as False in the four settings marked: a mutant that makes them None
    # changes nothing, so mutation testing leaves them alone.
    return Console(
        file=_Buffer(style.encoding),
        width=style.width,
        height=style.height,
        force_terminal=style.terminal,
        color_system=style.colors,  # type: ignore[arg-type]
        no_color=style.colors is None,  # and never NO_COLOR from the process
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,  # pragma: no mutate
        force_jupyter=False,  # pragma: no mutate
        force_interactive=False,  # pragma: no mutate
        soft_wrap=False,  # pragma: no mutate
        **settings,
    )


def render_piece(console: Console, piece: RenderableType, style: TextStyle) -> str:
    """One renderable as text. crop=False keeps a URL longer than the width whole (a
    terminal wraps it itself); off a terminal, lines lose Rich's padding."""
    with console.capture() as capture:
        console.print(piece, crop=False)
    text = capture.get()
    if style.terminal:
        return text
    return "\n".join(line.rstrip() for line in text.split("\n"))


def flatten_groups(renderable: RenderableType) -> list[RenderableType]:
    """The pieces of nested Groups, keeping a Block (which must print whole) as one."""
    if not isinstance(renderable, Group) or isinstance(renderable, Block):
        return [renderable]
    return [part for child in renderable.renderables for part in flatten_groups(child)]


class Chunks(Group):
    """A long section split into pieces that are printed one at a time."""


class Block(Group):
    """Renderables that must print together (never split into pieces)."""


def render_text(renderable: RenderableType, style: TextStyle) -> str:
    """Render to a string: for tests and exports."""
    console = data_console(style)
    return "".join(render_piece(console, piece, style) for piece in flatten_groups(renderable))
