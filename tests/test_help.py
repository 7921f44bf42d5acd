"""Help is generic: nothing in a command's help assumes the bundled event, and metavars are
words, not Python types. Only the root help may name the bundled briefing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import typer

from aimeeting.cli import app
from tests.conftest import Result

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
EVENT_WORDS = ("tokyo", "takaichi", "hiroshima", "friends group", "q-ecosystem", "kishida")


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_is_generic_and_has_an_example(
    cli: Callable[..., Result], command: str
) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    text = result.stdout.casefold()
    assert "example" in text
    assert [word for word in EVENT_WORDS if word in text] == []
    assert "<str>" not in text and "list[" not in text and "<int>" not in text


def test_the_skeleton_and_schema_name_no_event(
    cli: Callable[..., Result], tmp_path: object
) -> None:
    schema = cli("schema").stdout.casefold()
    assert [word for word in EVENT_WORDS if word in schema] == []
