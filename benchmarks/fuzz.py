"""Fuzz aimeeting for a set time: hostile briefings through the loader and every command.

Run from the repository root, with aimeeting installed in the current interpreter:

    python benchmarks/fuzz.py                    # 60 seconds
    python benchmarks/fuzz.py --seconds 300 --seed 7
    python benchmarks/fuzz.py --seconds 30 --subprocess-share 0.1 --timeout 5

Each case is a briefing (bytes) and one invocation. Briefings are Hypothesis-drawn random
JSON; bit flips, truncations and splices of data/briefing.json and tests/data/*.json; and
valid briefings with hostile values put into randomly chosen fields (ESC and C1 sequences,
bidi overrides, huge numbers, deep nesting, odd Unicode, wrong types) or with unusual but
allowed text (Rich markup, emoji, wide and right-to-left scripts), which must render.
Invocations cycle through every command of ``aimeeting.cli.app`` (read with
typer.main.get_command, so new commands and options are picked up) with each of its
options in turn: every format, --json, --plain, the exports ...

Most cases run in-process through aimeeting.app.run, in a forked worker that the
parent kills when a case exceeds the per-case timeout; a share runs as real processes of
the installed ``aimeeting`` script. Every case also goes through load_briefing directly.

A finding is: a traceback (any exception other than the project's errors), a hang, exit
70, an exit code missing from the README's table, or a control character (ESC, C1, other
C0 but tab and newline) on stdout or stderr of a run without colour. Each distinct finding
(by kind, command and first line) is saved under benchmarks/out/fuzz/ with the briefing,
the arguments, the output and a reproduce.sh; repeats are counted.

Why Hypothesis with generation only (no shrinking, no database): its strategies reach
edge values (surrogates, boundary numbers, empty and huge containers) that a hand-written
generator misses, while each saved finding is already a complete reproduction, so
shrinking would only spend the time budget. Byte-level mutation uses a Random drawn from
Hypothesis, so a --seed run draws the same cases.
"""

from __future__ import annotations

import argparse
import copy
import json
import multiprocessing
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from multiprocessing.connection import Connection
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import typer.main  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SEEDS = [ROOT / "data" / "briefing.json", *sorted((ROOT / "tests" / "data").glob("*.json"))]
OUT = HERE / "out" / "fuzz"
SCRIPT = Path(sys.executable).parent / "aimeeting"
# Terminal control a non-colour run must never print: C0 but tab and newline, DEL, C1.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SKIPPED_OPTIONS = {"copy", "pager", "help", "version"}  # clipboard and pager need a desk
BRIEFING, OUT_FILE, TEXT = "@BRIEFING", "@OUT", "@TEXT"  # filled in per case

HOSTILE = [
    "\x1b]0;pwned\x07",
    "\x1b[2J\x1b[H",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\",
    "\x9b31m",
    "\x85",
    "abc\u202edcba",
    "\u2066x\u2069",
    "a\u200bb",
    "\ufeff",
    "x\U000e0041",
    "\ud800",
    "\x00",
    "\x07\x08\x7f",
    "\r\n\r",
    "\u2028\u2029",
    "[bold]x[/bold] [link=https://evil.example]y[/link] [/]",
    ":skull: :smile:",
    "%s %n {0} {{}}",
    "</title><script>alert(1)</script>",
    "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd",
    "\u6771\u4eac\u90fd" * 40,
    "e\u0301\u0302\u0303\u0304" * 20,
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "w" * 5000,
    "",
    " ",
    "javascript:alert(1)",
    "https://x.example/" + "a" * 3000,
    "1e400",
    "-0",
    "\ufffe\uffff",  # noncharacters: invalid in XML, so in the SVG
    "~~struck~~ 40~50 and 60~70",  # strike-through on GitHub-style renderers
    "+ 12\n- 3% and 1. first",  # list markers at the start of a line
    "&amp; &copy; &#x27; &lt;b&gt;",  # entities Markdown would decode
    "Cafe\u0301 Ta\u0302 (NFD)",  # text stored decomposed
    "https://example.org/a\\_b?x=1&amp;y=2",  # a link target Markdown would alter
]
HUGE = [10**400, -(10**400), 1e308, -1e308, 2**63, -(2**63) - 1, 0.1 + 0.2, 10**30]


# ---------------------------------------------------------------- invocations


@dataclass(frozen=True)
class Invocation:
    args: tuple[str, ...]
    colour: bool = False  # escape codes are expected on stdout

    @property
    def command(self) -> str:
        return self.args[0]


def _annotation(param: Any) -> Any:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None:
        return getattr(descriptor, "annotation", None)
    return None


def _choices(param: Any) -> list[str]:
    annotation = _annotation(param)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return [str(choice) for choice in getattr(getattr(param, "type", None), "choices", ())]


def _is_path(param: Any) -> bool:
    annotation = _annotation(param)
    return annotation is Path or getattr(param, "metavar", None) == "FILE"


def list_invocations() -> list[Invocation]:
    """Every command of the app, bare and with each of its options in turn."""
    from aimeeting.cli import app

    group: Any = typer.main.get_command(app)
    found: list[Invocation] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        base: list[str] = [name]
        optional_args: list[str] = []
        for param in command.params:
            if param.param_type_name != "argument":
                continue
            value = BRIEFING if param.name == "path" else OUT_FILE if _is_path(param) else TEXT
            (base if param.required else optional_args).append(value)
        found.append(Invocation((*base,)))
        if optional_args:
            found.append(Invocation((*base, *optional_args)))
        for param in command.params:
            if param.param_type_name != "option" or param.name in SKIPPED_OPTIONS:
                continue
            flag = param.opts[0]
            if getattr(param, "is_flag", False):
                found.append(Invocation((*base, flag)))
            elif choices := _choices(param):
                found.extend(
                    Invocation((*base, flag, choice), colour=choice == "always")
                    for choice in choices
                )
            elif _is_path(param):
                found.append(Invocation((*base, flag, OUT_FILE + param.name)))
            elif param.metavar == "YYYY-MM-DD":
                found.append(Invocation((*base, flag, "2026-11-24")))
            else:
                found.append(Invocation((*base, flag, TEXT)))
    return found


# ---------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    kind: str
    data: bytes
    invocation: Invocation
    text: str  # for @TEXT


def _dump(value: Any, rng: Random) -> bytes:
    ascii_only = rng.random() < 0.3
    try:
        return json.dumps(value, ensure_ascii=ascii_only, indent=rng.choice([None, 2])).encode(
            "utf-8"
        )
    except (UnicodeEncodeError, ValueError, OverflowError):
        return json.dumps(value, ensure_ascii=True, default=str).encode("ascii")


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, (*path, index))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def _targets(briefing: Any, prose: bool) -> list[tuple[Any, ...]]:
    """Every value's path; with ``prose``, only free text (a string with a space that is not
    a URL), where an unusual value is still valid and so reaches the renderers."""
    paths = list(_leaves(briefing))[1:]
    if not prose:
        return paths
    return [
        path
        for path in paths
        if isinstance(value := _get(briefing, path), str)
        and " " in value
        and not value.startswith("http")
    ]


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for index in range(depth):
        value = [value] if index % 2 else {"k": value}
    return value


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=()), max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
odd_text = st.text(st.characters(blacklist_categories=()), min_size=0, max_size=40)


@st.composite
def cases(draw: st.DrawFn, invocations: list[Invocation]) -> Case:
    rng = draw(st.randoms(use_true_random=False))
    kind = draw(
        st.sampled_from(
            [
                "random-json",
                "bitflip",
                "truncate",
                "splice",
                "hostile-field",
                "hostile-prose",
                "benign-prose",
                "benign-prose",
                "as-is",
            ]
        )
    )
    seed_bytes = rng.choice(SEEDS).read_bytes()
    if kind == "as-is":
        data = seed_bytes
    elif kind == "random-json":
        data = _dump(draw(json_values), rng)
    elif kind == "bitflip":
        buffer = bytearray(seed_bytes)
        for _ in range(rng.randint(1, 8)):
            position = rng.randrange(len(buffer))
            buffer[position] ^= 1 << rng.randrange(8)
        data = bytes(buffer)
    elif kind == "truncate":
        data = seed_bytes[: rng.randrange(len(seed_bytes))]
    elif kind == "splice":
        position = rng.randrange(len(seed_bytes))
        insert = rng.choice(HOSTILE).encode("utf-8", "surrogatepass")
        data = seed_bytes[:position] + insert + seed_bytes[position:]
    else:
        briefing = json.loads(seed_bytes)
        paths = _targets(briefing, prose=kind != "hostile-field")
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(paths)
            if kind == "benign-prose":
                value: Any = rng.choice(HOSTILE[16:27]) + draw(st.sampled_from(["", " x"]))
            else:
                value = draw(
                    st.sampled_from(HOSTILE)
                    | st.sampled_from(HUGE)
                    | odd_text
                    | st.builds(_deep, st.integers(1, 120))
                    | json_values
                )
            briefing = _replace(copy.deepcopy(briefing), path, value)
            paths = _targets(briefing, prose=kind != "hostile-field") or [()]
        data = _dump(briefing, rng)
    invocation = invocations[draw(st.integers(0, len(invocations) - 1))]
    text = draw(st.sampled_from(["hiroshima", "who hosts the meeting?", "tokyo"]) | odd_text)
    return Case(kind, data, invocation, text)


# ---------------------------------------------------------------- running


@dataclass
class Outcome:
    code: int | None
    stdout: bytes = b""
    stderr: bytes = b""
    trace: str = ""
    stage: str = "command"
    broken: str = ""  # an exported file that its readers would refuse


def check_exports(folder: Path) -> str:
    """Why an SVG the run wrote is not well-formed XML, or ''."""
    import xml.etree.ElementTree as ET

    for path in folder.glob("out-*svg*"):
        try:
            ET.parse(path)
        except ET.ParseError as error:
            return f"{path.name}: {error}"
    return ""


def argv_for(case: Case, folder: Path) -> list[str]:
    args: list[str] = []
    for arg in case.invocation.args:
        if arg == BRIEFING:
            args.append(str(folder / "briefing.json"))
        elif arg.startswith(OUT_FILE):
            args.append(str(folder / f"out-{arg.removeprefix(OUT_FILE) or 'file'}"))
        elif arg == TEXT:
            args.append(case.text)
        else:
            args.append(arg)
    return ["--briefing", str(folder / "briefing.json"), *args]


def run_in_process(case: Case, folder: Path) -> Outcome:
    from aimeeting.app import run
    from aimeeting.briefing.load import load_briefing
    from aimeeting.environment import buffered_environment
    from aimeeting.errors import AimeetingError, ExitCode

    for stale in folder.iterdir():
        stale.unlink()
    (folder / "briefing.json").write_bytes(case.data)
    try:
        load_briefing(folder / "briefing.json")
    except AimeetingError:
        pass
    except Exception:
        return Outcome(None, trace=traceback.format_exc(), stage="loader")
    vars = {"COLUMNS": "80", "AIMEETING_DEBUG": "1", "PATH": os.environ.get("PATH", "")}
    if not case.invocation.colour:
        vars["NO_COLOR"] = "1"
    env, out, err = buffered_environment(b"", vars)
    code = run(argv_for(case, folder), env)
    stderr = err.getvalue().encode("utf-8", "surrogateescape")
    trace = err.getvalue() if code == ExitCode.INTERNAL else ""
    return Outcome(code, out.getvalue(), stderr, trace, broken=check_exports(folder))


def run_as_process(case: Case, folder: Path, timeout: float) -> Outcome:
    for stale in folder.iterdir():
        stale.unlink()
    (folder / "briefing.json").write_bytes(case.data)
    env = {**os.environ, "COLUMNS": "80", "AIMEETING_DEBUG": "1"}
    if not case.invocation.colour:
        env["NO_COLOR"] = "1"
    try:
        # As bytes: a drawn word may hold a lone surrogate, which a real argv carries as
        # bytes that are not UTF-8 (a str argument could not be passed at all). No argv
        # can hold a NUL, so it is dropped, as a shell would.
        argv = [
            arg.replace("\x00", "").encode("utf-8", "surrogatepass")
            for arg in argv_for(case, folder)
        ]
        done = subprocess.run(
            [os.fsencode(SCRIPT), *argv],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return Outcome(None, stage="hang")
    trace = done.stderr.decode("utf-8", "replace") if b"Traceback" in done.stderr else ""
    return Outcome(
        done.returncode, done.stdout, done.stderr, trace, "process", check_exports(folder)
    )


def _worker(connection: Connection, folder: str) -> None:
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    while True:
        case = connection.recv()
        if case is None:
            return
        connection.send(run_in_process(case, Path(folder)))


class Worker:
    """A forked process running cases in-process; replaced when a case hangs it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, str(self.folder)))
        self.process.start()
        child.close()

    def run(self, case: Case, timeout: float) -> Outcome:
        self.connection.send(case)
        if self.connection.poll(timeout):
            try:
                outcome: Outcome = self.connection.recv()
                return outcome
            except EOFError:
                self.restart()
                return Outcome(None, trace="the worker process died", stage="crash")
        self.restart()
        return Outcome(None, stage="hang")

    def restart(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()
        self._start()

    def stop(self) -> None:
        self.connection.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()


# ---------------------------------------------------------------- judging


def documented_codes() -> set[int]:
    """Exit codes from the README's table: rows like `| 65 | ... |` under "Exit codes"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(code) for code in re.findall(r"^\| (\d+) \|", section, flags=re.MULTILINE)}


def judge(case: Case, outcome: Outcome, codes: set[int]) -> list[tuple[str, str]]:
    """(kind, first line) of each finding in one outcome."""
    found: list[tuple[str, str]] = []
    if outcome.stage == "hang":
        return [("hang", "no answer within the per-case timeout")]
    if outcome.trace:
        last = [line for line in outcome.trace.strip().splitlines() if line.strip()][-1]
        found.append(("traceback", last))
    if outcome.broken:
        found.append(("broken-export", re.sub(r"\d+", "#", outcome.broken)))
    if outcome.code == 70:
        found.append(("exit-70", _first_line(outcome.stderr)))
    elif outcome.code is not None and outcome.code not in codes:
        found.append((f"exit-{outcome.code}", _first_line(outcome.stderr)))
    if not case.invocation.colour:
        for name, raw in (("stdout", outcome.stdout), ("stderr", outcome.stderr)):
            match = CONTROL.search(raw.decode("utf-8", "replace"))
            if match:
                found.append((f"control-on-{name}", f"U+{ord(match.group()):04X}"))
    return found


def _first_line(raw: bytes) -> str:
    lines = raw.decode("utf-8", "replace").splitlines()
    # Paths and numbers differ between repeats of one fault; keep the message's shape.
    return re.sub(r"/\S+|\d+", "#", lines[0])[:160] if lines else ""


@dataclass
class Report:
    started: float = field(default_factory=time.monotonic)
    cases: int = 0
    processes: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    codes: Counter[int | None] = field(default_factory=Counter)
    findings: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def save(self, case: Case, outcome: Outcome, kind: str, line: str, folder: Path) -> None:
        key = (kind, case.invocation.command, line)
        self.findings[key] += 1
        if self.findings[key] > 1:
            return
        target = OUT / f"{len(self.findings):03d}-{kind}-{case.invocation.command}"
        target.mkdir(parents=True, exist_ok=True)
        (target / "briefing.json").write_bytes(case.data)
        args = argv_for(case, Path("."))
        args[1] = "briefing.json"
        args = [a.replace("./", "") for a in args]
        (target / "args.json").write_text(json.dumps(args, ensure_ascii=True) + "\n")
        (target / "reproduce.sh").write_text(
            '#!/bin/sh\ncd "$(dirname "$0")" && NO_COLOR=1 COLUMNS=80 AIMEETING_DEBUG=1 '
            f"aimeeting {shlex.join(args)}\n"
        )
        (target / "reproduce.sh").chmod(0o755)
        (target / "result.txt").write_text(
            f"finding: {kind}: {line}\ncase kind: {case.kind}\nstage: {outcome.stage}\n"
            f"exit code: {outcome.code}\n\n--- stderr\n"
            f"{outcome.stderr.decode('utf-8', 'backslashreplace')[:5000]}\n"
            f"--- stdout (start)\n{outcome.stdout.decode('utf-8', 'backslashreplace')[:3000]}\n"
            f"--- traceback\n{outcome.trace}\n"
        )

    def summary(self) -> str:
        elapsed = time.monotonic() - self.started
        lines = [
            f"cases: {self.cases} in {elapsed:.0f} s ({self.cases / elapsed:.1f} cases/s), "
            f"{self.processes} as real processes",
            "case kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items())),
            "exit codes: " + ", ".join(f"{c} x{n}" for c, n in sorted(self.codes.items(), key=str)),
            f"findings: {sum(self.findings.values())} ({len(self.findings)} distinct)",
        ]
        lines += [f"  {n:5d}  {k} [{cmd}] {line}" for (k, cmd, line), n in self.findings.items()]
        if self.findings:
            lines.append(f"saved under {OUT}/")
        return "\n".join(lines)


# ---------------------------------------------------------------- main


def fuzz(seconds: float, timeout: float, share: float, seed_value: int | None) -> Report:
    invocations = list_invocations()
    codes = documented_codes()
    report = Report()
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix="aimeeting-fuzz-") as scratch:
        folder = Path(scratch)
        worker = Worker(folder)

        chooser = Random(seed_value)

        def one(case: Case) -> None:
            if time.monotonic() > deadline:
                return
            if chooser.random() < share:
                outcome = run_as_process(case, folder, timeout)
                report.processes += 1
            else:
                outcome = worker.run(case, timeout)
            report.cases += 1
            report.kinds[case.kind] += 1
            report.codes[outcome.code] += 1
            for kind, line in judge(case, outcome, codes):
                report.save(case, outcome, kind, line, folder)

        strategy = cases(invocations)
        rounds = 0
        try:
            while time.monotonic() < deadline:
                run_round: Callable[[], None] = settings(
                    max_examples=500,
                    deadline=None,
                    database=None,
                    phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )(given(strategy)(one))
                if seed_value is not None:
                    run_round = seed(seed_value + rounds)(run_round)
                run_round()
                rounds += 1
        finally:
            worker.stop()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    parser.add_argument("--timeout", type=float, default=10.0, help="per-case limit (hang)")
    parser.add_argument(
        "--subprocess-share", type=float, default=0.02, help="share run as real processes"
    )
    parser.add_argument("--seed", type=int, default=None, help="draw the same cases again")
    options = parser.parse_args()
    report = fuzz(options.seconds, options.timeout, options.subprocess_share, options.seed)
    print(report.summary())
    sys.exit(1 if report.findings else 0)


if __name__ == "__main__":
    main()
