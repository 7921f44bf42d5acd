"""The output pipeline: a briefing, a selection and the output options in; the chosen format
out to stdout, an export file or the pager. The CLI hands it the streams (an injectable
environment), so it never touches sys.* itself and never exits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from aimeeting.formats import Format, writer_for

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing
    from aimeeting.document import Document
    from aimeeting.writers.console import ColorChoice
from aimeeting.safetext import display_name
from aimeeting.sections import SectionSpec, build

STALE_AFTER_DAYS = 90
DEFAULT_PAGER = "less -FRX"


class Options(NamedTuple):
    """The output options every section command shares."""

    format: Format = Format.text
    color: ColorChoice = "auto"
    today: dt.date = dt.date(2000, 1, 1)
    export_svg: Path | None = None
    export_html: Path | None = None
    pager: bool | None = None  # None: page on a terminal when taller than the screen
    as_of_given: bool = False  # today was set by --as-of, not the clock


class Streams(NamedTuple):
    """Where output goes; the CLI builds it from the real streams, tests from buffers."""

    stdout: IO[str]
    write: Callable[[bytes], None]  # data to stdout, as UTF-8 bytes
    notice: Callable[[str], None]  # one line to stderr
    env: Mapping[str, str]


def emit(briefing: Briefing, spec: SectionSpec, options: Options, streams: Streams) -> None:
    """Print ``spec``'s part of ``briefing`` in the chosen format, or export it."""
    if options.format is Format.json:
        if spec.command == "facts":  # the whole briefing: straight from pydantic-core
            from aimeeting.writers.jsonout import dump_briefing_json

            streams.write(dump_briefing_json(briefing))
        else:
            from aimeeting.writers.jsonout import dump_json

            streams.write(dump_json(spec.json(briefing)).encode("utf-8"))
        return
    warn_if_stale(briefing, options, streams)
    from aimeeting.document import Context  # not needed on the JSON path

    document = build(spec, Context.of(briefing, options.today))
    if options.export_svg or options.export_html:
        export(document, options, streams)
        return
    writer = writer_for(options.format)
    if writer is not None:
        write_pieces(writer(document), streams)
        return
    print_text(document, options, streams)


def write_pieces(pieces: Iterable[str], streams: Streams, flush_at: int = 1 << 16) -> None:
    """Write text as it is made, in blocks of about ``flush_at`` characters."""
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= flush_at:
            streams.write("".join(buffer).encode("utf-8"))
            buffer, size = [], 0
    if buffer:
        streams.write("".join(buffer).encode("utf-8"))


def warn_if_stale(briefing: Briefing, options: Options, streams: Streams) -> None:
    """Say when the facts are old for the day, or newer than an --as-of day before them."""
    checked = dt.date.fromisoformat(briefing.checked)
    if options.as_of_given and options.today < checked:
        streams.notice(
            f"aimeeting: note: {options.today.isoformat()} is treated as today, but the facts "
            f"are those checked on {briefing.checked}: later events are still listed"
        )
    age = (options.today - checked).days
    if age > STALE_AFTER_DAYS:
        streams.notice(
            f"aimeeting: warning: these facts were last checked on {briefing.checked}, "
            f"{age} days before {options.today.isoformat()}; newer events may be missing"
        )


def print_text(document: Document, options: Options, streams: Streams) -> None:
    """Rich on a terminal (through the pager when taller than the screen), plain in a pipe.

    Pieces are rendered and written one at a time, so memory stays bounded by the largest
    piece; only output bound for the pager is gathered whole (its height decides).
    """
    from aimeeting.writers.console import flatten_groups, is_plain, make_console
    from aimeeting.writers.terminal import render_document

    console = make_console(streams.stdout, options.color, streams.env)
    plain = is_plain(console, streams.env)
    pieces = (
        part
        for piece in render_document(document, plain, console.width)
        for part in flatten_groups(piece)
    )
    if not console.is_terminal:
        for piece in pieces:
            # Rich pads lines to the width; pipes and files get them without the padding.
            with console.capture() as capture:
                console.print(piece, crop=False)
            text = "\n".join(line.rstrip() for line in capture.get().split("\n"))
            streams.write(text.encode("utf-8"))
        return
    # Only a real terminal gets a pager (--color always into a pipe is still a pipe), and
    # not a dumb one, where less stops to ask for RETURN.
    if options.pager is False or not streams.stdout.isatty() or plain:
        for piece in pieces:
            console.print(piece, crop=False)
        return
    with console.capture() as capture:
        for piece in pieces:
            console.print(piece, crop=False)
    text = capture.get()
    if (options.pager or text.count("\n") > console.height) and page(text, streams):
        return
    streams.write(text.encode("utf-8"))


def pager_command(env: Mapping[str, str]) -> str:
    """Like git: $AIMEETING_PAGER, then $PAGER, then less -FRX; empty or 'cat' means none."""
    for name in ("AIMEETING_PAGER", "PAGER"):
        if name in env:
            command = env[name].strip()
            break
    else:
        command = DEFAULT_PAGER
    return "" if command in ("", "cat") else command


def _program_of(command: str) -> str | None:
    """The program a pager setting runs (its first word), to check it exists first."""
    import shlex

    try:
        words = shlex.split(command)
    except ValueError:
        return None
    return words[0] if words else None


_CANNOT_RUN = {126, 127}  # the shell's codes for "not executable" and "not found"


def page(text: str, streams: Streams) -> bool:
    """Send ``text`` through the pager; False (after one notice) when it cannot start, so
    that the caller prints it directly instead of losing it."""
    import contextlib
    import shutil
    import subprocess

    command = pager_command(streams.env)
    if not command:
        return False
    program = _program_of(command)
    if program is None or shutil.which(program, path=streams.env.get("PATH")) is None:
        streams.notice(
            f"aimeeting: cannot start the pager {display_name(command)!r} (not found); "
            "printing directly"
        )
        return False
    env = dict(streams.env)
    env.setdefault("LESS", "FRX")  # quit if one screen, keep colours, leave text on screen
    try:
        # Through the shell, as git and gh do: a pager setting may hold options and pipes.
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        streams.notice(f"aimeeting: cannot start the pager ({reason}); printing directly")
        return False
    assert process.stdin is not None
    with contextlib.suppress(OSError):  # a reader who quits the pager early is fine
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
    status = process.wait()
    if status in _CANNOT_RUN:
        streams.notice(
            f"aimeeting: cannot start the pager {display_name(command)!r}; printing directly"
        )
        return False
    if 0 < status < 128:
        # A pager quits with 0 when its reader is done; a failure (a bad option, a pager
        # that cannot open the terminal) may have shown nothing, so print it rather than
        # risk losing it. A pager killed by a signal was stopped by its reader: the shell
        # reports that as 128 + the signal's number (and Python as a negative status).
        streams.notice(
            f"aimeeting: the pager {display_name(command)!r} failed (exit {status}); "
            "printing directly"
        )
        return False
    return True


def export(document: Document, options: Options, streams: Streams) -> None:
    """Write the page as HTML and the terminal rendering as SVG, each atomically."""
    from aimeeting.sinks.atomic import write_atomic

    if options.export_html:
        from aimeeting.writers.html import render_html

        write_atomic(options.export_html, render_html(document).encode("utf-8"))
        streams.notice(f"aimeeting: wrote {display_name(options.export_html)}")
    if options.export_svg:
        write_atomic(options.export_svg, render_svg(document).encode("utf-8"))
        streams.notice(f"aimeeting: wrote {display_name(options.export_svg)}")


def render_svg(document: Document) -> str:
    # Wide enough that the longest URL stays whole on its line: an SVG cannot wrap it back.
    urls = [s.url for s in document.sources] + [
        s.archived_url for s in document.sources if s.archived_url
    ]
    import io

    width = max([100, *(len(url) + 6 for url in urls)])
    from aimeeting.writers.console import data_console
    from aimeeting.writers.terminal import render_document

    console = data_console(
        file=io.StringIO(),
        record=True,
        width=width,
        force_terminal=True,
        color_system="truecolor",
        _environ={},
    )
    for piece in render_document(document, plain=False, width=width):
        console.print(piece, crop=False)
    return console.export_svg(title=f"aimeeting: {document.title}", clear=False)
