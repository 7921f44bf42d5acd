"""The CLI's plumbing: the real streams, one-line errors, loading the chosen briefing.
Only the CLI modules use it; everything below them takes streams as arguments."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from aimeeting.errors import AimeetingError, ExitCode
from aimeeting.safetext import make_visible
from aimeeting.sinks import stdio as streams

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing
    from aimeeting.output import Streams


F = TypeVar("F", bound=Callable[..., None])


def reports_errors(function: F) -> F:
    """Turn the project's errors into one line on stderr and their exit code."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            function(*args, **kwargs)
        except AimeetingError as error:
            print_error(error.message)
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            # Caught here because Typer's Click would turn it into a plain exit 1.
            _quiet_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None

    return wrapper  # type: ignore[return-value]


def print_error(message: str) -> None:
    """One line on stderr; anything that came from data is made visible, never executed."""
    line = make_visible(message, keep_newlines=False)
    streams.write_stderr(f"aimeeting: {line}\n")


def print_notice(message: str) -> None:
    streams.write_stderr(make_visible(message, keep_newlines=False) + "\n")


def load_chosen(ctx: typer.Context, path: str | None = None) -> Briefing:
    from aimeeting.briefing.load import load_briefing

    root_ctx = ctx.find_root()
    chosen = path if path is not None else root_ctx.obj
    if chosen is None and path is None:  # during completion the root callback has not run
        chosen = root_ctx.params.get("briefing")
    return load_briefing(chosen)


def write_stdout(text: str) -> None:
    """Data goes to stdout as UTF-8 bytes, whatever the locale's encoding."""
    write_stdout_bytes(text.encode("utf-8"))


def emit_json(value: Any) -> None:
    from aimeeting.writers.jsonout import dump_json

    write_stdout(dump_json(value))


def write_stdout_bytes(data: bytes) -> None:
    streams.write_stdout(data)  # a failure is WriteFailed (74); a broken pipe stays as it is


def real_streams() -> Streams:
    from aimeeting.output import Streams

    return Streams(sys.stdout, write_stdout_bytes, print_notice, os.environ)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _safe_streams() -> None:
    """Text that a locale cannot encode is escaped instead of crashing the program."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def print_welcome(ctx: typer.Context) -> None:
    """What `aimeeting` alone prints: the loaded event and the commands people start with."""
    try:
        about = f"Briefing: {load_chosen(ctx).event.title}"
    except AimeetingError as error:
        about = f"Briefing: cannot be loaded ({error.message})"
    write_stdout(
        make_visible(about, keep_newlines=False) + "\n\nStart with:\n"
        "  aimeeting facts              the whole fact sheet\n"
        "  aimeeting summary            the event, the summary and key facts\n"
        "  aimeeting faq QUESTION...    an answer from the FAQ, with sources\n"
        "  aimeeting search WORDS...    every item that mentions them\n"
        "  aimeeting cite ID            one item as a paste-ready citation\n"
        "\nEvery command: aimeeting --help\n"
    )


def copy_line(line: str, what: str) -> None:
    from aimeeting.sinks.clipboard import copy_text

    how = copy_text(line)
    print_notice(f"aimeeting: copied {what} with {how}: {line}")


def usage_line(error: typer.TyperException) -> str:
    """Click's message and where to look. Typer checks option values with Pydantic and
    passes on its "Value error, " prefix, which tells a reader nothing."""
    message = error.format_message().replace(": Value error, ", ": ", 1)
    context = getattr(error, "ctx", None)
    path = context.command_path if context is not None else "aimeeting"
    return f"{message} (see '{path} --help')"


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def completion_for_named_shell(args: list[str]) -> int | None:
    """`--install-completion zsh` or `--show-completion fish`: for the shell named.

    Typer's flags detect the running shell and ignore a name after them, so a zsh user
    in a bash session would get bash completion installed. None when not asked.
    """
    if len(args) != 2 or args[0] not in ("--install-completion", "--show-completion"):
        return None
    shell = args[1]
    if shell not in SHELLS:
        print_error(f"unknown shell {shell!r}: use one of {', '.join(SHELLS)}")
        return ExitCode.USAGE
    from typer import _completion_shared as completion

    complete_var = "_AIMEETING_COMPLETE"
    if args[0] == "--show-completion":
        script = completion.get_completion_script(
            prog_name="aimeeting", complete_var=complete_var, shell=shell
        )
        write_stdout(script.rstrip("\n") + "\n")
        return ExitCode.OK
    shell, path = completion.install(shell=shell, prog_name="aimeeting", complete_var=complete_var)
    write_stdout(f"{shell} completion installed in {path}; it takes effect in a new shell\n")
    return ExitCode.OK
