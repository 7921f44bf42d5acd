"""The briefing format: Pydantic models and the rules a briefing must follow. No I/O here."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from aimeeting.safetext import describe_char, find_unsafe

SCHEMA_VERSION = 1

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ID = r"^[a-z0-9][a-z0-9._-]*$"


def _check_text(value: str) -> str:
    bad = find_unsafe(value)
    if bad is not None:
        raise PydanticCustomError(
            "unsafe_character",
            "contains the invisible or control character {char}, which is not allowed",
            {"char": describe_char(bad)},
        )
    return value


def date_bounds(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Earliest and latest day a partial date can mean, as (year, month, day) tuples."""
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(value)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    if day is None:
        return (year, month, 1), (year, month, calendar.monthrange(year, month)[1])
    return (year, month, day), (year, month, day)


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise PydanticCustomError(
            "partial_date",
            "'{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            {"value": value[:40]},
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    month_ok = month is None or 1 <= month <= 12
    day_ok = day is None or (
        month_ok and month is not None and 1 <= day <= calendar.monthrange(year, month)[1]
    )
    if year < 1 or not month_ok or not day_ok:
        raise PydanticCustomError("partial_date", "'{value}' is not a real date", {"value": value})
    return value


Text = Annotated[str, Field(min_length=1), AfterValidator(_check_text)]
"""Text shown to people: non-empty, no control or invisible characters."""
ItemId = Annotated[str, Field(pattern=_ID, max_length=80)]
PartialDate = Annotated[
    str,
    AfterValidator(_check_partial_date),
    Field(
        description="ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.",
        json_schema_extra={"pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
    ),
]
DayDate = Annotated[
    str,
    AfterValidator(_check_partial_date),
    Field(description="A full ISO 8601 day, YYYY-MM-DD.", pattern=r"^\d{4}-\d{2}-\d{2}$"),
]
SourceIds = Annotated[
    list[ItemId],
    Field(min_length=1, description="Ids of entries in `sources` that state this item."),
]


class Strict(BaseModel):
    """Every model forbids unknown keys and is immutable once validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    """An item a person may cite: it has a stable id and names its sources."""

    id: ItemId = Field(description="Stable identifier, unique in the briefing (a-z, 0-9, . _ -).")
    sources: SourceIds
    inferred: bool = Field(
        default=False,
        description="True when the item is a reasoned inference, not a fact a source states.",
    )
    note: Text | None = Field(
        default=None, description="Why an item is inferred, or a caveat a reader should see."
    )


class Event(Strict):
    title: Text = Field(description="The event's name, as its organisers give it.")
    also_known_as: list[Text] = Field(
        default_factory=list, description="Other names the press uses for the event."
    )
    kind: Text = Field(description="What sort of event it is, e.g. 'Ministerial meeting'.")
    host_country: Text = Field(description="The country that hosts it.")
    city: Text = Field(description="The city it is held in.")
    start: PartialDate = Field(description="First day (or month, or year) of the event.")
    end: PartialDate = Field(description="Last day of the event; equal to start for one day.")
    organiser: Text = Field(description="Who organises it.")
    framework: Text = Field(description="The process or body the event belongs to.")
    participants: Text = Field(description="Who takes part, in a sentence.")
    sources: SourceIds


class Summary(Strict):
    text: Text = Field(description="One paragraph that gives the whole picture.")
    sources: SourceIds


class KeyFact(Sourced):
    label: Text = Field(description="Short label, e.g. 'When'.")
    value: Text = Field(description="The fact itself, short enough for one line.")


class TimelineEntry(Sourced):
    date: PartialDate = Field(description="When it happened, or began.")
    end: PartialDate | None = Field(default=None, description="Last day, for a range.")
    title: Text = Field(description="A headline for the milestone.")
    detail: Text = Field(description="One or two sentences on what happened.")


class Outcome(Sourced):
    status: Literal["expected", "reported"] = Field(
        description="'expected' for what was anticipated beforehand, 'reported' for a result."
    )
    title: Text = Field(description="A headline for the outcome.")
    detail: Text = Field(description="What it is, and who expected or reported it.")


class Challenge(Sourced):
    title: Text = Field(description="A headline for the challenge.")
    detail: Text = Field(description="What makes it hard, and who says so.")


class FaqEntry(Sourced):
    question: Text = Field(description="A question a reader would ask.")
    answer: Text = Field(description="A short, sourced answer.")


class Quote(Sourced):
    text: str = Field(description="The words, or the paraphrase when verbatim is false.")
    verbatim: bool = Field(
        description="True only when text is the speaker's own words; "
        "a paraphrase is never shown in quotation marks."
    )
    speaker: Text = Field(description="Who said it.")
    role: Text = Field(description="The speaker's position when speaking.")
    occasion: Text = Field(description="Where or in what it was said.")
    date: PartialDate = Field(description="When it was said.")

    @model_validator(mode="after")
    def _text_present(self) -> Quote:
        _check_text(self.text)
        if not self.text.strip():
            raise PydanticCustomError(
                "empty_quote", "a quote's text must not be empty, verbatim or not"
            )
        return self


class Party(Sourced):
    name: Text = Field(description="Name of the person or body.")
    kind: Literal["person", "organisation", "group", "country"] = Field(
        description="What sort of party it is."
    )
    role: Text = Field(description="Their part in the story.")


class Source(Strict):
    id: ItemId = Field(description="Identifier that items cite in their `sources`.")
    title: Text = Field(description="The page's headline, or a short description of the page.")
    publisher: Text = Field(description="Who published it.")
    url: Annotated[
        str, Field(pattern=r"^https?://[^\s]+$", max_length=2000), AfterValidator(_check_text)
    ] = Field(description="Where to read it (http or https).")
    published: PartialDate | None = Field(default=None, description="When it was published.")


SECTIONS = ("key_facts", "timeline", "outcomes", "challenges", "faq", "quotes", "people")
"""The keys of the briefing that hold lists of sourced items."""


class Briefing(Strict):
    """A fact sheet about one event: everything `aimeeting` shows."""

    schema_version: Literal[1] = Field(description="Version of this format; 1.")
    checked: DayDate = Field(description="The day the facts were last checked against sources.")
    event: Event = Field(description="What, where, when and who: the event itself.")
    summary: Summary = Field(description="The whole picture in one sourced paragraph.")
    key_facts: list[KeyFact] = Field(default_factory=list, description="Facts at a glance.")
    timeline: list[TimelineEntry] = Field(
        default_factory=list, description="Dated milestones, oldest first."
    )
    outcomes: list[Outcome] = Field(default_factory=list, description="Expected and reported.")
    challenges: list[Challenge] = Field(default_factory=list, description="What stands in the way.")
    faq: list[FaqEntry] = Field(default_factory=list, description="Questions readers ask.")
    quotes: list[Quote] = Field(default_factory=list, description="Attributed words.")
    people: list[Party] = Field(default_factory=list, description="People and bodies involved.")
    sources: list[Source] = Field(min_length=1, description="Everything the briefing cites.")

    @model_validator(mode="wrap")
    @classmethod
    def _check_whole(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Briefing:
        # Type errors and cross-reference errors are reported together, so that a writer
        # sees every problem in one run (the cross checks read the raw data for that).
        try:
            briefing: Briefing = handler(data)
        except ValidationError as error:
            details = [_as_init_error(e) for e in error.errors()]
            details.extend(find_cross_problems(data))
            raise ValidationError.from_exception_data(cls.__name__, details) from None
        problems = find_cross_problems(data)
        if problems:
            raise ValidationError.from_exception_data(cls.__name__, problems)
        return briefing


def _as_init_error(error: Any) -> InitErrorDetails:
    # Pydantic fills {name} only from a context; with none, the message stays as written.
    message = str(error["msg"])
    return InitErrorDetails(
        type=PydanticCustomError(error["type"], message),
        loc=tuple(error["loc"]),
        input=error.get("input"),
    )


def _problem(loc: tuple[str | int, ...], kind: str, message: str) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=None)


def _items(data: Any) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    for section in ("event", "summary"):
        value = data.get(section)
        if isinstance(value, dict):
            yield (section,), value
    for section in SECTIONS:
        entries = data.get(section)
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                if isinstance(entry, dict):
                    yield (section, index), entry


def find_cross_problems(data: Any) -> list[InitErrorDetails]:
    """Rules across items: ids unique, sources resolve, ranges run forwards.

    Reads raw JSON-like data defensively, so it can run even when types are wrong.
    """
    if not isinstance(data, dict):
        return []
    problems: list[InitErrorDetails] = []
    source_ids: set[str] = set()
    seen: dict[str, tuple[str | int, ...]] = {}
    raw_sources = data.get("sources")
    for index, source in enumerate(raw_sources if isinstance(raw_sources, list) else []):
        if isinstance(source, dict) and isinstance(source.get("id"), str):
            source_ids.add(source["id"])
            _note_id(source["id"], ("sources", index, "id"), seen, problems)
    for loc, item in _items(data):
        if isinstance(item.get("id"), str):
            _note_id(item["id"], (*loc, "id"), seen, problems)
        cited = item.get("sources")
        for position, source_id in enumerate(cited if isinstance(cited, list) else []):
            if isinstance(source_id, str) and source_id not in source_ids:
                problems.append(
                    _problem(
                        (*loc, "sources", position),
                        "unknown_source",
                        f"{source_id!r} names no entry in sources",
                    )
                )
        problems.extend(_range_problems(loc, item))
    return problems


def _note_id(
    item_id: str,
    loc: tuple[str | int, ...],
    seen: dict[str, tuple[str | int, ...]],
    problems: list[InitErrorDetails],
) -> None:
    if item_id in seen:
        first = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in seen[item_id])
        problems.append(
            _problem(loc, "duplicate_id", f"id {item_id!r} is already used at ${first}")
        )
    else:
        seen[item_id] = loc


def _range_problems(loc: tuple[str | int, ...], item: dict[str, Any]) -> list[InitErrorDetails]:
    start_key = "start" if loc == ("event",) else "date"
    start, end = item.get(start_key), item.get("end")
    if not (isinstance(start, str) and isinstance(end, str)):
        return []
    try:
        earliest_start, _ = date_bounds(start)
        _, latest_end = date_bounds(end)
    except ValueError:
        return []  # malformed dates are reported by field validation
    if latest_end < earliest_start:
        return [_problem((*loc, "end"), "date_order", f"ends ({end}) before it starts ({start})")]
    return []


def briefing_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the format, generated from the models above."""
    schema = Briefing.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://aimeeting.invalid/briefing.schema.json",
        **schema,
    }
