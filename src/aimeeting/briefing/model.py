"""The briefing format: Pydantic models and the rules a briefing must follow. No I/O here.

Two choices here are for start-up time, which every command that loads a briefing pays:
annotations are real objects (no `from __future__ import annotations`, so Pydantic need not
evaluate about eighty strings), and empty lists default to `[]` (Pydantic copies a mutable
default for each model; `default_factory=list` made it read the signature of `list`, which
loads the tokenizer). Together about 4 ms of every run.
"""

import itertools
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from aimeeting.briefing import dates, languages
from aimeeting.briefing.bounded import as_problem, capped, in_windows, problem, stopped
from aimeeting.limits import MAX_PROBLEMS
from aimeeting.safetext import describe_char, find_unsafe
from aimeeting.sections import ITEM_SECTIONS

SCHEMA_VERSION = 2

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
# No spaces, and none of the characters RFC 3986 never allows in an address (a real
# one has them percent-encoded), which would end a link early in Markdown or HTML.
_URL = re.compile(r'https?://[^\s<>"`{}|^]+')
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _shows(char: str) -> bool:
    """Whether a character shows on its own: a letter, digit, punctuation or symbol."""
    import unicodedata

    return unicodedata.category(char)[0] in "LNPS"


def _check_text(value: str) -> str:
    bad = find_unsafe(value)
    if bad is not None:
        raise PydanticCustomError(
            "unsafe_character",
            "contains the invisible or control character {char}, which is not allowed",
            {"char": describe_char(bad)},
        )
    stripped = value.strip()
    if not stripped or not (stripped.isascii() or any(map(_shows, stripped))):
        # ... nor does text of joiners or marks alone (a title of one ZWJ shows as nothing)
        raise PydanticCustomError(
            "blank_text", "text of only spaces, joiners or marks says nothing: write it out"
        )
    if stripped.startswith("<") and stripped.endswith(">") and ">" not in stripped[1:-1]:
        raise _placeholder(value)
    # Spaces around a text would show as 'Tail .' or 'stop. ,' in print. A tab inside it is
    # a space: a terminal would move it to the next tab stop, past the width it was laid
    # out for, and Markdown reads one after a line break as code.
    return stripped.replace("\t", " ")


def _placeholder(value: str, what: str = "text") -> PydanticCustomError:
    # `aimeeting init` writes '<...>' texts, '.invalid' URLs and PLACEHOLDER_DATE for an
    # author to replace.
    return PydanticCustomError(
        "placeholder",
        "placeholder {value} left from 'aimeeting init' or 'upgrade': replace it with the "
        "real {what}",
        {"value": repr(value[:60]), "what": what},
    )


def _check_url(value: str) -> str:
    authority = re.split(r"[/?#]", value.split("://", 1)[-1], maxsplit=1)[0]
    if "@" in authority:
        raise PydanticCustomError(
            "url_userinfo",
            "a user name in an address (name@host) hides which site it leads to: give the "
            "address without it",
        )
    host = authority.split(":", 1)[0].casefold()
    if host == "invalid" or host.endswith(".invalid"):
        raise _placeholder(value, "address")
    return value


PLACEHOLDER_DATE = "1111-11-11"
"""The date `aimeeting init` writes for an author to replace; never a real briefing's."""


def _check_partial_date(value: str) -> str:
    if value == PLACEHOLDER_DATE:
        raise _placeholder(value, "date")
    problem = dates.problem_with(value)
    if problem is not None:
        raise PydanticCustomError("partial_date", "{problem}", {"problem": problem})
    return value


def _check_day(value: str) -> str:
    if not dates.is_full_day(value):
        raise PydanticCustomError(
            "day_date", "'{value}' is not a full day like 2026-11-24", {"value": value[:40]}
        )
    return value


def _matching(pattern: re.Pattern[str], kind: str, words: str) -> AfterValidator:
    """A pattern check whose error says in words what is expected (a regex helps nobody)."""

    def check(value: str) -> str:
        if pattern.fullmatch(value) is None:
            raise PydanticCustomError(kind, words)
        return value

    return AfterValidator(check)


Text = Annotated[str, Field(min_length=1), AfterValidator(_check_text)]
"""Text shown to people: non-empty, no control or invisible characters."""


def _check_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        # A name or a heading in a line of its own: a break would print a line that looks
        # like another part of the sheet ("Source: [9] ...") in a pasted citation.
        raise PydanticCustomError(
            "line_break",
            "a line break in what is shown on one line (a name, title, label or short "
            "fact): remove it",
        )
    return value


# Spaces and line breaks around a text are dropped (see _check_text): only those inside
# break the line.
Line = Annotated[
    Text,
    AfterValidator(_check_line),
    Field(json_schema_extra={"pattern": r"^\s*[^\n\r]*?\s*$"}),
]

"""Text shown in one line: a name, a title, a label, a short fact."""
ItemId = Annotated[
    str,
    Field(max_length=80, json_schema_extra={"pattern": f"^{_ID.pattern}$"}),
    _matching(
        _ID,
        "id_pattern",
        "an id: ids use only a-z, 0-9, '.', '_' and '-', starting with a letter or digit",
    ),
]
PartialDate = Annotated[
    str,
    AfterValidator(_check_partial_date),
    Field(
        description="ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.",
        json_schema_extra={"pattern": dates.PARTIAL_DATE_PATTERN},
        examples=["2026-11-24", "2026-11", "2026"],
    ),
]
DayDate = Annotated[
    str,
    AfterValidator(_check_partial_date),
    AfterValidator(_check_day),
    Field(
        description="A full ISO 8601 day, YYYY-MM-DD.",
        json_schema_extra={"pattern": dates.DAY_PATTERN},
        examples=["2026-11-24"],
    ),
]
Url = Annotated[
    str,
    Field(max_length=2000, json_schema_extra={"pattern": f"^{_URL.pattern}$"}),
    AfterValidator(_check_text),
    _matching(
        _URL,
        "url",
        "a web address: one starts with http:// or https://, with no spaces and none of "
        '< > " ` { } | ^ (percent-encode them)',
    ),
    AfterValidator(_check_url),
]
Language = Annotated[
    str,
    Field(
        max_length=35,
        description="BCP 47 language code, e.g. 'en', 'ja', 'hi', 'pt-BR'.",
        json_schema_extra={"pattern": f"^{_LANGUAGE.pattern}$"},
        examples=["en", "ja"],
    ),
    _matching(_LANGUAGE, "language", "a language code like 'en', 'ja' or 'pt-BR'"),
]
SourceIds = Annotated[
    list[ItemId],
    Field(min_length=1, description="Ids of entries in `sources` that state this item."),
]


class Strict(BaseModel):
    """Every model forbids unknown keys and is immutable once validated."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Sourced(Strict):
    """An item a person may cite: a stable id, its sources, and the caveat that travels with
    it. The id comes first, as in every item of the JSON."""

    id: ItemId = Field(description="Stable identifier, unique in the briefing (a-z, 0-9, . _ -).")
    sources: SourceIds
    inferred: StrictBool = Field(
        default=False,
        description="True when the item is a reasoned inference, not a fact a source states.",
    )
    note: Text | None = Field(
        default=None, description="Why an item is inferred, or a caveat a reader should see."
    )


class Venue(Strict):
    name: Line | None = Field(default=None, description="The building or site, if known.")
    city: Line = Field(description="The city.")
    country: Line = Field(description="The country.")
    planned: StrictBool = Field(
        default=False,
        description="True for a venue announced for an event still to come: it may change.",
    )
    note: Text | None = Field(default=None, description="A caveat about this venue.")


class DayRange(Strict):
    start: PartialDate = Field(description="First day.")
    end: PartialDate = Field(description="Last day; equal to start for one day.")
    note: Text | None = Field(default=None, description="A caveat about these days.")


EventField = Literal[
    "also_known_as", "kind", "venues", "start", "organiser", "framework", "participants"
]
"""The fields of the event a line of the fact sheet shows under the Event line, which cites
all the event's sources ("start": the dates, with `end` and `main_days`)."""


class Event(Strict):
    title: Line = Field(description="The event's name, as its organisers give it.")
    also_known_as: list[Line] = Field(
        default=[], description="Other names the press uses for the event."
    )
    kind: Line = Field(description="What sort of event it is, e.g. 'Leaders' summit'.")
    venues: list[Venue] = Field(min_length=1, description="Where it is held, main venue first.")
    start: PartialDate = Field(description="First day (or month, or year) of the event.")
    end: PartialDate = Field(description="Last day of the event; equal to start for one day.")
    main_days: DayRange | None = Field(
        default=None,
        description="The core days inside a longer start-end range, if a source gives them.",
    )
    organiser: Line = Field(description="Who organises it.")
    framework: Line | None = Field(
        default=None, description="The process or body the event belongs to, if any."
    )
    participants: Line = Field(description="Who takes part, in a sentence.")
    field_sources: dict[EventField, SourceIds] = Field(
        default={},
        description="For a field that fewer of the event's sources state, those that do "
        '("start" stands for the dates): a line of the fact box pasted alone cites them.',
    )
    # The caveat fields of Caveated, written out so that they follow the event's own keys.
    sources: SourceIds
    inferred: StrictBool = Field(
        default=False, description="True when the event facts are inferred."
    )
    note: Text | None = Field(default=None, description="A caveat readers should see.")


class Summary(Strict):
    text: Text = Field(description="One paragraph that gives the whole picture.")
    sources: SourceIds


class KeyFact(Sourced):
    label: Line = Field(description="Short label, e.g. 'When'.")
    value: Line = Field(description="The fact itself, short enough for one line.")
    planned: StrictBool = Field(
        default=False,
        description="True when the fact is a plan or an aim, not something done: it is then "
        "never shown as if it had happened.",
    )


DateQualifier = Literal["exact", "about", "by", "before", "after"]

VALUE_MEANINGS = {
    "date_qualifier": {
        "exact": "the date itself",
        "about": "roughly then",
        "by": "on or before it",
        "before": "earlier than it",
        "after": "later than it",
    },
}
"""What each allowed value means, for messages that list them."""
VALUE_WORDS = {
    "on or before": "by",
    "no later than": "by",
    "not later than": "by",
    "at the latest": "by",
    "until": "by",
    "circa": "about",
    "c.": "about",
    "ca.": "about",
    "approximately": "about",
    "approx.": "about",
    "around": "about",
    "roughly": "about",
    "prior to": "before",
    "earlier than": "before",
    "later than": "after",
    "since": "after",
    "exactly": "exact",
    "on": "exact",
}
"""Plain words an author may write for a value, and the value they mean."""
TimelineStatus = Literal["happened", "planned", "postponed", "cancelled"]
OutcomeStatus = Literal["expected", "proposed", "agreed", "announced", "reported", "not_reported"]


class TimelineEntry(Sourced):
    date: PartialDate | None = Field(
        description="When it happened or began; null when no source gives a date."
    )
    end: PartialDate | None = Field(default=None, description="Last day, for a range.")
    date_qualifier: DateQualifier = Field(
        default="exact",
        description="'exact', or how the date is known: 'about', 'by', 'before', 'after'.",
    )
    status: TimelineStatus = Field(
        default="happened",
        description="'happened', or 'planned', 'postponed', 'cancelled' for what has not "
        "(yet) taken place; a planned entry is never shown as if it had happened.",
    )
    title: Line = Field(description="A headline for the milestone.")
    detail: Text = Field(description="One or two sentences on what happened.")


class Outcome(Sourced):
    status: OutcomeStatus = Field(
        description="expected: anticipated beforehand; proposed: put forward, not agreed; "
        "agreed: adopted by the participants; announced: declared by the organisers; "
        "reported: reported as having happened; not_reported: expected, but no report found "
        "as of the checked date."
    )
    title: Line = Field(description="A headline for the outcome.")
    detail: Text = Field(description="What it is, and who expected or reported it.")


class Challenge(Sourced):
    title: Line = Field(description="A headline for the challenge.")
    detail: Text = Field(description="What makes it hard, and who says so.")


class FaqEntry(Sourced):
    question: Line = Field(description="A question a reader would ask.")
    answer: Text = Field(description="A short, sourced answer.")
    aliases: list[Text] = Field(default=[], description="Other ways readers ask the same question.")


class Quote(Sourced):
    text: Text = Field(
        description="The words in English, or the paraphrase when verbatim is false."
    )
    verbatim: StrictBool = Field(
        description="True only when text is the speaker's own words (in translation when "
        "translated_by is set); a paraphrase is never shown in quotation marks."
    )
    language: Language = Field(default="en", description="The language the words were spoken in.")
    original: Text | None = Field(
        default=None, description="The words in the language spoken, where the briefing has them."
    )
    translated_by: Line | None = Field(
        default=None,
        description="Who put the words into English: 'source' (the quote's first cited "
        "source), 'author' (the briefing's author), or the translator's name (e.g. a news "
        "agency); null when they were spoken in English.",
    )
    speaker: Line = Field(description="Who said it.")
    role: Line = Field(description="The speaker's position when speaking.")
    occasion: Line = Field(description="Where or in what it was said.")
    date: PartialDate | None = Field(description="When it was said; null when no source says.")


class Role(Strict):
    # "from" is the natural key but a Python keyword: the attribute is `since`.
    model_config = ConfigDict(
        extra="forbid", frozen=True, serialize_by_alias=True, defer_build=True
    )

    title: Line = Field(description="The position or part, e.g. 'Minister of Finance'.")
    since: PartialDate | None = Field(
        default=None, alias="from", description="When it began, if known."
    )
    until: PartialDate | None = Field(default=None, description="When it ended, if it has.")
    inferred: StrictBool = Field(
        default=False,
        description="True when the dates are reasoned, not stated by a source (say why in note).",
    )
    planned: StrictBool = Field(
        default=False, description="True for a part announced but not yet taken up."
    )
    note: Text | None = Field(default=None, description="A caveat about this role.")


class Party(Sourced):
    name: Line = Field(description="Name of the person or body.")
    kind: Literal["person", "organisation", "group", "country"] = Field(
        description="What sort of party it is."
    )
    roles: list[Role] = Field(min_length=1, description="Their parts in the story, oldest first.")


class ArchivedCopy(Strict):
    url: Url = Field(description="Where the archived copy is.")
    date: PartialDate | None = Field(default=None, description="When it was archived.")
    accessed: DayDate | None = Field(
        default=None,
        description="The day the copy was read, when the page itself could not be (then "
        "the source has no accessed day of its own).",
    )


class Source(Strict):
    id: ItemId = Field(description="Identifier that items cite in their `sources`.")
    title: Line = Field(description="The page's headline in its own language.")
    title_en: Line | None = Field(
        default=None, description="The title in English, for a page in another language."
    )
    title_is_description: StrictBool = Field(
        default=False,
        description="True when title is the briefing author's description, not the headline.",
    )
    publisher: Line = Field(description="Who published it.")
    url: Url = Field(description="Where to read it (http or https).")
    published: PartialDate | None = Field(default=None, description="When it was published.")
    language: Language = Field(default="en", description="The language the page is written in.")
    kind: Literal["primary", "secondary"] | None = Field(
        default=None,
        description="primary: published by the body that acted; secondary: press, analysis "
        "or an archive; null: not said.",
    )
    archived: ArchivedCopy | None = Field(
        default=None, description="An archived copy of the same page."
    )
    accessed: DayDate | None = Field(default=None, description="The day it was last read.")
    note: Text | None = Field(
        default=None,
        description="A caveat about the page itself (what else it holds, where it could be "
        "read), shown wherever the source is cited.",
    )


# A briefing's own fields, validated at a cost bounded by the file's size however many
# problems it has (see `bounded`): every list of items is an ItemList.
_Item = TypeVar("_Item")
ItemList = Annotated[list[_Item], WrapValidator(in_windows)]
OneItem = WrapValidator(capped)


class Briefing(Strict):
    """A fact sheet about one event: everything `aimeeting` shows."""

    schema_version: Literal[2] = Field(
        description="Version of this format: 2 (files of version 1 are upgraded on loading)."
    )
    checked: DayDate = Field(description="The day the facts were last checked against sources.")
    event: Annotated[Event, OneItem] = Field(
        description="What, where, when and who: the event itself."
    )
    summary: Annotated[Summary, OneItem] = Field(
        description="The whole picture in one sourced paragraph."
    )
    key_facts: ItemList[KeyFact] = Field(default=[], description="Facts at a glance.")
    timeline: ItemList[TimelineEntry] = Field(
        default=[], description="Dated milestones, oldest first."
    )
    outcomes: ItemList[Outcome] = Field(default=[], description="Results and expectations.")
    challenges: ItemList[Challenge] = Field(default=[], description="What stands in the way.")
    faq: ItemList[FaqEntry] = Field(default=[], description="Questions readers ask.")
    quotes: ItemList[Quote] = Field(default=[], description="Attributed words.")
    people: ItemList[Party] = Field(default=[], description="People and bodies involved.")
    sources: ItemList[Source] = Field(min_length=1, description="Everything the briefing cites.")

    @model_validator(mode="wrap")
    @classmethod
    def _check_whole(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> "Briefing":
        # Type errors and cross-reference errors are reported together, so that a writer
        # sees every problem in one run (the cross checks read the raw data for that).
        unknown = (
            [key for key in data if key not in cls.model_fields] if isinstance(data, dict) else []
        )
        if len(unknown) > MAX_PROBLEMS:  # Pydantic would build an error for each
            details = [
                problem((key,), "extra_forbidden", "unknown key") for key in unknown[:MAX_PROBLEMS]
            ]
            details.append(stopped((unknown[MAX_PROBLEMS],)))
            raise ValidationError.from_exception_data(cls.__name__, details)
        try:
            briefing: Briefing = handler(data)
        except ValidationError as error:
            details = [as_problem(e, tuple(e["loc"])) for e in error.errors()]
            details.extend(_first_cross_problems(data))
            raise ValidationError.from_exception_data(cls.__name__, details) from None
        problems = _first_cross_problems(data)
        if problems:
            raise ValidationError.from_exception_data(cls.__name__, problems)
        return briefing


def _first_cross_problems(data: Any) -> list[InitErrorDetails]:
    """The first MAX_PROBLEMS of `cross_problems`, and where checking stopped if it did."""
    found = list(itertools.islice(cross_problems(data), MAX_PROBLEMS + 1))
    if len(found) > MAX_PROBLEMS:
        found[MAX_PROBLEMS] = stopped(found[MAX_PROBLEMS]["loc"])
    return found


def cross_problems(data: Any) -> Iterator[InitErrorDetails]:
    """Rules across items: ids unique, sources resolve, ranges run forwards, translations
    say who translated.

    Reads raw JSON-like data defensively, so it can run even when types are wrong.
    """
    if not isinstance(data, dict):
        return
    source_ids: set[str] = set()
    seen: dict[str, tuple[str | int, ...]] = {}
    raw_sources = data.get("sources")
    for index, source in enumerate(raw_sources if isinstance(raw_sources, list) else []):
        if isinstance(source, dict) and isinstance(source.get("id"), str):
            source_ids.add(source["id"])
            yield from _id_problems(source["id"], ("sources", index, "id"), seen)
    for loc, item in _items(data):
        if isinstance(item.get("id"), str):
            yield from _id_problems(item["id"], (*loc, "id"), seen)
        cited = item.get("sources")
        for position, source_id in enumerate(cited if isinstance(cited, list) else []):
            if isinstance(source_id, str) and source_id not in source_ids:
                yield (
                    problem(
                        (*loc, "sources", position),
                        "unknown_source",
                        f"{source_id!r} names no entry in sources",
                    )
                )
        start_key = "start" if loc == ("event",) else "date"
        yield from _range_problems(loc, item, start_key, "end")
        if loc[0] == "quotes":
            yield from _translation_problems(loc, item)
            yield from _quoted_problems(loc, item)
    event = data.get("event")
    if isinstance(event, dict) and isinstance(event.get("main_days"), dict):
        yield from _main_days_problems(event)
    if isinstance(event, dict) and isinstance(event.get("field_sources"), dict):
        yield from _field_source_problems(event, source_ids)
    for loc, item in _nested(data, "people", "roles"):
        yield from _range_problems(loc, item, "from", "until")


def _field_source_problems(event: dict[str, Any], source_ids: set[str]) -> list[InitErrorDetails]:
    """A field's sources are some of the event's: the event's list is what the sheet
    numbers and what the event line cites. (An id that is no id is reported as such.)"""
    cited = event.get("sources")
    known = set(cited) if isinstance(cited, list) else set()
    problems = []
    for field, ids in event["field_sources"].items():
        for position, source_id in enumerate(ids if isinstance(ids, list) else []):
            if not isinstance(source_id, str) or not _ID.fullmatch(source_id):
                continue
            if source_id not in source_ids:
                message = f"{source_id!r} names no entry in sources"
            elif source_id not in known:
                message = (
                    f"{source_id!r} is not one of the event's sources: list it in event.sources too"
                )
            else:
                continue
            loc = ("event", "field_sources", field, position)
            problems.append(problem(loc, "unlisted_source", message))
    return problems


def _items(data: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    for section in ("event", "summary"):
        value = data.get(section)
        if isinstance(value, dict):
            yield (section,), value
    for section in ITEM_SECTIONS:
        entries = data.get(section)
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                if isinstance(entry, dict):
                    yield (section, index), entry


def _nested(
    data: dict[str, Any], section: str, key: str
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    entries = data.get(section)
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        inner = entry.get(key) if isinstance(entry, dict) else None
        for position, value in enumerate(inner if isinstance(inner, list) else []):
            if isinstance(value, dict):
                yield (section, index, key, position), value


RESERVED_IDS = frozenset({"event", "summary"})
"""Ids the fact sheet gives the event and the summary (`cite event`): no item may take them."""


def _id_problems(
    item_id: str, loc: tuple[str | int, ...], seen: dict[str, tuple[str | int, ...]]
) -> Iterator[InitErrorDetails]:
    if item_id in RESERVED_IDS:
        yield (
            problem(
                loc,
                "reserved_id",
                f"{item_id!r} is the id the fact sheet gives the {item_id} itself: choose another",
            )
        )
    if item_id in seen:
        first = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in seen[item_id])
        yield problem(loc, "duplicate_id", f"id {item_id!r} is already used at ${first}")
    else:
        seen[item_id] = loc


def _range_problems(
    loc: tuple[str | int, ...], item: dict[str, Any], start_key: str, end_key: str
) -> list[InitErrorDetails]:
    start, end = item.get(start_key), item.get(end_key)
    # A timeline entry's end is shown only with its date (a role may end, start unknown).
    if start is None and isinstance(end, str) and loc[0] == "timeline":
        return [
            problem(
                (*loc, end_key),
                "end_without_start",
                f"an end ({end}) without a start says nothing: give the start too, or "
                "leave the end out",
            )
        ]
    if not (isinstance(start, str) and isinstance(end, str)):
        return []
    try:
        earliest_start, _ = dates.date_bounds(start)
        _, latest_end = dates.date_bounds(end)
    except ValueError:
        return []  # malformed dates are reported by field validation
    if latest_end < earliest_start:
        return [problem((*loc, end_key), "date_order", f"ends ({end}) before it starts ({start})")]
    return []


def _main_days_problems(event: dict[str, Any]) -> list[InitErrorDetails]:
    main = event["main_days"]
    problems = _range_problems(("event", "main_days"), main, "start", "end")
    try:
        outer = dates.date_bounds(event["start"])[0], dates.date_bounds(event["end"])[1]
        inner = dates.date_bounds(main["start"])[0], dates.date_bounds(main["end"])[1]
    except (KeyError, TypeError, ValueError):
        return problems
    if inner[0] < outer[0] or inner[1] > outer[1]:
        problems.append(
            problem(
                ("event", "main_days"),
                "main_days_outside",
                "main days must fall inside the event's start and end",
            )
        )
    return problems


def _translation_problems(
    loc: tuple[str | int, ...], quote: dict[str, Any]
) -> list[InitErrorDetails]:
    language = quote.get("language", "en")
    translated_by = quote.get("translated_by")
    if not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        return []  # the language is reported as wrong; what follows from it waits for it
    english = languages.is_english(language)
    if not english and translated_by is None:
        return [
            problem(
                (*loc, "translated_by"),
                "translation_unsaid",
                f"the words were spoken in {language!r}: say who translated them into English "
                "('source', 'author', or the translator's name)",
            )
        ]
    if english and translated_by is not None:
        return [
            problem(
                (*loc, "translated_by"),
                "translation_unneeded",
                "words spoken in English are not a translation; set translated_by to null "
                "or give the language they were spoken in",
            )
        ]
    if quote.get("original") is not None and quote.get("verbatim") is False:
        return [
            problem(
                (*loc, "original"),
                "original_of_paraphrase",
                "original is for a speaker's own words; a paraphrase has none",
            )
        ]
    if english and quote.get("original") is not None:
        return [
            problem(
                (*loc, "original"),
                "original_unneeded",
                "original is for words spoken in another language; text already has them",
            )
        ]
    return []


_PAIRS = {
    "“": "”“\"", "„": "“”", "‟": "”", "‘": "’‘", "‚": "‘’", "‛": "’", "«": "»", "»": "«»",
    "‹": "›", "›": "‹›", "「": "」", "『": "』", "﹁": "﹂", "﹃": "﹄", "〝": "〞〟",
    "❝": "❞", "❛": "❜", '"': '"”', "'": "'’", "＂": "＂", "＇": "＇", "”": "”", "’": "’",
}  # fmt: skip
"""Each mark that opens a quotation, with the marks that close it."""
_AROUND = "([{（［｛…  —–-"
_AFTER = ".,;:!?…。．，！？、)]}）］｝  —–-"


def in_quotation_marks(text: str) -> bool:
    """Whether the whole text is one quotation in marks of its own: '“We are ready.”',
    '»Ja.«', '「…」', '“Open data is a public good”.' (the full stop outside), '“We will
    build a “safe” AI.”' (a quotation inside it); not '"AI" must be "safe"' or '“AI” must
    be ‘safe’' (quotations in a text), nor "'90s policy was about 'basics'". An apostrophe
    ("we're", "the ministers' plan", "'90s") closes nothing."""
    text = text.strip().lstrip(_AROUND).rstrip(_AFTER)
    if len(text) < 2 or (closers := _PAIRS.get(text[0])) is None or text[-1] not in closers:
        return False
    if text[0] in "’'" and text[1].isdigit():
        return False  # "'90s": an apostrophe, no quotation
    opener, depth = text[0], 1
    for at in range(1, len(text) - 1):
        char = text[at]
        if char in "’'" and _is_apostrophe(text, at):
            continue
        if char in closers and (char != opener or not _opens_here(text, at)):
            depth -= 1
            if depth == 0:
                return False  # closed before the end: the text is more than one quotation
        elif char == opener:
            depth += 1
    return depth == 1


def _is_apostrophe(text: str, at: int) -> bool:
    """An apostrophe in a word ("we're"), after a plural ("the ministers' plan"), or
    before a year or a dropped letter ("'90s", "'til")."""
    before, after = text[at - 1], text[at + 1]
    if before.isalpha() and after.isalpha():
        return True
    if before in "sS" and after == " " and text[at + 2 : at + 3].isalpha():
        return True
    return (before == " " or before in "(“‘") and after.isdigit()


def _opens_here(text: str, at: int) -> bool:
    """Whether a mark that both opens and closes (") opens a quotation here: after a space
    or a bracket, before a letter."""
    return text[at - 1] in " ([{" and text[at + 1].isalnum()


def _quoted_problems(loc: tuple[str | int, ...], quote: dict[str, Any]) -> list[InitErrorDetails]:
    """The sheet alone puts a quote in quotation marks, and only a speaker's own words: a
    paraphrase written inside them would be shown as a quotation."""
    text = quote.get("text")
    if quote.get("verbatim") is False and isinstance(text, str) and in_quotation_marks(text):
        message = (
            "a paraphrase (verbatim: false) is written in quotation marks, which only a "
            "speaker's own words may be: remove them, or set verbatim to true if these are "
            "the speaker's words"
        )
        return [problem((*loc, "text"), "quoted_paraphrase", message)]
    return []


def briefing_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the format, generated from the models above."""
    schema = Briefing.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://aimeeting.invalid/briefing.schema.json",
        **schema,
    }
