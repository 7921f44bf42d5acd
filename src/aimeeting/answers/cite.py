"""Find the item a reader wants to cite, by its id or by words that name it, and make it a
citation document. Words that name several items cite none: the candidates are listed
with their ids, so the reader can choose."""

from __future__ import annotations

from collections.abc import Sequence

from aimeeting.closest import closest
from aimeeting.document import Context, Document, Entry, build_citation, every_entry
from aimeeting.errors import NotFound
from aimeeting.writers.citation import statement

MAX_CANDIDATES = 3
PREVIEW_CHARS = 50


def citable_ids(ctx: Context) -> list[str]:
    """Every id a reader can cite, in sheet order."""
    return [entry.id for _, entry in every_entry(ctx) if entry.id]


def preview(entry: Entry) -> str:
    """The start of an item's words, for a list of candidates."""
    words = statement(entry)
    return words if len(words) <= PREVIEW_CHARS else words[: PREVIEW_CHARS - 1].rstrip() + "…"


def find_citation(ctx: Context, words: Sequence[str]) -> Document:
    """The item whose id is ``words`` (any case), or the one item all the words name;
    NotFound lists the closest ids, or the candidates, otherwise."""
    typed = " ".join(words)
    ids: list[str] = []
    for section, entry in every_entry(ctx):
        if entry.id is not None and entry.id == typed.strip().casefold():
            return build_citation(ctx, section.key, entry)
        ids.append(entry.id or "")
    if len(words) == 1 and not _has_words(typed):
        close = closest(typed, ids)
        hint = f"; closest: {', '.join(close)}" if close else "; see 'aimeeting search' for ids"
        raise NotFound(f"no item has the id {typed!r}{hint}")
    return _by_words(ctx, typed)


def _has_words(typed: str) -> bool:
    """Whether what was typed reads as words rather than an id ('ecosystem', not 'q-eco1')."""
    return typed.isalpha() or " " in typed.strip()


def _by_words(ctx: Context, typed: str) -> Document:
    from aimeeting.answers.search import find_hits, parse_query

    citable = {entry.id for _, entry in every_entry(ctx)}
    hits = [
        hit
        for hit in find_hits(ctx.briefing, parse_query(typed), ctx.today)
        if hit.item_id in citable and hit.entry is not None
    ]
    if len(hits) == 1:
        [hit] = hits
        assert hit.entry is not None
        return build_citation(ctx, hit.section, hit.entry)
    if not hits:
        raise NotFound(f"no item has the id or the words {typed!r}; try 'aimeeting search'")
    shown = "; ".join(
        f"{hit.item_id} ({preview(hit.entry)})" for hit in hits[:MAX_CANDIDATES] if hit.entry
    )
    more = f" and {len(hits) - MAX_CANDIDATES} more" if len(hits) > MAX_CANDIDATES else ""
    raise NotFound(f"{len(hits)} items match {typed!r}; cite one by its id: {shown}{more}")
