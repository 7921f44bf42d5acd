"""One document for everything aimeeting prints: the sheet or part of it, a citation, search
hits, answers. A document is entries whose caveats are part of the entry, plus the numbered
sources they cite, whose own caveats (a description for a headline, an archived copy) are
part of the source. Writers only lay documents out, so no writer can show an item or a
source without its caveats: inferred, note, paraphrase, translation, status and date
doubts are all decided here, once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from typing import Any, Literal, NamedTuple

from aimeeting.briefing.dates import (
    event_standing,
    first_day,
    format_date,
    format_day,
    format_range,
    last_day,
)
from aimeeting.briefing.languages import is_english, language_name
from aimeeting.briefing.model import (
    Briefing,
    Challenge,
    DayRange,
    Event,
    EventField,
    FaqEntry,
    KeyFact,
    Outcome,
    Party,
    Quote,
    Role,
    Source,
    Sourced,
    TimelineEntry,
    Venue,
)
from aimeeting.sections import BY_KEY, SHOWN_WITH_ENTRIES, Layout, SectionSpec

EMPTY = "None in this briefing."
"""What a section with no entries says, in every format (rather than an empty table)."""

PARAPHRASE = "Paraphrase, not a quotation"

Form = Literal["sheet", "citation", "hits"]
"""What a document is: (part of) the sheet, one item to cite, or search hits."""


class QuoteWords(NamedTuple):
    """A quote's words and how they may be shown."""

    words: str  # in English
    verbatim: bool  # only then in quotation marks
    original: str | None  # the words as spoken, when not English and known
    language: str | None  # the spoken language's name, when not English
    speaker: str
    role: str
    occasion: str
    language_code: str = "en"  # the spoken language's tag, for lang attributes


class Excerpt(NamedTuple):
    """A field of an item trimmed around the words a search found, and where they are."""

    field: str
    text: str
    spans: tuple[tuple[int, int], ...]


class Period(NamedTuple):
    """When a dated item was, as far as the sources say: for pictures of the timeline."""

    first: dt.date  # the earliest day the date (or range) can mean
    last: dt.date  # the latest
    exact: bool  # a day (or days) the sources give, not "about", "by", a month or a year
    qualifier: str  # 'exact', 'about', 'by' (on or before), 'before' or 'after' the dates
    status: str  # 'happened', 'planned', 'postponed' or 'cancelled'
    is_event: bool = False  # the event the sheet is about


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
    section: str = ""  # in a document of items from many sections: the item's section key
    excerpts: tuple[Excerpt, ...] = ()  # for search hits: the matching fields, trimmed
    url: str | None = None  # for search hits on a source: its address, shown whole
    period: Period | None = None  # for a dated timeline entry
    show_id: bool = False  # print the id where people read (--ids)


class Section(NamedTuple):
    key: str
    title: str
    layout: Layout
    headers: tuple[str, str]  # label column, main column (for tables)
    entries: tuple[Entry, ...]


class NumberedSource(NamedTuple):
    """A source as every format cites it: its number, its words and its own caveats."""

    number: int
    id: str
    headline: str  # the title as the source gives it (or the author's description)
    title_en: str | None
    described: bool  # the title is the briefing author's description, not the headline
    publisher: str
    published: str | None
    language: str  # the language the headline is in
    kind: str | None
    accessed: str | None
    url: str
    archived_url: str | None
    archived_date: str | None
    archived_accessed: str | None = None  # the copy was read, the page itself was not
    note: str | None = None  # the author's caveat about the page, shown with its title

    @property
    def title(self) -> str:
        """The title with what a reader must know about it: its English, and whether it is
        a description rather than the page's headline."""
        title = self.headline
        if self.title_en and self.title_en != self.headline:
            title += f" [in English: {self.title_en}]"
        if self.described:
            title += " (a description, not the page's headline)"
        if self.note:
            title += f" ({self.note})"
        return title

    @property
    def details(self) -> tuple[str, ...]:
        """Publisher, date, language, kind, access: short phrases."""
        details = [self.publisher]
        if self.published:
            details.append(format_date(self.published))
        if not is_english(self.language):
            details.append(f"in {language_name(self.language)}")
        if self.kind:
            details.append(f"{self.kind} source")
        if self.accessed:
            details.append(f"accessed {format_date(self.accessed)}")
        return tuple(details)

    @property
    def caveats(self) -> tuple[str, ...]:
        """What a reader must know about the source, as sentences (for JSON, where the
        title and the archived copy's label are fields of their own)."""
        caveats = []
        if self.described:
            caveats.append("The title is a description, not the page's headline.")
        if self.note:
            caveats.append(as_sentence(self.note))
        if self.read_in_place and self.archived_accessed:
            caveats.append(
                f"The archived copy was read on {format_date(self.archived_accessed)} "
                "in place of the page, which could not be read."
            )
        return tuple(caveats)

    @property
    def read_in_place(self) -> bool:
        """Whether only the archived copy was read: every citation of the page says so."""
        return self.archived_url is not None and bool(self.archived_accessed) and not self.accessed

    @property
    def archived_label(self) -> str | None:
        if self.archived_url is None:
            return None
        label = "Archived copy"
        if self.archived_date:
            label += f" of {format_date(self.archived_date)}"
        if self.read_in_place and self.archived_accessed:
            label += (
                f", read on {format_date(self.archived_accessed)} in place of the page, "
                "which could not be read"
            )
        return label


class Place(NamedTuple):
    name: str | None
    city: str
    country: str


class EventFacts(NamedTuple):
    """The event in machine-readable form (a page's schema.org data)."""

    name: str
    start: str  # partial ISO dates
    end: str
    places: tuple[Place, ...]
    organiser: str


class Document(NamedTuple):
    title: str
    checked: str
    sections: tuple[Section, ...]
    sources: tuple[NumberedSource, ...]
    form: Form = "sheet"
    total: int = 0  # for hits: how many matched before --limit
    event: EventFacts | None = None

    def with_ids(self) -> Document:
        """The same document with every item's id shown (for `cite ID`)."""
        sections = tuple(
            s._replace(entries=tuple(e._replace(show_id=e.id is not None) for e in s.entries))
            for s in self.sections
        )
        return self._replace(sections=sections)


class Context(NamedTuple):
    """What building needs besides the briefing: the day that counts as today, and whether
    the document is read now (a terminal may say "ended 12 days ago") or published (then
    every status is stated with the day it was true on, which never goes stale)."""

    briefing: Briefing
    today: dt.date
    numbers: dict[str, int]  # source id -> its number in the list
    sources: dict[str, Source]  # source id -> the source
    relative: bool = True

    @classmethod
    def of(cls, briefing: Briefing, today: dt.date, relative: bool = True) -> Context:
        numbers = {source.id: n for n, source in enumerate(briefing.sources, start=1)}
        sources = {source.id: source for source in briefing.sources}
        return cls(briefing, today, numbers, sources, relative)

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
            return (f"Planned; upcoming as of {format_day(ctx.today)}",)
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


def label_doubt(key: str, item: Any, ctx: Context) -> str | None:
    """The doubt an item's label carries where the label stands in a column of its own (a
    timeline date, an outcome's status): 'Before May 2023', 'Date not given', 'Proposed, not
    agreed'; None for an exact date, an agreed or announced outcome, and other sections.
    Where the label is not shown (a search hit as JSON), this is one of its caveats."""
    if key == "timeline" and (item.date is None or item.date_qualifier != "exact"):
        return describe_when(item.date, item.end, item.date_qualifier)
    if key == "outcomes" and item.status not in ("agreed", "announced"):
        return outcome_label(item.status, ctx.briefing.checked)
    return None


def quote_caveats(quote: Quote, ctx: Context) -> tuple[str, ...]:
    caveats: list[str] = []
    if quote.translated_by is not None:
        caveats.append(
            f"Translated from {language_name(quote.language)} by {translator(quote, ctx)}"
        )
    if quote.date is None:
        caveats.append("Date not given by the source")
    return (*caveats, *item_caveats(quote))


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


def shown_caveats(entry: Entry) -> tuple[str, ...]:
    """Every caveat of an entry shown apart from its words (in a search hit's excerpt, say):
    a paraphrase says so first, then the entry's own caveats."""
    if entry.quote is not None and not entry.quote.verbatim:
        return (PARAPHRASE, *entry.caveats)
    return entry.caveats


_CLOSERS = "\"')]\u2019\u201d\u00bb\u300d\u300f"  # quotes and brackets that close after a stop
_STOPS = (".", "?", "!", "\u2026", "\u3002", "\uff1f", "\uff01")  # … 。？！ end one too


def as_sentence(caveat: str) -> str:
    """Words punctuated as a sentence of its own, for text that runs on: a stop is added
    unless one ends it already, inside closing quotes or brackets too ('final.”', '(see
    below.)'); a trailing comma, colon or semicolon gives way to it."""
    text = caveat.rstrip()
    if text.rstrip(_CLOSERS).endswith(_STOPS):
        return text
    return text.rstrip(",;:") + "."


def translator(quote: Quote, ctx: Context) -> str:
    """Who put the words into English, in words."""
    if quote.translated_by == "author":
        return "the briefing's author"
    if quote.translated_by != "source":
        return str(quote.translated_by)  # the translator's name, as the author gives it
    # The quote's own first source that resolves (a look-up, not a scan of every source).
    cited = [ctx.sources[s] for s in quote.sources if s in ctx.sources]
    return f"{cited[0].publisher}, the cited source" if cited else "the cited source"


def describe_role(role: Role) -> str:
    """'Chair (from 21 October 2025, inferred)': the dates, and how sure they are."""
    if role.since and role.until:
        when = format_range(role.since, role.until)
    elif role.since:
        when = f"from {format_date(role.since)}"
    elif role.until:
        when = f"until {format_date(role.until)}"
    else:
        when = ""
    doubts = [
        word for word, flag in (("inferred", role.inferred), ("planned", role.planned)) if flag
    ]
    said = ", ".join(part for part in (when, *doubts) if part)
    return f"{role.title} ({said})" if said else role.title


def describe_venue(venue: Venue) -> str:
    """'Kasumigaseki Hall, Tokyo, Japan (planned)': as the event's Where row gives it."""
    where = ", ".join(part for part in (venue.name, venue.city, venue.country) if part)
    return where + (" (planned)" if venue.planned else "")


def describe_part(part: Role | Venue | DayRange) -> str:
    """A part of an item (a person's role, an event's venue or main days) as the sheet
    writes it, its dates in words and its doubts said ("planned", "inferred")."""
    if isinstance(part, Role):
        return describe_role(part)
    if isinstance(part, Venue):
        return describe_venue(part)
    return format_range(part.start, part.end)


def role_caveats(party: Party) -> tuple[str, ...]:
    """A role's own notes, each naming the role it is about."""
    return tuple(f"{role.title}: {role.note}" for role in party.roles if role.note)


PLANNED_FACT = "Planned or aimed at, not reported as done (facts checked {checked})"


# ---------------------------------------------------------------- entries, one per item
# Each function named in a SectionSpec's `entry` makes the entries of its section.


def venue_name(venue: Venue) -> str:
    """How a caveat names the venue it is about: its own name, else its city (two venues
    in one city are told apart by name)."""
    return venue.name or venue.city


def event_entries(ctx: Context) -> list[Entry]:
    event = ctx.briefing.event
    standing = event_standing(event.start, event.end, ctx.today)
    when = f"{format_range(event.start, event.end)}"
    if event.main_days:
        when += f" (main days {format_range(event.main_days.start, event.main_days.end)})"
    said = standing.describe() if ctx.relative else standing.phase
    when += f"; {said}, as of {format_day(ctx.today)}"
    where = "; ".join(describe_venue(venue) for venue in event.venues)
    # As a planned timeline entry: once the event is over, a plan is no news of what was.
    planned_venue = (
        "a planned venue; the briefing has no report that it was used "
        f"(facts checked {format_date(ctx.briefing.checked)})"
        if standing.phase == "held"
        else "a planned venue, which may change"
    )
    # Each field's own caveats: a venue's or the main days' notes, and a planned venue.
    caveats: dict[str, tuple[str, ...]] = {
        "Event": item_caveats(event),
        "When": (event.main_days.note,) if event.main_days and event.main_days.note else (),
        "Where": tuple(
            caveat
            for venue in event.venues
            for caveat in (
                *((f"{venue_name(venue)}: {planned_venue}",) if venue.planned else ()),
                *((f"{venue_name(venue)}: {venue.note}",) if venue.note else ()),
            )
        ),
    }
    fields: list[tuple[str, EventField | None, str]] = [("Event", None, event.title)]
    if event.also_known_as:
        fields.append(("Also called", "also_known_as", "; ".join(event.also_known_as)))
    fields += [("When", "start", when), ("Where", "venues", where), ("Kind", "kind", event.kind)]
    fields.append(("Organiser", "organiser", event.organiser))
    if event.framework:
        fields.append(("Framework", "framework", event.framework))
    fields.append(("Participants", "participants", event.participants))
    # The Event line cites all the event's sources; another line those that state it,
    # where the briefing says which (field_sources).
    entries = [
        Entry(
            "event" if label == "Event" else None,
            label,
            "",
            value,
            caveats.get(label, ()),
            ctx.refs(event.sources if field is None else event.field_sources.get(field, ())),
        )
        for label, field, value in fields
    ]
    checked = ctx.briefing.checked
    entries.append(Entry(None, "Facts checked", "", format_date(checked), (), (), checked))
    return entries


def summary_entries(ctx: Context) -> list[Entry]:
    summary = ctx.briefing.summary
    return [Entry("summary", "", "", summary.text, (), ctx.refs(summary.sources))]


def key_fact_entry(fact: KeyFact, ctx: Context) -> Entry:
    planned = PLANNED_FACT.format(checked=format_date(ctx.briefing.checked))
    return Entry(
        fact.id,
        fact.label,
        "",
        fact.value,
        ((planned,) if fact.planned else ()) + item_caveats(fact),
        ctx.refs(fact.sources),
    )


def timeline_period(item: TimelineEntry, event: Event) -> Period | None:
    if item.date is None:
        return None
    end = item.end or item.date
    exact = item.date_qualifier == "exact" and len(item.date) == 10 and len(end) == 10
    is_event = (item.date, end) == (event.start, event.end)
    return Period(
        first_day(item.date), last_day(end), exact, item.date_qualifier, item.status, is_event
    )


def timeline_entry(item: TimelineEntry, ctx: Context) -> Entry:
    return Entry(
        item.id,
        describe_when(item.date, item.end, item.date_qualifier),
        item.title,
        item.detail,
        (*timeline_status(item, ctx), *item_caveats(item)),
        ctx.refs(item.sources),
        item.date,
        period=timeline_period(item, ctx.briefing.event),
    )


def outcome_entry(item: Outcome, ctx: Context) -> Entry:
    label = outcome_label(item.status, ctx.briefing.checked)
    return Entry(
        item.id,
        label,
        item.title,
        item.detail,
        item_caveats(item),
        ctx.refs(item.sources),
    )


def challenge_entry(item: Challenge, ctx: Context) -> Entry:
    return Entry(
        item.id,
        "",
        item.title,
        item.detail,
        item_caveats(item),
        ctx.refs(item.sources),
    )


def faq_entry(item: FaqEntry, ctx: Context) -> Entry:
    return Entry(
        item.id,
        "",
        item.question,
        item.answer,
        item_caveats(item),
        ctx.refs(item.sources),
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
        language_code=item.language,
    )
    return Entry(
        item.id,
        "",
        "",
        "",
        quote_caveats(item, ctx),
        ctx.refs(item.sources),
        quote=words,
    )


def party_entry(item: Party, ctx: Context) -> Entry:
    roles = "; ".join(describe_role(role) for role in item.roles)
    return Entry(
        item.id,
        item.name,
        "",
        roles,
        (*item_caveats(item), *role_caveats(item)),
        ctx.refs(item.sources),
    )


def _ordered(key: str, items: Sequence[Any]) -> Sequence[Any]:
    if key == "outcomes":  # by how settled the outcome is; stable within a status
        return sorted(items, key=lambda o: OUTCOME_ORDER.index(o.status))
    return items


def _maker(spec: SectionSpec) -> Callable[..., Any]:
    maker: Callable[..., Any] = globals()[spec.entry]
    return maker


def section_entries(spec: SectionSpec, ctx: Context) -> tuple[Entry, ...]:
    make = _maker(spec)
    if not spec.items:
        return tuple(make(ctx))
    return tuple(make(item, ctx) for item in _ordered(spec.key, getattr(ctx.briefing, spec.key)))


def build_section(key: str, ctx: Context) -> Section:
    """The section ``key`` of the sheet."""
    spec = BY_KEY[key]
    return Section(spec.key, spec.title, spec.layout, spec.headers, section_entries(spec, ctx))


def entry_for(key: str, item: Any, ctx: Context) -> Entry:
    """The entry of one item of section ``key``. The event and the summary are one item the
    sheet shows as several rows: their first entry, with every row's caveats and sources
    (the event's venue has its own caveat)."""
    spec = BY_KEY[key]
    if not spec.items:
        rows = section_entries(spec, ctx)
        return rows[0]._replace(
            caveats=tuple(dict.fromkeys(c for row in rows for c in row.caveats)),
            refs=tuple(dict.fromkeys(n for row in rows for n in row.refs)),
        )
    return _maker(spec)(item, ctx)  # type: ignore[no-any-return]


def every_entry(ctx: Context) -> Iterator[tuple[Section, Entry]]:
    """Every entry of the sheet that has an id, in sheet order, with its section."""
    for spec in SHOWN_WITH_ENTRIES:
        section = build_section(spec.key, ctx)
        for entry in section.entries:
            if entry.id:
                yield section, entry


# ---------------------------------------------------------------- sources


def numbered_source(number: int, source: Source) -> NumberedSource:
    return NumberedSource(
        number,
        source.id,
        source.title,
        source.title_en,
        source.title_is_description,
        source.publisher,
        source.published,
        source.language,
        source.kind,
        source.accessed,
        source.url,
        source.archived.url if source.archived else None,
        source.archived.date if source.archived else None,
        source.archived.accessed if source.archived else None,
        source.note,
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


def source_caveats(source: NumberedSource) -> tuple[str, ...]:
    """What a reader must know about a source beyond its title's own words."""
    if source.described:
        return ("The title is the briefing author's description, not the page's headline",)
    return ()


def source_entry(source: Source, ctx: Context) -> Entry:
    """A source as an entry (a search hit on it): its title, details and caveats."""
    numbered = numbered_source(ctx.numbers[source.id], source)
    return Entry(
        source.id,
        "",
        numbered.title,
        ", ".join(numbered.details),
        numbered.caveats,  # the title's caveats, its note, and a page read only in a copy
        (numbered.number,),
        url=source.url,
    )


def cited_by(entries: Iterable[Entry]) -> set[int]:
    return {n for entry in entries for n in entry.refs}


# ---------------------------------------------------------------- documents


def build_document(
    ctx: Context, sections: Sequence[Section], all_sources: bool = False
) -> Document:
    """Sections plus the sources their entries cite (every source when ``all_sources``)."""
    cited = None if all_sources else cited_by(e for s in sections for e in s.entries)
    event = ctx.briefing.event
    facts = EventFacts(
        event.title,
        event.start,
        event.end,
        tuple(Place(v.name, v.city, v.country) for v in event.venues),
        event.organiser,
    )
    return Document(
        event.title,
        ctx.briefing.checked,
        tuple(sections),
        numbered_sources(ctx.briefing, cited),
        event=facts,
    )


def build_sheet(ctx: Context, keys: Sequence[str], all_sources: bool = False) -> Document:
    """The sections named by ``keys`` (the sources list is not a section of entries)."""
    sections = [build_section(key, ctx) for key in keys if BY_KEY[key].layout != "sources"]
    return build_document(ctx, sections, all_sources)


def build_citation(ctx: Context, section_key: str, *entries: Entry) -> Document:
    """Entries to cite, each a citation of its own, with the sources they cite."""
    spec = BY_KEY[section_key]
    section = Section(spec.key, spec.title, spec.layout, spec.headers, entries)
    return build_document(ctx, [section])._replace(form="citation")


def build_answer(ctx: Context, section_key: str, item_ids: Set[str]) -> Document:
    """Items of one section as the answer to a question: in their section (which says
    where they come from), in its order, with their ids shown and the sources they cite."""
    section = build_section(section_key, ctx)
    chosen = tuple(e._replace(show_id=True) for e in section.entries if e.id in item_ids)
    return build_document(ctx, [section._replace(entries=chosen)])


def build_citations(ctx: Context, section_key: str, ids: Sequence[str]) -> Document:
    """The items of section ``section_key`` with these ids, as citations, in that order."""
    entries = {entry.id: entry for entry in build_section(section_key, ctx).entries}
    return build_citation(ctx, section_key, *(entries[item_id] for item_id in ids))


FACTBOX_FIELDS = ("Event", "When", "Where", "Participants", "Organiser")
"""The event's fields a fact box shows (in this order), with the outcome after them."""


def build_factbox(ctx: Context) -> Document:
    """A short box of facts for an article: the event, when, where, who took part, what it
    produced and who organised it, each with its caveats and sources, and the facts'
    date. The outcome is the most settled one (agreed, then announced, then reported);
    with none, the box says that no outcome was reported by the day the facts were
    checked."""
    event = {entry.label: entry for entry in event_entries(ctx)}
    # A line of the box may be pasted alone: each field of the event cites the sources
    # that state it, or, where the briefing does not say which, the event's (its caveats,
    # which cover them all, stay on the Event line).
    entries = [
        event[label]._replace(refs=event[label].refs or event["Event"].refs)
        for label in FACTBOX_FIELDS
        if label in event
    ]
    settled = [o for o in _ordered("outcomes", ctx.briefing.outcomes) if o.status in SETTLED]
    if settled:
        outcome = outcome_entry(settled[0], ctx)
        entries.insert(
            4,
            outcome._replace(
                label="Outcome", title="", body=f"{outcome.title} ({outcome.label.lower()})"
            ),
        )
    else:
        none = f"No outcome reported as of {format_date(ctx.briefing.checked)}"
        entries.insert(4, Entry(None, "Outcome", "", none, (), ()))
    entries.append(event["Facts checked"])
    section = Section("factbox", "Fact box", "fields", ("", ""), tuple(entries))
    return build_document(ctx, [section])


SETTLED = ("agreed", "announced", "reported")
"""Outcome statuses a fact box may state as the outcome (not proposed or expected)."""
