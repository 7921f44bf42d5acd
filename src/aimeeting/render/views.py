"""Rich views of each section. Every string from the briefing goes in as a Text object,
so markup and emoji codes in the data print literally."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from aimeeting.cite import markers, quote_words, source_numbers
from aimeeting.dates import event_standing, format_date, format_range
from aimeeting.model import Briefing, Event, FaqEntry, Quote, Sourced, Summary

HEADING = "bold"
MUTED = "dim"
MARKER = "cyan"


@dataclass(frozen=True)
class ViewContext:
    """What every view needs besides the briefing: layout and the day that counts as today."""

    briefing: Briefing
    plain: bool
    today: dt.date

    @functools.cached_property
    def numbers(self) -> dict[str, int]:
        """Computed once: every item's markers look sources up here."""
        return source_numbers(self.briefing)


CHUNK_ROWS = 100
"""Sections longer than this print in chunks, so memory stays flat for huge briefings."""
CHUNK_COLUMN_CAP = 30

Row = tuple[Text, ...]


class Chunks(Group):
    """A long section split into pieces that the CLI prints one at a time."""


class Block(Group):
    """Renderables that must print together (the CLI does not split it into parts)."""


def section(title: str, body: RenderableType, ctx: ViewContext) -> RenderableType:
    """A titled block: a panel on a terminal, a heading and the body in plain text.

    A chunked body gets a rule for a title instead of a panel: a panel must render all of
    its content at once.
    """
    if ctx.plain:
        return Group(Text(title.upper(), style=HEADING), body, Text(""))
    if isinstance(body, Chunks):
        from rich.rule import Rule

        return Group(Rule(Text(title, style=HEADING), align="left"), body)
    return Panel(body, title=Text(title, style=HEADING), title_align="left", box=box.ROUNDED)


def _table(
    ctx: ViewContext,
    headers: Sequence[str],
    flexible: Mapping[int, int],
    widths: Sequence[int | None] | None = None,
    show_header: bool = True,
) -> Table:
    result = Table(
        box=None if ctx.plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=True,
        header_style=HEADING,
        show_header=show_header,
    )
    for index, header in enumerate(headers):
        if index in flexible:
            result.add_column(header, overflow="fold", ratio=flexible[index])
        else:
            width = widths[index] if widths else None
            result.add_column(header, overflow="fold", no_wrap=header == "Src", width=width)
    return result


def tabulate(
    ctx: ViewContext, headers: Sequence[str], rows: Sequence[Row], flexible: int | Mapping[int, int]
) -> RenderableType:
    """Rows as a table; the ``flexible`` column (or columns, by ratio) share the spare width,
    the others fit their content.

    Past CHUNK_ROWS the rows go into several tables with the same fixed column widths, so
    that they line up as one table while each renders on its own.
    """
    if isinstance(flexible, int):
        flexible = {flexible: 1}
    if len(rows) <= CHUNK_ROWS:
        single = _table(ctx, headers, flexible)
        for row in rows:
            single.add_row(*row)
        return single
    widths: list[int | None] = [None] * len(headers)
    for index, header in enumerate(headers):
        if index not in flexible:
            longest = max(len(line) for row in rows for line in row[index].plain.split("\n"))
            widths[index] = min(max(len(header), longest), CHUNK_COLUMN_CAP)
    pieces: list[RenderableType] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        piece = _table(ctx, headers, flexible, widths, show_header=start == 0)
        for row in rows[start : start + CHUNK_ROWS]:
            piece.add_row(*row)
        pieces.append(piece)
    return Chunks(*pieces)


def stack(blocks: Sequence[RenderableType]) -> RenderableType:
    """Blocks one after another, separated by a blank line; chunked when there are many."""
    spaced: list[RenderableType] = []
    for block in blocks:
        if spaced:
            spaced.append(Text(""))
        spaced.append(block)
    return Chunks(*spaced) if len(blocks) > CHUNK_ROWS else Group(*spaced)


def headline(title: str, detail: str) -> Text:
    """A bold title over its detail, the body of most rows."""
    text = Text()  # a style given to Text() would cover everything appended later
    text.append(title, style=HEADING)
    text.append("\n")
    text.append(detail)
    return text


def marker_text(item_sources: list[str], ctx: ViewContext) -> Text:
    return Text(markers(item_sources, ctx.numbers), style=MARKER)


def with_caveat(text: Text, item: Sourced) -> Text:
    """Append 'inferred' and the note, so an inference is never mistaken for a stated fact."""
    if item.inferred:
        text.append("\n(inferred", style="italic")
        text.append(f": {item.note})" if item.note else ")", style="italic")
    elif item.note:
        text.append(f"\n{item.note}", style=MUTED)
    return text


def render_event(ctx: ViewContext) -> RenderableType:
    event = ctx.briefing.event
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=HEADING, no_wrap=True)
    grid.add_column(overflow="fold")
    standing = event_standing(event.start, event.end, ctx.today)
    when = Text(format_range(event.start, event.end))
    when.append(f"  ({standing.describe()}, as of {format_date(ctx.today.isoformat())})", MUTED)
    rows: list[tuple[str, Text]] = [
        ("Event", Text(event.title, style=HEADING)),
        ("When", when),
        ("Where", Text(f"{event.city}, {event.host_country}")),
        ("Kind", Text(event.kind)),
        ("Organiser", Text(event.organiser)),
        ("Framework", Text(event.framework)),
        ("Participants", Text(event.participants)),
    ]
    if event.also_known_as:
        rows.insert(1, ("Also called", Text("; ".join(event.also_known_as))))
    rows.append(("Sources", marker_text(event.sources, ctx)))
    rows.append(("Facts checked", Text(format_date(ctx.briefing.checked))))
    for label, value in rows:
        grid.add_row(label, value)
    return section("Event", grid, ctx)


def render_summary(ctx: ViewContext) -> RenderableType:
    summary = ctx.briefing.summary
    text = Text(summary.text)
    text.append(" ")
    text.append_text(marker_text(summary.sources, ctx))
    return section("Summary", text, ctx)


def render_key_facts(ctx: ViewContext) -> RenderableType:
    rows = [
        (
            Text(fact.label, style=HEADING),
            with_caveat(Text(fact.value), fact),
            marker_text(fact.sources, ctx),
        )
        for fact in ctx.briefing.key_facts
    ]
    return section("Key facts", tabulate(ctx, ("What", "Fact", "Src"), rows, flexible=1), ctx)


def render_timeline(ctx: ViewContext) -> RenderableType:
    rows = [
        (
            Text(format_range(entry.date, entry.end)),
            with_caveat(headline(entry.title, entry.detail), entry),
            marker_text(entry.sources, ctx),
        )
        for entry in ctx.briefing.timeline
    ]
    body = tabulate(ctx, ("Date", "Milestone", "Src"), rows, flexible=1)
    return section("Timeline", body, ctx)


def render_outcomes(ctx: ViewContext) -> RenderableType:
    labels = {"reported": "Reported", "expected": "Expected beforehand"}
    rows = [
        (
            Text(labels[status], style="green" if status == "reported" else "yellow"),
            with_caveat(headline(outcome.title, outcome.detail), outcome),
            marker_text(outcome.sources, ctx),
        )
        for status in ("reported", "expected")
        for outcome in ctx.briefing.outcomes
        if outcome.status == status
    ]
    body = tabulate(ctx, ("Status", "Outcome", "Src"), rows, flexible=1)
    return section("Outcomes", body, ctx)


def render_challenges(ctx: ViewContext) -> RenderableType:
    rows = [
        (
            with_caveat(headline(challenge.title, challenge.detail), challenge),
            marker_text(challenge.sources, ctx),
        )
        for challenge in ctx.briefing.challenges
    ]
    return section("Challenges", tabulate(ctx, ("Challenge", "Src"), rows, flexible=0), ctx)


def render_faq_entries(
    ctx: ViewContext, entries: Sequence[FaqEntry] | None = None
) -> RenderableType:
    blocks: list[RenderableType] = []
    for entry in entries if entries is not None else ctx.briefing.faq:
        text = Text()
        text.append(f"Q: {entry.question}", style=HEADING)
        text.append("\nA: ")
        text.append(entry.answer)
        text.append(" ")
        text.append_text(marker_text(entry.sources, ctx))
        blocks.append(with_caveat(text, entry))
    return section("FAQ", stack(blocks), ctx)


def render_faq(ctx: ViewContext) -> RenderableType:
    return render_faq_entries(ctx)


def render_quotes(ctx: ViewContext, quotes: Sequence[Quote] | None = None) -> RenderableType:
    blocks: list[RenderableType] = []
    for quote in quotes if quotes is not None else ctx.briefing.quotes:
        words = Text(quote_words(quote), style="bold" if quote.verbatim else "italic")
        attribution = Text(f"\u2014 {quote.speaker}, {quote.role}\n")
        attribution.append(f"{quote.occasion}, {format_date(quote.date)} ", style=MUTED)
        attribution.append_text(marker_text(quote.sources, ctx))
        attribution.append(f"  id: {quote.id}", style=MUTED)
        blocks.append(with_caveat(Text.assemble(words, "\n", attribution), quote))
    return section("Quotes", stack(blocks), ctx)


def render_people(ctx: ViewContext) -> RenderableType:
    rows = [
        (Text(party.name, style=HEADING), Text(party.role), marker_text(party.sources, ctx))
        for party in ctx.briefing.people
    ]
    body = tabulate(ctx, ("Who", "Role", "Src"), rows, flexible={0: 1, 1: 2})
    return section("People and organisations", body, ctx)


def cited_sources(items: Iterable[Event | Summary | Sourced]) -> set[str]:
    """Ids of the sources that ``items`` cite."""
    return {source_id for item in items for source_id in item.sources}


def section_items(briefing: Briefing, key: str) -> list[Event | Summary | Sourced]:
    """The items a section command shows (summary shows the event and key facts too)."""
    if key == "summary":
        return [briefing.event, briefing.summary, *briefing.key_facts]
    items: list[Event | Summary | Sourced] = list(getattr(briefing, key))
    return items


def render_sources(ctx: ViewContext, only: set[str] | None = None) -> RenderableType:
    """The numbered source list, or the part of it that ``only`` names (numbers kept)."""
    entries: list[RenderableType] = []
    for number, source in enumerate(ctx.briefing.sources, start=1):
        if only is not None and source.id not in only:
            continue
        entry = Text()
        entry.append(f"[{number}] ", style=MARKER)
        entry.append(source.title, style=HEADING)
        entry.append(f" \u2014 {source.publisher}")
        if source.published:
            entry.append(f", {format_date(source.published)}")
        # A URL is never wrapped, so that it can be copied whole (the CLI prints without
        # cropping). Only http(s) URLs without control characters pass validation, so a
        # link can neither smuggle another scheme nor an escape sequence.
        url = Text("    ", no_wrap=True, overflow="ignore")
        url.append(source.url, style=Style(link=source.url))
        entries.append(Block(entry, url))
    # Always as chunks: on a terminal that gives a rule, not a panel whose border a long
    # unwrapped URL would break.
    return section("Sources", Chunks(*entries), ctx)


def with_sources(body: RenderableType, ctx: ViewContext, cited: set[str]) -> RenderableType:
    """A section followed by the sources its markers point to, so a reader has the URLs."""
    return Group(body, render_sources(ctx, only=cited))


SECTION_VIEWS: dict[str, Callable[[ViewContext], RenderableType]] = {
    "summary": lambda ctx: Group(render_event(ctx), render_summary(ctx), render_key_facts(ctx)),
    "timeline": render_timeline,
    "outcomes": render_outcomes,
    "challenges": render_challenges,
    "faq": render_faq,
    "quotes": render_quotes,
    "people": render_people,
    "sources": render_sources,
}


def render_facts(ctx: ViewContext) -> RenderableType:
    """The whole sheet: every section, ending with the numbered sources."""
    return Group(
        render_event(ctx),
        render_summary(ctx),
        render_key_facts(ctx),
        render_timeline(ctx),
        render_outcomes(ctx),
        render_challenges(ctx),
        render_faq(ctx),
        render_quotes(ctx),
        render_people(ctx),
        render_sources(ctx),
    )
