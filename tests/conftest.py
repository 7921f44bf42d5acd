"""Shared fixtures: the bundled briefing as data, and helpers to write variants of it."""

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


@pytest.fixture(scope="session")
def bundled_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def briefing_data(bundled_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh, mutable copy of the bundled briefing."""
    return copy.deepcopy(bundled_data)


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
