"""The framework floor: a Typer app with aimeeting's commands and options whose bodies only
import what that path needs, then return. What aimeeting costs beyond this is its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write("stub 0\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    briefing: Annotated[str | None, typer.Option("--briefing", "-b")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """Stub of aimeeting."""


def _json_floor() -> None:
    import json  # noqa: F401

    from pydantic import BaseModel  # noqa: F401


def _render_floor() -> None:
    # What the sheet's terminal writer imports (it no longer needs rich.table).
    _json_floor()
    import rich.console
    import rich.panel
    import rich.rule
    import rich.text  # noqa: F401


JsonOpt = Annotated[bool, typer.Option("--json")]
FormatOpt = Annotated[str, typer.Option("--format", "-f")]
ColorOpt = Annotated[str, typer.Option("--color")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of")]
SvgOpt = Annotated[Path | None, typer.Option("--export-svg")]
HtmlOpt = Annotated[Path | None, typer.Option("--export-html")]
PagerOpt = Annotated[bool | None, typer.Option("--pager/--no-pager")]


def _floor_for(json_flag: bool, fmt: str) -> None:
    if json_flag or fmt in ("json", "html"):  # the web page needs no Rich
        _json_floor()
        import html  # noqa: F401
    else:
        _render_floor()


def _section(name: str) -> None:
    def command(
        json_flag: JsonOpt = False,
        fmt: FormatOpt = "text",
        color: ColorOpt = "auto",
        as_of: AsOfOpt = None,
        export_svg: SvgOpt = None,
        export_html: HtmlOpt = None,
        pager: PagerOpt = None,
    ) -> None:
        """Floor of a section command."""
        _floor_for(json_flag, fmt)

    app.command(name)(command)


for _name in ("facts", "summary", "timeline", "outcomes", "challenges", "people", "sources"):
    _section(_name)


@app.command()
def faq(
    question: Annotated[list[str] | None, typer.Argument()] = None,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = "text",
    color: ColorOpt = "auto",
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Floor of faq."""
    _floor_for(json_flag, fmt)


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker")] = None,
    quote_id: Annotated[str | None, typer.Option("--id")] = None,
    plain: Annotated[bool, typer.Option("--plain")] = False,
    copy: Annotated[bool, typer.Option("--copy")] = False,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = "text",
    color: ColorOpt = "auto",
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Floor of quotes."""
    _floor_for(json_flag, fmt)


@app.command()
def search(
    term: Annotated[list[str], typer.Argument()],
    section: Annotated[list[str] | None, typer.Option("--section")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    json_flag: JsonOpt = False,
    color: ColorOpt = "auto",
) -> None:
    """Floor of search."""
    _floor_for(json_flag, "text")


@app.command()
def validate(
    path: Annotated[str | None, typer.Argument()] = None,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    json_flag: JsonOpt = False,
) -> None:
    """Floor of validate."""
    _json_floor()


@app.command()
def cite(
    item_id: Annotated[str, typer.Argument()],
    fmt: FormatOpt = "plain",
    copy: Annotated[bool, typer.Option("--copy")] = False,
    as_of: AsOfOpt = None,
) -> None:
    """Floor of cite."""
    _render_floor()


@app.command()
def schema() -> None:
    """Floor of schema."""
    _json_floor()


@app.command()
def init(
    file: Annotated[Path, typer.Argument()],
    force: Annotated[bool, typer.Option("--force")] = False,
) -> None:
    """Floor of init."""
    _json_floor()


if __name__ == "__main__":
    app()
