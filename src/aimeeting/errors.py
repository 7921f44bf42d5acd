"""The project's error types and exit codes: domain code raises these, and aimeeting.app
turns each into one line on stderr and its exit code."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class ExitCode(IntEnum):
    """Exit codes, documented in the README (sysexits.h numbers where one fits)."""

    OK = 0
    NOT_FOUND = 1  # search or FAQ found nothing, like grep
    USAGE = 2  # bad command line
    DATA_INVALID = 65  # EX_DATAERR: the briefing is not valid
    INPUT_MISSING = 66  # EX_NOINPUT: missing, unreadable or not a regular file
    INTERNAL = 70  # EX_SOFTWARE: a bug in aimeeting
    UNAVAILABLE = 69  # EX_UNAVAILABLE: a needed service (the clipboard) is not there
    CANNOT_CREATE = 73  # EX_CANTCREAT: an output file cannot be created
    IO_ERROR = 74  # EX_IOERR: reading or writing failed part-way (disk full ...)
    BROKEN_PIPE = 141  # what a shell reports for a reader that went away (128 + SIGPIPE)
    HANGUP = 129  # SIGHUP during a file write (128 + 1), after removing the temporary file
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # SIGTERM during a file write (128 + 15), likewise


class Problem(NamedTuple):
    """One thing wrong with a briefing, located as precisely as the input allows."""

    path: str  # JSON path, e.g. $.timeline[3].date
    message: str
    line: int | None = None
    column: int | None = None

    def location(self, file_label: str) -> str:
        where = file_label
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        return where


class AimeetingError(Exception):
    """Any failure aimeeting expects and reports as one line plus an exit code."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, lines: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.lines = lines  # what may help next, each on a line of its own after the message


class UsageError(AimeetingError):
    """The command line asks for something that cannot be done (too many search words ...)."""

    exit_code = ExitCode.USAGE


class InputError(AimeetingError):
    """The input cannot be read: missing, unreadable, not a regular file, too large."""

    exit_code = ExitCode.INPUT_MISSING


class BriefingInvalid(AimeetingError):
    """The input was read but is not a valid briefing; carries every problem found."""

    exit_code = ExitCode.DATA_INVALID

    def __init__(self, file_label: str, problems: list[Problem]) -> None:
        self.file_label = file_label
        self.problems = problems
        first = problems[0]
        more = (
            f" (and {len(problems) - 1} more problem(s); run 'aimeeting validate')"
            if len(problems) > 1
            else ""
        )
        super().__init__(f"{first.location(file_label)}: {first.path}: {first.message}{more}")


class ValidationFailed(AimeetingError):
    """`validate` found an error (or, under --strict, a doubt); it has listed them all."""

    exit_code = ExitCode.DATA_INVALID


class OutputError(AimeetingError):
    """An output file cannot be created where it was asked for."""

    exit_code = ExitCode.CANNOT_CREATE


class WriteFailed(AimeetingError):
    """Writing failed part-way (disk full, I/O error); nothing was left behind."""

    exit_code = ExitCode.IO_ERROR


class Interrupted(AimeetingError):
    """A signal arrived while a file was being written; the temporary file is gone."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = ExitCode(exit_code)


class NotFound(AimeetingError):
    """A search, filter or question matched nothing."""

    exit_code = ExitCode.NOT_FOUND


class Unavailable(AimeetingError):
    """A service aimeeting relies on (the clipboard) is not available here."""

    exit_code = ExitCode.UNAVAILABLE
