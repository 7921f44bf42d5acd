"""The framework floor: a Typer app with aimeeting's commands and options whose bodies only
import what that path needs, then return. What aimeeting costs beyond this is its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write("stub 0\n")
        raise typer.Exit()


@app.callback()
def root(
    briefing: Annotated[str | None, typer.Option("--briefing", "-b")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """Stub of aimeeting."""


def _json_floor() -> None:
    import json  # noqa: F401

    from pydantic import BaseModel  # noqa: F401


def _render_floor() -> None:
    _json_floor()
    import rich.console
    import rich.panel
    import rich.table
    import rich.text  # noqa: F401


@app.command()
def facts(
    json_flag: Annotated[bool, typer.Option("--json")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f")] = "text",
    color: Annotated[str, typer.Option("--color")] = "auto",
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    export_svg: Annotated[Path | None, typer.Option("--export-svg")] = None,
    export_html: Annotated[Path | None, typer.Option("--export-html")] = None,
    pager: Annotated[bool, typer.Option("--pager/--no-pager")] = False,
) -> None:
    """Floor of facts: JSON imports for --json, Rich imports otherwise."""
    if json_flag or fmt == "json":
        _json_floor()
    else:
        _render_floor()


@app.command()
def search(
    term: Annotated[list[str], typer.Argument()],
    json_flag: Annotated[bool, typer.Option("--json")] = False,
    color: Annotated[str, typer.Option("--color")] = "auto",
) -> None:
    """Floor of search."""
    _json_floor()


@app.command()
def validate(
    path: Annotated[str | None, typer.Argument()] = None,
    json_flag: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Floor of validate."""
    _json_floor()


if __name__ == "__main__":
    app()
