"""What the commands for authors of briefings do: validate, schema and init."""

from __future__ import annotations

import os
from pathlib import Path

from aimeeting.environment import Environment
from aimeeting.errors import BriefingInvalid, OutputError, Problem, ValidationFailed
from aimeeting.safetext import display_name, make_visible
from aimeeting.sections import ITEM_SECTIONS


def validate(path: str | None, strict: bool, as_json: bool, env: Environment) -> None:
    """Report every problem of the briefing at ``path``; ValidationFailed (65) if any is
    an error, or under ``strict`` any problem at all."""
    from aimeeting.briefing.load import check_briefing
    from aimeeting.writers.jsonout import dump_json

    problems: list[tuple[str, Problem]]
    try:
        checked = check_briefing(path, env.today, env.stdin)
        # Under --strict a doubt fails the check, so it is reported as the error it is then.
        problems = [("error" if strict else "warning", p) for p in checked.warnings]
        label = checked.label
    except BriefingInvalid as invalid:
        problems = [("error", p) for p in invalid.problems]
        label = invalid.file_label
        checked = None
    failed = any(kind == "error" for kind, _ in problems)
    if as_json:
        env.stdout.write_text(
            dump_json(
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
        )
    else:
        env.stdout.write_text(
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
        if not failed and checked is not None:
            briefing = checked.briefing
            count = sum(len(getattr(briefing, key)) for key in ITEM_SECTIONS)
            env.stdout.write_text(
                f"valid: {count} items, {len(briefing.sources)} sources"
                + (f", {len(problems)} warning(s)" if problems else "")
                + "\n"
            )
    if failed:
        raise ValidationFailed(f"{len(problems)} problem(s) found")


def schema(env: Environment) -> None:
    from aimeeting.briefing.model import briefing_json_schema
    from aimeeting.writers.jsonout import dump_json

    env.stdout.write_text(dump_json(briefing_json_schema()))


def init(file: str, force: bool, env: Environment) -> None:
    """Write the skeleton to ``file``; without ``force`` only if the name is free."""
    from aimeeting.briefing.skeleton import skeleton_briefing
    from aimeeting.sinks.atomic import OutputExists, write_atomic
    from aimeeting.writers.jsonout import dump_json

    text = dump_json(skeleton_briefing())
    if os.fspath(file) == "-":  # the usual name for standard output
        env.stdout.write_text(text)
        return
    data = text.encode("utf-8")
    try:
        write_atomic(file, data, replace=force)  # without --force: create-exclusive, race-free
    except OutputExists as exists:
        raise OutputError(f"{exists.message}; use --force to overwrite") from None
    env.stderr.error(f"wrote {display_name(file)}; fill in every '<...>', then validate")


def upgrade(path: str, output: Path | None, force: bool, env: Environment) -> None:
    """Write the briefing at ``path`` in the current format: to ``output``, else over
    itself (which, like any existing file, needs ``force``); say what moved and what was
    guessed."""
    from aimeeting.briefing.load import read_briefing_json
    from aimeeting.briefing.upgrade import is_old, upgrade_for_good
    from aimeeting.errors import UsageError
    from aimeeting.sinks.atomic import OutputExists, write_atomic
    from aimeeting.writers.jsonout import dump_json

    label = display_name(path)
    data = read_briefing_json(path, env.stdin)
    current = not is_old(data)
    if current and output is None:
        env.stderr.error(f"{label} is already in the current format; nothing to do")
        return
    if output is None and path == "-":
        raise UsageError("a briefing read from standard input needs --output FILE")
    target = output if output is not None else Path(path)
    # A briefing already current is written as it is: '-o new.json' names the file the
    # next command reads, whatever format the old one was in.
    upgraded = None if current else upgrade_for_good(data)
    text = dump_json(data if upgraded is None else upgraded.data)
    to_stdout = output is not None and os.fspath(output) == "-"
    if to_stdout:
        env.stdout.write_text(text)
    else:
        try:
            write_atomic(target, text.encode("utf-8"), replace=force)
        except OutputExists as exists:
            raise OutputError(
                f"{exists.message}; use --force to replace it, or --output NEW.json"
            ) from None
    if upgraded is None:
        env.stderr.error(
            f"{label} is already in the current format; its data written unchanged, "
            "laid out as upgrade writes JSON"
        )
    for change in () if upgraded is None else upgraded.changes:
        env.stderr.error(f"upgrade: {change}")
    if not to_stdout:
        shown = display_name(target)
        env.stderr.error(f"wrote {shown}; check it with 'aimeeting validate --strict {shown}'")
