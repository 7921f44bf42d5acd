"""Citations as text: source numbers, source markers and paste-ready quote lines."""

from __future__ import annotations

from aimeeting.dates import format_date
from aimeeting.model import Briefing, Quote, Source


def source_numbers(briefing: Briefing) -> dict[str, int]:
    """Source id -> its number in the sheet's numbered source list (1-based)."""
    return {source.id: number for number, source in enumerate(briefing.sources, start=1)}


def markers(source_ids: list[str], numbers: dict[str, int]) -> str:
    """'[1][3]' for the sources an item names."""
    cited = sorted({numbers[source_id] for source_id in source_ids if source_id in numbers})
    return "".join(f"[{number}]" for number in cited)


def one_line(text: str) -> str:
    """Collapse runs of white space, so that a pasted line stays one line."""
    return " ".join(text.split())


def quote_words(quote: Quote) -> str:
    """The words as they may be printed: in quotation marks only when verbatim."""
    if quote.verbatim:
        return f"\u201c{one_line(quote.text)}\u201d"
    return f"Paraphrase, not a quotation: {one_line(quote.text)}"


def quote_line(quote: Quote, sources: dict[str, Source]) -> str:
    """One paste-ready line: words, speaker and role, occasion and date, sources."""
    cited = "; ".join(
        f"{one_line(sources[s].title)}, {one_line(sources[s].publisher)}, {sources[s].url}"
        for s in quote.sources
        if s in sources
    )
    return (
        f"{quote_words(quote)} \u2014 {one_line(quote.speaker)}, {one_line(quote.role)}. "
        f"{one_line(quote.occasion)}, {format_date(quote.date)}. Source: {cited}"
    )
