"""Write valid briefings with N times the bundled briefing's items, for the scale benchmark.

Usage: python benchmarks/generate.py OUT_DIR [FACTOR ...]   (default factors 1 10 100 1000)
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from aimeeting.sections import ITEM_SECTIONS

ROOT = Path(__file__).resolve().parents[1]
LISTS = (*ITEM_SECTIONS, "sources")


def scaled(briefing: dict[str, Any], factor: int) -> dict[str, Any]:
    """Copy every list ``factor`` times; copy k renames its ids and the sources it cites
    (with a "._k" suffix, which no real id ends in, so no copy can collide with an original)."""
    result = copy.deepcopy(briefing)
    for key in LISTS:
        result[key] = []
        for k in range(factor):
            for item in briefing[key]:
                clone = dict(item)
                clone["id"] = f"{item['id']}._{k}" if k else item["id"]
                if "sources" in item and k:
                    clone["sources"] = [f"{s}._{k}" for s in item["sources"]]
                result[key].append(clone)
    return result


def broken(briefing: dict[str, Any], factor: int) -> dict[str, Any]:
    """As ``scaled``, with every item of every list replaced by one of an unknown key alone:
    the most problems per byte a briefing can hold (each lacks every required key)."""
    result = scaled(briefing, factor)
    for key in LISTS:
        result[key] = [{"x": 1} for _ in result[key]]
    return result


REJECTED_VALUES = 5_000
"""Values per factor in ``rejected``'s unknown key: 5 million at 1000x, about 35 MB."""


def rejected(briefing: dict[str, Any], factor: int) -> dict[str, Any]:
    """The bundled briefing and one unknown top-level key holding ``factor`` times
    REJECTED_VALUES numbers: a rejected part whose contents should cost no more than reading
    them (walking them in Python to locate the problem took minutes)."""
    result = copy.deepcopy(briefing)
    result["unknown"] = [0] * (factor * REJECTED_VALUES)
    return result


KINDS = {"briefing": scaled, "broken": broken, "rejected": rejected}


def write_briefings(out_dir: Path, factors: list[int], kind: str = "briefing") -> dict[int, Path]:
    bundled = json.loads((ROOT / "data" / "briefing.json").read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    make, name = KINDS[kind], kind
    paths = {}
    for factor in factors:
        path = out_dir / f"{name}-x{factor}.json"
        path.write_text(
            json.dumps(make(bundled, factor), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        paths[factor] = path
    return paths


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Write valid briefings N times the bundled one.")
    parser.add_argument(
        "out_dir", nargs="?", type=Path, default=ROOT / "benchmarks" / "out", help="folder"
    )
    parser.add_argument("factors", nargs="*", type=int, default=[1, 10, 100, 1000])
    args = parser.parse_args()
    for factor, written in write_briefings(args.out_dir, args.factors).items():
        print(f"x{factor}: {written} ({written.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
