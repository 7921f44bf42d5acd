"""The SVG writer: the boxed terminal rendering of a document, as a picture."""

from __future__ import annotations

from collections.abc import Iterator

from aimeeting.document import Document
from aimeeting.formats import TextStyle
from aimeeting.writers.console import data_console
from aimeeting.writers.terminal import renderables


def svg_parts(document: Document) -> Iterator[str]:
    # Wide enough that the longest URL stays whole on its line: an SVG cannot wrap it back.
    urls = [s.url for s in document.sources] + [
        s.archived_url for s in document.sources if s.archived_url
    ]
    width = max([100, *(len(url) + 6 for url in urls)])
    style = TextStyle(width, 25, "truecolor", boxes=True, terminal=True)
    console = data_console(style, record=True)
    for piece in renderables(document, style):
        console.print(piece, crop=False)
    yield console.export_svg(title=f"aimeeting: {document.title}", clear=False)
