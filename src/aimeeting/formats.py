"""The output formats and the one table of writers. A writer is a pure function: a document
(or, for JSON, the data) in, pieces of text out. A new format is one writer and one entry
here; the `--format` option and the output layer follow. Imports nothing heavy, so the CLI
can read it at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, Literal, NamedTuple

ColorChoice = Literal["auto", "always", "never"]


class Format(StrEnum):
    text = "text"  # Rich on a terminal, plain in a pipe (writers/text.py)
    markdown = "markdown"
    html = "html"
    json = "json"  # the data itself, not a document
    svg = "svg"  # a picture: of the timeline (timeline --format svg)
    csl_json = "csl-json"  # the sources for citation managers (sources --format csl-json)


DOCUMENT_FORMATS = (Format.text, Format.markdown, Format.html, Format.json)
"""What every command that prints part of the sheet offers; a section may offer more."""


class TextStyle(NamedTuple):
    """How text for people is laid out: decided by the environment, applied by writers."""

    width: int
    height: int
    colors: str | None  # Rich's name for the colours to use ('standard', '256', 'truecolor')
    boxes: bool  # panels and rules (a terminal), or plain headed text (a pipe, a file)
    terminal: bool  # bound for a terminal: lines keep their padding, citations wrap
    encoding: str = "utf-8"  # a terminal's own: boxes are drawn in ASCII when it is not UTF


PLAIN = TextStyle(80, 25, None, False, False)
"""Text for a pipe or a file at the default width."""

Writer = Callable[..., Iterable[str]]

# "module:function", imported only when that format is asked for. Document writers take
# (document) or, for text, (document, style); the JSON writer takes the data.
WRITERS: dict[str, str] = {
    Format.text: "aimeeting.writers.text:text_parts",
    Format.markdown: "aimeeting.writers.markdown:markdown_parts",
    Format.html: "aimeeting.writers.html:html_parts",
    Format.json: "aimeeting.writers.jsonout:json_parts",
    Format.svg: "aimeeting.writers.timeline:timeline_svg_parts",
    Format.csl_json: "aimeeting.writers.csl:csl_parts",
    "html-fragment": "aimeeting.writers.html:fragment_parts",
    "terminal-svg": "aimeeting.writers.svg:svg_parts",
}


def writer_for(name: str) -> Writer:
    module, function = WRITERS[name].split(":")
    writer: Writer = getattr(importlib.import_module(module), function)
    return writer


def render(name: str, subject: Any, *args: Any) -> str:
    """The whole text of one writer's output (for files, the clipboard and tests)."""
    return "".join(writer_for(name)(subject, *args))
