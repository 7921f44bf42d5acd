"""The command line: parse, load, select, render, print, exit. Only this module touches the
real streams or decides exit codes. Heavy imports (pydantic, rich) happen inside commands,
so `--version`, `--help` and completion stay as cheap as Typer itself."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from aimeeting import __version__, streams
from aimeeting.errors import AimeetingError, ExitCode, NotFound
from aimeeting.safetext import make_visible

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from aimeeting.model import Briefing
    from aimeeting.render.views import ViewContext

DEBUG_ENV = "AIMEETING_DEBUG"
BRIEFING_ENV = "AIMEETING_BRIEFING"
STALE_AFTER_DAYS = 90

app = typer.Typer(
    name="aimeeting",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain Click help: no Rich import, no boxes, fast
    pretty_exceptions_enable=False,  # main() turns every failure into one line
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def _version_callback(value: bool) -> None:
    if value:
        write_stdout(f"aimeeting {__version__}\n")
        raise typer.Exit()


def _parse_day(value: str | None) -> str | None:
    if value is None:
        return None
    from aimeeting.dates import parse_as_of

    try:
        parse_as_of(value)
    except ValueError as error:
        raise typer.BadParameter(make_visible(str(error))) from None
    return value


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (same as --format json).")]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output: text (Rich), markdown or json.")
]
ColorOpt = Annotated[
    Color, typer.Option("--color", help="Colour: auto (terminal, no NO_COLOR), always, never.")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        callback=_parse_day,
        help="Treat this day as today (default: the real date).",
    ),
]
SvgOpt = Annotated[
    Path | None,
    typer.Option("--export-svg", metavar="FILE", help="Write the rendered sheet as SVG."),
]
HtmlOpt = Annotated[
    Path | None,
    typer.Option("--export-html", metavar="FILE", help="Write the rendered sheet as HTML."),
]
PagerOpt = Annotated[
    bool, typer.Option("--pager/--no-pager", help="Page long output through $PAGER on a terminal.")
]


@dataclass(frozen=True)
class Output:
    """How one command should print: the options every section command shares."""

    format: Format = Format.text
    color: Color = Color.auto
    as_of: str | None = None
    export_svg: Path | None = None
    export_html: Path | None = None
    pager: bool = False

    @classmethod
    def of(cls, json_flag: bool, fmt: Format, **rest: Any) -> Output:
        return cls(format=Format.json if json_flag else fmt, **rest)

    @property
    def today(self) -> dt.date:
        return dt.date.fromisoformat(self.as_of) if self.as_of else dt.date.today()


@app.callback()
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
    """Fact sheet of the March 2026 Tokyo ministerial meeting on AI (Hiroshima AI Process).

    Summary, timeline, outcomes, challenges, FAQ, quotes and sources, each item with its
    sources, as Rich tables on a terminal, plain text in a pipe, Markdown or JSON.

    \b
    Examples:
      aimeeting facts
      aimeeting timeline --json | jq '.[].date'
      aimeeting quotes --plain
      aimeeting faq "who hosts the meeting?"
    """
    ctx.obj = briefing


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

    return load_briefing(path if path is not None else ctx.find_root().obj).briefing


def write_stdout(text: str) -> None:
    """Data goes to stdout as UTF-8 bytes, whatever the locale's encoding."""
    write_stdout_bytes(text.encode("utf-8"))


def emit_json(value: Any) -> None:
    from aimeeting.jsonout import dump_json

    write_stdout(dump_json(value))


def write_stdout_bytes(data: bytes) -> None:
    streams.write_stdout(data)  # a failure is WriteFailed (74); a broken pipe stays as it is


def make_context(briefing: Briefing, console: Console, output: Output) -> ViewContext:
    from aimeeting.render.console import is_plain
    from aimeeting.render.views import ViewContext

    return ViewContext(briefing, plain=is_plain(console), today=output.today)


def warn_if_stale(briefing: Briefing, output: Output) -> None:
    age = (output.today - dt.date.fromisoformat(briefing.checked)).days
    if age > STALE_AFTER_DAYS:
        print_notice(
            f"aimeeting: warning: these facts were last checked on {briefing.checked}, "
            f"{age} days before {output.today.isoformat()}; newer events may be missing"
        )


def markdown_of(briefing: Briefing, section: str | None = None) -> str:
    from aimeeting.render.markdown import render_markdown

    return render_markdown(briefing, section)


def show(
    briefing: Briefing,
    output: Output,
    json_value: Callable[[], Any] | None,
    markdown: Callable[[], str],
    view: Callable[[ViewContext], RenderableType],
) -> None:
    """Print one section (or the sheet) in the format asked for, or export it."""
    if output.format is Format.json:
        if json_value is None:  # the whole briefing: straight from pydantic-core
            from aimeeting.jsonout import dump_briefing_json

            write_stdout_bytes(dump_briefing_json(briefing))
        else:
            emit_json(json_value())
        return
    warn_if_stale(briefing, output)
    if output.format is Format.markdown:
        write_stdout(markdown())
        return
    if output.export_svg or output.export_html:
        export(briefing, output, view)
        return
    print_rendered(briefing, output, view)


def print_rendered(
    briefing: Briefing, output: Output, view: Callable[[ViewContext], RenderableType]
) -> None:
    from aimeeting.render.console import make_console, print_pieces

    console = make_console(sys.stdout, output.color.value)
    renderable = view(make_context(briefing, console, output))
    if output.pager and console.is_terminal:
        os.environ.setdefault("LESS", "-R")  # let less show colours
        with console.pager(styles=console.color_system is not None):
            print_pieces(console, renderable, write_stdout)
        return
    print_pieces(console, renderable, write_stdout)


def export(
    briefing: Briefing, output: Output, view: Callable[[ViewContext], RenderableType]
) -> None:
    import io

    from aimeeting.atomic import write_atomic
    from aimeeting.render.console import data_console
    from aimeeting.render.views import ViewContext
    from aimeeting.safetext import display_name

    console = data_console(
        file=io.StringIO(),
        record=True,
        width=100,
        force_terminal=True,
        color_system="truecolor",
        _environ={},
    )
    console.print(view(ViewContext(briefing, plain=False, today=output.today)))
    title = f"aimeeting: {briefing.event.title}"
    if output.export_svg:
        svg = console.export_svg(title=title, clear=False)
        write_atomic(output.export_svg, svg.encode("utf-8"))
        print_notice(f"aimeeting: wrote {display_name(output.export_svg)}")
    if output.export_html:
        html = console.export_html(clear=False)
        write_atomic(output.export_html, html.encode("utf-8"))
        print_notice(f"aimeeting: wrote {display_name(output.export_html)}")


# ---------------------------------------------------------------- commands


def _section_command(name: str, key: str | None, doc: str) -> None:
    """Register a command that shows one section, or the whole sheet when ``key`` is None.

    Its --json prints the value at ``key`` in facts --json (for facts, all of it).
    """

    @reports_errors
    def command(
        ctx: typer.Context,
        json_flag: JsonOpt = False,
        fmt: FormatOpt = Format.text,
        color: ColorOpt = Color.auto,
        as_of: AsOfOpt = None,
        export_svg: SvgOpt = None,
        export_html: HtmlOpt = None,
        pager: PagerOpt = False,
    ) -> None:
        output = Output.of(
            json_flag,
            fmt,
            color=color,
            as_of=as_of,
            export_svg=export_svg,
            export_html=export_html,
            pager=pager,
        )
        briefing = load_chosen(ctx)

        def view(context: ViewContext) -> RenderableType:
            from aimeeting.render import views

            if key is None:
                return views.render_facts(context)
            body = views.SECTION_VIEWS[key](context)
            if key == "sources":
                return body
            cited = views.cited_sources(views.section_items(briefing, key))
            return views.with_sources(body, context, cited)

        def section_json() -> Any:
            assert key is not None
            return briefing.model_dump(mode="json", include={key})[key]

        show(
            briefing,
            output,
            None if key is None else section_json,  # None: the whole briefing, fast path
            lambda: markdown_of(briefing, key),
            view,
        )

    command.__doc__ = doc
    command.__name__ = name.replace("-", "_")
    app.command(name)(command)


_section_command(
    "facts",
    None,
    """Show the whole fact sheet: event, summary, timeline, outcomes, FAQ, quotes, sources.

    \b
    Examples:
      aimeeting facts
      aimeeting facts --json | jq '.event.start'
      aimeeting facts --format markdown > sheet.md
    """,
)
_section_command(
    "summary",
    "summary",
    """Show the event, the summary paragraph and key facts.

    \b
    Example:
      aimeeting summary --json | jq -r .text
    """,
)
_section_command(
    "timeline",
    "timeline",
    """Show the dated milestones, oldest first.

    \b
    Example:
      aimeeting timeline --json | jq -r '.[] | .date + "  " + .title'
    """,
)
_section_command(
    "outcomes",
    "outcomes",
    """Show what the meeting produced and what was expected.

    \b
    Example:
      aimeeting outcomes --json | jq '.[] | select(.status == "reported")'
    """,
)
_section_command(
    "challenges",
    "challenges",
    """Show the challenges the coverage names.

    \b
    Example:
      aimeeting challenges --format markdown
    """,
)
_section_command(
    "people",
    "people",
    """Show the people and organisations involved.

    \b
    Example:
      aimeeting people --json | jq -r '.[].name'
    """,
)
_section_command(
    "sources",
    "sources",
    """Show the numbered sources with their URLs.

    \b
    Example:
      aimeeting sources --json | jq -r '.[].url'
    """,
)


@app.command()
@reports_errors
def faq(
    ctx: typer.Context,
    question: Annotated[
        str | None, typer.Argument(help="A question in your own words (optional).")
    ] = None,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = Format.text,
    color: ColorOpt = Color.auto,
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = False,
) -> None:
    """Answer a question from the FAQ, or list every question and answer.

    A question is matched to the closest FAQ entry, tolerating other wording and typos;
    with no good match it exits 1 and lists the questions it knows.

    \b
    Examples:
      aimeeting faq
      aimeeting faq "who hosts the meeting?"
      aimeeting faq "when was it" --json
    """
    from aimeeting.faq import best_match

    output = Output.of(
        json_flag,
        fmt,
        color=color,
        as_of=as_of,
        export_svg=export_svg,
        export_html=export_html,
        pager=pager,
    )
    briefing = load_chosen(ctx)
    entries = list(briefing.faq)
    if question is not None:
        match = best_match(question, entries)
        if match is None:
            known = "; ".join(entry.question for entry in entries)
            raise NotFound(f"no FAQ entry matches that question. Known questions: {known}")
        entries = [match]
    chosen = briefing.model_copy(update={"faq": entries})

    def view(context: ViewContext) -> RenderableType:
        from aimeeting.render.views import cited_sources, render_faq_entries, with_sources

        return with_sources(render_faq_entries(context, entries), context, cited_sources(entries))

    show(
        chosen,
        output,
        lambda: chosen.model_dump(mode="json", include={"faq"})["faq"],
        lambda: markdown_of(chosen, "faq"),
        view,
    )


@app.command()
@reports_errors
def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only quotes whose speaker contains NAME.")
    ] = None,
    quote_id: Annotated[
        str | None, typer.Option("--id", help="Only the quote with this id.")
    ] = None,
    plain: Annotated[
        bool, typer.Option("--plain", help="One paste-ready line per quote, with its source.")
    ] = False,
    copy: Annotated[
        bool, typer.Option("--copy", help="Copy the chosen quote's paste-ready line.")
    ] = False,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = Format.text,
    color: ColorOpt = Color.auto,
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = False,
) -> None:
    """Show quotes with speaker, role, occasion, date and source.

    Only a speaker's own words appear in quotation marks; a paraphrase is labelled.

    \b
    Examples:
      aimeeting quotes --plain
      aimeeting quotes --speaker takaichi --copy
      aimeeting quotes --id q-ecosystem --json
    """
    from aimeeting.cite import quote_line

    output = Output.of(
        json_flag,
        fmt,
        color=color,
        as_of=as_of,
        export_svg=export_svg,
        export_html=export_html,
        pager=pager,
    )
    briefing = load_chosen(ctx)
    chosen = [
        quote
        for quote in briefing.quotes
        if (speaker is None or speaker.casefold() in quote.speaker.casefold())
        and (quote_id is None or quote.id == quote_id)
    ]
    if not chosen:
        raise NotFound("no quote matches that speaker or id")
    sources = {source.id: source for source in briefing.sources}
    if copy:
        from aimeeting.clipboard import copy_text

        verbatim = [quote for quote in chosen if quote.verbatim]
        pick = verbatim[0] if verbatim and len(chosen) > 1 else chosen[0]
        line = quote_line(pick, sources)
        program = copy_text(line)
        print_notice(f"aimeeting: copied quote {pick.id} with {program}: {line}")
        return
    if plain and output.format is Format.text:
        write_stdout("".join(quote_line(quote, sources) + "\n" for quote in chosen))
        return
    subset = briefing.model_copy(update={"quotes": chosen})

    def view(context: ViewContext) -> RenderableType:
        from aimeeting.render.views import cited_sources, render_quotes, with_sources

        return with_sources(render_quotes(context, chosen), context, cited_sources(chosen))

    show(
        subset,
        output,
        lambda: subset.model_dump(mode="json", include={"quotes"})["quotes"],
        lambda: markdown_of(subset, "quotes"),
        view,
    )


@app.command()
@reports_errors
def search(
    ctx: typer.Context,
    term: Annotated[list[str], typer.Argument(help="Words to find; every one must match.")],
    json_flag: JsonOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """Find words in every section; exits 1 when nothing matches, like grep.

    \b
    Examples:
      aimeeting search hiroshima
      aimeeting search friends group --json | jq -r '.[].id'
    """
    from aimeeting.search import search as find

    briefing = load_chosen(ctx)
    words = " ".join(term)
    hits = find(briefing, words)
    if not hits:
        raise NotFound(f"no match for {words!r}")
    if json_flag:
        emit_json([hit.to_json() for hit in hits])
        return
    from aimeeting.render.console import make_console, print_pieces
    from aimeeting.render.search_view import render_hits

    console = make_console(sys.stdout, color.value)
    print_pieces(console, render_hits(hits, words.split()), write_stdout)


@app.command()
@reports_errors
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(help="Briefing to check ('-' for stdin). Default: the chosen one."),
    ] = None,
    json_flag: Annotated[bool, typer.Option("--json", help="Problems as a JSON list.")] = False,
) -> None:
    """Check a briefing and report every problem with its path, line and column.

    Exit codes: 0 valid, 65 invalid data, 66 file missing or unreadable.

    \b
    Examples:
      aimeeting validate my-briefing.json
      aimeeting validate my-briefing.json --json | jq '.[].path'
    """
    from aimeeting.errors import BriefingInvalid

    try:
        briefing = load_chosen(ctx, path)
    except BriefingInvalid as invalid:
        if json_flag:
            emit_json(
                [
                    {"path": p.path, "line": p.line, "column": p.column, "message": p.message}
                    for p in invalid.problems
                ]
            )
        else:
            write_stdout(
                "".join(
                    make_visible(
                        f"{p.location(invalid.file_label)}: {p.path}: {p.message}",
                        keep_newlines=False,
                    )
                    + "\n"
                    for p in invalid.problems
                )
            )
            print_notice(f"aimeeting: {len(invalid.problems)} problem(s) found")
        raise typer.Exit(ExitCode.DATA_INVALID) from None
    if json_flag:
        emit_json([])
    else:
        from aimeeting.model import SECTIONS

        count = sum(len(getattr(briefing, key)) for key in SECTIONS)
        write_stdout(f"valid: {count} items, {len(briefing.sources)} sources\n")


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
    file: Annotated[Path, typer.Argument(help="Where to write the new briefing.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a minimal valid briefing to fill in; never overwrites without --force.

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
    print_notice(f"aimeeting: wrote {display_name(file)}; edit it, then run aimeeting validate")


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
        print_error(f"{error.format_message()} (see 'aimeeting --help')")
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
