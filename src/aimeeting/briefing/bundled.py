"""Where the bundled briefing is: inside an installed wheel, or in the source checkout."""

from __future__ import annotations

from pathlib import Path

from aimeeting.errors import InputError


def bundled_briefing_path() -> Path:
    """The one copy of data/briefing.json, whichever way aimeeting was installed.

    A wheel carries it as aimeeting/_data/briefing.json (see pyproject.toml); an editable
    install or a source checkout reads data/briefing.json at the repository root.
    """
    package = Path(__file__).resolve().parents[1]  # aimeeting/
    for candidate in (
        package / "_data" / "briefing.json",
        package.parents[1] / "data" / "briefing.json",
    ):
        if candidate.is_file():
            return candidate
    raise InputError(
        "the bundled briefing is missing from this installation; reinstall aimeeting, "
        "or name a briefing with --briefing PATH"
    )
