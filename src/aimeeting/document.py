"""One document for every format: the sections of a briefing as entries whose caveats are
part of the entry, plus the numbered sources they cite. Writers only lay it out, so no
writer can drop a caveat: inferred, note, paraphrase, translation, status and date doubts
are all decided here, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, NamedTuple

from aimeeting.briefing.dates import event_standing, format_date, format_range
from aimeeting.briefing.languages import is_english, language_name
from aimeeting.briefing.model import (
    Briefing,
    Challenge,
    Event,
    FaqEntry,
    KeyFact,
    Outcome,
    Party,
    Quote,
    Role,
    Source,
    Sourced,
    TimelineEntry,
)

Layout = Literal["fields", "prose", "table", "list", "blocks"]

EMPTY = "None in this briefing."
"""What a section with no entries says, in every format (rather than an empty table)."""


class QuoteWords(NamedTuple):
    """A quote's words and how they may be shown."""

    words: str  # in English
    verbatim: bool  # only then in quotation marks
    original: str | None  # the words as spoken, when not English and known
    language: str | None  # the spoken language's name, when not English
    speaker: str
    role: str
    occasion: str


class Entry(NamedTuple):
    """One item as every format shows it."""

    id: str | None
    label: str  # the left column: a date, a status, a key fact's label, a name
    title: str
    body: str
    caveats: tuple[str, ...]
    refs: tuple[int, ...]
    when: str | None = None  # ISO date behind a date label, for <time datetime>
    quote: QuoteWords | None = None


class Section(NamedTuple):
    key: str
    title: str
    layout: Layout
    headers: tuple[str, str]  # label column, main column (for tables)
    entries: tuple[Entry, ...]


class NumberedSource(NamedTuple):
    number: int
    id: str
    title: str
    details: tuple[str, ...]  # publisher, date, language, kind, access: short phrases
    url: str
    archived_url: str | None
    archived_label: str | None
    headline: str = ""  # the page's own title, the start of ``title``
    language: str = "en"  # the language the headline is in


class Document(NamedTuple):
    title: str
    checked: str
    sections: tuple[Section, ...]
    sources: tuple[NumberedSource, ...]


class Context(NamedTuple):
    """What building needs besides the briefing: the day that counts as today."""

    briefing: Briefing
    today: dt.date
    numbers: dict[str, int]  # source id -> its number in the list
    sources: dict[str, Source]  # source id -> the source

    @classmethod
    def of(cls, briefing: Briefing, today: dt.date) -> Context:
        numbers = {source.id: n for n, source in enumerate(briefing.sources, start=1)}
        return cls(briefing, today, numbers, {source.id: source for source in briefing.sources})

    def refs(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        return tuple(sorted({self.numbers[s] for s in source_ids if s in self.numbers}))


# ---------------------------------------------------------------- caveats


def item_caveats(item: Sourced | Event) -> tuple[str, ...]:
    """'Inferred' and the note, so an inference is never mistaken for a stated fact."""
    if item.inferred:
        return (
            f"Inferred, not stated by a source: {item.note}"
            if item.note
            else "Inferred, not stated by a source",
        )
    return (item.note,) if item.note else ()


def describe_when(date: str | None, end: str | None = None, qualifier: str = "exact") -> str:
    """A date or range in words, with its doubt: 'About May 2024', 'Date not given'."""
    if date is None:
        return "Date not given"
    words = format_range(date, end)
    prefix = {"about": "About", "by": "By", "before": "Before", "after": "After"}.get(qualifier)
    return f"{prefix} {words}" if prefix else words


def timeline_status(entry: TimelineEntry, ctx: Context) -> tuple[str, ...]:
    """A planned entry never reads as if it had happened."""
    if entry.status == "happened":
        return ()
    if entry.status in ("postponed", "cancelled"):
        return (f"{entry.status.capitalize()}: it did not take place as planned",)
    if entry.date is not None:
        standing = event_standing(entry.date, entry.end or entry.date, ctx.today)
        if standing.phase == "upcoming":
            return (f"Planned; upcoming as of {format_date(ctx.today.isoformat())}",)
    return (
        "Planned; the briefing has no report that it took place "
        f"(facts checked {format_date(ctx.briefing.checked)})",
    )


OUTCOME_ORDER = ("agreed", "announced", "reported", "proposed", "expected", "not_reported")


def outcome_label(status: str, checked: str) -> str:
    return {
        "agreed": "Agreed",
        "announced": "Announced",
        "reported": "Reported",
        "proposed": "Proposed, not agreed",
        "expected": "Expected beforehand",
        "not_reported": f"No report found as of {format_date(checked)}",
    }[status]


def quote_caveats(quote: Quote, ctx: Context) -> tuple[str, ...]:
    caveats: list[str] = []
    if quote.translated_by is not None:
        caveats.append(
            f"Translated from {language_name(quote.language)} by {translator(quote, ctx)}"
        )
    if quote.date is None:
        caveats.append("Date not given by the source")
    return (*caveats, *item_caveats(quote))


PARAPHRASE = "Paraphrase, not a quotation"


def quote_lines(words: QuoteWords) -> list[str]:
    """The words as they may be printed: in quotation marks only when they are the speaker's
    own; a paraphrase says so first; an original and its translation are both labelled."""
    if not words.verbatim:
        return [f"{PARAPHRASE}: {words.words}"]
    if words.original and words.language:
        return [
            f"In {words.language}: \u201c{' '.join(words.original.split())}\u201d",
            f"In English: \u201c{words.words}\u201d",
        ]
    return [f"\u201c{words.words}\u201d"]


def translator(quote: Quote, ctx: Context) -> str:
    if quote.translated_by == "author":
        return "the briefing's author"
    # The quote's own first source that resolves (a look-up, not a scan of every source).
    cited = [ctx.sources[s] for s in quote.sources if s in ctx.sources]
    return f"{cited[0].publisher}, the cited source" if cited else "the cited source"


def describe_role(role: Role) -> str:
    if role.since and role.until:
        return f"{role.title} ({format_range(role.since, role.until)})"
    if role.since:
        return f"{role.title} (from {format_date(role.since)})"
    if role.until:
        return f"{role.title} (until {format_date(role.until)})"
    return role.title


# ---------------------------------------------------------------- sections


def event_section(ctx: Context) -> Section:
    event = ctx.briefing.event
    standing = event_standing(event.start, event.end, ctx.today)
    when = f"{format_range(event.start, event.end)}"
    if event.main_days:
        when += f" (main days {format_range(event.main_days.start, event.main_days.end)})"
    when += f"; {standing.describe()}, as of {format_date(ctx.today.isoformat())}"
    where = "; ".join(
        ", ".join(part for part in (venue.name, venue.city, venue.country) if part)
        for venue in event.venues
    )
    fields: list[tuple[str, str]] = [("Event", event.title)]
    if event.also_known_as:
        fields.append(("Also called", "; ".join(event.also_known_as)))
    fields += [("When", when), ("Where", where), ("Kind", event.kind)]
    fields.append(("Organiser", event.organiser))
    if event.framework:
        fields.append(("Framework", event.framework))
    fields.append(("Participants", event.participants))
    entries = [
        Entry(
            "event" if label == "Event" else None,
            label,
            "",
            value,
            item_caveats(event) if label == "Event" else (),
            ctx.refs(event.sources) if label == "Event" else (),
            event.start if label == "When" else None,
        )
        for label, value in fields
    ]
    entries.append(
        Entry(
            None,
            "Facts checked",
            "",
            format_date(ctx.briefing.checked),
            (),
            (),
            ctx.briefing.checked,
        )
    )
    return Section("event", "Event", "fields", ("", ""), tuple(entries))


def summary_section(ctx: Context) -> Section:
    summary = ctx.briefing.summary
    entry = Entry("summary", "", "", summary.text, (), ctx.refs(summary.sources))
    return Section("summary", "Summary", "prose", ("", ""), (entry,))


def key_fact_entry(fact: KeyFact, ctx: Context) -> Entry:
    return Entry(fact.id, fact.label, "", fact.value, item_caveats(fact), ctx.refs(fact.sources))


def timeline_entry(item: TimelineEntry, ctx: Context) -> Entry:
    return Entry(
        item.id,
        describe_when(item.date, item.end, item.date_qualifier),
        item.title,
        item.detail,
        (*timeline_status(item, ctx), *item_caveats(item)),
        ctx.refs(item.sources),
        item.date,
    )


def outcome_entry(item: Outcome, ctx: Context) -> Entry:
    label = outcome_label(item.status, ctx.briefing.checked)
    return Entry(
        item.id, label, item.title, item.detail, item_caveats(item), ctx.refs(item.sources)
    )


def challenge_entry(item: Challenge, ctx: Context) -> Entry:
    return Entry(item.id, "", item.title, item.detail, item_caveats(item), ctx.refs(item.sources))


def faq_entry(item: FaqEntry, ctx: Context) -> Entry:
    return Entry(
        item.id, "", item.question, item.answer, item_caveats(item), ctx.refs(item.sources)
    )


def quote_entry(item: Quote, ctx: Context) -> Entry:
    translated = item.translated_by is not None
    occasion = item.occasion + (f", {format_date(item.date)}" if item.date else "")
    words = QuoteWords(
        words=" ".join(item.text.split()),
        verbatim=item.verbatim,
        original=item.original,
        language=language_name(item.language)
        if translated or not is_english(item.language)
        else None,
        speaker=item.speaker,
        role=item.role,
        occasion=occasion,
    )
    return Entry(
        item.id,
        "",
        "",
        "",
        quote_caveats(item, ctx),
        ctx.refs(item.sources),
        item.date,
        words,
    )


def party_entry(item: Party, ctx: Context) -> Entry:
    roles = "; ".join(describe_role(role) for role in item.roles)
    return Entry(item.id, item.name, "", roles, item_caveats(item), ctx.refs(item.sources))


def _by_status(outcomes: Sequence[Outcome]) -> list[Outcome]:
    return sorted(outcomes, key=lambda o: OUTCOME_ORDER.index(o.status))  # stable


class Shape(NamedTuple):
    """How a list section of the briefing becomes a Section."""

    title: str
    layout: Layout
    headers: tuple[str, str]
    entry: Callable[[Any, Context], Entry]
    order: Callable[[Any], Sequence[Any]] = list


SHAPES: dict[str, Shape] = {
    "key_facts": Shape("Key facts", "table", ("What", "Fact"), key_fact_entry),
    "timeline": Shape("Timeline", "table", ("Date", "Milestone"), timeline_entry),
    "outcomes": Shape("Outcomes", "table", ("Status", "Outcome"), outcome_entry, _by_status),
    "challenges": Shape("Challenges", "list", ("", "Challenge"), challenge_entry),
    "faq": Shape("FAQ", "blocks", ("", ""), faq_entry),
    "quotes": Shape("Quotes", "blocks", ("", ""), quote_entry),
    "people": Shape("People and organisations", "table", ("Who", "Role"), party_entry),
}


def build_section(key: str, ctx: Context) -> Section:
    """The section ``key`` of the briefing: event, summary, or one of SHAPES."""
    if key == "event":
        return event_section(ctx)
    if key == "summary":
        return summary_section(ctx)
    shape = SHAPES[key]
    items = shape.order(getattr(ctx.briefing, key))
    entries = tuple(shape.entry(item, ctx) for item in items)
    return Section(key, shape.title, shape.layout, shape.headers, entries)


def caveats_of(section: str, item: object, ctx: Context) -> tuple[str, ...]:
    """The caveats the fact sheet shows with one item of ``section``: for search hits."""
    if section == "event" and isinstance(item, Event):
        return item_caveats(item)
    shape = SHAPES.get(section)
    return shape.entry(item, ctx).caveats if shape else ()


# ---------------------------------------------------------------- sources


def numbered_source(number: int, source: Source) -> NumberedSource:
    title = source.title
    if source.title_en:
        title += f" [in English: {source.title_en}]"
    if source.title_is_description:
        title += " (a description, not the page's headline)"
    details = [source.publisher]
    if source.published:
        details.append(format_date(source.published))
    if not is_english(source.language):
        details.append(f"in {language_name(source.language)}")
    if source.kind:
        details.append(f"{source.kind} source")
    if source.accessed:
        details.append(f"accessed {format_date(source.accessed)}")
    archived_label = None
    if source.archived:
        archived_label = "Archived copy" + (
            f" of {format_date(source.archived.date)}" if source.archived.date else ""
        )
    return NumberedSource(
        number,
        source.id,
        title,
        tuple(details),
        source.url,
        source.archived.url if source.archived else None,
        archived_label,
        source.title,
        source.language,
    )


def numbered_sources(
    briefing: Briefing, only: set[int] | None = None
) -> tuple[NumberedSource, ...]:
    """The numbered source list, or the part of it that ``only`` names (numbers kept)."""
    return tuple(
        numbered_source(number, source)
        for number, source in enumerate(briefing.sources, start=1)
        if only is None or number in only
    )


def build_document(
    ctx: Context, sections: Sequence[Section], all_sources: bool = False
) -> Document:
    """Sections plus the sources their entries cite (every source when ``all_sources``)."""
    cited: set[int] | None = None
    if not all_sources:
        cited = {n for section in sections for entry in section.entries for n in entry.refs}
    return Document(
        ctx.briefing.event.title,
        ctx.briefing.checked,
        tuple(sections),
        numbered_sources(ctx.briefing, cited),
    )
