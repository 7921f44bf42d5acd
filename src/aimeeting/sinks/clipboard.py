"""Put text on the clipboard: the platform's own programs first (never waiting long), then
the terminal's OSC 52 sequence, which also works in tmux, GNU screen and over SSH."""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import subprocess
from collections.abc import Mapping
from typing import TYPE_CHECKING

from aimeeting.errors import Unavailable

if TYPE_CHECKING:
    from aimeeting.environment import Environment

TIMEOUT_SECONDS = 5.0

OSC52 = "OSC 52 terminal sequence"
OSC52_MAX_BYTES = 100_000
"""Largest base64 payload put in one OSC 52 sequence: about 75,000 bytes of UTF-8 text.
Terminals cap what they accept (tmux and several terminals around 100 kB) and drop a
longer sequence without a word, so a longer text is refused instead."""
SCREEN_CHUNK = 76
"""GNU screen passes on at most 768 bytes of one DCS string; the sequence goes in pieces."""

_ESC, _BEL, _ST = b"\x1b", b"\x07", b"\x1b\\"

# (program, arguments, environment variable the program needs, or None)
_PROGRAMS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", (), "WAYLAND_DISPLAY"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", (), None),
    ("clip.exe", (), None),
)


def copy_text(text: str, env: Environment) -> str:
    """Copy ``text``; return how it was copied ("xclip", "OSC 52 terminal sequence" ...).

    Raise Unavailable when nothing can copy it. The environment says which programs may
    run and which of its streams are terminals.
    """
    program, failure = _copy_with_program(text, env.vars)
    if program is not None:
        return program
    return _copy_with_osc52(text, env, failure)


def _copy_with_program(text: str, env: Mapping[str, str]) -> tuple[str | None, str]:
    """The program that copied ``text``, or None and why none did."""
    for program, arguments, needs in _PROGRAMS:
        if needs and not env.get(needs):
            continue
        found = shutil.which(program, path=env.get("PATH", ""))
        if found is None:
            continue
        try:
            subprocess.run(
                [found, *arguments],
                input=text.encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TIMEOUT_SECONDS,
                check=True,
                env=dict(env),
            )
        except subprocess.TimeoutExpired:
            # Another program could hang as long again; the terminal cannot hang.
            return None, f"the clipboard program {program} did not finish in time"
        except (OSError, subprocess.CalledProcessError):
            continue  # try the next program
        return program, ""
    return None, "no clipboard program worked (tried wl-copy, xclip, xsel, pbcopy, clip.exe)"


INSTEAD = (
    "run it again without --copy (with --plain, where the command has it) and copy it yourself"
)
"""What to do when nothing can copy: cite has no --plain; quotes and search print a table
without it."""


def osc52_sequence(text: str, env: Mapping[str, str]) -> bytes:
    """The bytes that ask the terminal to put ``text`` on the clipboard, wrapped for tmux
    (``TMUX`` set) or GNU screen (``STY`` set) so that they reach the real terminal.

    Raise Unavailable when the text is too long for one sequence (OSC52_MAX_BYTES).
    """
    payload = base64.b64encode(text.encode("utf-8"))
    if len(payload) > OSC52_MAX_BYTES:
        raise Unavailable(
            f"the text is too long for the {OSC52} ({len(payload):,} bytes encoded; "
            f"the limit is {OSC52_MAX_BYTES:,}) and no clipboard program worked; "
            f"{INSTEAD}"
        )
    sequence = _ESC + b"]52;c;" + payload + _BEL
    if env.get("TMUX"):
        # tmux passes a DCS "tmux;" string on to the outer terminal, ESC doubled inside
        # (tmux 3.3+ needs `set -g allow-passthrough on`).
        return _ESC + b"Ptmux;" + sequence.replace(_ESC, _ESC + _ESC) + _ST
    if env.get("STY"):
        pieces = (sequence[i : i + SCREEN_CHUNK] for i in range(0, len(sequence), SCREEN_CHUNK))
        return b"".join(_ESC + b"P" + piece + _ST for piece in pieces)
    return sequence


def describe_osc52(env: Mapping[str, str]) -> str:
    if env.get("TMUX"):
        # tmux drops it unless passthrough is on (off by default since tmux 3.3): whether
        # it arrived cannot be known from here, so the message says what it depends on.
        return (
            f"{OSC52} through tmux, which passes it on only with "
            "'set -g allow-passthrough on' (tmux 3.3 and later)"
        )
    if env.get("STY"):
        return f"{OSC52} (through GNU screen)"
    return OSC52


def _copy_with_osc52(text: str, env: Environment, failure: str) -> str:
    if not (env.stderr_isatty or env.stdout_isatty):
        raise Unavailable(
            f"no clipboard available: {failure}, and the {OSC52} needs stdout or stderr "
            f"to be a terminal; {INSTEAD}"
        )
    sequence = osc52_sequence(text, env.vars)
    try:
        # stdout may be data on its way to a file; stderr is for us
        if env.stderr_isatty and env.stderr_fileno is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if env.stderr.stream is not None:
                    env.stderr.stream.flush()
            _write_all(env.stderr_fileno, sequence)
        else:
            fd = os.open(env.tty_path, os.O_WRONLY | os.O_NOCTTY)
            try:
                _write_all(fd, sequence)
            finally:
                os.close(fd)
    except OSError as error:
        raise Unavailable(
            f"no clipboard available: {failure}, and the {OSC52} could not be written to "
            f"the terminal ({error.strerror or error}); {INSTEAD}"
        ) from None
    return describe_osc52(env.vars)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
