"""Suggestions for something typed wrong: ids, briefing keys, options."""

from __future__ import annotations

from collections.abc import Callable

from aimeeting.closest import closest, edit_distance
from tests.conftest import Result


def test_a_swap_of_two_letters_is_one_slip() -> None:
    assert edit_distance("jsno", "json") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3 and edit_distance("same", "same") == 0


def test_the_nearest_names_come_first_and_far_ones_not_at_all() -> None:
    names = ["--as-of", "--json", "--ids", "--format"]
    assert closest("--jsno", names) == ["--json"]
    assert closest("--FROMAT", names) == ["--format"]  # case aside
    assert closest("--zzzzzzzz", names) == []
    assert closest("tl-founding", ["tl-funding", "tl-founded", "q-other"], limit=1) == [
        "tl-funding"
    ]


def test_an_unknown_option_is_told_the_one_meant(cli: Callable[..., Result]) -> None:
    result = cli("facts", "--jsno")
    assert result.exit_code == 2
    assert "did you mean --json?" in result.stderr and "--as-of" not in result.stderr


def test_a_limit_gives_the_same_answer_up_to_it() -> None:
    words = ["faq-host", "fqa-host", "faq-hosts", "tl-host", "kf-when", "", "a", "host-faq"]
    for a in words:
        for b in words:
            full = edit_distance(a, b)
            for limit in range(0, 5):
                assert edit_distance(a, b, limit) == min(full, limit + 1), (a, b, limit)
