"""Any item as one paste-ready citation: its words, every caveat, and each source's title,
publisher, date and URL, as plain text, Markdown or JSON."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any, NamedTuple

from aimeeting.briefing.dates import format_date
from aimeeting.briefing.model import Source
from aimeeting.document import Context, Entry, Section, quote_lines
from aimeeting.errors import NotFound
from aimeeting.sections import FACTS
from aimeeting.writers.markdown import escape, link_target


class Citation(NamedTuple):
    section: str
    entry: Entry
    sources: tuple[tuple[int, Source], ...]


def citable(ctx: Context) -> Iterator[tuple[Section, Entry]]:
    """Every entry that has an id, as the fact sheet shows it."""
    for section in FACTS.build(ctx):
        for entry in section.entries:
            if entry.id:
                yield section, entry


def find_citation(ctx: Context, item_id: str) -> Citation:
    """The item with ``item_id``; NotFound suggests the closest ids."""
    ids: list[str] = []
    for section, entry in citable(ctx):
        if entry.id == item_id:
            by_number = {n: s for n, s in enumerate(ctx.briefing.sources, start=1)}
            return Citation(section.key, entry, tuple((n, by_number[n]) for n in entry.refs))
        ids.append(entry.id or "")
    close = difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5)
    hint = f"; closest: {', '.join(close)}" if close else "; see 'aimeeting search' for ids"
    raise NotFound(f"no item has the id {item_id!r}{hint}")


def statement(entry: Entry) -> str:
    """The item's own words on one line, without caveats or sources."""
    if entry.quote is not None:
        words = entry.quote
        return (
            f"{' '.join(quote_lines(words))} \u2014 {words.speaker}, {words.role}. "
            f"{words.occasion}."
        )
    parts = [
        f"{entry.label}:" if entry.label else "",
        (entry.title if entry.title[-1:] in ".?!" else f"{entry.title}.") if entry.title else "",
    ]
    parts.append(entry.body)
    return " ".join(" ".join(p for p in parts if p).split())


def _caveats(entry: Entry) -> str:
    # Each caveat is a sentence of its own: each gets its own brackets.
    return "".join(f" ({caveat})" for caveat in entry.caveats)


def _title(source: Source) -> str:
    """The headline, with its English translation when it is in another language."""
    return f"{source.title} [in English: {source.title_en}]" if source.title_en else source.title


def _label(citation: Citation) -> str:
    return "Source" if len(citation.sources) == 1 else "Sources"


def _source_words(number: int, source: Source) -> str:
    date = f", {format_date(source.published)}" if source.published else ""
    return f"[{number}] {_title(source)}, {source.publisher}{date}, {source.url}"


def plain_citation(citation: Citation) -> str:
    entry = citation.entry
    cited = "; ".join(_source_words(n, s) for n, s in citation.sources)
    return " ".join(f"{statement(entry)}{_caveats(entry)} {_label(citation)}: {cited}".split())


def markdown_citation(citation: Citation) -> str:
    entry = citation.entry
    cited = "; ".join(
        f"\\[{n}\\] [{escape(_title(s))}]({link_target(s.url)}), {escape(s.publisher)}"
        + (f", {format_date(s.published)}" if s.published else "")
        for n, s in citation.sources
    )
    caveats = "".join(f" *({escape(c)})*" for c in entry.caveats)
    return f"{escape(statement(entry))}{caveats} {_label(citation)}: {cited}"


_CITED_SOURCE_KEYS = {"id", "title", "title_en", "publisher", "published", "url"}


def json_citation(citation: Citation) -> dict[str, Any]:
    return {
        "id": citation.entry.id,
        "section": citation.section,
        "text": statement(citation.entry),
        "caveats": list(citation.entry.caveats),
        "sources": [
            {
                "number": n,
                **s.model_dump(
                    mode="json",
                    include={"id", "title", "title_en", "publisher", "published", "url"},
                ),
            }
            for n, s in citation.sources
        ],
    }
