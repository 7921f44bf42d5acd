"""Measure FAQ matching on a question set: every wrong answer, then precision and recall.

Usage: python benchmarks/faq_eval.py [--briefing PATH] [--questions PATH]

Exits 1 when any answer is wrong or recall is below 0.9. No network, no timing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aimeeting.answers.faq import FaqIndex
from aimeeting.briefing.load import load_briefing
from aimeeting.briefing.model import FaqEntry

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
MIN_RECALL = 0.9


@dataclass(frozen=True)
class Case:
    question: str
    expected: str | None  # an entry id, or None when the FAQ does not cover the question


@dataclass(frozen=True)
class Outcome:
    case: Case
    answered: str | None


def load_entries(briefing: Path) -> list[FaqEntry]:
    return list(load_briefing(briefing).faq)


def load_cases(path: Path) -> list[Case]:
    raw: list[dict[str, str | None]] = json.loads(path.read_text(encoding="utf-8"))
    return [Case(str(item["question"]), item["expected"]) for item in raw]


def evaluate(entries: Sequence[FaqEntry], cases: Sequence[Case]) -> list[Outcome]:
    index = FaqIndex(entries)
    outcomes = []
    for case in cases:
        match = index.best_match(case.question)
        outcomes.append(Outcome(case, None if match is None else match.id))
    return outcomes


@dataclass(frozen=True)
class Scores:
    answered: int
    correct: int
    answerable: int
    wrong: int

    @property
    def precision(self) -> float:
        return self.correct / self.answered if self.answered else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.answerable if self.answerable else 1.0


def score(outcomes: Sequence[Outcome]) -> Scores:
    answered = [o for o in outcomes if o.answered is not None]
    correct = [o for o in answered if o.answered == o.case.expected]
    answerable = [o for o in outcomes if o.case.expected is not None]
    return Scores(len(answered), len(correct), len(answerable), len(answered) - len(correct))


def report(outcomes: Sequence[Outcome]) -> list[str]:
    lines = []
    for outcome in outcomes:
        expected, answered = outcome.case.expected, outcome.answered
        if answered is not None and answered != expected:
            lines.append(f"WRONG  {outcome.case.question!r}: gave {answered}, expected {expected}")
        elif answered is None and expected is not None:
            lines.append(f"miss   {outcome.case.question!r}: expected {expected}")
    scores = score(outcomes)
    lines.append(
        f"questions {len(outcomes)}, answerable {scores.answerable}, answered {scores.answered}"
    )
    lines.append(f"precision {scores.precision:.3f} ({scores.correct}/{scores.answered})")
    lines.append(f"recall    {scores.recall:.3f} ({scores.correct}/{scores.answerable})")
    lines.append(f"wrong answers {scores.wrong}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefing", type=Path, default=DATA / "faq-fixture.json")
    parser.add_argument("--questions", type=Path, default=DATA / "faq-questions.json")
    args = parser.parse_args(argv)
    outcomes = evaluate(load_entries(args.briefing), load_cases(args.questions))
    print("\n".join(report(outcomes)))
    scores = score(outcomes)
    return 1 if scores.wrong or scores.recall < MIN_RECALL else 0


if __name__ == "__main__":
    sys.exit(main())
