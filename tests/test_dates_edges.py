"""Dates at their edges: where a count of days starts saying months and years, the days on
which an event known only to the month surely is or only may be under way, the first year
of the calendar, and how much of a long bad value an error message repeats."""

from __future__ import annotations

import datetime as dt

import pytest

from aimeeting.briefing.dates import event_standing, parse_day, problem_with


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (dt.date(2026, 5, 14), "held: ended 59 days ago"),
        # From 60 days on, the count says about how many months it is.
        (dt.date(2026, 5, 15), "held: ended 60 days (about 2 months) ago"),
        # 749 days is 2.05 years of 365.25 days, which rounds up.
        (dt.date(2028, 4, 3), "held: ended 749 days (about 2.1 years) ago"),
    ],
)
def test_a_long_count_of_days_also_says_months_or_years(today: dt.date, said: str) -> None:
    assert event_standing("2026-03-16", "2026-03-16", today).describe() == said


@pytest.mark.parametrize(
    ("today", "phase"),
    [
        # The start month's last day: the event may have begun on it, or not yet.
        (dt.date(2027, 6, 30), "may be under way"),
        (dt.date(2027, 7, 1), "under way"),
        (dt.date(2027, 8, 31), "under way"),
        # The end month's first day: the event may have ended the day before.
        (dt.date(2027, 9, 1), "may be under way"),
    ],
)
def test_an_event_known_to_the_month_is_surely_under_way_only_between_its_months(
    today: dt.date, phase: str
) -> None:
    standing = event_standing("2027-06", "2027-09", today)
    assert (standing.phase, standing.days) == (phase, 0)


def test_the_first_year_of_the_calendar_is_a_real_date() -> None:
    assert problem_with("0001") is None
    assert problem_with("0001-01-01") is None
    assert parse_day("0001-01-01") == dt.date(1, 1, 1)
    assert problem_with("0000") == "'0000' is not a real date"


def test_a_bad_date_is_repeated_up_to_forty_characters() -> None:
    value = "abcdefghij" * 5
    assert problem_with(value) == (
        f"'{value[:40]}' is not a date like 2026-11-24, 2026-11 or 2026 (ASCII digits)"
    )


def test_a_bad_as_of_day_is_repeated_up_to_forty_characters() -> None:
    value = "abcdefghij" * 5
    with pytest.raises(ValueError) as raised:
        parse_day(value)
    assert str(raised.value) == f"'{value[:40]}' is not a day of the form YYYY-MM-DD"
