"""Standard streams that are closed, full or failing: each ends with its documented exit code
(README "Exit codes"), never 70 ("a bug") and never 1 ("nothing found")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import HELD
from tests.procs import TIMEOUT, Run, script_path


def run_redirected(args: list[str], redirect: str, stdin: bytes = b"") -> Run:
    """The installed script with a shell redirection (``>&-`` closes stdout, and so on)."""
    done = subprocess.run(
        ["sh", "-c", f'exec "$0" "$@" {redirect}', str(script_path()), *args],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_one_line(stderr: bytes, *needles: bytes) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(b"aimeeting: "), stderr
    for needle in needles:
        assert needle in lines[0], stderr


WRITERS = [
    ["facts", *HELD],
    ["facts", "--json"],
    ["timeline", "--format", "markdown"],
    ["quotes", "--plain"],
    ["schema"],
    ["validate"],
    ["--version"],
    [],  # the short start
    ["facts", "--help"],
    ["--help"],
]


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_a_full_stdout_is_exit_74(args: list[str]) -> None:
    run = run_redirected(args, ">/dev/full")
    assert run.code == 74, run.stderr
    assert_one_line(run.stderr, b"<stdout>: write failed: No space left on device")


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_a_closed_stdout_is_exit_74(args: list[str]) -> None:
    run = run_redirected(args, ">&-")
    assert run.code == 74, run.stderr
    assert_one_line(run.stderr, b"<stdout>: write failed: standard output is closed")


@pytest.mark.parametrize("args", [["--briefing", "-", "facts"], ["validate", "-"]], ids=" ".join)
def test_a_closed_stdin_is_exit_66(args: list[str]) -> None:
    run = run_redirected(args, "<&-")
    assert run.code == 66, run.stderr
    assert run.stdout == b""
    assert_one_line(run.stderr, b"<stdin>: standard input is closed")


def test_an_unreadable_stdin_is_exit_66(tmp_path: Path) -> None:
    run = run_redirected(["--briefing", "-", "facts"], f"0>{tmp_path / 'write-only'}")
    assert run.code == 66, run.stderr
    assert_one_line(run.stderr, b"<stdin>: cannot read")


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"], ids=["closed", "full"])
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--briefing", "no-such.json", "facts"], 66),
        (["--briefing", "-", "facts"], 65),  # empty stdin: not valid data
        (["search", "no-such-word-anywhere"], 1),
        (["facts", "--no-such-option"], 2),
        (["facts", "--json"], 0),
        (["facts", "--as-of", "2030-01-01"], 0),  # with the stale-facts warning
    ],
    ids=["missing", "invalid", "not-found", "usage", "ok", "warning"],
)
def test_a_closed_or_failing_stderr_keeps_the_exit_code(
    args: list[str], code: int, redirect: str
) -> None:
    run = run_redirected(args, redirect)
    assert run.code == code
    assert run.stderr == b""


def test_a_large_output_reaches_a_slow_reader_whole_before_the_fast_exit() -> None:
    """The process ends with os._exit, skipping the interpreter's teardown: every byte
    must already be out, even when the reader takes its time."""
    import sys

    whole = subprocess.run(
        [str(script_path()), "facts", *HELD], capture_output=True, timeout=TIMEOUT
    ).stdout
    slow = subprocess.run(
        ["sh", "-c", f'"$0" facts {" ".join(HELD)} | (sleep 1; cat)', str(script_path())],
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert slow.returncode == 0 and slow.stdout == whole and len(whole) > 10_000
    # And a stdout that fails only at that last flush is still a failure, not a success.
    failing = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "class Failing:\n"
            "    def write(self, text): return len(text)\n"
            "    def flush(self): raise OSError(28, 'No space left on device')\n"
            "sys.stdout = Failing()\n"
            "from aimeeting.app import exit_now\n"
            "exit_now(0)\n",
        ],
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert failing.returncode == 74


@pytest.mark.parametrize("args", [["facts", "--json"], ["facts"]], ids=" ".join)
def test_a_reader_that_leaves_early_is_141_even_unbuffered(args: list[str], tmp_path: Path) -> None:
    """With PYTHONUNBUFFERED (common in containers) stdout's buffer is the raw file, which
    may take only part of a large write when the reader leaves: that must end as a broken
    pipe (141), never as a success with the rest of the output lost."""
    import json
    import os

    from tests.conftest import EVENT

    data = json.loads(EVENT.read_text(encoding="utf-8"))
    first = data["timeline"][0]
    data["timeline"] += [{**first, "id": f"tl-copy-{n}"} for n in range(400)]
    big = tmp_path / "big.json"  # far more than a pipe holds (64 KiB on Linux)
    big.write_text(json.dumps(data), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "100"}
    done = subprocess.run(
        [
            "bash",
            "-c",
            '"$0" "$@" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"',
            str(script_path()),
            "--briefing",
            str(big),
            *args,
        ],
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    assert done.stdout.strip() == b"141", done.stderr


def test_a_short_write_is_finished_not_dropped() -> None:
    """A raw file takes what it can; the rest goes in further writes."""
    import io

    from aimeeting.sinks.stdio import Stdout

    class Trickle(io.RawIOBase):
        def __init__(self) -> None:
            self.got = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, data: object) -> int:
            chunk = bytes(data)[:7]  # type: ignore[call-overload]
            self.got += chunk
            return len(chunk)

    raw = Trickle()
    text = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[type-var]
    text.buffer  # noqa: B018 (the raw file itself, as when unbuffered)
    stdout = Stdout(text)
    stdout.write_bytes(b"x" * 1000 + "\u00e9".encode())
    assert bytes(raw.got) == b"x" * 1000 + "\u00e9".encode()
