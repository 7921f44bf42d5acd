"""What reads on a narrow screen: help, the welcome, and tables whose labels take no
more than their share of the line."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from aimeeting.sections import COMMANDS
from tests.conftest import Result

OTHERS = ["search", "cite", "factbox", "validate", "schema", "init", "upgrade"]
EVERY_HELP = [[], *[[spec.name] for spec in COMMANDS], *[[name] for name in OTHERS]]


def _words(text: str) -> list[str]:
    # A cut example ends its line in ' \' so it still pastes whole: not a word of the help.
    # A long list of choices is cut after a '|': '<text|html|' then 'json>'.
    return [word for word in re.sub(r"\|\s+", "|", text).split() if word != "\\"]


@pytest.mark.parametrize("command", EVERY_HELP, ids=lambda c: " ".join(c) or "aimeeting")
def test_help_at_40_columns_fits_and_says_the_same_words(
    cli: Callable[..., Result], command: list[str]
) -> None:
    narrow = cli(*command, "--help", env={"COLUMNS": "40"})
    wide = cli(*command, "--help", env={"COLUMNS": "120"})
    assert narrow.exit_code == wide.exit_code == 0
    too_long = [line for line in narrow.stdout.splitlines() if len(line) > 40]
    assert too_long == []
    assert _words(narrow.stdout) == _words(wide.stdout)


def test_a_cut_example_pastes_back_as_the_same_command(cli: Callable[..., Result]) -> None:
    narrow = cli("search", "--help", env={"COLUMNS": "40"}).stdout
    wide = cli("search", "--help", env={"COLUMNS": "120"}).stdout
    examples = wide.split("Example")[1].splitlines()[1:]
    joined = re.sub(r" \\\n\s+", " ", narrow.split("Example")[1])
    for example in (line.strip() for line in examples if line.startswith("  aimeeting")):
        assert example in joined


def test_on_a_narrow_screen_an_option_is_described_under_its_name(
    cli: Callable[..., Result],
) -> None:
    lines = cli("timeline", "--help", env={"COLUMNS": "40"}).stdout.splitlines()
    [since] = [i for i, line in enumerate(lines) if line.strip() == "--since DATE"]
    assert lines[since + 1].startswith(" " * 6)  # the description, indented beneath


@pytest.mark.parametrize("width", [30, 50, 100])
def test_the_welcome_fits_the_screen_and_names_the_briefing_chosen(
    cli: Callable[..., Result], tmp_path: Path, sheet_data: dict[str, object], width: int
) -> None:
    import json

    chosen = tmp_path / "my briefing.json"
    chosen.write_text(json.dumps(sheet_data), encoding="utf-8")
    result = cli("--briefing", str(chosen), env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # Only a word longer than the screen (the path) may overrun; it is never cut.
    overrun = [line.removesuffix(" \\") for line in lines if len(line) > width]
    assert all(len(shlex.split(line)) == 1 for line in overrun), overrun
    # Every command shown runs against the briefing chosen, quoted for the shell.
    text = re.sub(r"\s+", " ", re.sub(r" \\\n\s+", " ", result.stdout))
    assert f"aimeeting --briefing '{chosen}' facts" in text
    assert f"Every command: aimeeting --briefing '{chosen}' --help" in text


def test_the_welcome_without_a_choice_shows_plain_commands(cli: Callable[..., Result]) -> None:
    result = cli(env={"COLUMNS": "100"})
    assert "Briefing: Third Ministerial Meeting" in result.stdout
    assert re.search(r"^  aimeeting facts +the whole fact sheet$", result.stdout, re.M)


@pytest.mark.parametrize("width", [80, 120, 200])
def test_a_label_column_takes_at_most_a_quarter_of_the_line(
    cli: Callable[..., Result], sheet_data: dict[str, object], width: int
) -> None:
    lines = cli("people", env={"COLUMNS": str(width)}).stdout.splitlines()
    header = next(line for line in lines if line.startswith("Who"))
    label = header.index("Role")
    assert label <= max(14, width // 4) + 2  # the label column, then its gap
    # The long organisation name wraps inside its column rather than taking the line.
    assert any(line.startswith("Orrindale Compact ") and "Permanent" in line for line in lines)
