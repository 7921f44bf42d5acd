"""The options the commands share, their checks and completions, and the one place that
refuses combinations that cannot work together."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aimeeting import __version__
from aimeeting.cli_io import load_chosen, write_stdout
from aimeeting.errors import AimeetingError
from aimeeting.formats import Format
from aimeeting.safetext import make_visible

if TYPE_CHECKING:
    from aimeeting.output import Options


def _argument_type_in_words(self: typer.core.TyperArgument, ctx: typer.Context) -> str | None:
    # Typer lists an argument's Python type ('<list[str]>') even when it has a metavar;
    # a reader wants the metavar's words alone, as options already get.
    return None if self.metavar else _typer_argument_type(self, ctx)


_typer_argument_type = typer.core.TyperArgument.display_type_rich
typer.core.TyperArgument.display_type_rich = _argument_type_in_words  # type: ignore[method-assign,assignment]


def version_callback(value: bool) -> None:
    if value:
        write_stdout(f"aimeeting {__version__}\n")
        raise typer.Exit()


def parse_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from aimeeting.briefing.dates import parse_as_of

    try:
        return parse_as_of(value)
    except ValueError as error:
        raise typer.BadParameter(make_visible(str(error)), param_hint="--as-of") from None


def complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Item ids of the briefing the command line names, for shell completion."""
    try:
        briefing = load_chosen(ctx)
    except AimeetingError:
        return []
    from aimeeting.answers.cite import citable
    from aimeeting.document import Context

    return [
        entry.id
        for _, entry in citable(Context.of(briefing, dt.date.today()))
        if entry.id and entry.id.startswith(incomplete)
    ]


def complete_speakers(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        briefing = load_chosen(ctx)
    except AimeetingError:
        return []
    names = dict.fromkeys(quote.speaker for quote in briefing.quotes)
    return [name for name in names if name.casefold().startswith(incomplete.casefold())]


BRIEFING_ENV = "AIMEETING_BRIEFING"
BriefingOpt = Annotated[
    str | None,
    typer.Option(
        "--briefing",
        "-b",
        envvar=BRIEFING_ENV,
        metavar="PATH",
        help=f"Briefing file to use ('-' reads standard input; env {BRIEFING_ENV}). "
        "Default: the bundled briefing.",
    ),
]
VersionOpt = Annotated[
    bool,
    typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (same as --format json).")]


# Enums, not callbacks: Typer inspects every callback's signature at start-up.
class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class CiteFormat(StrEnum):
    plain = "plain"
    markdown = "markdown"
    json = "json"


FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output: text (Rich; plain in a pipe), markdown, html (a web page) or json.",
    ),
]
ColorOpt = Annotated[
    Color,
    typer.Option("--color", help="Colour: auto (a terminal without NO_COLOR), always or never."),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="The day that counts as today, for 'upcoming' and 'held' (default: today). "
        "The facts stay those checked on the briefing's 'checked' day.",
    ),
]
SvgOpt = Annotated[
    Path | None,
    typer.Option("--export-svg", metavar="FILE", help="Write the rendered sheet as SVG."),
]
HtmlOpt = Annotated[
    Path | None,
    typer.Option("--export-html", metavar="FILE", help="Write the sheet as a web page."),
]
PagerOpt = Annotated[
    bool | None,
    typer.Option(
        "--pager/--no-pager",
        help="Page through $AIMEETING_PAGER, $PAGER or 'less -FRX' (default: on a terminal, "
        "when the output is taller than the screen).",
        show_default=False,
    ),
]


# Pairs of options that cannot work together; checked here, in one place.
_CONFLICTS = (
    ("--json", "--format"),
    ("--json", "--export-svg"),
    ("--json", "--export-html"),
    ("--format", "--export-svg"),
    ("--format", "--export-html"),
    ("--plain", "--json"),
    ("--plain", "--format"),
    ("--plain", "--export-svg"),
    ("--plain", "--export-html"),
    ("--copy", "--json"),
    ("--copy", "--format"),
    ("--copy", "--export-svg"),
    ("--copy", "--export-html"),
    ("--pager", "--json"),
    ("--pager", "--format"),
    ("--pager", "--export-svg"),
    ("--pager", "--export-html"),
)


def make_options(
    ctx: typer.Context,
    json_flag: bool = False,
    fmt: Format | None = None,
    color: Color = Color.auto,
    as_of: str | None = None,
    export_svg: Path | None = None,
    export_html: Path | None = None,
    pager: bool | None = None,
    **extra: bool,
) -> Options:
    """The output options, after refusing combinations that cannot work together."""
    from aimeeting.output import Options

    given = {
        "--json": json_flag,
        # --format text is the default, and --json --format json says one thing twice.
        "--format": fmt not in (None, Format.text) and not (json_flag and fmt is Format.json),
        "--export-svg": export_svg is not None,
        "--export-html": export_html is not None,
        "--pager": pager is True,
        **{f"--{name}": value for name, value in extra.items()},
    }
    for first, second in _CONFLICTS:
        if given.get(first) and given.get(second):
            raise typer.BadParameter(
                f"{first} cannot be used with {second}", ctx=ctx, param_hint=first
            )
    as_of_day = parse_day(as_of)
    return Options(
        format=Format.json if json_flag else (fmt or Format.text),
        color=color.value,
        today=as_of_day or dt.date.today(),
        as_of_given=as_of_day is not None,
        export_svg=export_svg,
        export_html=export_html,
        pager=pager,
    )
