"""The one error boundary: argv and an environment in, an exit code out. Every failure
becomes one line on stderr and the documented exit code here, and nowhere else; tests call
``run`` the way httpie's tests call ``main(args, env)``."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from typing import NoReturn

from aimeeting.environment import Environment
from aimeeting.errors import AimeetingError, ExitCode

# Pydantic scans every package's entry points for plugins (~30 ms); this program uses none.
# (Its loader still imports importlib.metadata, ~14 ms: only replacing a private module of
# Pydantic would avoid that, which the next release may break, so it stays.)
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

ROOT_OPTIONS_WITH_VALUES = ("--briefing", "-b")


def root_option(argv: Sequence[str], name: str) -> int | None:
    """Where ``name`` stands among the root options (before any command), if it does.

    `--version` and the completion options are answered before Typer, which takes about
    half of start-up, is even imported; and the completion options take an optional shell
    name, which Typer's options cannot.
    """
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == name:
            return index
        if word in ROOT_OPTIONS_WITH_VALUES:
            index += 1
        elif not word.startswith("-") or word == "--":
            return None
        index += 1
    return None


def command_word(argv: Sequence[str]) -> str | None:
    """The command named after the root options, if one is (what Typer will run)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ROOT_OPTIONS_WITH_VALUES:
            index += 2
        elif word == "--":
            return argv[index + 1] if index + 1 < len(argv) else None
        elif word.startswith("-"):
            index += 1
        else:
            return word
    return None


def run(argv: Sequence[str], env: Environment) -> int:
    """Run aimeeting with ``argv`` in ``env``; return the exit code. Never raises."""
    with _standard_streams(env):
        try:
            if root_option(argv, "--version") is not None:
                from aimeeting import __version__

                env.stdout.write_text(f"aimeeting {__version__}\n")
                env.stdout.finish()
                return ExitCode.OK
            for name in ("--install-completion", "--show-completion"):
                at = root_option(argv, name)
                if at is not None:
                    from aimeeting.completion import answer

                    after = argv[at + 1 : at + 2]
                    answer(name, after[0] if after and not after[0].startswith("-") else None, env)
                    env.stdout.finish()
                    return ExitCode.OK
            code = _run_typer(argv, env)
            env.stdout.finish(reported=code != ExitCode.OK)  # a failure no one reported: 74
            return code
        except AimeetingError as error:
            env.stderr.error(error.message)
            for line in error.lines:
                env.stderr.line(f"  {line}")
            return error.exit_code
        except KeyboardInterrupt:
            return ExitCode.INTERRUPTED
        except BrokenPipeError:
            env.stdout.quiet()
            return ExitCode.BROKEN_PIPE
        except Exception as error:
            if env.debug:
                env.stderr.write(traceback.format_exc())
            env.stderr.error(
                f"internal error: {type(error).__name__}: {error} "
                "(a bug; set AIMEETING_DEBUG=1 for a traceback and please report it)"
            )
            return ExitCode.INTERNAL


def _run_typer(argv: Sequence[str], env: Environment) -> int:
    import typer

    from aimeeting.cli import Invocation, app_for, usage_line

    try:
        result = app_for(command_word(argv))(
            args=list(argv),
            prog_name="aimeeting",
            standalone_mode=False,
            obj=Invocation(env),
            # Help fills the screen, up to 120 columns, and keeps to it when narrower.
            terminal_width=min(env.width, 120),
            max_content_width=min(env.width, 120),
        )
    except typer.TyperException as error:  # usage errors from the bundled Click
        env.stderr.error(usage_line(error))
        return int(getattr(error, "exit_code", ExitCode.USAGE))
    except typer.Abort:
        return ExitCode.INTERRUPTED
    except SystemExit as exit:
        # Click exits itself on a broken pipe while it prints help, and after completion.
        if env.stdout.reader_gone:
            env.stdout.quiet()
            return ExitCode.BROKEN_PIPE
        return exit.code if isinstance(exit.code, int) else ExitCode.OK
    if env.stdout.reader_gone:
        env.stdout.quiet()
        return ExitCode.BROKEN_PIPE
    return int(result) if isinstance(result, int) else ExitCode.OK


@contextlib.contextmanager
def _standard_streams(env: Environment) -> Iterator[None]:
    """Click prints help and completions to sys.stdout: for this run, that is env's."""
    saved = sys.stdout, sys.stderr
    sys.stdout = env.stdout
    if env.stderr.stream is not None:
        sys.stderr = env.stderr.stream
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def main() -> NoReturn:
    """Console-script entry point."""
    # Start-up makes some 100,000 objects (Typer, Pydantic, the briefing's models) and
    # throws few away; collecting after every 700 made the collector walk them again and
    # again, about a twentieth of a run. A run this short needs it rarely.
    gc.set_threshold(50_000)
    exit_now(run([as_utf8(arg) for arg in sys.argv[1:]], Environment.from_process()))


def as_utf8(arg: str) -> str:
    """An argument as the UTF-8 it was typed in, where a locale of another encoding (with
    Python's UTF-8 mode off) left its bytes undecoded: output is UTF-8 in any locale, and
    a question in Japanese must be read as one. Bytes that are not UTF-8 stay as they were."""
    if arg.isascii():
        return arg
    try:
        return os.fsencode(arg).decode("utf-8")
    except UnicodeError:
        return arg


def exit_now(code: int) -> NoReturn:
    """Exit once everything is written, without the interpreter's teardown: at exit it
    walks and frees every object of Typer, Pydantic and the briefing (about a fifth of a
    run's time) when the operating system frees the whole process anyway. ``run`` has
    flushed stdout and reported any failure; this flush only makes sure of it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            if stream is sys.stdout and code == ExitCode.OK:
                code = ExitCode.IO_ERROR  # output was lost: never a silent success
    os._exit(code)
