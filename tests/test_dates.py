"""Dates for people, and where an event stands on a given day."""

from __future__ import annotations

import datetime as dt

import pytest

from aimeeting.briefing.dates import event_standing, format_date, format_range, parse_day


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-03-15", "15 March 2026"),
        ("2023-05", "May 2023"),
        ("2023", "2023"),
    ],
)
def test_format_date_at_each_precision(value: str, words: str) -> None:
    assert format_date(value) == words


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2026-03-15", "2026-03-16", "15–16 March 2026"),
        ("2024-04-30", "2024-05-02", "30 April – 2 May 2024"),
        ("2025-12-30", "2026-01-02", "30 December 2025 – 2 January 2026"),
        ("2023-05", "2023-06", "May 2023 – June 2023"),
        ("2026-02-19", None, "19 February 2026"),
        ("2026-02-19", "2026-02-19", "19 February 2026"),
    ],
)
def test_format_range_shares_what_both_ends_share(start: str, end: str | None, words: str) -> None:
    assert format_range(start, end) == words


@pytest.mark.parametrize(
    ("today", "phase", "days", "text"),
    [
        (dt.date(2026, 3, 14), "upcoming", 1, "upcoming: starts in 1 day"),
        (dt.date(2026, 3, 15), "under way", 0, "under way now"),
        (dt.date(2026, 3, 16), "under way", 0, "under way now"),
        (dt.date(2026, 3, 17), "held", 1, "held: ended 1 day ago"),
        (dt.date(2028, 3, 16), "held", 731, "held: ended 731 days (about 2.0 years) ago"),
    ],
)
def test_event_standing(today: dt.date, phase: str, days: int, text: str) -> None:
    standing = event_standing("2026-03-15", "2026-03-16", today)
    assert (standing.phase, standing.days, standing.describe()) == (phase, days, text)


@pytest.mark.parametrize(
    ("start", "end", "today", "said"),
    [
        # A partial date is a day not known, not an event lasting the whole month or year.
        ("2027", "2027", dt.date(2026, 11, 30), "upcoming: starts in at least 32 days"),
        ("2027", "2027", dt.date(2027, 3, 1), "may be under way now (dates not exact)"),
        ("2027", "2027", dt.date(2028, 1, 2), "held: ended at least 2 days ago"),
        ("2026-03", "2026-03", dt.date(2026, 3, 31), "may be under way now (dates not exact)"),
        # Begun surely (after the start's month) and not ended surely (before the end's).
        ("2027-06", "2027-09", dt.date(2027, 7, 15), "under way now"),
        ("2027-06", "2027-09", dt.date(2027, 6, 15), "may be under way now (dates not exact)"),
    ],
)
def test_dates_not_known_to_the_day_give_no_exact_count(
    start: str, end: str, today: dt.date, said: str
) -> None:
    assert event_standing(start, end, today).describe() == said


@pytest.mark.parametrize(
    "bad", ["20260301", "2026-3-1", "yesterday", "\u0662\u0660\u0662\u0666-03-01"]
)
def test_as_of_takes_only_real_days_in_one_form(bad: str) -> None:
    with pytest.raises(ValueError, match="is not a day of the form YYYY-MM-DD"):
        parse_day(bad)


def test_as_of_names_a_day_the_calendar_lacks() -> None:
    with pytest.raises(ValueError, match=r"^no such day: 2026-02-30$"):
        parse_day("2026-02-30")
