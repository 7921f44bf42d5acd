"""Hostile input end to end: documented exit code, one line on stderr, empty stdout on error,
and no byte of terminal control from the data on stdout or stderr, piped or on a terminal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.hostile_corpus import CASES, Case
from tests.procs import Run, run_on_pty, run_piped

# Our own styling on a terminal: SGR colour codes and OSC 8 links to http(s) sources.
OWN_CODES = re.compile(rb"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\x07]*;(https?://[^\x1b\x07]*)?\x1b\\")
CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
    "\U000e0000-\U000e007f\ud800-\udfff]"
)


def assert_no_control(raw: bytes, allow_own_styling: bool = False) -> None:
    if allow_own_styling:
        raw = OWN_CODES.sub(b"", raw)
    text = raw.decode("utf-8", errors="surrogateescape").replace("\r\n", "\n")
    found = CONTROL.search(text)
    assert found is None, f"control character U+{ord(found.group()):04X} reached the output"


def check_piped(case: Case, run: Run) -> None:
    assert run.code == case.code, run.stderr
    assert_no_control(run.stdout)
    assert_no_control(run.stderr)
    if case.code == 0:
        assert case.message in run.stdout.decode("utf-8")
        return
    assert run.stdout == b""
    lines = run.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("aimeeting: ")
    assert case.message in lines[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_briefing_from_a_file(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(case.data)
    check_piped(case, run_piped(["--briefing", str(path), "facts"]))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_briefing_on_stdin_as_json(case: Case) -> None:
    run = run_piped(["--briefing", "-", "facts", "--json"], stdin=case.data)
    assert run.code == case.code
    assert_no_control(run.stdout)
    assert_no_control(run.stderr)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_briefing_on_a_terminal(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(case.data)
    run = run_on_pty(["--briefing", str(path), "facts"])
    assert run.code == case.code
    assert_no_control(run.stdout, allow_own_styling=True)
    if case.code == 0:
        assert case.message in OWN_CODES.sub(b"", run.stdout).decode("utf-8")


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "/", "fifo", "socket"])
def test_special_files_are_refused_at_once(special: str, tmp_path: Path) -> None:
    import socket

    path = special
    if special == "fifo":
        path = str(tmp_path / "fifo.json")
        os.mkfifo(path)
    elif special == "socket":
        path = str(tmp_path / "s.sock")
        server = socket.socket(socket.AF_UNIX)
        server.bind(path)
    run = run_piped(["--briefing", path, "facts"])
    assert run.code == 66
    assert run.stdout == b""
    assert len(run.stderr.splitlines()) == 1


def test_a_terminal_on_stdin_is_refused_not_waited_on() -> None:
    run = run_on_pty(["--briefing", "-", "facts"])
    assert run.code == 66


def test_file_name_with_escape_sequences_is_made_visible(tmp_path: Path) -> None:
    name = tmp_path / "\x1b]0;pwned\x07.json"
    run = run_piped(["--briefing", str(name), "facts"])
    assert run.code == 66
    assert b"\\x1b]0;pwned\\x07.json: no such file" in run.stderr
    assert_no_control(run.stderr)
