"""The output layer: something to print (a view) and how to print it (a request) in; the
chosen writer's text out to its sink: stdout, the pager, a file or the clipboard. Writers
never know where their text goes, and nothing else in aimeeting writes output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from aimeeting.document import Document
from aimeeting.environment import Environment
from aimeeting.formats import PLAIN, ColorChoice, Format, writer_for
from aimeeting.safetext import display_name

STALE_AFTER_DAYS = 90


class Request(NamedTuple):
    """How to print: the output options a command was given."""

    today: dt.date
    format: Format = Format.text
    color: ColorChoice = "auto"
    as_of_given: bool = False  # today was set by --as-of, not the clock
    export_svg: str | None = None
    export_html: str | None = None
    pager: bool | None = None  # None: page on a terminal when taller than the screen
    copy: bool = False
    plain: bool = False  # one paste-ready line per item, even on a terminal
    reads: str | None = None  # the briefing file read, which no export may replace
    fragment: bool = False  # HTML to paste into a page, not a page
    ids: bool = False  # show each item's id

    @property
    def relative(self) -> bool:
        """Whether time may be said relative to today ("ended 12 days ago"): only on a
        screen, never in what is pasted, published or exported."""
        exported = self.export_html is not None or self.export_svg is not None
        return self.format is Format.text and not (self.plain or self.copy or exported)


class View(NamedTuple):
    """What to print: its document and its data (what --json prints), each made only if
    asked for, and the day its facts were checked (for the staleness warning)."""

    document: Callable[[], Document]
    data: Callable[[], Any]
    checked: str | None = None  # the briefing's day, for the staleness warning
    notice: str | None = None  # one line for stderr about what is not shown


def emit(view: View, request: Request, env: Environment) -> None:
    """Print ``view`` as ``request`` asks: JSON, an export, the clipboard or text."""
    if view.notice is not None and not request.copy:
        env.stderr.error(view.notice)
    if request.format is Format.json:
        write_pieces(writer_for(Format.json)(view.data()), env)
        return
    if view.checked is not None and not request.copy:
        warn_if_stale(view.checked, request, env)
    document = view.document()
    if request.ids:
        document = document.with_ids()
    if request.export_svg is not None or request.export_html is not None:
        export(document, request, env)
    elif request.copy:
        # The notice after the copy worked (a copy that fails says so in one line), and
        # before the line that says it did
        copy(document, request, env, view.notice)
        if view.checked is not None:
            warn_if_stale(view.checked, request, env)
    elif request.format is Format.text:
        print_text(document, request, env)
    else:
        name = "html-fragment" if request.fragment else request.format
        write_pieces(writer_for(name)(document), env)


def write_pieces(pieces: Iterable[str], env: Environment, flush_at: int = 1 << 16) -> None:
    """Write text as it is made, in blocks of about ``flush_at`` characters."""
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= flush_at:
            env.stdout.write_text("".join(buffer))
            buffer, size = [], 0
    if buffer:
        env.stdout.write_text("".join(buffer))


def warn_if_stale(checked: str, request: Request, env: Environment) -> None:
    """Say when the facts are old for the day, or newer than an --as-of day before them."""
    checked_day = dt.date.fromisoformat(checked)
    if request.as_of_given and request.today < checked_day:
        env.stderr.error(
            f"note: {request.today.isoformat()} is treated as today, but the facts "
            f"are those checked on {checked}: later events are still listed"
        )
    age = (request.today - checked_day).days
    if age > STALE_AFTER_DAYS:
        env.stderr.error(
            f"warning: these facts were last checked on {checked}, "
            f"{age} days before {request.today.isoformat()}; newer events may be missing"
        )


def print_text(document: Document, request: Request, env: Environment) -> None:
    """Text for people: through the pager on a terminal when taller than the screen.

    Pieces are written one at a time, so memory stays bounded by the largest piece; only
    output bound for the pager is gathered whole (its height decides).
    """
    style = PLAIN._replace(width=env.width) if request.plain else env.text_style(request.color)
    pieces = writer_for(Format.text)(document, style)
    if request.plain or request.pager is False or not env.may_page() or not env.pager_command():
        write_pieces(pieces, env)
        return
    from aimeeting.sinks.pager import page

    text = "".join(pieces)
    if (request.pager or text.count("\n") > env.height) and page(text, env):
        return
    env.stdout.write_text(text)


def export(document: Document, request: Request, env: Environment) -> None:
    """Write the page as HTML and the terminal rendering as SVG, each atomically, after
    checking that neither would replace the briefing or the other."""
    from aimeeting.errors import UsageError
    from aimeeting.sinks.atomic import refuse_same_files, write_atomic

    wanted = ((request.export_html, Format.html), (request.export_svg, "terminal-svg"))
    exports = [(path, name) for path, name in wanted if path is not None]
    for path, name in exports:
        if path == "-":  # '-' means standard output elsewhere; an export is always a file
            option, instead = (
                ("--export-html", "; to print the page, use --format html")
                if name is Format.html
                else ("--export-svg", "")
            )
            raise UsageError(f"{option} -: an export is written to a file: name one{instead}")
    refuse_same_files([path for path, _ in exports], request.reads)
    for path, name in exports:
        write_atomic(path, "".join(writer_for(name)(document)).encode("utf-8"))
        env.stderr.error(f"wrote {display_name(path)}")


def copy(document: Document, request: Request, env: Environment, notice: str | None) -> None:
    """Put the document's text in the chosen format (a citation: one line) on the clipboard."""
    from aimeeting.sinks.clipboard import copy_text

    style = (PLAIN,) if request.format is Format.text else ()
    text = "".join(writer_for(request.format)(document, *style)).rstrip("\n")
    how = copy_text(text, env)
    if notice is not None:
        env.stderr.error(notice)
    entry = document.sections[0].entries[0] if document.sections else None
    what = entry.id if entry is not None and entry.id else "the text"
    env.stderr.error(f"copied {what} with {how}: {text}")
