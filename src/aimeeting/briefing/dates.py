"""Partial ISO dates for people: '15–16 March 2026', and where an event stands today."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, NamedTuple

from aimeeting.briefing.model import date_bounds

_MONTHS = [
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
]


def _parts(value: str) -> tuple[int, int | None, int | None]:
    pieces = [int(p) for p in value.split("-")]
    return pieces[0], pieces[1] if len(pieces) > 1 else None, pieces[2] if len(pieces) > 2 else None


def format_date(value: str) -> str:
    """'2026-03-15' -> '15 March 2026'; '2023-05' -> 'May 2023'; '2023' -> '2023'."""
    year, month, day = _parts(value)
    if month is None:
        return str(year)
    if day is None:
        return f"{_MONTHS[month - 1]} {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def format_range(start: str, end: str | None) -> str:
    """A date or range in words, sharing what the two ends share: '15–16 March 2026'."""
    if end is None or end == start:
        return format_date(start)
    (y1, m1, d1), (y2, m2, d2) = _parts(start), _parts(end)
    if d1 is not None and d2 is not None and m1 is not None and m2 is not None:
        if (y1, m1) == (y2, m2):
            return f"{d1}–{d2} {_MONTHS[m1 - 1]} {y1}"
        if y1 == y2:
            return f"{d1} {_MONTHS[m1 - 1]} – {d2} {_MONTHS[m2 - 1]} {y1}"
    return f"{format_date(start)} – {format_date(end)}"


Phase = Literal["upcoming", "under way", "held"]


class Standing(NamedTuple):
    phase: Phase
    days: int  # days until the start (upcoming) or since the end (held); 0 while under way

    def describe(self) -> str:
        if self.phase == "under way":
            return "under way now"
        span = _humanize_days(self.days)
        if self.phase == "upcoming":
            return "today" if self.days == 0 else f"upcoming: starts in {span}"
        return f"held: ended {span} ago"


def event_standing(start: str, end: str, today: dt.date) -> Standing:
    """Where an event from ``start`` to ``end`` (partial dates) stands on ``today``."""
    first, _ = date_bounds(start)
    _, last = date_bounds(end)
    first_day, last_day = dt.date(*first), dt.date(*last)
    if today < first_day:
        return Standing("upcoming", (first_day - today).days)
    if today > last_day:
        return Standing("held", (today - last_day).days)
    return Standing("under way", 0)


def _humanize_days(days: int) -> str:
    if days == 1:
        return "1 day"
    if days < 60:
        return f"{days} days"
    months = round(days / 30.44)
    if months < 24:
        return f"{days} days (about {months} months)"
    return f"{days} days (about {days / 365.25:.1f} years)"


def parse_as_of(value: str) -> dt.date:
    """The --as-of day; raises ValueError with a plain message."""
    # fromisoformat also takes '20260301' and other digits; the option documents one form.
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is None:
        raise ValueError(f"{value!r} is not a day of the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"no such day: {value}") from None
