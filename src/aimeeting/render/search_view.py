"""Search hits for people: section, item id, the whole item, and the words highlighted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from aimeeting.search import Hit

HIGHLIGHT = "bold reverse"


def render_hits(hits: Sequence[Hit], words: Sequence[str]) -> RenderableType:
    blocks: list[RenderableType] = []
    patterns = [re.escape(word) for word in words if word]
    for hit in hits:
        body = Text()
        body.append(f"{hit.section} \u203a {hit.item_id}", style="bold cyan")
        for name, value in hit.fields:
            body.append(f"\n  {name}: ", style="dim")
            body.append(value)
        for pattern in patterns:
            body.highlight_regex(re.compile(pattern, re.IGNORECASE), style=HIGHLIGHT)
        blocks.append(body)
        blocks.append(Text(""))
    blocks.append(Text(f"{len(hits)} item(s) found", style="dim"))
    return Group(*blocks)
