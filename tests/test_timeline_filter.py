"""timeline --since/--until: an entry is kept when its date may fall in the span, read as
loosely as the date itself is (a year, a month, "before", "by", "after", "about")."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import Result


def kept(cli: Callable[..., Result], *span: str) -> list[str]:
    result = cli("timeline", *span, "--json")
    assert result.exit_code == 0, result.stderr
    return [entry["id"] for entry in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # A year may be any of its days; "about November 2027" a month either side;
        # "by September 2029" and "before 1 April 2031" any day up to them.
        (
            ["--since", "2027-06", "--until", "2027-12"],
            ["tl-founding", "tl-first-meeting", "tl-host-chosen", "tl-registration"],
        ),
        (
            ["--since", "2027-12-15", "--until", "2028-01"],
            ["tl-founding", "tl-first-meeting", "tl-host-chosen", "tl-registration"],
        ),
        # The meeting's last day; "after 16 April" starts the day after.
        (["--since", "2031-04-16", "--until", "2031-04-16"], ["tl-meeting"]),
        (
            ["--since", "2031-04-17"],
            ["tl-charter-text", "tl-expert-workshop", "tl-fourth-meeting"],
        ),
        # Cancelled and postponed entries are dated too, and kept; "before 1 April 2031"
        # may be any earlier day.
        (
            ["--since", "2030-11", "--until", "2031-01"],
            ["tl-original-date", "tl-consultation", "tl-registration"],
        ),
    ],
)
def test_an_entry_is_kept_when_its_date_may_fall_in_the_span(
    cli: Callable[..., Result], span: list[str], expected: list[str]
) -> None:
    assert kept(cli, *span) == expected


def test_before_a_day_is_not_that_day(cli: Callable[..., Result]) -> None:
    assert "tl-registration" not in kept(cli, "--since", "2031-04-01", "--until", "2031-04-20")
    assert "tl-registration" in kept(cli, "--since", "2031-03-31", "--until", "2031-04-20")


def test_undated_entries_are_counted_on_stderr(cli: Callable[..., Result]) -> None:
    result = cli("timeline", "--since", "2031")
    assert result.exit_code == 0
    assert result.stderr == (
        "aimeeting: 1 undated entry is not shown: nothing places it between those dates\n"
    )
    assert "Working group starts drafting" not in result.stdout


def test_a_span_with_nothing_in_it_finds_nothing(cli: Callable[..., Result]) -> None:
    result = cli("timeline", "--since", "2031-04-02", "--until", "2031-04-13", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert "no timeline entry may fall between those dates" in result.stderr


@pytest.mark.parametrize(
    ("span", "said"),
    [
        (["--since", "2031-13"], "--since: '2031-13' is not a real date"),
        (["--since", "2031-05", "--until", "2031-01"], "--until: 2031-01 is before 2031-05"),
    ],
)
def test_a_bad_span_is_a_usage_error(
    cli: Callable[..., Result], span: list[str], said: str
) -> None:
    result = cli("timeline", *span)
    assert result.exit_code == 2 and said in result.stderr and result.stdout == ""
