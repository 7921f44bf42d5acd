"""Find the item a reader wants to cite, and make it a citation document."""

from __future__ import annotations

import difflib

from aimeeting.document import Context, Document, build_citation, every_entry
from aimeeting.errors import NotFound


def citable_ids(ctx: Context) -> list[str]:
    """Every id a reader can cite, in sheet order."""
    return [entry.id for _, entry in every_entry(ctx) if entry.id]


def find_citation(ctx: Context, item_id: str) -> Document:
    """The item with ``item_id`` as a citation; NotFound suggests the closest ids."""
    ids: list[str] = []
    for section, entry in every_entry(ctx):
        if entry.id == item_id:
            return build_citation(ctx, section.key, entry)
        ids.append(entry.id or "")
    close = difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5)
    hint = f"; closest: {', '.join(close)}" if close else "; see 'aimeeting search' for ids"
    raise NotFound(f"no item has the id {item_id!r}{hint}")
