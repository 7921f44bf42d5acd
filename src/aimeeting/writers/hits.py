"""Search hits for people: where each hit is, the matching fields trimmed to the words found
(highlighted), and every caveat of the item in full, as the document gives them, so no
excerpt loses its qualification."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.style import Style
from rich.text import Text

from aimeeting.document import Document, Entry, shown_caveats
from aimeeting.writers.layout import (
    MIN_TEXT_WIDTH,
    derived_row,
    field_label,
    found_words,
    marker_lines,
    sources_label,
)

HIGHLIGHT = "bold reverse"
LOCATION = "bold cyan"
LABEL = "dim"
CAVEAT = "italic"
URL_INDENT = "    "
ROW_INDENT = 2

# Shown whole on lines of their own, not as trimmed excerpts: the caveat must never lose
# a word, and a URL must copy whole.
_WHOLE_FIELDS = {"note", "url"}


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str | Style = "") -> Text:
    """``text`` with each span styled, in one pass over the spans (never one per word)."""
    result = Text(text, style=style)
    for start, end in spans:
        result.stylize(HIGHLIGHT, start, end)
    return result


def render_caveat(entry: Entry) -> Text | None:
    """Every caveat the document gives the item (a paraphrase first), untrimmed, with
    search words in the note highlighted; None for an item without one."""
    caveat = Text(style=CAVEAT)
    notes = [ex for ex in entry.excerpts if ex.field == "note"]  # the item's, its parts'
    for text in shown_caveats(entry):
        if caveat:
            caveat.append("\n")
        # A note may stand inside a longer caveat ("Inferred, ...: note", "Tokyo: note"):
        # its search words are highlighted where it stands.
        spans = [
            (start + at, end + at)
            for note in notes
            if (at := text.find(note.text)) >= 0
            for start, end in note.spans
        ]
        caveat.append_text(highlighted(text, sorted(spans)))
    return caveat if caveat else None


class HitLines:
    """A hit laid out as lines of text: the location, 'label: value' rows whose wrapped
    lines hang under the value, then the URL on a line of its own.

    Wrapping is done here, once per row, and the result printed as one Text that is never
    wrapped again: Rich tables (with their measuring passes) cost five times as much,
    which shows at thousands of hits.
    """

    def __init__(
        self,
        location: Text,
        rows: Sequence[tuple[str, Text]],
        url: Text | None,
        refs: tuple[str, Sequence[int]] | None = None,
    ) -> None:
        self.location = location
        self.rows = rows
        self.url = url
        self.refs = refs  # the last row's label and source numbers, laid out by width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        labels = [label for label, _ in self.rows] + ([self.refs[0]] if self.refs else [])
        label_width = max((len(label) for label in labels), default=0)
        indent = ROW_INDENT + label_width + 1
        # Labels beside their values; above them when the values would be squeezed.
        beside = options.max_width - indent >= MIN_TEXT_WIDTH
        if not beside:
            indent = 2 * ROW_INDENT
        rows = list(self.rows)
        if self.refs is not None:  # broken between markers, never inside one
            label, numbers = self.refs
            rows.append((label, Text(marker_lines(numbers, max(1, options.max_width - indent)))))
        # A word longer than the width is folded (Rich's default overflow for a Text).
        lines = list(self.location.wrap(console, options.max_width))
        for label, value in rows:
            if not beside:
                lines.append(Text(" " * ROW_INDENT).append(label, LABEL))
            wrapped = value.wrap(console, max(1, options.max_width - indent))
            for number, line in enumerate(wrapped):
                row = Text(" " * ROW_INDENT)
                row.append(label if beside and number == 0 else "", LABEL)
                row.pad_right(indent - len(row))
                line.rstrip()  # wrapping leaves the space it broke at
                row.append_text(line)
                lines.append(row)
        if self.url is not None:
            lines.append(self.url)
        # No wrapping and no cropping: every line already fits, except a URL, which must
        # stay whole (the CLI prints with crop=False). The URL line's Text carries the same
        # settings, so a mutant of either alone changes nothing: mutation testing skips them.
        yield Text("\n", no_wrap=True, overflow="ignore").join(lines)  # pragma: no mutate


def render_hit(entry: Entry) -> RenderableType:
    """One hit: 'section › id', its date or status, each matching field as an excerpt, the
    caveats, the URL."""
    rows: list[tuple[str, Text]] = []
    if (row := derived_row(entry)) is not None:
        rows.append((row[0], Text(row[1])))
    for part in entry.excerpts:
        if part.field in _WHOLE_FIELDS:
            continue
        rows.append((field_label(part.field), highlighted(part.text, part.spans)))
    caveat = render_caveat(entry)
    if caveat is not None:
        rows.append(("note:", caveat))
    label = sources_label(entry)
    refs = (label, entry.refs) if label is not None else None
    location = Text(f"{entry.section} \u203a {entry.id}", style=LOCATION)
    url_line = None
    if entry.url is not None:
        # Never wrapped, so that the URL copies whole. Only http(s) URLs without control
        # characters pass validation.
        spans = next((ex.spans for ex in entry.excerpts if ex.field == "url"), ())
        url_line = Text(URL_INDENT, no_wrap=True, overflow="ignore")  # pragma: no mutate
        url_line.append_text(highlighted(entry.url, spans, style=Style(link=entry.url)))
    return HitLines(location, rows, url_line, refs)


def render_hits(document: Document) -> RenderableType:
    """Every hit, best first, then a count of how many matched before --limit."""
    hits = [entry for section in document.sections for entry in section.entries]
    total = max(document.total, len(hits))
    pieces: list[RenderableType] = []
    for hit in hits:
        pieces.append(render_hit(hit))
        pieces.append(Text(""))
    pieces.append(Text(found_words(len(hits), total), style=LABEL))
    return Group(*pieces)
