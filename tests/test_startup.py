"""What keeps start-up short without changing what anyone sees: only the invoked command
is built, and the process ends without the interpreter's teardown (timings themselves are
measured by benchmarks/run.py, never asserted here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from aimeeting.app import command_word
from aimeeting.cli import app, app_for
from aimeeting.completion import COMPLETE_VAR
from tests.conftest import Result


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["facts", "--json"], "facts"),
        (["--briefing", "facts", "summary"], "summary"),  # 'facts' is the option's value
        (["-b", "x.json", "timeline", "--color", "never"], "timeline"),
        (["--", "faq"], "faq"),
        (["--help"], None),
        ([], None),
        (["--briefing"], None),
    ],
)
def test_the_command_word_comes_after_the_root_options(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def test_only_the_invoked_command_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(COMPLETE_VAR, raising=False)
    narrowed = app_for("facts")
    assert [info.name for info in narrowed.registered_commands] == ["facts"]
    assert len(app.registered_commands) > 10  # the app itself keeps every command
    # No command, a misspelt one, or a completion request: every command is there.
    assert app_for(None) is app and app_for("fcats") is app
    monkeypatch.setenv(COMPLETE_VAR, "complete_bash")
    assert app_for("facts") is app


def test_a_misspelt_command_is_still_told_the_right_one(cli: Callable[..., Result]) -> None:
    result = cli("timelin")
    assert result.exit_code == 2 and "timeline" in result.stderr


def test_a_command_s_help_still_names_the_program_and_the_command(
    cli: Callable[..., Result],
) -> None:
    result = cli("--briefing", "x.json", "sources", "--help")
    assert result.exit_code == 0 and result.stdout.startswith("Usage: aimeeting sources ")
