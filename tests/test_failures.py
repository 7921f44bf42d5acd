"""Failures inside aimeeting: internal errors, interrupted and failed writes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from aimeeting import cli
from aimeeting.errors import ExitCode, OutputError, WriteFailed
from aimeeting.sinks import atomic
from tests.conftest import run_cli


def test_internal_error_is_one_line_with_exit_70(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom \x1b[2J")

    monkeypatch.setattr(cli, "sheet_view", explode)
    monkeypatch.delenv("AIMEETING_DEBUG", raising=False)
    result = run_cli("timeline")
    assert result.exit_code == ExitCode.INTERNAL
    assert result.stdout == ""
    assert result.stderr == (
        "aimeeting: internal error: RuntimeError: kaboom \\x1b[2J "
        "(a bug; set AIMEETING_DEBUG=1 for a traceback and please report it)\n"
    )


def test_debug_switch_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(cli, "sheet_view", explode)
    result = run_cli("timeline", env={"AIMEETING_DEBUG": "1"})
    assert result.exit_code == ExitCode.INTERNAL
    assert "Traceback (most recent call last)" in result.stderr


def test_a_full_disk_leaves_the_old_file_and_no_temporary(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.svg"
    target.write_text("old")

    def disk_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("aimeeting.sinks.atomic.os.fsync", disk_full)
    with pytest.raises(WriteFailed) as caught:
        atomic.write_atomic(target, b"new")
    assert caught.value.exit_code == ExitCode.IO_ERROR
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["sheet.svg"]


def test_interrupted_write_leaves_the_old_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "b.json"
    target.write_text("old")

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("aimeeting.sinks.atomic.os.replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["b.json"]


def test_an_unwritable_folder_is_exit_73(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("aimeeting.sinks.atomic.os.open", refuse)  # creating the temporary file
    with pytest.raises(OutputError, match="permission denied") as caught:
        atomic.write_atomic(tmp_path / "x.html", b"data")
    assert caught.value.exit_code == ExitCode.CANNOT_CREATE


def test_a_directory_as_target_is_exit_73(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        atomic.write_atomic(tmp_path, b"data")


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    atomic.write_atomic(target, b"{}")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
