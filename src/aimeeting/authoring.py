"""The commands for authors of briefings: validate, schema and init (registered by cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from aimeeting.cli_io import emit_json, print_notice, write_stdout
from aimeeting.errors import ExitCode
from aimeeting.safetext import make_visible


def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="PATH", help="Briefing to check ('-' for stdin). Default: the chosen one."
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat warnings (doubts) as errors.")
    ] = False,
    json_flag: Annotated[bool, typer.Option("--json", help="Problems as a JSON list.")] = False,
) -> None:
    """Check a briefing and report every problem with its path, line and column.

    Errors make it invalid; warnings are doubts (a timeline out of order, a source never
    cited ...) that --strict turns into errors. Exit codes: 0 valid, 65 invalid data,
    66 file missing or unreadable.

    \b
    Examples:
      aimeeting validate my-briefing.json
      aimeeting validate --strict my-briefing.json --json | jq '.[].path'
    """
    from aimeeting.briefing.load import check_briefing
    from aimeeting.errors import BriefingInvalid, Problem

    problems: list[tuple[str, Problem]]
    try:
        checked = check_briefing(path if path is not None else ctx.find_root().obj)
        # Under --strict a doubt fails the check, so it is reported as the error it is then.
        problems = [("error" if strict else "warning", p) for p in checked.warnings]
        label = checked.label
    except BriefingInvalid as invalid:
        problems = [("error", p) for p in invalid.problems]
        label = invalid.file_label
    failed = any(kind == "error" for kind, _ in problems) or (strict and bool(problems))
    if json_flag:
        emit_json(
            [
                {
                    "path": p.path,
                    "line": p.line,
                    "column": p.column,
                    "message": p.message,
                    "severity": kind,
                }
                for kind, p in problems
            ]
        )
    else:
        write_stdout(
            "".join(
                make_visible(
                    f"{p.location(label)}: {p.path}: "
                    + ("" if kind == "error" else "warning: ")
                    + p.message,
                    keep_newlines=False,
                )
                + "\n"
                for kind, p in problems
            )
        )
        if failed:
            print_notice(f"aimeeting: {len(problems)} problem(s) found")
        else:
            briefing = checked.briefing
            from aimeeting.briefing.model import SECTIONS as ITEM_SECTIONS

            count = sum(len(getattr(briefing, key)) for key in ITEM_SECTIONS)
            write_stdout(
                f"valid: {count} items, {len(briefing.sources)} sources"
                + (f", {len(problems)} warning(s)" if problems else "")
                + "\n"
            )
    if failed:
        raise typer.Exit(ExitCode.DATA_INVALID)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the briefing format.

    \b
    Example:
      aimeeting schema > briefing.schema.json
    """
    from aimeeting.briefing.model import briefing_json_schema

    emit_json(briefing_json_schema())


def init(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Where to write the new briefing.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a skeleton briefing to fill in; never overwrites without --force.

    Every section has one example item showing every optional key; 'validate' refuses
    the '<...>' placeholders until each is replaced.

    \b
    Example:
      aimeeting init next-summit.json && aimeeting validate next-summit.json
    """
    from aimeeting.briefing.skeleton import skeleton_briefing
    from aimeeting.errors import OutputError
    from aimeeting.safetext import display_name
    from aimeeting.sinks.atomic import OutputExists, write_atomic
    from aimeeting.writers.jsonout import dump_json

    data = dump_json(skeleton_briefing()).encode("utf-8")
    try:
        write_atomic(file, data, replace=force)  # without --force: create-exclusive, race-free
    except OutputExists as exists:
        raise OutputError(f"{exists.message}; use --force to overwrite") from None
    print_notice(f"aimeeting: wrote {display_name(file)}; fill in every '<...>', then validate")
