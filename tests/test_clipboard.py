"""Copying: platform programs first, then OSC 52 on the terminal, checked byte for byte
through a pseudo-terminal."""

from __future__ import annotations

import base64
import os
import pty
import select
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast

import pytest

from aimeeting.environment import Environment
from aimeeting.errors import Unavailable
from aimeeting.sinks.clipboard import OSC52, OSC52_MAX_BYTES, copy_text, osc52_sequence
from aimeeting.sinks.stdio import Stderr
from tests.conftest import make_environment

TEXT = "“a safe, secure and trustworthy AI ecosystem” — Sanae Takaichi"
B64 = base64.b64encode(TEXT.encode("utf-8"))
NO_PROGRAMS = {"PATH": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}


class Terminal:
    """A pseudo-terminal: ``stream`` is the program's side, ``read()`` what the terminal got."""

    def __init__(self) -> None:
        self.master, self.slave = pty.openpty()
        self.stream: IO[Any] = open(self.slave, "w", closefd=False)  # noqa: SIM115
        self.path = os.ttyname(self.slave)

    def read(self) -> bytes:
        data = b""
        while select.select([self.master], [], [], 0.2)[0]:
            data += os.read(self.master, 65536)
        return data

    def close(self) -> None:
        self.stream.close()
        os.close(self.slave)
        os.close(self.master)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    tty = Terminal()
    yield tty
    tty.close()


def environment(
    vars: dict[str, str],
    *,
    stderr: Terminal | None = None,
    stdout: Terminal | None = None,
    tty_path: str = "/dev/tty",
) -> Environment:
    """Exactly these variables; stderr or stdout a terminal, the other a pipe."""
    env, _, _ = make_environment(tty=stdout is not None)
    env.vars = vars
    env.tty_path = tty_path
    if stderr is not None:
        env.stderr = Stderr(cast(TextIO, stderr.stream))
        env.stderr_isatty = True
        env.stderr_fileno = stderr.stream.fileno()
    return env


def fake_program(folder: Path, name: str, body: str) -> None:
    program = folder / name
    program.write_text(f"#!/bin/sh\n{body}\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)


def test_sequence_is_osc_52_with_base64_and_bel() -> None:
    assert osc52_sequence(TEXT, {}) == b"\x1b]52;c;" + B64 + b"\x07"


def test_sequence_in_tmux_is_wrapped_with_esc_doubled() -> None:
    expected = b"\x1bPtmux;\x1b\x1b]52;c;" + B64 + b"\x07\x1b\\"
    assert osc52_sequence(TEXT, {"TMUX": "/tmp/tmux-0/default,1,0"}) == expected


def test_sequence_in_screen_goes_in_dcs_pieces() -> None:
    wrapped = osc52_sequence(TEXT, {"STY": "1234.pts-0.host"})
    assert wrapped.startswith(b"\x1bP\x1b]52;c;") and wrapped.endswith(b"\x1b\\")
    pieces = wrapped.split(b"\x1b\\")[:-1]
    assert all(piece.startswith(b"\x1bP") and len(piece) <= 78 for piece in pieces)
    assert b"".join(piece[2:] for piece in pieces) == b"\x1b]52;c;" + B64 + b"\x07"


def test_too_long_a_text_is_refused_clearly() -> None:
    fits = "x" * (OSC52_MAX_BYTES // 4 * 3)
    assert len(osc52_sequence(fits, {})) == OSC52_MAX_BYTES + 8
    with pytest.raises(Unavailable, match=r"too long for the OSC 52.*without --copy"):
        osc52_sequence(fits + "xxx", {})


def test_osc52_goes_to_stderr_when_it_is_a_terminal(terminal: Terminal) -> None:
    how = copy_text(TEXT, environment(NO_PROGRAMS, stderr=terminal))
    assert how == OSC52
    assert terminal.read() == b"\x1b]52;c;" + B64 + b"\x07"


def test_osc52_goes_to_the_controlling_terminal_when_only_stdout_is_one(
    terminal: Terminal,
) -> None:
    env = environment(NO_PROGRAMS, stdout=terminal, tty_path=terminal.path)
    how = copy_text(TEXT, env)
    assert how == OSC52
    assert terminal.read() == b"\x1b]52;c;" + B64 + b"\x07"


def test_osc52_in_tmux(terminal: Terminal) -> None:
    env = {**NO_PROGRAMS, "TMUX": "/tmp/tmux-0/default,1,0"}
    how = copy_text(TEXT, environment(env, stderr=terminal))
    # Whether tmux passed it on cannot be known: the message says what it depends on.
    assert how == (
        f"{OSC52} through tmux, which passes it on only with 'set -g allow-passthrough on' "
        "(tmux 3.3 and later)"
    )
    assert terminal.read() == b"\x1bPtmux;\x1b\x1b]52;c;" + B64 + b"\x07\x1b\\"


def test_a_working_program_comes_first(terminal: Terminal, tmp_path: Path) -> None:
    clipped = tmp_path / "clipboard.txt"
    fake_program(tmp_path, "xclip", f"exec /bin/cat > '{clipped}'")
    env = {"PATH": str(tmp_path), "DISPLAY": ":0", "WAYLAND_DISPLAY": ""}
    assert copy_text(TEXT, environment(env, stderr=terminal)) == "xclip"
    assert clipped.read_text(encoding="utf-8") == TEXT
    assert terminal.read() == b""


def test_a_failing_program_falls_back_to_osc52(terminal: Terminal, tmp_path: Path) -> None:
    fake_program(tmp_path, "xclip", "exit 1")
    env = {"PATH": str(tmp_path), "DISPLAY": ":0", "WAYLAND_DISPLAY": ""}
    assert copy_text(TEXT, environment(env, stderr=terminal)) == OSC52
    assert terminal.read() == b"\x1b]52;c;" + B64 + b"\x07"


def test_without_program_or_terminal_it_is_unavailable() -> None:
    with pytest.raises(Unavailable) as raised:
        copy_text(TEXT, environment(NO_PROGRAMS))
    assert raised.value.exit_code == 69
    assert raised.value.message.startswith("no clipboard available")
    assert "OSC 52 terminal sequence needs stdout or stderr to be a terminal" in (
        raised.value.message
    )
    # What to do instead, in words every command with --copy takes (cite has no --plain).
    assert raised.value.message.endswith(
        "run it again without --copy (with --plain, where the command has it) and copy it yourself"
    )


def test_an_unopenable_terminal_is_unavailable(terminal: Terminal, tmp_path: Path) -> None:
    with pytest.raises(Unavailable, match="could not be written to the terminal"):
        copy_text(
            TEXT, environment(NO_PROGRAMS, stdout=terminal, tty_path=str(tmp_path / "no-such-tty"))
        )
