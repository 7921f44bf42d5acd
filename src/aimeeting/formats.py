"""The output formats, in one place: the CLI offers these, the pipeline writes them. A new
format is one writer (Document -> pieces of text) and one entry here. Imports nothing heavy, so the
CLI can read it at start-up."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from aimeeting.document import Document


class Format(StrEnum):
    text = "text"  # Rich on a terminal, plain in a pipe (render/terminal.py)
    markdown = "markdown"
    html = "html"
    json = "json"  # the model itself, not a document


# Document writers, as "module:function", imported only when that format is asked for. A
# writer yields the text in pieces, which the pipeline writes as they come.
WRITERS = {
    Format.markdown: "aimeeting.writers.markdown:markdown_parts",
    Format.html: "aimeeting.writers.html:html_parts",
}

Writer = Callable[["Document"], Iterable[str]]


def writer_for(fmt: Format) -> Writer | None:
    target = WRITERS.get(fmt)
    if target is None:
        return None
    module, name = target.split(":")
    return cast(Writer, getattr(importlib.import_module(module), name))
