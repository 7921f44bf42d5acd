"""Doubts about a valid briefing: things an author should look at, which `validate` prints
as warnings and `validate --strict` treats as errors."""

from __future__ import annotations

import datetime as dt

from aimeeting.briefing.dates import date_bounds, first_day, last_day
from aimeeting.briefing.languages import (
    guess_language,
    is_english,
    is_known_language,
    language_name,
    script_name,
    script_of,
    uses_latin_script,
)
from aimeeting.briefing.model import Briefing, Source, in_quotation_marks
from aimeeting.safetext import folded
from aimeeting.sections import ITEM_SECTIONS

Loc = tuple[str | int, ...]


def find_doubts(briefing: Briefing, today: dt.date) -> list[tuple[Loc, str]]:
    """(JSON path, message) for each doubt, in file order."""
    doubts: list[tuple[Loc, str]] = []
    if dt.date.fromisoformat(briefing.checked) > today:
        doubts.append(
            (
                ("checked",),
                f"the facts cannot have been checked on {briefing.checked}, after today "
                f"({today.isoformat()})",
            )
        )
    doubts += _timeline_order(briefing)
    doubts += _repeated_questions(briefing)
    doubts += _after_the_check(briefing)
    doubts += _quote_languages(briefing)
    cited = set(briefing.event.sources) | set(briefing.summary.sources)
    for key in ITEM_SECTIONS:
        for item in getattr(briefing, key):
            cited.update(item.sources)
    for index, source in enumerate(briefing.sources):
        loc: Loc = ("sources", index)
        if source.id not in cited:
            doubts.append(((*loc, "id"), f"source {source.id!r} is cited by no item"))
        if source.kind is None:
            doubts.append((loc, "say whether the source is 'primary' or 'secondary' (kind)"))
        if source.accessed is None and not (source.archived and source.archived.accessed):
            doubts.append(
                (
                    loc,
                    "say the day the source was last read (accessed), or, when only an "
                    "archived copy could be read, the day of that (archived.accessed)",
                )
            )
        headline_in_english = script_of(source.title) == "LATIN" and not uses_latin_script(
            source.language
        )
        if not is_english(source.language) and source.title_en is None and not headline_in_english:
            doubts.append((loc, "give the English title of a page in another language (title_en)"))
        doubts += _source_dates(loc, source)
        doubts += _language_code(loc, source.language)
        title_script = script_of(source.title)
        if is_english(source.language) and title_script not in ("", "LATIN"):
            guess = guess_language(source.title)
            said = f" (perhaps {language_name(guess)}, '{guess}')" if guess else ""
            doubts.append(
                (
                    (*loc, "language"),
                    f"the title is in {script_name(title_script)} script but the source says "
                    f"it is in English: give the page's language{said}, and its English "
                    "title in title_en",
                )
            )
        if source.title_en is not None and source.title_en == source.title:
            doubts.append(
                (
                    (*loc, "title_en"),
                    "title_en repeats the title: leave it null when the headline is in English",
                )
            )
    return doubts


def _after_the_check(briefing: Briefing) -> list[tuple[Loc, str]]:
    """Things said to have happened, or been said, after the facts were checked."""
    checked = briefing.checked
    doubts: list[tuple[Loc, str]] = []
    for index, entry in enumerate(briefing.timeline):
        if entry.status == "happened" and entry.date and _starts_after(entry.date, checked):
            doubts.append(
                (
                    ("timeline", index, "status"),
                    f"dated {entry.date}, after the facts were checked ({checked}), yet "
                    "'happened' (the default status): say 'planned', or check it again",
                )
            )
    for index, quote in enumerate(briefing.quotes):
        if quote.date and _starts_after(quote.date, checked):
            doubts.append(
                (
                    ("quotes", index, "date"),
                    f"said on {quote.date}, after the facts were checked ({checked})",
                )
            )
    return doubts


def _source_dates(loc: Loc, source: Source) -> list[tuple[Loc, str]]:
    """A source read, or archived, before it was published; an archive that is the page."""
    doubts: list[tuple[Loc, str]] = []
    published = source.published
    read = [("accessed", source.accessed)]
    if source.archived:
        read += [("archived", source.archived.date), ("archived", source.archived.accessed)]
        if source.archived.url == source.url:
            doubts.append(
                (
                    (*loc, "archived", "url"),
                    "the archived copy's address is the page's own: give the archive's",
                )
            )
    for key, day in read:
        if published and day and last_day(day) < first_day(published):
            doubts.append(
                (
                    (*loc, key),
                    f"{key} {day} is before the page was published ({published})",
                )
            )
    return doubts


def _starts_after(date: str, checked: str) -> bool:
    return first_day(date) > dt.date.fromisoformat(checked)


def _language_code(loc: Loc, code: str) -> list[tuple[Loc, str]]:
    """A two-letter language that ISO 639-1 does not have ('xx'); longer codes (ISO 639-2
    and -3 have thousands) are taken as given."""
    if is_known_language(code):
        return []
    return [((*loc, "language"), f"{code!r} is not a language code (ISO 639-1, e.g. 'ja')")]


def _quote_languages(briefing: Briefing) -> list[tuple[Loc, str]]:
    """Words whose script contradicts the language the quote says they are in; a
    translator named by a source's id."""
    doubts: list[tuple[Loc, str]] = []
    source_ids = {source.id for source in briefing.sources}
    for index, quote in enumerate(briefing.quotes):
        doubts += _language_code(("quotes", index), quote.language)
        if quote.translated_by in source_ids:
            doubts.append(
                (
                    ("quotes", index, "translated_by"),
                    f"{quote.translated_by!r} is a source's id: write 'source' when the "
                    "quote's first cited source translated it, or the translator's name",
                )
            )
        for field in ("text", "original"):
            words = getattr(quote, field)
            if quote.verbatim and words is not None and in_quotation_marks(words):
                doubts.append(
                    (
                        ("quotes", index, field),
                        "the words are in quotation marks of their own, and the sheet adds "
                        "its own: remove the outer ones",
                    )
                )
        script = script_of(quote.text)
        if script in ("", "LATIN"):
            continue
        name = script_name(script)
        if is_english(quote.language):
            guess = guess_language(quote.text)
            said = f" (perhaps {language_name(guess)}, '{guess}')" if guess else ""
            doubts.append(
                (
                    ("quotes", index, "text"),
                    f"the words are in {name} script but the quote says they were spoken in "
                    f"English: give the language they were spoken in{said}, put them in "
                    "'original', and their English in 'text'",
                )
            )
        elif quote.translated_by is not None:
            doubts.append(
                (
                    ("quotes", index, "text"),
                    f"text is in {name} script: text holds the words in English, and the "
                    "words as spoken go in 'original'",
                )
            )
    return doubts


def _repeated_questions(briefing: Briefing) -> list[tuple[Loc, str]]:
    """Two FAQ entries that ask the same question: `faq` can answer with only one."""
    doubts: list[tuple[Loc, str]] = []
    seen: dict[str, str] = {}
    for index, entry in enumerate(briefing.faq):
        asked = " ".join(folded(entry.question).split()).rstrip("?").strip()
        if asked in seen:
            doubts.append(
                (
                    ("faq", index, "question"),
                    f"asks what {seen[asked]!r} asks: merge the two, or word each question "
                    "so that it says how they differ",
                )
            )
        else:
            seen[asked] = entry.id
    return doubts


def _timeline_order(briefing: Briefing) -> list[tuple[Loc, str]]:
    doubts: list[tuple[Loc, str]] = []
    latest: tuple[int, int, int] | None = None
    for index, entry in enumerate(briefing.timeline):
        if entry.date is None:
            continue
        earliest, last = date_bounds(entry.date)
        if latest is not None and last < latest:
            doubts.append(
                (
                    ("timeline", index, "date"),
                    f"{entry.date} is earlier than the entry before it: "
                    "the timeline should run oldest first",
                )
            )
        latest = earliest if latest is None else max(latest, earliest)
    return doubts
