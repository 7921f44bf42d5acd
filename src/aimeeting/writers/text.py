"""The text format: Rich on a terminal (panels, tables, colour), and for a pipe, a file
or the clipboard the plain writer, which gives the same text without importing Rich's
console (see writers/plain.py)."""

from __future__ import annotations

from collections.abc import Iterator

from aimeeting.document import Document
from aimeeting.formats import TextStyle


def is_plain(style: TextStyle) -> bool:
    """Text with nothing for a terminal in it: no colour, no boxes, no padding."""
    return style.colors is None and not style.boxes and not style.terminal


def text_parts(document: Document, style: TextStyle) -> Iterator[str]:
    if is_plain(style):
        from aimeeting.writers.plain import plain_parts

        return plain_parts(document, style)
    from aimeeting.writers.terminal import rich_parts

    return rich_parts(document, style)
