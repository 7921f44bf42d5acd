"""The text writer: the document as Rich renderables, rendered piece by piece into text.
Panels and tables on a terminal, plain headed text in a pipe, stacked records on narrow
screens. Every string from the briefing goes in as a Text object, so markup and emoji
codes in the data print literally."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.cells import cell_len
from rich.console import (
    Console,
    ConsoleOptions,
    Group,
    JustifyMethod,
    OverflowMethod,
    RenderableType,
    RenderResult,
)
from rich.containers import Lines
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.text import Text

from aimeeting.document import EMPTY, Document, Entry, NumberedSource, Section
from aimeeting.formats import TextStyle
from aimeeting.writers.citation import citation_line, cited_entries
from aimeeting.writers.console import (
    Block,
    Chunks,
    data_console,
    flatten_groups,
    render_piece,
)
from aimeeting.writers.grid import Grid
from aimeeting.writers.hits import render_hits
from aimeeting.writers.layout import (
    CHUNK_ROWS,
    MIN_TEXT_WIDTH,
    STACK_BELOW,
    Part,
    entry_parts,
    field_parts,
    label_share,
    label_width,
    marker_lines,
    paragraph_cuts,
    src_width,
)

HEADING, MUTED, CAVEAT, MARKER = "bold", "dim", "italic", "cyan"
STYLES = {"": "", "heading": HEADING, "muted": MUTED, "caveat": CAVEAT, "marker": MARKER}
"""How each part of an entry (layout.Part.role) looks on a terminal."""


class Marked:
    """Text with a run of source markers in it, set once the width is known.

    Rich breaks lines at spaces and folds a word longer than the line anywhere, which would
    cut "[12]" in two; a run of markers longer than the line breaks between markers instead.
    It renders like Text, and the grid wraps it like Text.
    """

    def __init__(self, text: Text, at: int, refs: Sequence[int]) -> None:
        self.text, self.at, self.refs = text, at, tuple(refs)

    def at_width(self, width: int) -> Text:
        head, *rest = self.text.divide([self.at])
        whole = head.blank_copy()
        whole.append_text(head)
        whole.append(marker_lines(self.refs, width), style=MARKER)
        for tail in rest:
            whole.append_text(tail)
        return whole

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
    ) -> Lines:
        return self.at_width(width).wrap(console, width, justify=justify, overflow=overflow)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.at_width(options.max_width)


def styled(parts: Sequence[Part], refs: Sequence[int]) -> Text | Marked:
    """The parts as Text, with its markers set once the width is known (Marked)."""
    text = Text()
    at = None
    for part in parts:
        if part.role == "markers":
            at = len(text)
        else:
            text.append(part.text, style=STYLES[part.role])
    return text if at is None else Marked(text, at, refs)


def entry_text(entry: Entry, with_refs: bool = False, with_label: bool = False) -> Text | Marked:
    """Title, body and every caveat of an entry (see layout.entry_parts)."""
    return styled(entry_parts(entry, with_refs, with_label), entry.refs)


def _grid(section: Section, plain: bool, head: bool, label_width: int, src_width: int) -> Grid:
    """One table (or chunk of one): a label column unless the layout is a plain list, the
    entry, and its source markers."""
    label, main = section.headers
    widths: list[int | None] = [None, src_width]
    header = [Text(main, style=HEADING), Text("Src", style=HEADING)]
    if section.layout != "list":
        widths.insert(0, label_width)
        header.insert(0, Text(label, style=HEADING))
    # Columns are two spaces apart in plain text, three beside a rule (the look of Rich's
    # SIMPLE_HEAD tables, which these replaced).
    return Grid(
        widths,
        gap=2 if plain else 3,
        header=header if head else None,
        rule=not plain,
        spaced=section.layout == "list",
    )


class TableOrRecords:
    """A table where its text column has room, stacked records where it would not (wide
    labels and many markers leave less room than the screen's width suggests): decided
    when the width is known (a panel's inside, or the terminal's)."""

    def __init__(self, grid: Grid, entries: Sequence[Entry], labelled: bool) -> None:
        self.grid, self.entries, self.labelled = grid, entries, labelled

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = self.grid
        if self.labelled:  # a label (a status, a name) never takes more than a quarter
            grid = grid.with_width(0, label_share(grid.widths[0] or 0, options.max_width))
        if grid.flexible_width(options.max_width) >= MIN_TEXT_WIDTH:
            yield grid
        else:
            if grid.header is None:  # a later chunk: a blank line after the one before
                yield Text("")
            yield stacked_view(self.entries)


def table_view(section: Section, plain: bool) -> RenderableType:
    """Label, entry and sources in columns; chunks of CHUNK_ROWS share fixed widths."""
    entries = section.entries
    sources = src_width(entries)
    labels = label_width(section.headers[0], entries)
    pieces: list[RenderableType] = []
    for start in range(0, len(entries), CHUNK_ROWS):
        grid = _grid(section, plain, start == 0, labels, sources)
        chunk = entries[start : start + CHUNK_ROWS]
        for entry in chunk:
            cells = [entry_text(entry), Text(marker_lines(entry.refs, sources), style=MARKER)]
            if section.layout != "list":
                cells.insert(0, Text(entry.label, style=HEADING))
            grid.add_row(*cells)
        pieces.append(TableOrRecords(grid, chunk, section.layout != "list"))
    return Chunks(*pieces) if len(pieces) > 1 else pieces[0]


def stacked_view(entries: Sequence[Entry]) -> RenderableType:
    """Each entry as a record: its label on a line, then the text, caveats and markers."""
    blocks: list[RenderableType] = []
    for entry in entries:
        if blocks:
            blocks.append(Text(""))
        blocks.append(entry_text(entry, with_refs=True, with_label=True))
    return Chunks(*blocks) if len(blocks) > CHUNK_ROWS else Group(*blocks)


def fields_view(section: Section, narrow: bool) -> RenderableType:
    if narrow:
        return stacked_view(section.entries)
    grid = Grid([max(cell_len(entry.label) for entry in section.entries), None], gap=2)
    for entry in section.entries:
        grid.add_row(Text(entry.label, style=HEADING), styled(field_parts(entry), entry.refs))
    return grid


def section_body(section: Section, plain: bool, width: int) -> RenderableType:
    if not section.entries:
        return Text(EMPTY, style=MUTED)
    narrow = width < STACK_BELOW
    if section.layout == "fields":
        return fields_view(section, narrow)
    if section.layout == "prose":
        return Group(*(entry_text(e, with_refs=True) for e in section.entries))
    if section.layout in ("table", "list") and not narrow:
        return table_view(section, plain)
    return stacked_view(section.entries)


def titled(title: str, body: RenderableType, plain: bool) -> RenderableType:
    """A panel on a terminal (a rule over chunks, which a panel would hold whole); a
    heading in plain text."""
    if plain:
        return Group(Text(title.upper(), style=HEADING), body, Text(""))
    if isinstance(body, Chunks):
        return Group(Rule(Text(title, style=HEADING), align="left"), body)
    return Panel(body, title=Text(title, style=HEADING), title_align="left")


class Paragraph:
    """Text laid out to the width: broken between words, and between the characters of
    Chinese and Japanese, whose long runs have no spaces (Rich would move a whole title
    to the next line, or cut it anywhere); continuation lines indented by ``indent``."""

    def __init__(self, text: Text, indent: int = 0) -> None:
        self.text, self.indent = text, indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.text.divide(paragraph_cuts(self.text.plain, options.max_width, self.indent))
        out = Text("", no_wrap=True, overflow="ignore")  # pragma: no mutate
        for number, line in enumerate(lines):
            if number:
                out.append("\n" + " " * self.indent)
            line.rstrip()
            out.append_text(line)
        yield out


def source_block(source: NumberedSource) -> RenderableType:
    text = Text()
    text.append(f"[{source.number}] ", style=MARKER)
    text.append(source.title, style=HEADING)
    text.append(" \u2014 " + ", ".join(source.details))
    entry = Paragraph(text)
    # A URL is never wrapped, so it can be copied whole (pieces print without cropping).
    # Only http(s) URLs without control characters pass validation, so a link can smuggle
    # neither another scheme nor an escape sequence.
    url = Text("    ", no_wrap=True, overflow="ignore")  # pragma: no mutate
    url.append(source.url, style=Style(link=source.url))
    parts: list[RenderableType] = [entry, url]
    if source.archived_url and source.archived_label:
        parts.append(Paragraph(Text(f"    {source.archived_label}:", style=MUTED), indent=4))
        archived = Text("    ", no_wrap=True, overflow="ignore")  # pragma: no mutate
        archived.append(source.archived_url, style=Style(link=source.archived_url))
        parts.append(archived)
    return Block(*parts)


def sources_view(document: Document, plain: bool) -> RenderableType:
    # Always as chunks: on a terminal that gives a rule, not a panel whose border a long
    # unwrapped URL would break.
    return titled("Sources", Chunks(*(source_block(s) for s in document.sources)), plain)


def render_document(document: Document, plain: bool, width: int) -> Iterator[RenderableType]:
    """The pieces of a sheet, in order; each can be printed on its own."""
    for section in document.sections:
        yield titled(section.title, section_body(section, plain, width), plain)
    if document.sources:
        yield sources_view(document, plain)


def whole_words(text: str, style: TextStyle) -> RenderableType:
    """One line for a pipe (to paste anywhere); on a terminal, lines that fit the screen,
    broken between words only, so a URL longer than the line stays whole (Rich would
    fold it)."""
    lines: list[str] = []
    for word in text.split(" ") if style.terminal else [text]:
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= style.width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    # In a Block: Rich's print joins bare Texts into one, which would wrap them again.
    return Block(Text("\n".join(lines), no_wrap=True, overflow="ignore"))  # pragma: no mutate


def renderables(document: Document, style: TextStyle) -> Iterator[RenderableType]:
    """The document as Rich renderables, whatever its form."""
    if document.form == "citation":
        for entry in cited_entries(document):
            yield whole_words(citation_line(document, entry), style)
    elif document.form == "hits":
        yield render_hits(document)
    else:
        yield from render_document(document, not style.boxes, style.width)


def rich_parts(document: Document, style: TextStyle) -> Iterator[str]:
    """The text writer: the document laid out for ``style``, a piece at a time (so memory
    stays bounded by the largest piece, even for a huge briefing)."""
    console = data_console(style)
    for renderable in renderables(document, style):
        for piece in flatten_groups(renderable):
            yield render_piece(console, piece, style)
