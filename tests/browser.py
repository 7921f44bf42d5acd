"""Headless Chromium for the tests that check a page in a real browser: found once, run
one way (no network, a profile of its own), skipped with a reason where it is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# The mutation run (benchmarks/mutation.sh) leaves the browser out: starting Chromium for
# each of thousands of mutants would take hours.
CHROMIUM = (
    None
    if os.environ.get("AIMEETING_TESTS_WITHOUT_BROWSER")
    else shutil.which("chromium") or shutil.which("chromium-browser")
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)"
)


def chromium(page: Path, profile: Path, *options: str) -> str:
    """Open ``page`` in headless Chromium with ``options`` (--dump-dom, --screenshot=...,
    --window-size=...); what it printed on stdout."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (.ci/run installs it)")
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *options,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout
