#!/usr/bin/env bash
# Mutation testing of the modules every format goes through (document, writers, dates,
# errors; the list is [tool.mutmut] in pyproject.toml), as reported in docs/mutation.md.
#
#   bash benchmarks/mutation.sh [WORK_DIR]
#
# It runs on a copy of the committed code (git archive HEAD) in WORK_DIR (a new temporary
# folder by default), with its own virtual environment, so the working tree is never
# touched; mutmut's results stay in WORK_DIR/mutants for `mutmut results` and
# `mutmut show NAME`. It prints the score and every surviving mutant. About an hour on
# two cores; JOBS=N sets how many mutants run at once (default: the number of cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
git -C "$root" archive HEAD | tar -x -C "$work"
cd "$work"
python3 -m venv .venv
.venv/bin/pip install -q -e ".[test]" "mutmut==3.8.1"
# mutmut runs mypy (type_check_command) by name: the work venv's comes first on PATH.
# The tests that open the page in Chromium are skipped (tests/browser.py): a browser start
# for each mutant would take hours, so the score is that of the suite without them.
PATH="$work/.venv/bin:$PATH" AIMEETING_TESTS_WITHOUT_BROWSER=1 .venv/bin/mutmut run --max-children "${JOBS:-$(nproc)}" >mutmut-run.log 2>&1 || true
.venv/bin/mutmut results --all true >mutmut-results.txt 2>&1 || true
.venv/bin/python - <<'PY'
import collections, re
lines = open("mutmut-results.txt", encoding="utf-8").read().splitlines()
status = collections.Counter()
survivors = []
for line in lines:
    match = re.match(r"\s*(\S+): (.+)$", line)
    if match:
        status[match.group(2)] += 1
        if match.group(2) in ("survived", "no tests"):
            survivors.append(match.group(1))
killed = status["killed"] + status["timeout"] + status["segfault"]
typed = status["caught by type check"]  # refused by mypy --strict, as CI would refuse it
# A mutant that no test reaches ("no tests") counts against the score, like a survivor.
total = sum(count for kind, count in status.items() if kind not in ("skipped", "not checked"))
print(dict(status))
print(
    f"score: {killed + typed}/{total} = {(killed + typed) / max(total, 1):.1%} "
    "(killed by a test, timed out, crashed, or refused by the type check)"
)
print(
    f"over the mutants that type-check: {killed}/{total - typed} = "
    f"{killed / max(total - typed, 1):.1%} (killed by a test)"
)
print("survivors (and mutants no selected test reaches):")
print("\n".join(f"  {name}" for name in survivors))
PY
echo "results in $work (mutmut results / mutmut show NAME)"
