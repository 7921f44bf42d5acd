"""The three standard streams when they are closed, full or failing: one place that decides.

- stdout: a write that fails (disk full, I/O error, closed) is WriteFailed (exit 74); a reader
  that went away stays BrokenPipeError, which cli.py turns into a quiet 141. It is also
  remembered (reader_gone), because Click turns one during parsing (--help) into exit 1.
- stderr: a message that cannot be written is dropped; it never changes the exit code.
- stdin: closed or unusable is InputError (exit 66), like any briefing that cannot be read.

After a failure the stream's file descriptor is pointed at the null device, so that the
interpreter's own flush at exit cannot fail again (it would turn any exit code into 120).
This module is cheap to import (no Rich, no Pydantic): `--version` goes through it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import IO, Any, BinaryIO, TextIO, cast

from aimeeting.errors import InputError, WriteFailed

STDIN_LABEL = "<stdin>"
STDOUT_LABEL = "<stdout>"

_stdout_failure: WriteFailed | None = None  # the first failure of stdout in this run
_reader_gone = False  # stdout's reader went away (a broken pipe) in this run


def reader_gone() -> bool:
    """Whether a write to stdout met a broken pipe in this run."""
    return _reader_gone


def _broken_pipe() -> None:
    global _reader_gone
    _reader_gone = True


def guard_standard_streams() -> None:
    """Prepare the process's standard streams for one run of the program.

    - Descriptors 0-2 that the caller closed are held open on the null device. Python has
      already set the matching sys stream to None, so writes still fail as they should; but
      no file aimeeting opens later (a briefing, a temporary file) can land on descriptor 1
      or 2 and receive bytes meant for a terminal.
    - The real sys.stdout is wrapped so that a write or flush that fails raises WriteFailed
      wherever it happens: in Rich, in Click's help, or in the interpreter's last flush.
      A test runner's replacement stream is left as it is.
    """
    global _stdout_failure, _reader_gone
    _stdout_failure, _reader_gone = None, False
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            _point_at_devnull(descriptor)
    real = sys.__stdout__
    if real is not None and sys.stdout is real:
        sys.stdout = cast(TextIO, _GuardedStdout(real))
    elif real is None and sys.stdout is None:
        sys.stdout = cast(TextIO, _ClosedStdout())


class _GuardedStdout:
    """sys.stdout whose failing write or flush is WriteFailed (74); the rest is delegated."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if isinstance(text, str) and not text:  # /dev/full fails even an empty write
            return 0
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            _broken_pipe()
            raise
        except (OSError, ValueError) as error:
            raise stdout_failed(error) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            _broken_pipe()
            raise
        except (OSError, ValueError) as error:
            raise stdout_failed(error) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _ClosedStdout:
    """sys.stdout when the caller closed descriptor 1 (Python leaves it None): the first
    write fails with 74, as a write to a closed stdout does everywhere else. Click's echo
    drops text for a None stream, so `--help >&-` printed nothing and exited 0."""

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise stdout_failed(ValueError("I/O operation on closed file"))

    def flush(self) -> None:
        """Nothing is buffered: nothing can be written."""

    def isatty(self) -> bool:
        return False


def write_stdout(data: bytes) -> None:
    """Write bytes to stdout and flush; a failure other than a broken pipe is exit 74."""
    stream = sys.stdout  # looked up per call: tests and pagers swap it
    if stream is None:
        raise WriteFailed(f"{STDOUT_LABEL}: write failed: standard output is closed")
    try:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(data.decode("utf-8"))
            stream.flush()
        else:
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        _broken_pipe()
        raise
    except (OSError, ValueError) as error:
        raise stdout_failed(error) from None


def flush_stdout(*, reported: bool = False) -> None:
    """The last flush before exit, with the same rules as write_stdout.

    Unless the run already ended with an error (``reported``), it also raises a failure seen
    earlier whose error someone caught and dropped (Click's probe of the stream does):
    once stdout has failed, the run has failed.
    """
    if _stdout_failure is not None and not reported:
        raise _stdout_failure
    stream = sys.stdout
    if stream is None:
        return  # nothing was written, or write_stdout has already reported it
    try:
        stream.flush()
    except BrokenPipeError:
        _broken_pipe()
        raise
    except (OSError, ValueError) as error:
        raise stdout_failed(error) from None


def stdout_failed(error: BaseException) -> WriteFailed:
    """Silence stdout, remember the failure, and describe it (exit 74)."""
    global _stdout_failure
    _silence(sys.stdout)
    if isinstance(error, ValueError):  # "I/O operation on closed file"
        reason = "standard output is closed"
    else:
        assert isinstance(error, OSError)
        reason = error.strerror or str(error)
    _stdout_failure = WriteFailed(f"{STDOUT_LABEL}: write failed: {reason}")
    return _stdout_failure


def write_stderr(text: str) -> None:
    """Write a message to stderr; if stderr is closed or failing the message is dropped."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        _silence(stream)


def stdin_binary() -> BinaryIO:
    """The binary standard input, or InputError (exit 66) when the caller closed it."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None) if stream is not None else None
    if buffer is None:
        raise InputError(f"{STDIN_LABEL}: standard input is closed; pipe a briefing in")
    result: BinaryIO = buffer
    return result


def _silence(stream: IO[Any] | None) -> None:
    """Discard whatever is still buffered for a failed stream, now and at exit.

    Only a stream backed by a real descriptor is redirected; an in-memory stream (a test
    runner's capture) has none and is left alone.
    """
    if stream is None:
        return
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    _point_at_devnull(descriptor)
    with contextlib.suppress(OSError, ValueError):
        stream.flush()


def _point_at_devnull(descriptor: int) -> None:
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_RDWR)
        if null != descriptor:
            os.dup2(null, descriptor)
            os.close(null)
