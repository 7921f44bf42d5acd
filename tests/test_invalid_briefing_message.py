"""An invalid briefing is reported in one line: the first problem, located, and how many more
there are only when there are more (counted exactly, from the second one on)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aimeeting.errors import BriefingInvalid, Problem
from tests.conftest import Result

NOT_AN_ID = "is not an id: ids use only a-z, 0-9, '.', '_' and '-', starting with a letter or digit"


def first_problem_line(cli: Callable[..., Result], path: Path) -> str:
    """The line a command prints for the briefing's first problem, built from what
    `validate --json` says about it."""
    [first, *_] = json.loads(cli("validate", str(path), "--json").stdout)
    where = f"{path}:{first['line']}:{first['column']}"
    return f"aimeeting: {where}: {first['path']}: {first['message']}"


@pytest.mark.parametrize(
    ("bad_ids", "more"),
    [
        (["Bad One"], ""),
        (["Bad One", "Bad Two"], " (and 1 more problem(s); run 'aimeeting validate')"),
    ],
)
def test_the_line_counts_the_problems_after_the_first(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
    bad_ids: list[str],
    more: str,
) -> None:
    for fact, bad_id in zip(briefing_data["key_facts"], bad_ids, strict=False):
        fact["id"] = bad_id
    path = write_json(briefing_data, "b.json")
    problems = json.loads(cli("validate", str(path), "--json").stdout)
    assert len(problems) == len(bad_ids)
    result = cli("--briefing", str(path), "facts")
    assert result.exit_code == 65
    assert f"'Bad One' {NOT_AN_ID}" in result.stderr
    assert result.stderr.splitlines() == [first_problem_line(cli, path) + more]


def test_the_message_names_the_file_place_path_and_problem() -> None:
    one = BriefingInvalid("b.json", [Problem("$.event", "bad", 3, 7)])
    two = BriefingInvalid("b.json", [Problem("$.event", "bad"), Problem("$.summary", "worse")])
    assert one.message == "b.json:3:7: $.event: bad"
    assert two.message == "b.json: $.event: bad (and 1 more problem(s); run 'aimeeting validate')"
