"""Golden files for what the section goldens (tests/test_views.py) do not cover: the fact
box, citations, search hits, FAQ answers and the sources for reference managers, in each
of their formats, as the commands print them into a pipe 80 columns wide.

Regenerate after an intended change with
    AIMEETING_UPDATE_GOLDEN=1 pytest tests/test_golden_commands.py
and review the diff.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Result
from tests.test_views import check_golden

CASES = {
    "factbox.txt": ["factbox"],
    "factbox.md": ["factbox", "--format", "markdown"],
    "factbox.html": ["factbox", "--format", "html", "--fragment"],
    "factbox.json": ["factbox", "--json"],
    "cite-quote.txt": ["cite", "q-varenne"],
    "cite-quote.md": ["cite", "q-varenne", "--format", "markdown"],
    "cite-quote.html": ["cite", "q-varenne", "--format", "html"],
    "cite-quote.json": ["cite", "q-varenne", "--json"],
    "cite-planned.txt": ["cite", "tl-expert-workshop"],
    "cite-person.json": ["cite", "p-vice-minister-hoshimura", "--json"],
    "search.txt": ["search", "charter"],
    "search-narrow.txt": ["search", "charter", "--limit", "3"],
    "search.json": ["search", "charter", "--json"],
    "search-sources.txt": ["search", "compact", "--section", "sources"],
    "faq-answer.txt": ["faq", "when", "was", "the", "compact", "founded"],
    "faq-answer.json": ["faq", "when", "was", "the", "compact", "founded", "--json"],
    "sources.csl.json": ["sources", "--format", "csl-json"],
    "facts-ids.txt": ["facts", "--ids"],
    "timeline.svg": ["timeline", "--format", "svg"],
    "timeline-narrow.txt": ["timeline"],
    "outcomes-narrow.txt": ["outcomes"],
}
WIDTHS = {"search-narrow.txt": "40", "timeline-narrow.txt": "30", "outcomes-narrow.txt": "34"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_command_prints_what_was_reviewed(cli: Callable[..., Result], name: str) -> None:
    result = cli(*CASES[name], env={"COLUMNS": WIDTHS.get(name, "80")})
    assert result.exit_code == 0, result.stderr
    check_golden(name, result.stdout)


# On a terminal (without colour, so the file is readable): search hits, a citation and the
# sources are laid out by the Rich writer, at a width where labels sit beside the values
# and at one where they go above them.
TERMINAL_CASES = {
    "search-terminal.txt": (["search", "charter", "planned"], "80"),
    "search-terminal-narrow.txt": (["search", "charter", "--limit", "2"], "24"),
    "search-sources-terminal.txt": (["search", "compact", "--section", "sources"], "80"),
    "cite-terminal.txt": (["cite", "q-press-agency"], "60"),
    "sources-terminal.txt": (["sources"], "72"),
}


@pytest.mark.parametrize("name", sorted(TERMINAL_CASES))
def test_each_terminal_view_is_what_was_reviewed(cli: Callable[..., Result], name: str) -> None:
    args, width = TERMINAL_CASES[name]
    result = cli(*args, env={"COLUMNS": width, "NO_COLOR": "1"}, tty=True)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    check_golden(name, result.stdout)


def test_the_terminal_svg_export_is_as_reviewed(cli: Callable[..., Result], tmp_path: Path) -> None:
    out = tmp_path / "sheet.svg"
    result = cli("summary", "--export-svg", str(out))
    assert result.exit_code == 0, result.stderr
    check_golden("summary.terminal.svg", out.read_text(encoding="utf-8"))


def test_search_hits_in_colour_are_what_was_reviewed(cli: Callable[..., Result]) -> None:
    # Colours, bold labels and the links of addresses (OSC 8) are part of the terminal view.
    result = cli(
        "search", "compact", "charter", "--color", "always", env={"COLUMNS": "80"}, tty=True
    )
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout and "\x1b]8;" in result.stdout
    # Rich numbers each link afresh on every run: the numbers are not part of the view.
    check_golden("search-colour.ansi", re.sub(r"\x1b\]8;id=\d+;", "\x1b]8;id=N;", result.stdout))


@pytest.mark.parametrize(
    ("name", "args", "width"),
    [
        ("facts-colour.ansi", ["facts", "--ids"], "100"),
        ("facts-colour-narrow.ansi", ["facts"], "40"),
    ],
)
def test_the_sheet_in_colour_is_what_was_reviewed(
    cli: Callable[..., Result], name: str, args: list[str], width: str
) -> None:
    """Headings, labels, markers, quotes and caveats each in their own style, as tables at
    a width that holds them and as records at one that does not."""
    result = cli(*args, "--color", "always", "--no-pager", env={"COLUMNS": width}, tty=True)
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout
    check_golden(name, re.sub(r"\x1b\]8;id=\d+;", "\x1b]8;id=N;", result.stdout))
