"""Shared fixtures. Tests run on briefings made for them in tests/data, never on the bundled
one (only tests/test_bundled.py checks that file), so its words can change freely."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "briefing.json"
DATA = Path(__file__).resolve().parent / "data"
SHEET = DATA / "sheet.json"  # the fixture every command runs on unless a test names another


@pytest.fixture(autouse=True)
def fixture_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command in every test (subprocesses too) reads tests/data/sheet.json."""
    monkeypatch.setenv("AIMEETING_BRIEFING", str(SHEET))


@pytest.fixture(scope="session")
def sheet_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHEET.read_text(encoding="utf-8"))
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


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
