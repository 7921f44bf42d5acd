"""The Typer layer: parse, load, choose, call, exit. Rendering is in render/, the sections in
sections.py; heavy imports wait inside commands so --version and --help stay cheap."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from aimeeting import authoring
from aimeeting.cli_io import (
    _quiet_stdout,
    _safe_streams,
    completion_for_named_shell,
    copy_line,
    emit_json,
    load_chosen,
    print_error,
    print_welcome,
    real_streams,
    reports_errors,
    usage_line,
    write_stdout,
)
from aimeeting.cli_options import (
    AsOfOpt,
    BriefingOpt,
    CiteFormat,
    Color,
    ColorOpt,
    FormatOpt,
    HtmlOpt,
    JsonOpt,
    PagerOpt,
    SvgOpt,
    VersionOpt,
    complete_ids,
    complete_speakers,
    make_options,
    parse_day,
)
from aimeeting.errors import AimeetingError, ExitCode, NotFound
from aimeeting.sections import BY_COMMAND, SECTIONS
from aimeeting.sinks import stdio as streams

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing
    from aimeeting.output import Options

DEBUG_ENV = "AIMEETING_DEBUG"

app = typer.Typer(
    name="aimeeting",
    rich_markup_mode=None,  # plain Click help: no Rich import, no boxes, fast
    pretty_exceptions_enable=False,  # run() turns every failure into one line
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback(invoke_without_command=True)
def root(ctx: typer.Context, briefing: BriefingOpt = None, version: VersionOpt = False) -> None:
    """A fact sheet of an event from a sourced briefing: summary, timeline, outcomes,
    challenges, FAQ, quotes and sources, every item with its sources and caveats.
    The bundled briefing covers the March 2026 Tokyo ministerial meeting of the
    Hiroshima AI Process Friends Group.

    \b
    Examples:
      aimeeting facts
      aimeeting timeline --json | jq '.[].date'
      aimeeting search summit
      aimeeting faq who hosts the meeting
    """
    ctx.obj = briefing
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        print_welcome(ctx)
        raise typer.Exit(ExitCode.OK)


def show(briefing: Briefing, command: str, options: Options) -> None:
    from aimeeting.output import emit

    emit(briefing, BY_COMMAND[command], options, real_streams())


def _section_command(command: str) -> None:
    """Register a command that shows one section of the table (or, for facts, all)."""
    spec = BY_COMMAND[command]

    @reports_errors
    def run_section(
        ctx: typer.Context,
        json_flag: JsonOpt = False,
        fmt: FormatOpt = None,
        color: ColorOpt = Color.auto,
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
        typer.Argument(metavar="QUESTION", help="A question in your own words."),
    ] = None,
    json_flag: JsonOpt = False,
    fmt: FormatOpt = None,
    color: ColorOpt = Color.auto,
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Answer a question from the FAQ, or list every question and answer.

    Matched against each entry's question, other phrasings and answer, tolerating typos;
    with no confident match it answers nothing and exits 1.

    \b
    Examples:
      aimeeting faq
      aimeeting faq who hosts the meeting
      aimeeting faq "when was it?" --json
    """
    from aimeeting.answers.faq import best_match, nearest_questions

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
            hint = f" Nearest: {' | '.join(near)}" if near else ""  # questions end in '?'
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
            autocompletion=complete_speakers,
        ),
    ] = None,
    quote_id: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="Only the quote with this id.", autocompletion=complete_ids
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
    color: ColorOpt = Color.auto,
    as_of: AsOfOpt = None,
    export_svg: SvgOpt = None,
    export_html: HtmlOpt = None,
    pager: PagerOpt = None,
) -> None:
    """Show quotes with speaker, role, occasion, date, caveats and sources.

    Only a speaker's own words are in quotation marks; paraphrases and translations say so.

    \b
    Examples:
      aimeeting quotes --plain
      aimeeting quotes --speaker minister --copy
      aimeeting quotes --id ID --json
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
        from aimeeting.answers.cite import find_citation, plain_citation
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


@app.command()
@reports_errors
def cite(
    ctx: typer.Context,
    item_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The item's id.", autocompletion=complete_ids),
    ],
    fmt: Annotated[
        CiteFormat, typer.Option("--format", "-f", help="plain (one line), markdown or json.")
    ] = CiteFormat.plain,
    json_flag: JsonOpt = False,
    copy: Annotated[bool, typer.Option("--copy", help="Copy the line to the clipboard.")] = False,
    as_of: AsOfOpt = None,
) -> None:
    """Print one item as a paste-ready citation: its words, caveats and sources.

    Any key fact, timeline entry, outcome, challenge, FAQ entry, quote or person; ids
    are in --json output and in search hits. An unknown id exits 1 with the closest ids.

    \b
    Examples:
      aimeeting facts --json | jq -r '.quotes[].id'
      aimeeting cite ID --format markdown --copy
    """
    from aimeeting.answers import cite as citing
    from aimeeting.document import Context

    if json_flag and fmt is not CiteFormat.plain and fmt is not CiteFormat.json:
        raise typer.BadParameter("--json cannot be used with --format", ctx=ctx)
    fmt = CiteFormat.json if json_flag else fmt
    if fmt is CiteFormat.json and copy:
        raise typer.BadParameter("--copy cannot be used with --json", ctx=ctx)
    briefing = load_chosen(ctx)
    citation = citing.find_citation(
        Context.of(briefing, parse_day(as_of) or dt.date.today()), item_id
    )
    if fmt is CiteFormat.json:
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
        list[str], typer.Argument(metavar="WORDS", help="Words to find; every one must match.")
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
    color: ColorOpt = Color.auto,
) -> None:
    """Find words in every section, best matches first; exits 1 when nothing matches.

    A word in a title, question or label ranks above one in the text, a whole word above
    part of one. Each hit shows the matching fields around the words, and the item's
    caveat in full.

    \b
    Examples:
      aimeeting search summit
      aimeeting search prime minister --section quotes --section faq --limit 3
      aimeeting search ai safety --json | jq -r '.[].id'
    """
    from aimeeting.answers.search import find_hits, parse_query

    query = parse_query(" ".join(term), section or ())  # usage errors before any loading
    hits = find_hits(load_chosen(ctx), query)
    shown = hits[:limit]
    if json_flag:
        emit_json([hit.to_json() for hit in shown])  # [] on a miss, then exit 1
    if not hits:
        raise NotFound(f"no match for {query.describe()}")
    if json_flag:
        return
    from aimeeting.writers.console import make_console, print_pieces
    from aimeeting.writers.search_view import render_hits

    console = make_console(sys.stdout, color.value)
    print_pieces(console, render_hits(shown, total=len(hits)), write_stdout)


for _authoring in (authoring.validate, authoring.schema, authoring.init):
    app.command()(reports_errors(_authoring))


# ---------------------------------------------------------------- entry point


def run(argv: list[str] | None = None) -> int:
    """Run the app and return its exit code; every failure ends as one line on stderr."""
    streams.guard_standard_streams()
    _safe_streams()
    # Pydantic scans every package's entry points for plugins (~30 ms); we use none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    named = completion_for_named_shell(sys.argv[1:] if argv is None else argv)
    if named is not None:
        return named
    try:
        result = app(args=argv, prog_name="aimeeting", standalone_mode=False)
        streams.flush_stdout(reported=bool(result))  # a failure no one reported is 74
        return int(result) if isinstance(result, int) else ExitCode.OK
    except typer.TyperException as error:  # usage errors from the bundled Click
        print_error(usage_line(error))
        return int(getattr(error, "exit_code", ExitCode.USAGE))
    except AimeetingError as error:
        print_error(error.message)
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return ExitCode.BROKEN_PIPE
    except SystemExit:
        # Click exits 1 itself on a broken pipe while it parses (--help, --version).
        if streams.reader_gone():
            _quiet_stdout()
            return ExitCode.BROKEN_PIPE
        raise
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
