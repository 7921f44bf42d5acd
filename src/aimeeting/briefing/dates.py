"""Partial ISO dates, the one home of their grammar: parsing, checking, the days they can
mean, words for people ('15–16 March 2026'), and where an event stands on a given day.

Imports nothing heavy: the model, the loader and the CLI's --as-of all read dates here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal, NamedTuple

# ASCII digits only: \d would also admit Arabic-Indic and other digits that int() reads
# but no date library or reader expects.
PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MONTH_DAY = r"(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))"
PARTIAL_DATE_PATTERN = rf"^[0-9]{{4}}(-{_MONTH_DAY}?)?$"
"""The same grammar for JSON Schema (months 01-12, days 01-31: validate also checks the
day is in its month)."""
DAY_PATTERN = rf"^[0-9]{{4}}-{_MONTH_DAY}$"
"""A full day, YYYY-MM-DD, for JSON Schema."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

Day = tuple[int, int, int]


def parse_partial(value: str) -> tuple[int, int | None, int | None]:
    """'2026-03' -> (2026, 3, None); ValueError when ``value`` is not of the grammar."""
    match = PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"{value[:40]!r} is not a date like 2026-11-24, 2026-11 or 2026")
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def problem_with(value: str) -> str | None:
    """Why ``value`` is not a real partial date, or None when it is one."""
    if not value.strip():
        return (
            "a date may not be empty: write it as YYYY, YYYY-MM or YYYY-MM-DD (where the "
            "format allows an unknown date, write null instead)"
        )
    try:
        year, month, day = parse_partial(value)
    except ValueError:
        return f"'{value[:40]}' is not a date like 2026-11-24, 2026-11 or 2026 (ASCII digits)"
    month_ok = month is None or 1 <= month <= 12
    day_ok = day is None or (
        month_ok and month is not None and 1 <= day <= calendar.monthrange(year, month)[1]
    )
    if year < 1 or not month_ok or not day_ok:
        return f"'{value}' is not a real date"
    return None


_DASH = r"\s*[-–—]\s*"
_ORDINAL = r"(?:st|nd|rd|th)?"
_OTHER_DAY = rf"\d{{1,2}}{_ORDINAL}"


def _month_words(month: int) -> str:
    """A month as text may write it: "March", "Mar", "Mar." ("May" has no short form)."""
    name = _MONTHS[month - 1].casefold()
    if len(name) == 3:
        return rf"\b{name}"
    short = "sept?" if name == "september" else name[:3]  # "Sept. 16" as news agencies write
    return rf"\b(?:{name}|{short}\.?)"


def written_pattern(value: str) -> tuple[str, str] | None:
    """The day or month ``value`` (2026-03-16, 2026-03) as text writes it, as a regular
    expression for casefolded text, with the year each form ends with (a text is looked at
    just before it): "16 March 2026", "16th March 2026", "15–16 March 2026",
    "15 and 16 March 2026", "16 March – 2 April 2026", "March 16, 2026", "Mar 15–16, 2026";
    "March 2026", "March, 2026". None for a year alone (a number) or what is no date. A
    day written without its year ("15–16 March") may be of any year: not found."""
    if problem_with(value) is not None:
        return None
    year, month, day = parse_partial(value)
    if month is None or year < 1000:
        return None  # a year of fewer digits is written as no text writes a date
    name = _month_words(month)
    in_year = rf",?\s+{year}(?!\d)"
    then = rf"(?:{_DASH}|\s+(?:and|to)\s+)"  # the other end of a range, or a second day
    # A range into a later month of the same year: "16 March – 2 April 2026"
    later = "|".join(_month_words(m) for m in range(month + 1, 13)) or r"(?!)"
    into_later = rf"{_DASH}{_OTHER_DAY}\s+(?:{later}){in_year}"
    forms: tuple[str, ...]
    if day is None:
        forms = (
            rf"{name}{in_year}",  # March 2026, and the end of 15–16 March 2026
            rf"{name}\s+{_OTHER_DAY}(?:{then}{_OTHER_DAY})?{in_year}",  # March 16(–18), 2026
            rf"{name}{into_later}",  # (16) March – 2 April 2026
            rf"{name}(?:{_DASH}|\s+to\s+)(?:{later}){in_year}",  # March–May 2026
            rf"{name}\s+{_OTHER_DAY}{_DASH}(?:{later})\s+{_OTHER_DAY}{in_year}",  # Mar 16 – Apr 2
        )
    else:
        both = rf"(?<!\d)0?{day}{_ORDINAL}"
        forms = (
            rf"{both}\s+{name}{in_year}",  # 16 March 2026, and the end of 15–16 March 2026
            rf"{both}{then}{_OTHER_DAY}\s+{name}{in_year}",  # the start of 16–18 March 2026
            rf"{both}\s+{name}{into_later}",  # 16 March – 2 April 2026
            rf"{name}\s+0?{day}{_ORDINAL}(?!\d)(?:{then}{_OTHER_DAY})?{in_year}",  # March 16(–18)
            rf"{name}\s+{_OTHER_DAY}{then}0?{day}{_ORDINAL}(?!\d){in_year}",  # March 15–16, 2026
            rf"{name}\s+0?{day}{_ORDINAL}{_DASH}(?:{later})\s+{_OTHER_DAY}{in_year}",  # – April 2
        )
    return "|".join(forms), str(year)


def is_full_day(value: str) -> bool:
    return parse_partial(value)[2] is not None


def date_bounds(value: str) -> tuple[Day, Day]:
    """Earliest and latest day a partial date can mean, as (year, month, day) tuples."""
    year, month, day = parse_partial(value)
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    if day is None:
        return (year, month, 1), (year, month, calendar.monthrange(year, month)[1])
    return (year, month, day), (year, month, day)


def first_day(value: str) -> dt.date:
    return dt.date(*date_bounds(value)[0])


def last_day(value: str) -> dt.date:
    return dt.date(*date_bounds(value)[1])


def format_date(value: str) -> str:
    """'2026-03-15' -> '15 March 2026'; '2023-05' -> 'May 2023'; '2023' -> '2023'."""
    year, month, day = parse_partial(value)
    if month is None:
        return str(year)
    if day is None:
        return f"{_MONTHS[month - 1]} {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def format_day(day: dt.date) -> str:
    return format_date(day.isoformat())


def format_range(start: str, end: str | None) -> str:
    """A date or range in words, sharing what the two ends share: '15–16 March 2026'."""
    if end is None or end == start:
        return format_date(start)
    (y1, m1, d1), (y2, m2, d2) = parse_partial(start), parse_partial(end)
    if d1 is not None and d2 is not None and m1 is not None and m2 is not None:
        if (y1, m1) == (y2, m2):
            return f"{d1}–{d2} {_MONTHS[m1 - 1]} {y1}"
        if y1 == y2:
            return f"{d1} {_MONTHS[m1 - 1]} – {d2} {_MONTHS[m2 - 1]} {y1}"
    return f"{format_date(start)} – {format_date(end)}"


Phase = Literal["upcoming", "under way", "held", "may be under way"]


class Standing(NamedTuple):
    phase: Phase
    days: int  # days until the start (upcoming) or since the end (held); 0 otherwise
    exact: bool = True  # the dates are known to the day, so the count is too

    def describe(self) -> str:
        """Relative words for a terminal: 'held: ended 256 days (about 8 months) ago'. With
        dates known only to the month or year, a count is a bound ('at least')."""
        if self.phase in ("under way", "may be under way"):
            return f"{self.phase} now" if self.exact else "may be under way now (dates not exact)"
        span = _humanize_days(self.days)
        if self.phase == "upcoming":
            if self.days == 0:
                return "today"
            return f"upcoming: starts in {'' if self.exact else 'at least '}{span}"
        return f"held: ended {'' if self.exact else 'at least '}{span} ago"


def event_standing(start: str, end: str, today: dt.date) -> Standing:
    """Where an event from ``start`` to ``end`` (partial dates) stands on ``today``. A
    date known only to the month or year leaves a span of days in which it may or may not
    have begun or ended: there the event 'may be under way', and counts are bounds."""
    exact = len(start) == len(end) == len("YYYY-MM-DD")
    first, last = first_day(start), last_day(end)
    if today < first:
        return Standing("upcoming", (first - today).days, exact)
    if today > last:
        return Standing("held", (today - last).days, exact)
    if exact or (last_day(start) < today < first_day(end)):
        return Standing("under way", 0)  # surely begun and not yet ended
    return Standing("may be under way", 0, exact=False)


def _humanize_days(days: int) -> str:
    if days == 1:
        return "1 day"
    if days < 60:
        return f"{days} days"
    months = round(days / 30.44)
    if months < 24:
        return f"{days} days (about {months} months)"
    return f"{days} days (about {days / 365.25:.1f} years)"


def parse_day(value: str) -> dt.date:
    """A full day as a person types it (--as-of); ValueError with a plain message."""
    # fromisoformat also takes '20260301' and other digits; the option documents one form.
    if re.fullmatch(DAY_PATTERN, value) is None:
        raise ValueError(f"{value[:40]!r} is not a day of the form YYYY-MM-DD")
    if problem_with(value) is not None:
        raise ValueError(f"no such day: {value}")
    return dt.date.fromisoformat(value)
