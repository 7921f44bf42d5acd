"""The standard streams when they are closed, full or failing: one place that decides.

- stdout: a write that fails (disk full, I/O error, closed) is WriteFailed (exit 74); a reader
  that went away stays BrokenPipeError, which the error boundary turns into a quiet 141. It
  is also remembered (``reader_gone``), because Click turns one during parsing (--help) into
  an exit of its own.
- stderr: a message that cannot be written is dropped; it never changes the exit code.

After a failure the stream's file descriptor is pointed at the null device, so that the
interpreter's own flush at exit cannot fail again (it would turn any exit code into 120).
Cheap to import (no Rich, no Pydantic): `--version` goes through it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import IO, Any, TextIO

from aimeeting.errors import WriteFailed
from aimeeting.limits import MAX_MESSAGE_CHARS
from aimeeting.safetext import make_visible

STDOUT_LABEL = "<stdout>"


def hold_closed_descriptors() -> None:
    """Hold descriptors 0-2 that the caller closed open on the null device.

    Python has already set the matching sys stream to None, so writes still fail as they
    should; but no file aimeeting opens later (a briefing, a temporary file) can land on
    descriptor 1 or 2 and receive bytes meant for a terminal.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            _point_at_devnull(descriptor)


class Stdout:
    """Standard output for one run: text for Click's help and bytes for data, with one
    rule for failures (see the module docstring). Everything else is the stream's own."""

    def __init__(self, stream: TextIO | None, encoding: str = "utf-8") -> None:
        self._stream = stream
        self.encoding_for_data = encoding  # UTF-8, but a terminal's own when it is not
        self.failure: WriteFailed | None = None  # the first failure in this run
        self.reader_gone = False  # a write met a broken pipe in this run

    @classmethod
    def guarding(cls, stream: TextIO | None, real: TextIO | None, terminal: bool) -> Stdout:
        """The process's stdout; text that its locale cannot encode is escaped, not fatal.
        Data goes out as UTF-8, except to a terminal whose locale says otherwise: there
        UTF-8's bytes would be other characters, and in ISO 8859-1 some are C1 controls."""
        encoding = "utf-8"
        if stream is not None and stream is real:
            with contextlib.suppress(AttributeError, ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
            said = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
            if terminal and said not in ("utf-8", "utf8"):
                encoding = said
        return cls(stream, encoding)

    # The part of TextIO that Click and Rich use.
    def write(self, text: str) -> int:
        if isinstance(text, str) and not text:  # /dev/full fails even an empty write
            return 0
        stream = self._open()
        with self._guard():
            return stream.write(text)

    def flush(self) -> None:
        if self._stream is None:
            return
        with self._guard():
            self._stream.flush()

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._open(), name)

    def write_bytes(self, data: bytes) -> None:
        """Write data (UTF-8 bytes) and flush, after any text written before it."""
        stream = self._open()
        with self._guard():
            stream.flush()
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                stream.write(data.decode("utf-8"))
                stream.flush()
            else:
                _write_all(buffer, data)
                buffer.flush()

    def write_text(self, text: str) -> None:
        """Data as UTF-8 bytes (whatever the locale, in a pipe), or in a terminal's own
        encoding, with what it cannot show as visible escapes."""
        self.write_bytes(text.encode(self.encoding_for_data, "backslashreplace"))

    def finish(self, *, reported: bool = False) -> None:
        """The last flush before exit. Unless the run already ended with an error
        (``reported``), it also raises a failure seen earlier that someone caught and
        dropped (Click's probe of the stream does): once stdout has failed, the run has."""
        if self.failure is not None and not reported:
            raise self.failure
        self.flush()

    def quiet(self) -> None:
        """After a broken pipe: nothing more can reach the reader, not even at exit."""
        _silence(self._stream)

    def _open(self) -> TextIO:
        if self._stream is None:
            raise self._failed(ValueError("I/O operation on closed file"))
        return self._stream

    @contextlib.contextmanager
    def _guard(self) -> Any:
        try:
            yield
        except BrokenPipeError:
            self.reader_gone = True
            raise
        except (OSError, ValueError) as error:
            raise self._failed(error) from None

    def _failed(self, error: BaseException) -> WriteFailed:
        _silence(self._stream)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:  # "I/O operation on closed file"
            reason = "standard output is closed"
        self.failure = WriteFailed(f"{STDOUT_LABEL}: write failed: {reason}")
        return self.failure


def _write_all(buffer: Any, data: bytes) -> None:
    """Every byte of ``data``. Unbuffered (PYTHONUNBUFFERED, python -u), stdout's buffer is
    the raw file, whose write may take only part of the bytes, say when the reader leaves
    mid-way: the rest is written again, so the reader's leaving shows as a broken pipe
    instead of output silently cut short."""
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        if not written:  # a non-blocking descriptor that is full: never loop on nothing
            raise OSError(errno.EAGAIN, "standard output would block")
        view = view[written:]


class Stderr:
    """Standard error: one line at a time; a line that cannot be written is dropped."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> None:
        if self._stream is None:
            return
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):
            _silence(self._stream)

    def line(self, message: str) -> None:
        """One line, of a readable length; anything that came from data is made visible,
        never executed."""
        visible = make_visible(message, keep_newlines=False)
        if len(visible) > MAX_MESSAGE_CHARS:
            cut = len(visible) - MAX_MESSAGE_CHARS
            visible = f"{visible[:MAX_MESSAGE_CHARS]}… ({cut} more characters not shown)"
        self.write(visible + "\n")

    def error(self, message: str) -> None:
        self.line(f"aimeeting: {message}")

    @property
    def stream(self) -> TextIO | None:
        return self._stream


def _silence(stream: IO[Any] | None) -> None:
    """Discard whatever is still buffered for a failed stream, now and at exit.

    Only a stream backed by a real descriptor is redirected; an in-memory stream (a test's
    buffer) has none and is left alone.
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
