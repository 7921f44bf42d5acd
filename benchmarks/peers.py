"""aimeeting beside its peers, measured side by side in one run (`run.py --peers`).

Four ratios, each the median over rounds of the ratio within one round, with the spread
(lowest and highest round) beside it; within a round the commands run in a shuffled
order, so that drift on a busy machine falls on both sides of a ratio alike:

- `aimeeting facts` into a pipe / tldr-python-client rendering a page of the same size
  (`tldr --render PAGE`), installed from the registry into a temporary environment: both
  are Python programs that format a page of text for a terminal;
- `aimeeting --version` / `python -c pass`: what start-up adds to the interpreter;
- `aimeeting facts --json` / `python -c "import typer"`: what it adds to its framework;
- at 1000 times the bundled briefing, the plain sheet / `facts --json` of the same file:
  laying text out against serialising it.

And one time: `validate -` of a briefing of about 40 MB on stdin.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.generate import write_briefings

Run = Callable[[Sequence[str]], float]

STDIN_LIMIT = 5.0  # seconds for `validate -` of about 40 MB
STDIN_BYTES = 40_000_000


def install_tldr(folder: Path) -> Path:
    """tldr-python-client in a virtual environment of its own; its console script."""
    venv = folder / "tldr-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "tldr"]
    subprocess.run(pip, check=True)
    return venv / "bin" / "tldr"


def tldr_page(folder: Path, size: int) -> Path:
    """A tldr page (title, description, examples) of about ``size`` bytes."""
    lines = ["# aimeeting", "", "> A fact sheet, as a page of examples.", ""]
    number = 0
    while len("\n".join(lines).encode()) < size:
        number += 1
        lines += [
            f"- Example {number}: print one section of the sheet, then its sources:",
            "",
            f"`aimeeting {{{{section_{number}}}}} --format {{{{text}}}} --width {number}`",
            "",
        ]
    page = folder / "page.md"
    page.write_text("\n".join(lines), encoding="utf-8")
    return page


def rounds(commands: dict[str, list[str]], count: int, run: Run) -> dict[str, list[float]]:
    """Each command's time in each of ``count`` rounds, in a new shuffled order each round."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    order = list(commands)
    for _ in range(count):
        random.shuffle(order)
        for name in order:
            times[name].append(run(commands[name]))
    return times


PAIRS = (  # (label, ours, theirs, target)
    (
        "`aimeeting facts` (piped) / `tldr --render` of a page of the same size",
        "facts",
        "tldr",
        2.0,
    ),
    ("`aimeeting --version` / `python -c pass`", "version", "pass", 5.0),
    ('`aimeeting facts --json` / `python -c "import typer"`', "json", "typer", 2.5),
    ("1000× briefing: plain `facts` / `facts --json` on the same file", "plain", "json1000", 3.0),
)


def peers_table(
    aimeeting: list[str], python: str, count: int, run: Run, env: dict[str, str]
) -> tuple[list[str], bool]:
    """The four ratios and the stdin time, as Markdown lines; whether all are in target."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        tldr = install_tldr(folder)
        sheet = subprocess.run(
            [*aimeeting, "facts"], capture_output=True, check=True, env=env
        ).stdout
        page = tldr_page(folder, len(sheet))
        page_size = page.stat().st_size
        small = {
            "facts": [*aimeeting, "facts"],
            "tldr": [str(tldr), "--render", str(page)],
            "version": [*aimeeting, "--version"],
            "pass": [python, "-c", "pass"],
            "json": [*aimeeting, "facts", "--json"],
            "typer": [python, "-c", "import typer"],
        }
        rounds(small, 3, run)  # warm the caches
        times = rounds(small, count, run)

        one = write_briefings(folder / "one", [1])[1].stat().st_size
        factor = max(1, round(STDIN_BYTES / one))
        paths = write_briefings(folder, [1000, factor])
        big = ["--briefing", str(paths[1000])]
        large = {
            "plain": [*aimeeting, *big, "facts"],
            "json1000": [*aimeeting, *big, "facts", "--json"],
        }
        times.update(rounds(large, max(3, count // 10), run))
        stdin_size = paths[factor].stat().st_size
        stdin_times = []
        for _ in range(3):
            with paths[factor].open("rb") as stdin:
                start = time.perf_counter()
                subprocess.run(
                    [*aimeeting, "validate", "-"],
                    stdin=stdin,
                    capture_output=True,
                    check=True,
                    env=env,
                )
                stdin_times.append(time.perf_counter() - start)

    lines = [
        f"{count} rounds ({max(3, count // 10)} at 1000×), each in a shuffled order; a ratio is "
        "the median of the rounds' ratios, with the lowest and highest round beside it. The "
        f"page for tldr is {page_size} bytes; the plain sheet, {len(sheet)} bytes.",
        "",
        "| pair | aimeeting | peer | median ratio | spread | target | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]
    met = True
    for label, ours, theirs, target in PAIRS:
        ratios = [a / b for a, b in zip(times[ours], times[theirs], strict=True)]
        median = statistics.median(ratios)
        met &= median <= target
        lines.append(
            f"| {label} | {statistics.median(times[ours]) * 1000:.0f} ms | "
            f"{statistics.median(times[theirs]) * 1000:.0f} ms | {median:.2f} | "
            f"{min(ratios):.2f}–{max(ratios):.2f} | ≤ {target:.1f} | "
            f"{'yes' if median <= target else 'NO'} |"
        )
    seconds = statistics.median(stdin_times)
    met &= seconds <= STDIN_LIMIT
    lines += [
        "",
        f"`validate -` of a {stdin_size / 1e6:.0f} MB briefing ({factor}×) on stdin: "
        f"{seconds:.2f} s, median of 3; target ≤ {STDIN_LIMIT:.0f} s: "
        f"{'met' if seconds <= STDIN_LIMIT else 'NOT met'}.",
    ]
    return lines, met
