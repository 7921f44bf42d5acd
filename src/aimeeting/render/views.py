"""Rich views of each section. Every string from the briefing goes in as a Text object,
so markup and emoji codes in the data print literally."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from aimeeting.cite import markers, quote_words, source_numbers
from aimeeting.dates import event_standing, format_date, format_range
from aimeeting.model import Briefing, FaqEntry, Quote, Sourced

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


def section(title: str, body: RenderableType, ctx: ViewContext) -> RenderableType:
    """A titled block: a panel on a terminal, a heading and the body in plain text."""
    if ctx.plain:
        heading = Text(title.upper(), style=HEADING)
        return Group(heading, body, Text(""))
    return Panel(body, title=Text(title, style=HEADING), title_align="left", box=box.ROUNDED)


def table(ctx: ViewContext, *headers: str, flexible: int) -> Table:
    """A table with the project's look; no box drawing in plain layout.

    Column ``flexible`` takes the spare width; the others keep to their content.
    """
    result = Table(
        box=None if ctx.plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=True,
        header_style=HEADING,
    )
    for index, header in enumerate(headers):
        if index == flexible:
            result.add_column(header, overflow="fold", ratio=1)
        else:
            result.add_column(header, overflow="fold", no_wrap=header == "Src")
    return result


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
    facts = table(ctx, "What", "Fact", "Src", flexible=1)
    facts.columns[0].no_wrap = True
    for fact in ctx.briefing.key_facts:
        facts.add_row(
            Text(fact.label, style=HEADING),
            with_caveat(Text(fact.value), fact),
            marker_text(fact.sources, ctx),
        )
    return section("Key facts", facts, ctx)


def render_timeline(ctx: ViewContext) -> RenderableType:
    rows = table(ctx, "Date", "Milestone", "Src", flexible=1)
    for entry in ctx.briefing.timeline:
        milestone = Text(entry.title, style=HEADING)
        milestone.append("\n")
        milestone.append(entry.detail)
        rows.add_row(
            Text(format_range(entry.date, entry.end)),
            with_caveat(milestone, entry),
            marker_text(entry.sources, ctx),
        )
    return section("Timeline", rows, ctx)


def render_outcomes(ctx: ViewContext) -> RenderableType:
    rows = table(ctx, "Status", "Outcome", "Src", flexible=1)
    labels = {"reported": "Reported", "expected": "Expected beforehand"}
    for status in ("reported", "expected"):
        for outcome in (o for o in ctx.briefing.outcomes if o.status == status):
            body = Text(outcome.title, style=HEADING)
            body.append("\n")
            body.append(outcome.detail)
            rows.add_row(
                Text(labels[status], style="green" if status == "reported" else "yellow"),
                with_caveat(body, outcome),
                marker_text(outcome.sources, ctx),
            )
    return section("Outcomes", rows, ctx)


def render_challenges(ctx: ViewContext) -> RenderableType:
    rows = table(ctx, "Challenge", "Src", flexible=0)
    for challenge in ctx.briefing.challenges:
        body = Text(challenge.title, style=HEADING)
        body.append("\n")
        body.append(challenge.detail)
        rows.add_row(with_caveat(body, challenge), marker_text(challenge.sources, ctx))
    return section("Challenges", rows, ctx)


def render_faq_entries(
    ctx: ViewContext, entries: Sequence[FaqEntry] | None = None
) -> RenderableType:
    blocks: list[RenderableType] = []
    for entry in entries if entries is not None else ctx.briefing.faq:
        text = Text("Q: ", style=HEADING)
        text.append(entry.question, style=HEADING)
        text.append("\nA: ")
        text.append(entry.answer)
        text.append(" ")
        text.append_text(marker_text(entry.sources, ctx))
        blocks.append(with_caveat(text, entry))
        blocks.append(Text(""))
    return section("FAQ", Group(*blocks[:-1]), ctx)


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
        blocks.append(Text(""))
    return section("Quotes", Group(*blocks[:-1]), ctx)


def render_people(ctx: ViewContext) -> RenderableType:
    rows = table(ctx, "Who", "Role", "Src", flexible=1)
    for party in ctx.briefing.people:
        rows.add_row(
            Text(party.name, style=HEADING),
            Text(party.role),
            marker_text(party.sources, ctx),
        )
    return section("People and organisations", rows, ctx)


def render_sources(ctx: ViewContext) -> RenderableType:
    lines = Text()
    for number, source in enumerate(ctx.briefing.sources, start=1):
        if number > 1:
            lines.append("\n")
        lines.append(f"[{number}] ", style=MARKER)
        lines.append(source.title, style=HEADING)
        lines.append(f" \u2014 {source.publisher}")
        if source.published:
            lines.append(f", {format_date(source.published)}")
        lines.append("\n    ")
        # Only http(s) URLs pass validation, so a link cannot smuggle another scheme.
        lines.append(source.url, style=Style(link=source.url))
    return section("Sources", lines, ctx)


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
