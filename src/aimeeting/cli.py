"""The Typer layer: parse, load, choose what to print, hand it to the output layer. The
section commands are all made by one factory from the table in sections.py; heavy imports
wait inside commands so --help stays cheap. Errors are raised, never turned into exits
here: aimeeting.app is the one boundary."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from aimeeting import helptext
from aimeeting.environment import BRIEFING_VAR, Environment
from aimeeting.errors import AimeetingError, NotFound, UsageError
from aimeeting.formats import Format
from aimeeting.options import (
    AS_OF,
    COLOR,
    JSON,
    PAGER,
    BriefingOpt,
    CiteFormat,
    Color,
    make_command,
    option,
    output_options,
    output_request,
    required,
    today,
)
from aimeeting.safetext import make_visible
from aimeeting.sections import BY_COMMAND, COMMANDS, SECTIONS, CommandSpec

if TYPE_CHECKING:
    import inspect

    from aimeeting.briefing.model import Briefing, TimelineEntry
    from aimeeting.output import Request, View


@dataclass
class Invocation:
    """What a command needs besides its own options: the environment (made by app.run)
    and the briefing the root options chose."""

    env: Environment
    briefing: str | None = None


def invocation(ctx: typer.Context) -> Invocation:
    found: Invocation = ctx.find_root().obj
    return found


def chosen_path(ctx: typer.Context) -> str | None:
    """The chosen briefing: --briefing, else $AIMEETING_BRIEFING; None: the bundled one."""
    root = ctx.find_root()
    chosen: str | None = root.obj.briefing
    if chosen is None:  # during completion the root callback has not run
        chosen = root.params.get("briefing")
    if chosen is None:  # an empty variable is unset, as in most programs
        chosen = invocation(ctx).env.vars.get(BRIEFING_VAR) or None
    if chosen == "":
        raise UsageError("--briefing is empty: name a briefing file, or '-' for standard input")
    return chosen


def briefing_file(ctx: typer.Context) -> str:
    """The file the briefing is read from ('-' for standard input)."""
    chosen = chosen_path(ctx)
    if chosen is not None:
        return chosen
    from aimeeting.briefing.bundled import bundled_briefing_path

    return str(bundled_briefing_path())


def load(ctx: typer.Context) -> Briefing:
    from aimeeting.briefing.load import load_briefing

    return load_briefing(chosen_path(ctx), invocation(ctx).env.stdin)


def _root_help() -> str:
    names = [spec.name if spec.name != "faq" else "FAQ" for spec in COMMANDS[1:]]
    return (
        f"A fact sheet of an event from a sourced briefing: {', '.join(names[:-1])} and "
        f"{names[-1]}, every item with its sources and caveats. The bundled briefing "
        "covers the March 2026 Tokyo ministerial meeting of the Hiroshima AI Process "
        "Friends Group.\n\n\b\nExamples:\n  aimeeting facts\n"
        "  aimeeting timeline --json | jq '.[].date'\n  aimeeting search summit\n"
        "  aimeeting faq who hosts the meeting\n"
    )


app = typer.Typer(
    name="aimeeting",
    cls=helptext.Group,  # help in whole words at any width
    rich_markup_mode=None,  # plain Click help: no Rich import, no boxes, fast
    pretty_exceptions_enable=False,  # aimeeting.app turns every failure into one line
    # Typer answers completion requests; the scripts that make them are ours
    # (aimeeting.completion), and never eval what comes back.
    context_settings={"help_option_names": ["-h", "--help"]},
)


def app_for(command: str | None) -> typer.Typer:
    """The app, with only ``command`` in it when that names one: Typer builds every
    command's parameters on each run, and one command needs only its own. Without a
    command (help, the welcome), with a misspelt one (Click suggests the right one) or
    answering a completion request, every command is there."""
    import copy

    from aimeeting.completion import COMPLETE_VAR

    chosen = [info for info in app.registered_commands if info.name == command]
    if not chosen or os.environ.get(COMPLETE_VAR):
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = chosen
    return narrowed


def register(
    name: str, doc: str, params: Sequence[inspect.Parameter], body: Callable[..., None]
) -> None:
    """Add a command: its help is ``doc``, whose first line is also its line in the list
    of commands (whole, never cut off with '...')."""
    app.command(name, cls=helptext.Command, short_help=doc.split("\n", 1)[0])(
        make_command(name, doc, params, body)
    )


def _root(
    ctx: typer.Context,
    briefing: BriefingOpt = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    # --version, --install-completion and --show-completion (which Typer adds, and which
    # take an optional shell name here) are answered by aimeeting.app before Typer runs.
    invocation(ctx).briefing = briefing
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        print_welcome(ctx)


_root.__doc__ = _root_help()
app.callback(invoke_without_command=True)(_root)


START = (
    ("facts", "the whole fact sheet"),
    ("summary", "the event, the summary and key facts"),
    ("faq QUESTION...", "an answer from the sheet, with sources"),
    ("search WORDS...", "every item that mentions them"),
    ("cite ID", "one item as a paste-ready citation"),
)


def print_welcome(ctx: typer.Context) -> None:
    """What `aimeeting` alone prints: the loaded event and the commands people start with,
    written for the briefing chosen (--briefing is repeated in them) and the screen's
    width (descriptions go under the commands when they would not fit beside them)."""
    import shlex
    import textwrap

    env = invocation(ctx).env
    failed: AimeetingError | None = None
    try:
        about = f"Briefing: {load(ctx).event.title}"
    except AimeetingError as error:
        about = "Briefing: cannot be loaded"
        failed = error
    chosen = invocation(ctx).briefing
    # The name as typed may hold terminal controls: shown escaped, like every error's.
    shown = make_visible(shlex.quote(chosen), keep_newlines=False) if chosen else ""
    program = f"aimeeting --briefing {shown}" if chosen else "aimeeting"
    commands = [(f"{program} {command}", words) for command, words in START]
    column = max(len(command) for command, _ in commands) + 2
    width = env.width
    lines = [*textwrap.wrap(make_visible(about, keep_newlines=False), width), "", "Start with:"]
    for command, words in commands:
        if 2 + column + len(words) <= width:
            lines.append(f"  {command:<{column}}{words}")
        else:
            lines += helptext.continued("  " + command, width)  # still pastes whole
            lines += textwrap.wrap(
                words, width, initial_indent="      ", subsequent_indent="      "
            )
    every = f"Every command: {program} --help"
    lines += ["", every] if len(every) <= width else ["", "Every command:"]
    lines += [] if len(every) <= width else helptext.continued(f"  {program} --help", width)
    env.stdout.write_text("\n".join(lines) + "\n")
    if failed is not None:
        # Still a start for whoever typed it; for a script, the error it is (one line on
        # stderr, the briefing's exit code).
        raise failed


def usage_line(error: typer.TyperException) -> str:
    """Click's message and where to look. Typer checks option values with Pydantic and
    passes on its "Value error, " prefix, which tells a reader nothing."""
    message = error.format_message().replace(": Value error, ", ": ", 1)
    typed, offered = getattr(error, "option_name", None), getattr(error, "possibilities", None)
    if typed and offered:  # an unknown option: the nearest by slips people make, not difflib's
        from aimeeting.closest import closest

        near = closest(typed, sorted(offered)) or sorted(offered)
        message = f"No such option: {typed} (did you mean {' or '.join(near)}?)"
    context = getattr(error, "ctx", None)
    path = context.command_path if context is not None else "aimeeting"
    return f"{message} (see '{path} --help')"


# ---------------------------------------------------------------- completion values


def complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Item ids of the briefing the command line names."""
    from aimeeting.answers.cite import citable_ids
    from aimeeting.completion import complete_from
    from aimeeting.document import Context

    try:
        briefing = load(ctx)
    except AimeetingError:
        return []
    ids = citable_ids(Context.of(briefing, invocation(ctx).env.today))
    return [found for found in complete_from(ids, incomplete) if found.startswith(incomplete)]


def complete_speakers(ctx: typer.Context, incomplete: str) -> list[str]:
    """Words of the speakers' names (--speaker matches any part of a name)."""
    from aimeeting.completion import complete_from

    try:
        briefing = load(ctx)
    except AimeetingError:
        return []
    return complete_from((quote.speaker for quote in briefing.quotes), incomplete)


# ---------------------------------------------------------------- the section commands

Chooser = Callable[..., "View"]
"""What a section command prints, from the briefing, the request and its own options."""


def sheet_view(briefing: Briefing, spec: CommandSpec, request: Request) -> View:
    from aimeeting.document import Context, build_sheet
    from aimeeting.output import View

    def data() -> Any:
        if spec.name == "facts":
            return briefing  # the whole briefing: straight from pydantic-core
        if spec.json_key is not None:
            return briefing.model_dump(mode="json", include={spec.json_key})[spec.json_key]
        return briefing.model_dump(mode="json", include=set(spec.keys))

    return View(
        lambda: build_sheet(
            Context.of(briefing, request.today, request.relative), spec.keys, spec.all_sources
        ),
        data,
        briefing.checked,
    )


def section_command(
    spec: CommandSpec,
    own: Sequence[inspect.Parameter] = (),
    choose: Chooser | None = None,
    doc: str | None = None,
) -> None:
    """Register the command that shows ``spec``'s sections: its own parameters, then the
    shared output options; ``choose`` picks what to print (default: the sections whole)."""

    def body(ctx: typer.Context, **given: Any) -> None:
        from aimeeting.output import emit

        mine = {param.name: given.pop(param.name) for param in own}
        flags = {name: mine[name] for name in ("plain", "copy") if name in mine}
        env = invocation(ctx).env
        request = output_request(ctx, env, briefing_file(ctx), **given, **flags)
        briefing = load(ctx)
        try:
            view = (
                choose(briefing, request, **mine) if choose else sheet_view(briefing, spec, request)
            )
        except NotFound:
            if request.format is Format.json:
                env.stdout.write_text("[]\n")  # scripts get an empty list, and exit 1
            raise
        emit(view, request, env)

    text = doc or f"{spec.help}\n\n\b\nExample:\n  {spec.example}\n"
    params = [*own, *output_options(spec.formats)]
    register(spec.name, text, params, body)


def choose_faq(briefing: Briefing, request: Request, question: list[str] | None) -> View:
    """The FAQ, or the item of the whole sheet that answers the question (every item of a
    section the question asks for whole), shown in its own section with its id; on a miss,
    the closest items, so that `cite ID` is next."""
    from aimeeting.answers.faq import answers, nearest
    from aimeeting.answers.faq.words import word_tokens
    from aimeeting.document import Context, build_answer
    from aimeeting.output import View

    if not question:
        return sheet_view(briefing, BY_COMMAND["faq"], request)
    asked = " ".join(question)
    if not word_tokens(asked):  # blank, or only marks, invisible characters, escape codes
        raise UsageError("nothing to ask: give a question, or none for the whole FAQ")
    found = answers(asked, briefing)
    if not found:
        closest = nearest(asked, briefing)
        raise NotFound(
            "the sheet has no sure answer to that"
            + (
                "; closest items (see them with 'aimeeting cite ID'):"
                if closest
                else "; try 'aimeeting search WORDS'"
            ),
            lines=item_previews(briefing, request, [(f.section, f.item_id) for f in closest]),
        )
    section = found[0].section  # one item, or the items of one section
    ids = {f.item_id for f in found}
    items = [item for item in getattr(briefing, section) if item.id in ids]
    ctx = Context.of(briefing, request.today, request.relative)
    return View(
        lambda: build_answer(ctx, section, ids),
        lambda: [{"section": section, **item.model_dump(mode="json")} for item in items],
        briefing.checked,
    )


def item_previews(
    briefing: Briefing, request: Request, wanted: Sequence[tuple[str, str]]
) -> tuple[str, ...]:
    """'ID  Section: what it says' for each (section, id), on one short line."""
    from aimeeting.document import Context, every_entry
    from aimeeting.writers.citation import statement

    ctx = Context.of(briefing, request.today, request.relative)
    entries = {(s.key, e.id): (s, e) for s, e in every_entry(ctx)}
    lines = []
    for key in wanted:
        section, entry = entries[key]
        words = " ".join(statement(entry).split())
        words = words if len(words) <= PREVIEW else words[: PREVIEW - 1].rstrip() + "\u2026"
        lines.append(f"{entry.id}  {section.title}: {words}")
    return tuple(lines)


PREVIEW = 72
"""How much of an item a miss shows: enough to recognise it, on one line."""


def choose_quotes(
    briefing: Briefing,
    request: Request,
    speaker: str | None,
    quote_id: str | None,
    plain: bool,
    copy: bool,
) -> View:
    from aimeeting.document import Context, build_citations
    from aimeeting.output import View
    from aimeeting.safetext import folded

    if speaker is not None and not speaker.strip():
        raise UsageError("--speaker is empty: give part of a speaker's name")
    if quote_id is not None and not quote_id.strip():
        raise UsageError("--id is empty: give a quote's id (aimeeting quotes --ids lists them)")
    wanted = folded(speaker) if speaker is not None else None
    chosen = [
        quote
        for quote in briefing.quotes
        if (wanted is None or wanted in folded(quote.speaker))
        and (quote_id is None or quote.id == quote_id)
    ]
    if not chosen:
        raise NotFound("no quote matches that speaker or id")
    notice = None
    if copy and len(chosen) > 1:
        # One line goes on the clipboard: the first of the speaker's own words, and say so.
        verbatim = [quote for quote in chosen if quote.verbatim]
        pick = verbatim[0] if verbatim else chosen[0]
        others = ", ".join(quote.id for quote in chosen if quote is not pick)
        notice = (
            f"{len(chosen)} quotes match; copying {pick.id}"
            + (" (the first in the speaker's own words)" if verbatim else "")
            + f"; the others are {others}: choose one with --id"
        )
        chosen = [pick]
    selected = briefing.model_copy(update={"quotes": chosen})
    if not (plain or copy):
        return sheet_view(selected, BY_COMMAND["quotes"], request)
    ctx = Context.of(selected, request.today, relative=False)
    ids = [quote.id for quote in chosen]
    return View(lambda: build_citations(ctx, "quotes", ids), lambda: None, briefing.checked, notice)


ABOUT_SLACK = {4: 366, 7: 31, 10: 7}
"""How far either side an "about" date may be, in days, by how precise it is (YYYY,
YYYY-MM, YYYY-MM-DD)."""


def choose_timeline(
    briefing: Briefing, request: Request, since: str | None, until: str | None
) -> View:
    """The timeline, or the entries whose dates may fall between --since and --until."""
    from aimeeting.briefing.dates import first_day, last_day, problem_with

    spec = BY_COMMAND["timeline"]
    if since is None and until is None:
        return sheet_view(briefing, spec, request)
    for name, value in (("--since", since), ("--until", until)):
        problem = problem_with(value) if value is not None else None
        if problem is not None:
            raise typer.BadParameter(make_visible(problem), param_hint=name)
    low = first_day(since) if since else None
    high = last_day(until) if until else None
    if low and high and high < low:
        raise typer.BadParameter(f"{until} is before {since}", param_hint="--until")

    def may_fall_between(entry: TimelineEntry) -> bool:
        # A partial date ("2027") may mean any day it covers; "before" a date any day
        # until the one before it, "by" a date any day up to its end, "after" any day from
        # the next; "about" a date a little either side (a week, a month or a year, as
        # precise as the date is): kept if any of those days could fall in the span.
        assert entry.date is not None
        first, last = first_day(entry.date), last_day(entry.end or entry.date)
        if entry.date_qualifier in ("before", "by"):
            first = dt.date.min
            if entry.date_qualifier == "before":
                last = first_day(entry.date) - dt.timedelta(days=1)
        elif entry.date_qualifier == "after":
            first, last = last + dt.timedelta(days=1), dt.date.max
        elif entry.date_qualifier == "about":
            slack = dt.timedelta(days=ABOUT_SLACK[len(entry.date)])
            first, last = first - slack, last + slack
        return (low is None or last >= low) and (high is None or first <= high)

    dated = [entry for entry in briefing.timeline if entry.date is not None]
    chosen = [entry for entry in dated if may_fall_between(entry)]
    if not chosen:
        raise NotFound("no timeline entry may fall between those dates")
    view = sheet_view(briefing.model_copy(update={"timeline": chosen}), spec, request)
    undated = len(briefing.timeline) - len(dated)
    if not undated:
        return view
    entries = "1 undated entry is" if undated == 1 else f"{undated} undated entries are"
    them = "it" if undated == 1 else "them"
    return view._replace(notice=f"{entries} not shown: nothing places {them} between those dates")


QUESTION = option(
    "question",
    Annotated[list[str] | None, typer.Argument(metavar="QUESTION", hidden=True)],
)
QUOTE_OPTIONS = (
    option(
        "speaker",
        Annotated[
            str | None,
            typer.Option(
                "--speaker",
                metavar="NAME",
                help="Only quotes whose speaker contains NAME.",
                autocompletion=complete_speakers,
            ),
        ],
    ),
    option(
        "quote_id",
        Annotated[
            str | None,
            typer.Option(
                "--id",
                metavar="ID",
                help="Only the quote with this id.",
                autocompletion=complete_ids,
            ),
        ],
    ),
    option(
        "plain",
        Annotated[
            bool,
            typer.Option(
                "--plain", help="One paste-ready line per quote, with caveats and sources."
            ),
        ],
        False,
    ),
    option(
        "copy",
        Annotated[bool, typer.Option("--copy", help="Copy the chosen quote's paste-ready line.")],
        False,
    ),
)
SINCE_UNTIL = (
    option(
        "since",
        Annotated[
            str | None,
            typer.Option(
                "--since",
                metavar="DATE",
                help="Only entries that may fall on or after DATE (YYYY, YYYY-MM or "
                "YYYY-MM-DD; an entry dated '2027' is kept for --since 2027-06, and one "
                "dated 'about' a day, month or year counts a week, month or year either side).",
            ),
        ],
    ),
    option(
        "until",
        Annotated[
            str | None,
            typer.Option(
                "--until", metavar="DATE", help="Only entries that may fall on or before DATE."
            ),
        ],
    ),
)
OWN: dict[str, tuple[tuple[inspect.Parameter, ...], Chooser, str]] = {
    "timeline": (
        SINCE_UNTIL,
        choose_timeline,
        f"{BY_COMMAND['timeline'].help}\n\n"
        "--since and --until keep the entries whose dates may fall between them, planned "
        "ones included; undated entries are left out (stderr says how many).\n\n\b\n"
        "Examples:\n  aimeeting timeline --since 2026 --until 2026-06\n"
        "  aimeeting timeline --format svg > timeline.svg\n",
    ),
    "faq": (
        (QUESTION,),
        choose_faq,
        f"{BY_COMMAND['faq'].help}\n\n"
        "QUESTION is in your own words. The answer is an FAQ entry, or else the key fact, "
        "timeline entry, outcome, challenge, person or quote that answers it, shown with "
        "its id, caveats and sources; typos are tolerated. A question for a whole section "
        '("what are the main challenges") gets each of its items, with their statuses. '
        "With no sure answer it answers nothing, names the closest items and exits 1; an "
        "answer can still be wrong, so check the item it cites.\n\n\b\nExamples:\n"
        "  aimeeting faq\n"
        '  aimeeting faq who hosts the meeting\n  aimeeting faq "when was it?" --json\n',
    ),
    "quotes": (
        QUOTE_OPTIONS,
        choose_quotes,
        f"{BY_COMMAND['quotes'].help}\n\n"
        "Only a speaker's own words are in quotation marks; paraphrases and translations "
        "say so.\n\n\b\nExamples:\n  aimeeting quotes --plain\n"
        "  aimeeting quotes --speaker NAME --copy\n  aimeeting quotes --id ID --json\n",
    ),
}

for _spec in COMMANDS:
    _own, _choose, _doc = OWN.get(_spec.name, ((), None, None))
    section_command(_spec, _own, _choose, _doc)


# ---------------------------------------------------------------- the fact box


def _factbox(ctx: typer.Context, **given: Any) -> None:
    from aimeeting.document import Context, build_factbox
    from aimeeting.output import View, emit
    from aimeeting.writers.citation import factbox_data

    env = invocation(ctx).env
    request = output_request(ctx, env, briefing_file(ctx), **given)
    briefing = load(ctx)
    # A fact box is for publishing: its time words never go stale.
    document = build_factbox(Context.of(briefing, request.today, relative=False))
    emit(View(lambda: document, lambda: factbox_data(document), briefing.checked), request, env)


register(
    "factbox",
    "Show a short fact box for an article: the event, when, where, who took part, the "
    "outcome and the organiser, with every caveat and the sources.\n\n\b\nExamples:\n"
    "  aimeeting factbox --format markdown\n  aimeeting factbox --format html --fragment\n",
    output_options(),
    _factbox,
)


# ---------------------------------------------------------------- cite and search


def _cite(
    ctx: typer.Context,
    item: list[str],
    fmt: CiteFormat,
    json_flag: bool,
    copy: bool,
    fragment: bool,
    as_of: str | None,
    pager: bool | None,
) -> None:
    from aimeeting.answers.cite import find_citation
    from aimeeting.document import Context
    from aimeeting.output import Request, View, emit
    from aimeeting.writers.citation import citation_data

    if json_flag and fmt not in (CiteFormat.text, CiteFormat.plain, CiteFormat.json):
        raise typer.BadParameter("--json cannot be used with --format", ctx=ctx)
    output = Format.json if json_flag or fmt is CiteFormat.json else Format.text
    output = {CiteFormat.markdown: Format.markdown, CiteFormat.html: Format.html}.get(fmt, output)
    if output is Format.json and copy:
        raise typer.BadParameter("--copy cannot be used with --json", ctx=ctx)
    env = invocation(ctx).env
    day, given = today(as_of, env)
    briefing = load(ctx)
    document = find_citation(Context.of(briefing, day, relative=False), item)
    # A citation in HTML is always a fragment: a line to paste into a page.
    request = Request(
        today=day,
        format=output,
        as_of_given=given,
        copy=copy,
        fragment=output is Format.html,
        pager=pager,
    )
    emit(View(lambda: document, lambda: citation_data(document), briefing.checked), request, env)


register(
    "cite",
    "Print one item as a paste-ready citation: its words, caveats and sources.\n\n"
    "ID is any key fact, timeline entry, outcome, challenge, FAQ entry, quote or "
    "person (every view shows ids with --ids), or WORDS that name one item; words "
    "that match several items list them with their ids and exit 1, as an unknown id "
    "does.\n\n\b\nExamples:\n  aimeeting cite ID --format markdown --copy\n"
    "  aimeeting cite action plan\n  aimeeting cite ID --format html\n",
    [
        required(
            "item",
            Annotated[
                list[str],
                typer.Argument(metavar="ID|WORDS", hidden=True, autocompletion=complete_ids),
            ],
        ),
        option(
            "fmt",
            Annotated[
                CiteFormat,
                typer.Option(
                    "--format",
                    "-f",
                    help="text (one line; wrapped on a terminal; 'plain' is the same), "
                    "markdown, html (a fragment to paste into a page) or json.",
                ),
            ],
            CiteFormat.text,
        ),
        JSON,
        option(
            "copy",
            Annotated[bool, typer.Option("--copy", help="Copy the line to the clipboard.")],
            False,
        ),
        option(
            "fragment",
            Annotated[
                bool,
                typer.Option("--fragment", help="Accepted with --format html, which is one."),
            ],
            False,
        ),
        AS_OF,
        PAGER,
    ],
    _cite,
)


def _search(
    ctx: typer.Context,
    term: list[str],
    section: list[str] | None,
    limit: int | None,
    json_flag: bool,
    color: Color,
    as_of: str | None,
) -> None:
    from aimeeting.answers.search import find_hits, hits_document, parse_query
    from aimeeting.output import Request, View, emit

    query = parse_query(" ".join(term), section or ())  # usage errors before any loading
    env = invocation(ctx).env
    day, given = today(as_of, env)
    briefing = load(ctx)
    hits = find_hits(briefing, query, day)
    shown = hits[:limit]
    if not hits:
        if json_flag:
            env.stdout.write_text("[]\n")
        raise NotFound(f"no match for {query.describe()}")
    request = Request(
        today=day,
        format=Format.json if json_flag else Format.text,
        color=color.value,
        as_of_given=given,
        pager=False,
    )
    emit(
        View(
            lambda: hits_document(briefing, shown, len(hits)),
            lambda: [hit.to_json() for hit in shown],
            briefing.checked,
        ),
        request,
        env,
    )


register(
    "search",
    "Find words in every section, best matches first; exits 1 when nothing matches.\n\n"
    "WORDS must all match, case and accents aside. A word in a title, question or label "
    "ranks above one in the text, a whole word above part of one. Each hit shows the "
    "matching fields around the words, the item's caveats in full and the numbers of its "
    "sources, as 'aimeeting sources' lists them.\n\n\b\nExamples:\n"
    "  aimeeting search summit\n"
    "  aimeeting search prime minister --section quotes --section faq --limit 3\n"
    "  aimeeting search ai safety --json | jq -r '.[].id'\n",
    [
        required("term", Annotated[list[str], typer.Argument(metavar="WORDS", hidden=True)]),
        option(
            "section",
            Annotated[
                list[str] | None,
                typer.Option(
                    "--section",
                    metavar="NAME",
                    help="Only this section (repeatable): "
                    + ", ".join(spec.name for spec in SECTIONS)
                    + ".",
                ),
            ],
        ),
        option(
            "limit",
            Annotated[
                int | None,
                typer.Option("--limit", min=1, metavar="N", help="Show only the N best hits."),
            ],
        ),
        JSON,
        COLOR,
        AS_OF,
    ],
    _search,
)


# ---------------------------------------------------------------- for authors


def _validate(ctx: typer.Context, path: str | None, strict: bool, json_flag: bool) -> None:
    from aimeeting.authoring import validate

    chosen = path if path is not None else chosen_path(ctx)
    validate(chosen, strict, json_flag, invocation(ctx).env)


def _schema(ctx: typer.Context) -> None:
    from aimeeting.authoring import schema

    schema(invocation(ctx).env)


def _upgrade(ctx: typer.Context, path: str, output: Path | None, force: bool) -> None:
    from aimeeting.authoring import upgrade

    upgrade(path, output, force, invocation(ctx).env)


def _init(ctx: typer.Context, file: str, force: bool) -> None:
    from aimeeting.authoring import init

    init(file, force, invocation(ctx).env)


register(
    "validate",
    "Check a briefing and report every problem with its path, line and column.\n\n"
    "PATH is the briefing to check ('-' for standard input; default: the chosen one). "
    "Errors make it invalid; warnings are doubts (a timeline out of order, a source "
    "never cited ...) that --strict turns into errors. Exit codes: 0 valid, 65 invalid "
    "data, 66 file missing or unreadable.\n\n\b\nExamples:\n"
    "  aimeeting validate my-briefing.json\n"
    "  aimeeting validate --strict my-briefing.json --json | jq '.[].path'\n",
    [
        option("path", Annotated[str | None, typer.Argument(metavar="PATH", hidden=True)]),
        option(
            "strict",
            Annotated[bool, typer.Option("--strict", help="Treat warnings (doubts) as errors.")],
            False,
        ),
        option(
            "json_flag",
            Annotated[bool, typer.Option("--json", help="Problems as a JSON list.")],
            False,
        ),
    ],
    _validate,
)
register(
    "schema",
    "Print the JSON Schema (draft 2020-12) of the briefing format.\n\n\b\nExample:\n"
    "  aimeeting schema > briefing.schema.json\n",
    [],
    _schema,
)
register(
    "init",
    "Write a skeleton briefing to fill in; never overwrites without --force.\n\n"
    "FILE is where to write it ('-' for standard output). Every section has one example "
    "item showing every "
    "optional key; 'validate' refuses the '<...>' placeholders until each is "
    "replaced.\n\n\b\nExample:\n  aimeeting init next-summit.json && aimeeting validate "
    "next-summit.json\n",
    [
        # A str, not a Path: a Path would drop the '/' that says the name is a folder.
        required("file", Annotated[str, typer.Argument(metavar="FILE", hidden=True)]),
        option(
            "force",
            Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")],
            False,
        ),
    ],
    _init,
)
register(
    "upgrade",
    "Write a briefing of an older format (version 1) in the current one.\n\n"
    "PATH is the briefing ('-' for standard input, with --output). It is replaced only "
    "with --force; --output writes elsewhere. What moved and what was guessed (a "
    "quote's language, from its script) is said on stderr; guesses that need the "
    "author are left as '<...>' placeholders that 'validate' refuses until filled "
    "in.\n\n\b\nExample:\n  aimeeting upgrade old.json --output new.json && aimeeting "
    "validate --strict new.json\n",
    [
        required("path", Annotated[str, typer.Argument(metavar="PATH", hidden=True)]),
        option(
            "output",
            Annotated[
                Path | None,
                typer.Option(
                    "--output", "-o", metavar="FILE", help="Write here instead ('-': stdout)."
                ),
            ],
        ),
        option(
            "force",
            Annotated[bool, typer.Option("--force", help="Replace an existing file.")],
            False,
        ),
    ],
    _upgrade,
)
