"""The timeline picture's time axis: day numbers of month starts in any year, axes rounded
to whole steps, tick labels, and the room a mark takes."""

from __future__ import annotations

import datetime as dt

import pytest

from aimeeting.writers.timeline import (
    RING,
    Axis,
    Shape,
    _rounded,
    month_index,
    month_ordinal,
)

YEARS = (1, 2, 4, 99, 100, 101, 400, 401, 801, 1600, 1700, 1900, 2000, 2001, 2024, 2100, 2401, 9999)


@pytest.mark.parametrize("year", YEARS)
def test_a_month_starts_on_the_day_the_calendar_says(year: int) -> None:
    for month in range(1, 13):
        first = dt.date(year, month, 1)
        assert month_ordinal(month_index(first)) == first.toordinal(), first


def test_the_month_after_the_last_date_still_has_a_day_number() -> None:
    after = month_index(dt.date(9999, 12, 1)) + 1
    assert month_ordinal(after) == dt.date(9999, 12, 31).toordinal() + 1


def test_an_axis_is_rounded_out_to_whole_steps() -> None:
    day = dt.date(2030, 5, 10)
    may, june = month_index(day), month_index(dt.date(2030, 6, 1))
    assert _rounded(day, day, 1) == Axis(may, june, 1)
    assert _rounded(day, day, 12) == Axis(month_index(dt.date(2030, 1, 1)), may + 8, 12)
    july = month_index(dt.date(2029, 7, 1))
    assert _rounded(dt.date(2029, 11, 30), day, 6) == Axis(july, may + 2, 6)


def test_an_axis_holds_the_days_from_its_first_month_to_before_its_end() -> None:
    axis = Axis(month_index(dt.date(2030, 5, 1)), month_index(dt.date(2030, 7, 1)), 1)
    assert axis.holds(dt.date(2030, 5, 1)) and axis.holds(dt.date(2030, 6, 30))
    assert not axis.holds(dt.date(2030, 4, 30)) and not axis.holds(dt.date(2030, 7, 1))


def test_tick_labels_name_the_year_at_a_january_and_at_the_first_tick() -> None:
    start = month_index(dt.date(2030, 11, 1))
    axis = Axis(start, start + 4, 1)
    assert [axis.label(index) for index in range(start, start + 4)] == [
        "Nov 2030",
        "Dec",
        "2031",
        "Feb",
    ]
    years = Axis(month_index(dt.date(2020, 1, 1)), month_index(dt.date(2040, 1, 1)), 60)
    assert years.label(month_index(dt.date(2025, 1, 1))) == "2025"


def test_the_event_reaches_further_by_its_ring() -> None:
    mark = Shape("day", 100.0, 104.0, 98.0, 106.0, 102.0)
    assert mark.reach(False) == (97.0, 107.0)
    assert mark.reach(True) == (97.0 - RING, 107.0 + RING)
