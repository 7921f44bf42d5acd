"""The pager: text for a terminal taller than its screen goes through $AIMEETING_PAGER,
$PAGER or `less -FRX`, like git. A pager that cannot start, or fails, is said in one line
and the caller prints the text itself, so no output is ever lost."""

from __future__ import annotations

import contextlib
import shlex
import shutil
import subprocess

from aimeeting.environment import Environment
from aimeeting.safetext import display_name

_CANNOT_RUN = {126, 127}  # the shell's codes for "not executable" and "not found"


def _program_of(command: str) -> str | None:
    """The program a pager setting runs (its first word), to check it exists first."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    return words[0] if words else None


def page(text: str, env: Environment) -> bool:
    """Send ``text`` through the pager; False (after one notice) when it cannot start or
    fails, so that the caller prints it directly instead of losing it."""
    command = env.pager_command()
    if not command:
        return False
    program = _program_of(command)
    if program is None or shutil.which(program, path=env.vars.get("PATH")) is None:
        env.stderr.error(
            f"cannot start the pager '{display_name(command)}' (not found); printing directly"
        )
        return False
    child_env = dict(env.vars)
    child_env.setdefault("LESS", "FRX")  # quit if one screen, keep colours, leave text on screen
    try:
        # Through the shell, as git and gh do: a pager setting may hold options and pipes.
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=child_env)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        env.stderr.error(f"cannot start the pager ({reason}); printing directly")
        return False
    assert process.stdin is not None
    with contextlib.suppress(OSError):  # a reader who quits the pager early is fine
        process.stdin.write(text.encode(env.stdout.encoding_for_data, "backslashreplace"))
        process.stdin.close()
    status = process.wait()
    if status in _CANNOT_RUN:
        env.stderr.error(f"cannot start the pager '{display_name(command)}'; printing directly")
        return False
    if 0 < status < 128:
        # A pager quits with 0 when its reader is done; a failure (a bad option, a pager
        # that cannot open the terminal) may have shown nothing, so print it rather than
        # risk losing it. A pager killed by a signal was stopped by its reader: the shell
        # reports that as 128 + the signal's number (and Python as a negative status).
        env.stderr.error(
            f"the pager '{display_name(command)}' failed (exit {status}); printing directly"
        )
        return False
    return True
