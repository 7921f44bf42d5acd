"""The options commands share, each declared once; the one place that refuses combinations
that cannot work together; and the factory that gives a command its parameters.

Typer reads a command's parameters from its signature. A command here is made of
parameter lists (its own, then the shared ones), so that an option shared by eleven
commands is written once, not eleven times.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

import typer

from aimeeting.environment import BRIEFING_VAR
from aimeeting.formats import DOCUMENT_FORMATS, Format
from aimeeting.safetext import make_visible

if TYPE_CHECKING:
    from aimeeting.environment import Environment
    from aimeeting.output import Request


class Color(StrEnum):  # an enum, not a callback: Typer inspects callbacks at start-up
    auto = "auto"
    always = "always"
    never = "never"


class CiteFormat(StrEnum):
    text = "text"  # the name every other command uses for it
    plain = "plain"  # the same: the name `cite` first had
    markdown = "markdown"
    html = "html"
    json = "json"


def option(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
    """A parameter with a default (an option, or an argument that may be left out)."""
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


def required(name: str, annotation: Any) -> inspect.Parameter:
    """An argument that must be given."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)


CONTEXT = inspect.Parameter(
    "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
)

BriefingOpt = Annotated[
    str | None,
    typer.Option(
        "--briefing",
        "-b",
        metavar="PATH",
        help=f"Briefing file to use ('-' reads standard input; env {BRIEFING_VAR}). "
        "Default: the bundled briefing.",
    ),
]

JSON = option(
    "json_flag",
    Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")],
    False,
)
AS_OF = option(
    "as_of",
    Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="The day that counts as today, for 'upcoming' and 'held' (default: today). "
            "The facts stay those checked on the briefing's 'checked' day.",
        ),
    ],
)
COLOR = option(
    "color",
    Annotated[
        Color,
        typer.Option(
            "--color", help="Colour: auto (a terminal without NO_COLOR), always or never."
        ),
    ],
    Color.auto,
)
FORMAT_WORDS = {
    "text": "text (Rich; plain in a pipe)",
    "markdown": "markdown",
    "html": "html (a web page)",
    "json": "json",
    "svg": "svg (a picture)",
    "csl-json": "csl-json (for citation managers)",
}


def format_option(formats: tuple[str, ...]) -> inspect.Parameter:
    """--format with the formats one command offers (its help and check say exactly those)."""
    names = [*(f.value for f in DOCUMENT_FORMATS), *formats]
    choices = StrEnum("Choice", {name.replace("-", "_"): name for name in names})  # type: ignore[misc]
    words = [FORMAT_WORDS[name] for name in names]
    return option(
        "fmt",
        Annotated[
            choices | None,
            typer.Option("--format", "-f", help=f"Output: {', '.join(words[:-1])} or {words[-1]}."),
        ],
    )


PAGER = option(
    "pager",
    Annotated[
        bool | None,
        typer.Option(
            "--pager/--no-pager",
            help="Page through $AIMEETING_PAGER, $PAGER or 'less -FRX' (default: on a "
            "terminal, when the output is taller than the screen).",
            show_default=False,
        ),
    ],
)


@cache  # most commands offer the same formats: build their options (and enum) once
def output_options(formats: tuple[str, ...] = ()) -> tuple[inspect.Parameter, ...]:
    """The output options of every section command and `facts`."""
    return (
        JSON,
        format_option(formats),
        COLOR,
        AS_OF,
        option(
            "export_svg",
            Annotated[
                str | None,
                typer.Option(
                    "--export-svg", metavar="FILE", help="Write the rendered sheet as SVG."
                ),
            ],
        ),
        option(
            "export_html",
            Annotated[
                str | None,
                typer.Option(
                    "--export-html", metavar="FILE", help="Write the sheet as a web page."
                ),
            ],
        ),
        option(
            "fragment",
            Annotated[
                bool,
                typer.Option(
                    "--fragment",
                    help="With --format html: one block to paste into a page (styles and ids "
                    "of its own), not a whole page.",
                ),
            ],
            False,
        ),
        option(
            "ids",
            Annotated[
                bool, typer.Option("--ids", help="Show each item's id (for 'aimeeting cite ID').")
            ],
            False,
        ),
        PAGER,
    )


def make_command(
    name: str,
    doc: str,
    params: Sequence[inspect.Parameter],
    body: Callable[..., None],
) -> Callable[..., None]:
    """A function Typer can register: ``params`` as its signature, ``doc`` as its help."""

    def command(**kwargs: Any) -> None:
        body(**kwargs)

    command.__signature__ = inspect.Signature([CONTEXT, *params])  # type: ignore[attr-defined]
    command.__name__ = name.replace("-", "_")
    command.__doc__ = doc
    return command


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


def refuse_conflicts(ctx: typer.Context, given: dict[str, bool]) -> None:
    for first, second in _CONFLICTS:
        if given.get(first) and given.get(second):
            raise typer.BadParameter(
                f"{first} cannot be used with {second}", ctx=ctx, param_hint=first
            )


def today(as_of: str | None, env: Environment) -> tuple[dt.date, bool]:
    """The day that counts as today: --as-of, else the clock's; and whether it was given.
    Every command that says 'upcoming' or 'held' takes it from here."""
    if as_of is None:
        return env.today, False
    from aimeeting.briefing.dates import parse_day

    try:
        return parse_day(as_of), True
    except ValueError as error:
        raise typer.BadParameter(make_visible(str(error)), param_hint="--as-of") from None


def output_request(
    ctx: typer.Context,
    env: Environment,
    reads: str | None = None,
    *,
    json_flag: bool = False,
    fmt: str | None = None,
    color: Color = Color.auto,
    as_of: str | None = None,
    export_svg: str | None = None,
    export_html: str | None = None,
    pager: bool | None = None,
    fragment: bool = False,
    ids: bool = False,
    plain: bool = False,
    copy: bool = False,
) -> Request:
    """The output options as a Request, after refusing combinations that cannot work."""
    from aimeeting.output import Request

    refuse_conflicts(
        ctx,
        {
            "--json": json_flag,
            # --format text is the default, and --json --format json says one thing twice.
            "--format": fmt not in (None, "text") and not (json_flag and fmt == "json"),
            "--export-svg": export_svg is not None,
            "--export-html": export_html is not None,
            "--pager": pager is True,
            "--plain": plain,
            "--copy": copy,
        },
    )
    chosen = Format.json if json_flag else Format(fmt or Format.text)
    if fragment and chosen is not Format.html:
        raise typer.BadParameter("--fragment goes with --format html", ctx=ctx)
    day, given = today(as_of, env)
    return Request(
        today=day,
        format=chosen,
        color=color.value,
        as_of_given=given,
        export_svg=export_svg,
        export_html=export_html,
        pager=pager,
        copy=copy,
        plain=plain,
        reads=reads,
        fragment=fragment,
        ids=ids,
    )
