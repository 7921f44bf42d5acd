"""Whole-process benchmark of aimeeting: start-up against the framework floor, and scale.

Run from the repository root, with aimeeting installed in the current interpreter:

    python benchmarks/run.py                 # everything (about eight minutes on 2 cores)
    python benchmarks/run.py --pairs 15 --skip-scale
    python benchmarks/run.py --write docs/performance.md

Start-up: each command is timed against its floor (benchmarks/stub_app.py, the same
commands and options with bodies that only import what the path needs), alternating
A B A B ... after a warm-up, so that drift on a noisy machine hits both sides alike.
Reported: median wall time of each, and the median of the pairwise ratios A/B. The targets
apply to a briefing that never changes (FIXED_BRIEFING), so they compare code with code; the
ratios with the bundled briefing, which grows as events unfold, are reported beside them.

Scale: briefings with 1x, 10x, 100x and 1000x the bundled items (benchmarks/generate.py);
for each, the median wall time and the peak memory (max RSS of the process) of validate,
facts --json, search, the rendered facts and faq; and of validate on a briefing of as many
items, every one of them wrong (benchmarks/generate.py's `broken`), and of one whose only
problem is an unknown key holding as many values as the factor asks (`rejected`).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import write_briefings  # noqa: E402

PY = sys.executable
# The console script, as users run it (python -m adds runpy on top).
AIMEETING = [str(Path(PY).parent / "aimeeting")]
# Launched like a console script, so neither side pays to compile its main module.
STUB = [
    PY,
    "-c",
    f"import sys; sys.path.insert(0, {str(HERE)!r}); sys.argv[0] = 'stub'; "
    "from stub_app import app; app()",
]
# Bytecode is cached for both sides, as in a normal installation (pip compiles on install).
# The bundled briefing unless --briefing says otherwise, whatever the shell has set.
ENV = {
    k: v
    for k, v in os.environ.items()
    if k not in ("PYTHONDONTWRITEBYTECODE", "AIMEETING_BRIEFING")
}
ENV.update({"NO_COLOR": "", "COLUMNS": "100"})

# The March 2026 briefing as first bundled (format 1, upgraded in memory): every start-up
# figure in docs/performance.md before November 2026 was measured on this content. Rendering
# grows with the briefing, and the bundled one is 2.6 times larger now; a start-up target on
# it would move whenever the facts do, which is the scale section's business.
FIXED_BRIEFING = ROOT / "tests" / "data" / "v1-briefing.json"

# (label, aimeeting arguments, stub arguments, target for the median ratio, reads a briefing)
START_UP: list[tuple[str, list[str], list[str], float, bool]] = [
    ("--version", ["--version"], ["--version"], 1.10, False),
    ("--help", ["--help"], ["--help"], 1.10, False),
    ("facts --json", ["facts", "--json"], ["facts", "--json"], 1.20, True),
    ("facts --color always (pipe)", ["facts", "--color", "always"], ["facts"], 1.30, True),
    (
        "facts --format html",
        ["facts", "--format", "html"],
        ["facts", "--format", "html"],
        1.30,
        True,
    ),
]
SCALE_COMMANDS: list[tuple[str, list[str]]] = [
    ("validate", ["validate"]),
    ("facts --json", ["facts", "--json"]),
    ("search", ["search", "hiroshima"]),
    ("facts (rendered)", ["facts", "--color", "always"]),
    ("facts --format html", ["facts", "--format", "html"]),
    # a question the bundled sheet answers from its key facts: the whole sheet is indexed
    ("faq", ["faq", "how many partner organisations"]),
]


BROKEN = "validate (every item wrong)"
REJECTED = "validate (an unknown key of many values)"
PROBLEMS_KB = 64 * 1024
"""The memory allowed beyond a valid briefing's limit when every item is wrong: the first
thousand problems of each list, located and described."""


@dataclass
class Measure:
    seconds: float
    max_rss_kb: int


# A child's ru_maxrss counts the pages it inherited from the process that forked it, so
# this benchmark (which holds large generated briefings) would inflate every figure. A
# small launcher spawns the command instead and reports that process's own time and peak.
_LAUNCHER = """
import os, sys, time
null = os.open(os.devnull, os.O_WRONLY)
actions = [(os.POSIX_SPAWN_DUP2, null, 2)]
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
print(os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss, file=sys.stderr)
"""


def measure_isolated(argv: Sequence[str], codes: tuple[int, ...] = (0, 1)) -> Measure:
    """Wall time and peak RSS of one process of ``argv``, its output sent to a pipe."""
    done = subprocess.run(
        [PY, "-c", _LAUNCHER, *argv],
        capture_output=True,
        env=ENV,
        check=True,
    )
    code, elapsed, max_rss = done.stderr.decode().split()
    if int(code) not in codes:
        raise SystemExit(f"{' '.join(argv)} exited {code}")
    return Measure(float(elapsed), int(max_rss))


def run_once(argv: Sequence[str]) -> Measure:
    """One process, for the start-up pairs: wall time around it (see measure_isolated)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    assert process.stdout is not None
    while process.stdout.read(1 << 16):  # output to a pipe, read as a reader would
        pass
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited {process.returncode}")
    return Measure(elapsed, usage.ru_maxrss)


def pairs(a: list[str], b: list[str], count: int, warm_up: int = 3) -> tuple[float, float, float]:
    """Median of A, median of B, median of the pairwise ratios A/B."""
    for _ in range(warm_up):
        run_once(a)
        run_once(b)
    times_a, times_b, ratios = [], [], []
    for _ in range(count):
        ta, tb = run_once(a).seconds, run_once(b).seconds
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def start_up_table(count: int) -> tuple[list[str], bool]:
    python_floor = statistics.median(run_once([PY, "-c", "pass"]).seconds for _ in range(count))
    lines = [
        f"`python -c pass`: {python_floor * 1000:.0f} ms (median of {count}).",
        "",
        f"Fixed briefing: `{FIXED_BRIEFING.relative_to(ROOT)}`.",
        "",
        "| command | aimeeting | floor (stub) | median ratio | target | met | "
        "ratio, bundled briefing (no target) | aimeeting / python -c pass |",
        "| --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: |",
    ]
    all_met = True
    fixed = ["--briefing", str(FIXED_BRIEFING)]
    for label, ours, stub, target, reads_briefing in START_UP:
        # Both sides take the same --briefing option; only aimeeting reads the file.
        given = fixed if reads_briefing else []
        a, b, ratio = pairs(AIMEETING + given + ours, STUB + given + stub, count)
        met = ratio <= target
        all_met &= met
        bundled = "(reads none)"
        if reads_briefing:
            bundled = f"{pairs(AIMEETING + ours, STUB + stub, count)[2]:.3f}"
        lines.append(
            f"| `{label}` | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {ratio:.3f} | "
            f"≤ {target:.2f} | {'yes' if met else 'NO'} | {bundled} | {a / python_floor:.1f}× |"
        )
    return lines, all_met


def scale_table(runs: int) -> tuple[list[str], bool]:
    with tempfile.TemporaryDirectory() as folder:
        factors = [1, 10, 100, 1000]
        paths = write_briefings(Path(folder), factors)
        # A briefing whose every item is wrong: validation stops at each list's first
        # thousand problems, so its cost is the file's plus a fixed allowance for those.
        broken = write_briefings(Path(folder), factors, "broken")
        # ... and one whose only problem is an unknown key of many values.
        rejected = write_briefings(Path(folder), factors, "rejected")
        start_rss = measure_isolated([*AIMEETING, "--briefing", str(paths[1]), "facts", "--json"])
        lines = [
            "| size | file | command | median time | peak memory | memory limit |",
            "| --- | ---: | --- | ---: | ---: | ---: |",
        ]
        # (files, commands, exit codes expected, memory allowed beyond the valid file's)
        cases = [
            (paths, SCALE_COMMANDS, (0, 1), 0),
            (broken, [(BROKEN, ["validate"])], (65,), PROBLEMS_KB),
            (rejected, [(REJECTED, ["validate"])], (65,), 0),
        ]
        results: dict[tuple[int, str], Measure] = {}
        limits: dict[tuple[int, str], int] = {}
        for files, commands, codes, allowance_kb in cases:
            for factor, path in files.items():
                size = path.stat().st_size
                limit_kb = 10 * size // 1024 + start_rss.max_rss_kb + allowance_kb
                for label, argv in commands:
                    command = [*AIMEETING, "--briefing", str(path), *argv]
                    count = runs if factor < 1000 else 1
                    measures = [measure_isolated(command, codes) for _ in range(count)]
                    best = Measure(
                        statistics.median(m.seconds for m in measures),
                        max(m.max_rss_kb for m in measures),
                    )
                    results[(factor, label)] = best
                    limits[(factor, label)] = limit_kb
                    lines.append(
                        f"| {factor}× | {size / 1e6:.2f} MB | `{label}` | {best.seconds:.2f} s | "
                        f"{best.max_rss_kb / 1024:.0f} MB | {limit_kb / 1024:.0f} MB |"
                    )
        big = paths[1000]
        bare = measure_isolated(
            [PY, "-c", f"import json, sys; json.dump(json.load(open({str(big)!r})), sys.stdout)"]
        )
        checks = []
        json_ratio = results[(1000, "facts --json")].seconds / bare.seconds
        checks.append(
            (f"1000× `facts --json` / bare json.load+dump ({bare.seconds:.2f} s)", json_ratio, 3.0)
        )
        labels = [label for label, _ in SCALE_COMMANDS] + [BROKEN, REJECTED]
        for label in labels:
            growth = results[(1000, label)].seconds / results[(100, label)].seconds
            checks.append((f"`{label}` time 1000× / 100×", growth, 12.0))
        for label in labels:
            used = results[(1000, label)].max_rss_kb / limits[(1000, label)]
            checks.append((f"`{label}` peak memory at 1000× / limit", used, 1.0))
    lines += ["", "| check | value | target | met |", "| --- | ---: | ---: | :---: |"]
    all_met = True
    for label, value, target in checks:
        met = value <= target
        all_met &= met
        lines.append(f"| {label} | {value:.2f} | ≤ {target:.2f} | {'yes' if met else 'NO'} |")
    return lines, all_met


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--pairs", type=int, default=41, help="A/B pairs per command (≥ 15)")
    parser.add_argument("--runs", type=int, default=5, help="runs per size below 1000×")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument(
        "--peers",
        action="store_true",
        help="only the side-by-side ratios against peers (installs tldr in a temporary venv)",
    )
    parser.add_argument("--write", type=Path, help="also write the report to this file")
    args = parser.parse_args()
    if args.peers:
        from benchmarks.peers import peers_table

        lines, met = peers_table(
            AIMEETING, PY, max(args.pairs, 15), lambda argv: run_once(argv).seconds, ENV
        )
        text = "\n".join([f"Machine: {machine()}.", "", "### Beside the peers", "", *lines]) + "\n"
        print(text)
        if args.write:
            args.write.write_text(text, encoding="utf-8")
        sys.exit(0 if met else 1)
    report = [f"Machine: {machine()}.", "", "### Start-up against the framework floor", ""]
    start_lines, start_met = start_up_table(max(args.pairs, 15))
    report += start_lines
    scale_met = True
    if not args.skip_scale:
        report += ["", "### Scale", ""]
        scale_lines, scale_met = scale_table(args.runs)
        report += scale_lines
    text = "\n".join(report) + "\n"
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    sys.exit(0 if start_met and scale_met else 1)


if __name__ == "__main__":
    main()
