"""The output formats, in one place: the CLI offers these, the pipeline writes them. A new
format is one writer (Document -> str) and one entry here. Imports nothing heavy, so the
CLI can read it at start-up."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from aimeeting.document import Document


class Format(StrEnum):
    text = "text"  # Rich on a terminal, plain in a pipe (render/terminal.py)
    markdown = "markdown"
    html = "html"
    json = "json"  # the model itself, not a document


# Document writers, as "module:function", imported only when that format is asked for.
WRITERS = {
    Format.markdown: "aimeeting.render.markdown:render_markdown",
    Format.html: "aimeeting.render.html:render_html",
}


def writer_for(fmt: Format) -> Callable[[Document], str] | None:
    target = WRITERS.get(fmt)
    if target is None:
        return None
    module, name = target.split(":")
    return cast("Callable[[Document], str]", getattr(importlib.import_module(module), name))
