"""Find the item a reader wants to cite, by its id or by words that name it, and make it a
citation document. Words that name several items cite none: the candidates are listed
with their ids, so the reader can choose."""

from __future__ import annotations

import re
from collections.abc import Sequence

from aimeeting.closest import closest
from aimeeting.document import Context, Document, Entry, build_citation, every_entry
from aimeeting.errors import NotFound, UsageError
from aimeeting.safetext import composed, folded
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
    typed = composed(" ".join(words))
    if not typed.strip():
        raise UsageError("nothing to cite: give an item's id or words of its title")
    wanted = typed.strip().casefold()
    ids: list[str] = []
    for section, entry in every_entry(ctx):
        if entry.id is not None and entry.id == wanted:
            return build_citation(ctx, section.key, entry)
        ids.append(entry.id or "")
    if wanted in ctx.numbers:  # search lists sources beside items: say where this one is
        raise NotFound(
            f"{typed!r} is a source, not an item: it is [{ctx.numbers[wanted]}] in "
            "'aimeeting sources'"
        )
    if len(words) == 1 and not _has_words(typed):
        close = closest(typed, ids)
        hint = f"; closest: {', '.join(close)}" if close else "; see 'aimeeting search' for ids"
        raise NotFound(f"no item has the id {typed!r}{hint}")
    return _by_words(ctx, typed)


def _has_words(typed: str) -> bool:
    """Whether what was typed reads as words rather than an id ('ecosystem', not 'q-eco1')."""
    return typed.isalpha() or " " in typed.strip()


def folded_words(text: str) -> set[str]:
    """The words of ``text`` as a reader matches them: case and accents aside."""
    return set(re.findall(r"\w+", folded(text)))


def _by_words(ctx: Context, typed: str) -> Document:
    """The one item whose heading (its title, label or name) holds every word clearly
    names it; failing that, the one item a search finds; otherwise the candidates."""
    from aimeeting.answers.search import find_hits, parse_query

    wanted = folded_words(typed)
    candidates = [
        (section.key, entry)
        for section, entry in every_entry(ctx)
        if entry.id and wanted <= folded_words(f"{entry.label} {entry.title}")
    ]
    if not candidates:
        citable = {entry.id for _, entry in every_entry(ctx)}
        candidates = [
            (hit.section, hit.entry)
            for hit in find_hits(ctx.briefing, parse_query(typed), ctx.today)
            if hit.item_id in citable and hit.entry is not None
        ]
    if len(candidates) == 1:
        [(section_key, entry)] = candidates
        return build_citation(ctx, section_key, entry)
    if not candidates:
        raise NotFound(f"no item has the id or the words {typed!r}; try 'aimeeting search'")
    shown = "; ".join(f"{entry.id} ({preview(entry)})" for _, entry in candidates[:MAX_CANDIDATES])
    extra = len(candidates) - MAX_CANDIDATES
    more = f" and {extra} more (see them with 'aimeeting search')" if extra > 0 else ""
    raise NotFound(f"{len(candidates)} items match {typed!r}; cite one by its id: {shown}{more}")
