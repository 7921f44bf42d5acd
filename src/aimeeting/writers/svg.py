"""The terminal SVG writer (--export-svg): the boxed terminal rendering of a document, as
a picture that works offline. Rich's own template loads its font from a CDN (opening the
file would make network requests); this one names local fonts only."""

from __future__ import annotations

from collections.abc import Iterator

from aimeeting.document import Document
from aimeeting.formats import TextStyle
from aimeeting.writers.console import data_console
from aimeeting.writers.terminal import renderables

# Rich's export template, with the web fonts taken out: local monospace fonts only.
TEMPLATE = """\
<svg class="rich-terminal" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
    <style>
    .{unique_id}-matrix {{
        font-family: "Fira Code", "DejaVu Sans Mono", Menlo, Consolas, monospace;
        font-size: {char_height}px;
        line-height: {line_height}px;
        font-variant-east-asian: full-width;
    }}
    .{unique_id}-title {{
        font-size: 18px;
        font-weight: bold;
        font-family: system-ui, sans-serif;
    }}
    {styles}
    </style>
    <defs>
    <clipPath id="{unique_id}-clip-terminal">
      <rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
    </clipPath>
    {lines}
    </defs>
    {chrome}
    <g transform="translate({terminal_x}, {terminal_y})"
       clip-path="url(#{unique_id}-clip-terminal)">
    {backgrounds}
    <g class="{unique_id}-matrix">
    {matrix}
    </g>
    </g>
</svg>
"""


def svg_parts(document: Document) -> Iterator[str]:
    # Wide enough that the longest URL stays whole on its line: an SVG cannot wrap it back.
    urls = [s.url for s in document.sources] + [
        s.archived_url for s in document.sources if s.archived_url
    ]
    width = max([100, *(len(url) + 6 for url in urls)])
    # Rich draws the recorded styles itself: the colours, height and terminal settings
    # here change nothing in the picture, so mutation testing leaves this line alone.
    style = TextStyle(width, 25, "truecolor", boxes=True, terminal=True)  # pragma: no mutate
    console = data_console(style, record=True)
    for piece in renderables(document, style):
        console.print(piece, crop=False)
    yield console.export_svg(
        title=f"aimeeting: {document.title}", clear=False, code_format=TEMPLATE
    )
