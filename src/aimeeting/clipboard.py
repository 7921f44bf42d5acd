"""Put text on the system clipboard through the platform's own programs, never waiting long."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping

from aimeeting.errors import Unavailable

TIMEOUT_SECONDS = 5.0

# (program, arguments, environment variable the program needs, or None)
_PROGRAMS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", (), "WAYLAND_DISPLAY"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", (), None),
    ("clip.exe", (), None),
)


def copy_text(text: str, env: Mapping[str, str] | None = None) -> str:
    """Copy ``text``; return the program used. Raise Unavailable when nothing can copy."""
    env = os.environ if env is None else env
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
            raise Unavailable(f"the clipboard program {program} did not finish in time") from None
        except (OSError, subprocess.CalledProcessError):
            continue  # try the next program
        return program
    raise Unavailable(
        "no clipboard available (tried wl-copy, xclip, xsel, pbcopy, clip.exe); "
        "use --plain and copy the line yourself"
    )
