"""Run aimeeting as a real process, piped or on a pseudo-terminal, with a time limit."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60.0  # generous: a loaded CI machine is slow, and a hang still ends the test


@dataclass
class Run:
    code: int
    stdout: bytes
    stderr: bytes


def script_path() -> Path:
    """The installed console script beside this interpreter."""
    return Path(sys.executable).parent / "aimeeting"


def run_piped(
    args: list[str], env: dict[str, str] | None = None, stdin: bytes = b"", cwd: Path | None = None
) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "aimeeting", *args],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def run_on_pty(args: list[str], env: dict[str, str] | None = None) -> Run:
    """stdin, stdout and stderr all on one pseudo-terminal; returns what the terminal received."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "aimeeting", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        # No pager unless a test asks for one: less would wait for a key nobody presses.
        env={**os.environ, "COLUMNS": "100", "AIMEETING_PAGER": "", **(env or {})},
        close_fds=True,
    )
    os.close(terminal)
    received = bytearray()
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the other side closed
                break
            if not chunk:
                break
            received += chunk
        elif process.poll() is not None:
            break
    try:
        code = process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:  # stuck (a full terminal nobody reads): never left behind
        process.kill()
        raise
    os.close(controller)
    return Run(code, bytes(received), b"")
