"""Shared fixtures. Tests run on briefings made for them in tests/data, never on the bundled
one (only tests/test_bundled.py checks that file), so its words can change freely. The
default is tests/data/event.json: an invented event (the Third Ministerial Meeting of the
Orrindale Compact on Open Data, 14-16 April 2031) with every case of the format in it."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from aimeeting.app import run
from aimeeting.environment import Environment, buffered_environment

# Property tests judge behaviour, not speed: a loaded CI machine must not fail them on
# Hypothesis's per-example deadline or its slow-generation check.
settings.register_profile("aimeeting", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("aimeeting")

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "briefing.json"
DATA = Path(__file__).resolve().parent / "data"
EVENT = DATA / "event.json"  # the fixture every command runs on unless a test names another


@pytest.fixture(autouse=True)
def fixture_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command in every test (subprocesses too) reads tests/data/event.json."""
    monkeypatch.setenv("AIMEETING_BRIEFING", str(EVENT))


@pytest.fixture(scope="session")
def sheet_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EVENT.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def briefing_data(sheet_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh, mutable copy of the fixture briefing."""
    return copy.deepcopy(sheet_data)


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[[Any, str], Path]:
    def write(data: Any, name: str = "briefing.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    return write


TODAY = dt.date(2031, 6, 1)
"""The day the tests' environment says it is, unless a test says otherwise: after the
fixture event (and 12 days after its facts were checked), before its planned next meeting."""
HELD = ["--as-of", TODAY.isoformat()]
"""For subprocesses, whose clock is the real one."""


@dataclass
class Result:
    """What one run of the program left: its exit code and its two streams."""

    exit_code: int
    stdout_bytes: bytes
    stderr: str

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8")


def make_environment(
    stdin: bytes | None = b"",
    vars: Mapping[str, str] | None = None,
    *,
    tty: bool = False,
    today: dt.date = TODAY,
    size: tuple[int, int] | None = None,
) -> tuple[Environment, io.BytesIO, io.StringIO]:
    """An Environment of buffers with the test's os.environ plus ``vars``."""
    return buffered_environment(
        stdin, {**os.environ, **(vars or {})}, tty=tty, today=today, size=size
    )


def run_cli(
    *args: str,
    stdin: bytes | str | None = b"",
    env: Mapping[str, str] | None = None,
    tty: bool = False,
    today: dt.date = TODAY,
) -> Result:
    """The program through its one entry point: argv and an environment in; exit code,
    stdout and stderr out (the way httpie's tests call main(args, env))."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    environment, out, err = make_environment(data, env, tty=tty, today=today)
    code = run(list(args), environment)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli() -> Callable[..., Result]:
    return run_cli


def sheet_document(briefing: Any, command: str = "facts", today: dt.date = TODAY) -> Any:
    """The document `aimeeting COMMAND` prints for ``briefing``."""
    from aimeeting.document import Context, build_sheet
    from aimeeting.sections import BY_COMMAND

    spec = BY_COMMAND[command]
    return build_sheet(Context.of(briefing, today), spec.keys, spec.all_sources)


def style(width: int = 80, plain: bool = True) -> Any:
    """A text style: plain (a pipe) or boxed (a terminal, without colour)."""
    from aimeeting.formats import TextStyle

    return TextStyle(width, 25, None, not plain, not plain)
