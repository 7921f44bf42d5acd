"""The command line: parse, load, choose, call, exit. Only this module touches the real
streams or decides exit codes; rendering lives in render/, the sections in sections.py.
Heavy imports (pydantic, rich) happen inside commands, so `--version`, `--help` and
completion stay as cheap as Typer itself."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from aimeeting import __version__, streams
from aimeeting.errors import AimeetingError, ExitCode, NotFound
from aimeeting.safetext import make_visible
from aimeeting.sections import BY_COMMAND, SECTIONS

if TYPE_CHECKING:
    from aimeeting.model import Briefing
    from aimeeting.render.pipeline import Options, Streams

DEBUG_ENV = "AIMEETING_DEBUG"
BRIEFING_ENV = "AIMEETING_BRIEFING"
FORMATS = ("text", "markdown", "html", "json")
COLORS = ("auto", "always", "never")

app = typer.Typer(
    name="aimeeting",
    rich_markup_mode=None,  # plain Click help: no Rich import, no boxes, fast
    pretty_exceptions_enable=False,  # run() turns every failure into one line
    context_settings={"help_option_names": ["-h", "--help"]},
)


# ---------------------------------------------------------------- option values


def _version_callback(value: bool) -> None:
    if value:
        write_stdout(f"aimeeting {__version__}\n")
        raise typer.Exit()


def _parse_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from aimeeting.dates import parse_as_of

    try:
        return parse_as_of(value)
    except ValueError as error:
        raise typer.BadParameter(make_visible(str(error))) from None


def _choice(allowed: tuple[str, ...]) -> Callable[[str | None], str | None]:
    def check(value: str | None) -> str | None:
        if value is not None and value not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return check


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Item ids of the briefing the command line names, for shell completion."""
    try:
        briefing = load_chosen(ctx)
    except AimeetingError:
        return []
    from aimeeting.cite import citable
    from aimeeting.document import Context

    return [
        entry.id
        for _, entry in citable(Context.of(briefing, dt.date.today()))
        if entry.id and entry.id.startswith(incomplete)
    ]


def _complete_speakers(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        briefing = load_chosen(ctx)
    except AimeetingError:
        return []
    names = dict.fromkeys(quote.speaker for quote in briefing.quotes)
    return [name for name in names if name.casefold().startswith(incomplete.casefold())]


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (same as --format json).")]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        callback=_choice(FORMATS),
        help="Output: text (Rich; plain in a pipe), markdown, html (a web page) or json.",
    ),
]
ColorOpt = Annotated[
    str,
    typer.Option(
        "--color",
        metavar="WHEN",
        callback=_choice(COLORS),
        help="Colour: auto (a terminal without NO_COLOR), always or never.",
    ),
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


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    briefing: Annotated[
        str | None,
        typer.Option(
            "--briefing",
            "-b",
            envvar=BRIEFING_ENV,
            metavar="PATH",
            help=f"Briefing file to use ('-' reads standard input; env {BRIEFING_ENV}). "
            "Default: the bundled briefing.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """A fact sheet of an event from a sourced briefing: summary, timeline, outcomes,
    challenges, FAQ, quotes and sources, every item with its sources and caveats.
    The bundled briefing covers the March 2026 Tokyo ministerial meeting of the
    Hiroshima AI Process Friends Group.

    \b
    Examples:
      aimeeting facts
      aimeeting timeline --json | jq '.[].date'
      aimeeting cite q-ecosystem
      aimeeting faq who hosts the meeting
    """
    ctx.obj = briefing
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        print_welcome(ctx)
        raise typer.Exit(ExitCode.OK)


def print_welcome(ctx: typer.Context) -> None:
    """What `aimeeting` alone prints: the loaded event and the commands people start with."""
    try:
        about = f"Briefing: {load_chosen(ctx).event.title}"
    except AimeetingError as error:
        about = f"Briefing: cannot be loaded ({error.message})"
    write_stdout(
        make_visible(about, keep_newlines=False) + "\n\nStart with:\n"
        "  aimeeting facts              the whole fact sheet\n"
        "  aimeeting summary            the event, the summary and key facts\n"
        "  aimeeting faq QUESTION...    an answer from the FAQ, with sources\n"
        "  aimeeting search WORDS...    every item that mentions them\n"
        "  aimeeting cite ID            one item as a paste-ready citation\n"
        "\nEvery command: aimeeting --help\n"
    )


# ---------------------------------------------------------------- plumbing


F = TypeVar("F", bound=Callable[..., None])


def reports_errors(function: F) -> F:
    """Turn the project's errors into one line on stderr and their exit code."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            function(*args, **kwargs)
        except AimeetingError as error:
            print_error(error.message)
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            # Caught here because Typer's Click would turn it into a plain exit 1.
            _quiet_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None

    return wrapper  # type: ignore[return-value]


def print_error(message: str) -> None:
    """One line on stderr; anything that came from data is made visible, never executed."""
    line = make_visible(message, keep_newlines=False)
    streams.write_stderr(f"aimeeting: {line}\n")


def print_notice(message: str) -> None:
    streams.write_stderr(make_visible(message, keep_newlines=False) + "\n")


def load_chosen(ctx: typer.Context, path: str | None = None) -> Briefing:
    from aimeeting.load import load_briefing

    root_ctx = ctx.find_root()
    chosen = path if path is not None else root_ctx.obj
    if chosen is None and path is None:  # during completion the root callback has not run
        chosen = root_ctx.params.get("briefing")
    return load_briefing(chosen)


def write_stdout(text: str) -> None:
    """Data goes to stdout as UTF-8 bytes, whatever the locale's encoding."""
    write_stdout_bytes(text.encode("utf-8"))


def emit_json(value: Any) -> None:
    from aimeeting.jsonout import dump_json

    write_stdout(dump_json(value))


def write_stdout_bytes(data: bytes) -> None:
    streams.write_stdout(data)  # a failure is WriteFailed (74); a broken pipe stays as it is


def real_streams() -> Streams:
    from aimeeting.render.pipeline import Streams

    return Streams(sys.stdout, write_stdout_bytes, print_notice, os.environ)


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
    fmt: str | None = None,
    color: str = "auto",
    as_of: str | None = None,
    export_svg: Path | None = None,
    export_html: Path | None = None,
    pager: bool | None = None,
    **extra: bool,
) -> Options:
    """The output options, after refusing combinations that cannot work together."""
    from aimeeting.render.pipeline import Format, Options

    given = {
        "--json": json_flag,
        "--format": fmt is not None and fmt != "text",
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
    today = _parse_day(as_of) or dt.date.today()
    return Options(
        format=Format.json if json_flag else Format(fmt or "text"),
        color=color,  # type: ignore[arg-type]
        today=today,
        export_svg=export_svg,
        export_html=export_html,
        pager=pager,
    )


def show(briefing: Briefing, command: str, options: Options) -> None:
    from aimeeting.render.pipeline import emit

    emit(briefing, BY_COMMAND[command], options, real_streams())


# ---------------------------------------------------------------- commands


def _section_command(command: str) -> None:
    """Register a command that shows one section of the table (or, for facts, all)."""
    spec = BY_COMMAND[command]

    @reports_errors
    def run_section(
        ctx: typer.Context,
        json_flag: JsonOpt = False,
        fmt: FormatOpt = None,
        color: ColorOpt = "auto",
        as_of: AsOfOpt = None,
        export_svg: SvgOpt = None,
        export_html: HtmlOpt = None,
        pager: PagerOpt = None,
    ) -> None:
        options = make_options(ctx, json_flag, fmt, color, as_of, export_svg, export_html, pager)
        show(load_chosen(ctx), command, options)

    run_section.__doc__ = f"{spec.help}\n\n\b\nExample:\n  {spec.example}\n"
    run_section.__name__ = command.replace("-", "_")
    app.command(command)(run_section)


_CUSTOM = {"faq", "quotes"}  # these take arguments of their own, below
for _command in ("facts", *(spec.command for spec in SECTIONS)):
    if _command not in _CUSTOM:
        _section_command(_command)


@app.command()
@reports_errors
def faq(
    ctx: typer.Context,
    question: Annotated[
        list[str] | None,
        typer.Argument(metavar="[QUESTION...]", help="A question in your own words."),
    ] = None,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = None,
    color: ColorOpt = "auto",
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Answer a question from the FAQ, or list every question and answer.

    The question is matched against each entry's question, its other phrasings and its
    answer, tolerating typos. With no confident match it answers nothing: exit 1, and
    'aimeeting search' is suggested.

    \b
    Examples:
      aimeeting faq
      aimeeting faq who hosts the meeting
      aimeeting faq "when was it?" --json
    """
    from aimeeting.faq import best_match, nearest_questions

    options = make_options(ctx, json_flag, fmt, color, as_of, export_svg, export_html, pager)
    briefing = load_chosen(ctx)
    entries = list(briefing.faq)
    if question:
        asked = " ".join(question)
        match = best_match(asked, entries)
        if match is None:
            if options.format.value == "json":
                emit_json([])
            near = nearest_questions(asked, entries)
            hint = f" Nearest: {' | '.join(near)}." if near else ""
            raise NotFound(f"no FAQ entry answers that; try 'aimeeting search WORDS'.{hint}")
        entries = [match]
    show(briefing.model_copy(update={"faq": entries}), "faq", options)


@app.command()
@reports_errors
def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            metavar="NAME",
            help="Only quotes whose speaker contains NAME.",
            autocompletion=_complete_speakers,
        ),
    ] = None,
    quote_id: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="Only the quote with this id.", autocompletion=_complete_ids
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option("--plain", help="One paste-ready line per quote, with caveats and sources."),
    ] = False,
    copy: Annotated[
        bool, typer.Option("--copy", help="Copy the chosen quote's paste-ready line.")
    ] = False,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = None,
    color: ColorOpt = "auto",
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Show quotes with speaker, role, occasion, date, caveats and sources.

    Only a speaker's own words appear in quotation marks; a paraphrase is labelled, and a
    translation says from which language and by whom.

    \b
    Examples:
      aimeeting quotes --plain
      aimeeting quotes --speaker takaichi --copy
      aimeeting quotes --id q-ecosystem --json
    """
    options = make_options(
        ctx, json_flag, fmt, color, as_of, export_svg, export_html, pager, plain=plain, copy=copy
    )
    briefing = load_chosen(ctx)
    chosen = [
        quote
        for quote in briefing.quotes
        if (speaker is None or speaker.casefold() in quote.speaker.casefold())
        and (quote_id is None or quote.id == quote_id)
    ]
    if not chosen:
        if options.format.value == "json":
            emit_json([])
        raise NotFound("no quote matches that speaker or id")
    if plain or copy:
        from aimeeting.cite import find_citation, plain_citation
        from aimeeting.document import Context

        context = Context.of(briefing, options.today)
        if copy:
            verbatim = [quote for quote in chosen if quote.verbatim]
            pick = verbatim[0] if verbatim and len(chosen) > 1 else chosen[0]
            copy_line(plain_citation(find_citation(context, pick.id)), f"quote {pick.id}")
            return
        write_stdout("".join(plain_citation(find_citation(context, q.id)) + "\n" for q in chosen))
        return
    show(briefing.model_copy(update={"quotes": chosen}), "quotes", options)


def copy_line(line: str, what: str) -> None:
    from aimeeting.clipboard import copy_text

    how = copy_text(line)
    print_notice(f"aimeeting: copied {what} with {how}: {line}")


@app.command()
@reports_errors
def cite(
    ctx: typer.Context,
    item_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The item's id.", autocompletion=_complete_ids),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            callback=_choice(("plain", "markdown", "json")),
            help="plain (one line), markdown or json.",
        ),
    ] = "plain",
    copy: Annotated[bool, typer.Option("--copy", help="Copy the line to the clipboard.")] = False,
    as_of: AsOfOpt = None,
) -> None:
    """Print one item as a paste-ready citation: its words, caveats and sources.

    Any key fact, timeline entry, outcome, challenge, FAQ entry, quote or person; ids
    are in --json output and in search hits. An unknown id exits 1 with the closest ids.

    \b
    Examples:
      aimeeting cite q-ecosystem
      aimeeting cite tl-meeting --format markdown --copy
    """
    from aimeeting import cite as citing
    from aimeeting.document import Context

    briefing = load_chosen(ctx)
    citation = citing.find_citation(
        Context.of(briefing, _parse_day(as_of) or dt.date.today()), item_id
    )
    if fmt == "json":
        if copy:
            raise typer.BadParameter("--copy cannot be used with --format json", ctx=ctx)
        emit_json(citing.json_citation(citation))
        return
    line = (
        citing.markdown_citation(citation) if fmt == "markdown" else citing.plain_citation(citation)
    )
    if copy:
        copy_line(line, item_id)
        return
    write_stdout(line + "\n")


@app.command()
@reports_errors
def search(
    ctx: typer.Context,
    term: Annotated[
        list[str], typer.Argument(metavar="WORDS...", help="Words to find; every one must match.")
    ],
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            metavar="NAME",
            help="Only this section (repeatable): event, summary, key-facts, timeline, "
            "outcomes, challenges, faq, quotes, people, sources.",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, metavar="N", help="Show only the N best hits."),
    ] = None,
    json_flag: JsonOpt = False,
    color: ColorOpt = "auto",
) -> None:
    """Find words in every section, best matches first; exits 1 when nothing matches.

    A word in a title, question or label ranks above one in the text, a whole word above
    part of one. Each hit shows the matching fields around the words, and the item's
    caveat in full.

    \b
    Examples:
      aimeeting search hiroshima
      aimeeting search takaichi --section quotes --section faq --limit 3
      aimeeting search friends group --json | jq -r '.[].id'
    """
    from aimeeting.search import find_hits, parse_query

    query = parse_query(" ".join(term), section or ())  # usage errors before any loading
    hits = find_hits(load_chosen(ctx), query)
    shown = hits[:limit]
    if json_flag:
        emit_json([hit.to_json() for hit in shown])  # [] on a miss, then exit 1
    if not hits:
        raise NotFound(f"no match for {query.describe()}")
    if json_flag:
        return
    from aimeeting.render.console import make_console, print_pieces
    from aimeeting.render.search_view import render_hits

    console = make_console(sys.stdout, color)  # type: ignore[arg-type]
    print_pieces(console, render_hits(shown, total=len(hits)), write_stdout)


@app.command()
@reports_errors
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]", help="Briefing to check ('-' for stdin). Default: the chosen one."
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
    from aimeeting.errors import BriefingInvalid, Problem
    from aimeeting.load import check_briefing

    problems: list[tuple[str, Problem]]
    try:
        checked = check_briefing(path if path is not None else ctx.find_root().obj)
        problems = [("warning", p) for p in checked.warnings]
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
            from aimeeting.model import SECTIONS as ITEM_SECTIONS

            count = sum(len(getattr(briefing, key)) for key in ITEM_SECTIONS)
            write_stdout(
                f"valid: {count} items, {len(briefing.sources)} sources"
                + (f", {len(problems)} warning(s)" if problems else "")
                + "\n"
            )
    if failed:
        raise typer.Exit(ExitCode.DATA_INVALID)


@app.command()
@reports_errors
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the briefing format.

    \b
    Example:
      aimeeting schema > briefing.schema.json
    """
    from aimeeting.model import briefing_json_schema

    emit_json(briefing_json_schema())


@app.command()
@reports_errors
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
    from aimeeting.atomic import OutputExists, write_atomic
    from aimeeting.errors import OutputError
    from aimeeting.jsonout import dump_json
    from aimeeting.safetext import display_name
    from aimeeting.skeleton import skeleton_briefing

    data = dump_json(skeleton_briefing(dt.date.today())).encode("utf-8")
    try:
        write_atomic(file, data, replace=force)  # without --force: create-exclusive, race-free
    except OutputExists as exists:
        raise OutputError(f"{exists.message}; use --force to overwrite") from None
    print_notice(f"aimeeting: wrote {display_name(file)}; fill in every '<...>', then validate")


# ---------------------------------------------------------------- entry point


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _safe_streams() -> None:
    """Text that a locale cannot encode is escaped instead of crashing the program."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _usage_hint(error: typer.TyperException) -> str:
    context = getattr(error, "ctx", None)
    path = context.command_path if context is not None else "aimeeting"
    return f"see '{path} --help'"


def run(argv: list[str] | None = None) -> int:
    """Run the app and return its exit code; every failure ends as one line on stderr."""
    streams.guard_standard_streams()
    _safe_streams()
    # Pydantic looks for plugins by scanning every installed package's entry points the
    # first time a model is built (about 30 ms here); this program uses none. A value the
    # user has set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        result = app(args=argv, prog_name="aimeeting", standalone_mode=False)
        streams.flush_stdout(reported=bool(result))  # a failure no one reported is 74
        return int(result) if isinstance(result, int) else ExitCode.OK
    except typer.TyperException as error:  # usage errors from the bundled Click
        print_error(f"{error.format_message()} ({_usage_hint(error)})")
        return int(getattr(error, "exit_code", ExitCode.USAGE))
    except AimeetingError as error:
        print_error(error.message)
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return ExitCode.BROKEN_PIPE
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        print_error(
            f"internal error: {type(error).__name__}: {error} "
            f"(a bug; set {DEBUG_ENV}=1 for a traceback and please report it)"
        )
        return ExitCode.INTERNAL


def main() -> NoReturn:
    """Console-script entry point."""
    sys.exit(run())
