"""A citation document as words: the item's own words on one line, every caveat as a
sentence, then each source with its own caveats (a description for a headline, its English
title, an archived copy). Shared by the text and Markdown writers and by `--json`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aimeeting.briefing.dates import format_date
from aimeeting.document import Document, Entry, NumberedSource, as_sentence, quote_lines


def cited_entries(document: Document) -> tuple[Entry, ...]:
    """The entries a citation document cites: one line each."""
    return tuple(entry for section in document.sections for entry in section.entries)


def sources_of(document: Document, entry: Entry) -> list[NumberedSource]:
    return [source for source in document.sources if source.number in entry.refs]


def statement(entry: Entry) -> str:
    """The item's own words on one line, as a sentence, without caveats or sources."""
    if entry.quote is not None:
        words = entry.quote
        who = as_sentence(f"{words.speaker}, {words.role}")
        return f"{' '.join(quote_lines(words))} \u2014 {who} {as_sentence(words.occasion)}"
    parts = [
        f"{entry.label}:" if entry.label else "",
        as_sentence(entry.title) if entry.title else "",  # a title may end in '.”' already
        entry.body,
    ]
    # A full stop of its own, so that a label's value never runs into the caveat after it.
    return as_sentence(" ".join(" ".join(p for p in parts if p).split()))


def caveat_sentences(entry: Entry) -> list[str]:
    """Each caveat as a punctuated sentence, so that two never run together."""
    return [as_sentence(caveat) for caveat in entry.caveats]


def source_words(source: NumberedSource, link: Callable[[str], str] = str) -> str:
    """'[2] Title (a description, ...), Publisher, 19 February 2026, URL (archived copy of
    …: URL)'; ``link`` turns an address into the format's link."""
    date = f", {format_date(source.published)}" if source.published else ""
    words = f"[{source.number}] {source.title}, {source.publisher}{date}, {link(source.url)}"
    if source.archived_url and source.archived_label:
        label = source.archived_label[:1].lower() + source.archived_label[1:]
        words += f" ({label}: {link(source.archived_url)})"
    return words


def sources_label(sources: list[NumberedSource]) -> str:
    return "Source" if len(sources) == 1 else "Sources"


def citation_line(document: Document, entry: Entry) -> str:
    """One citation as one line of plain text."""
    sources = sources_of(document, entry)
    parts = [statement(entry), *caveat_sentences(entry)]
    if sources:
        cited = "; ".join(source_words(source) for source in sources)
        parts.append(f"{sources_label(sources)}: {cited}.")
    if entry.show_id and entry.id:  # asked for with --ids: after the citation, not in it
        parts.append(f"(id: {entry.id})")
    return " ".join(" ".join(parts).split())


def citation_data(document: Document) -> dict[str, Any]:
    """What `cite --json` prints: {"id", "section", "text", "caveats", "sources"}."""
    section = document.sections[0]
    entry = section.entries[0]
    return {
        "id": entry.id,
        "section": section.key,
        "text": statement(entry),
        "caveats": caveat_sentences(entry),
        "sources": [source_data(source) for source in sources_of(document, entry)],
    }


def source_data(source: NumberedSource) -> dict[str, Any]:
    """A cited source for scripts: its words and its caveats as fields."""
    return {
        "number": source.number,
        "id": source.id,
        "title": source.headline,
        "title_en": source.title_en,
        "title_is_description": source.described,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
        "archived_url": source.archived_url,
        "caveats": list(source.caveats),
    }


def factbox_data(document: Document) -> dict[str, Any]:
    """What `factbox --json` prints: each fact with its caveats and source numbers."""
    return {
        "title": document.title,
        "checked": document.checked,
        "facts": [
            {
                "label": entry.label,
                "id": entry.id,
                "text": entry.body,
                "caveats": caveat_sentences(entry),
                "sources": list(entry.refs),
            }
            for section in document.sections
            for entry in section.entries
        ],
        "sources": [source_data(source) for source in document.sources],
    }
