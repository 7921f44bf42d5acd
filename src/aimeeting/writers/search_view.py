"""Search hits for people: where each hit is, the matching fields trimmed to the words found
(highlighted), and the item's caveat in full, so no excerpt loses its qualification."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.style import Style
from rich.text import Text

from aimeeting.answers.search import Hit, Span, excerpt
from aimeeting.writers.console import MIN_TEXT_WIDTH

HIGHLIGHT = "bold reverse"
LOCATION = "bold cyan"
LABEL = "dim"
CAVEAT = "italic"
URL_INDENT = "    "
ROW_INDENT = 2

# Shown whole on lines of their own, not as trimmed excerpts: the caveat must never lose
# a word, and a URL must copy whole.
_WHOLE_FIELDS = {"note", "url"}


def highlighted(text: str, spans: Sequence[Span], style: str | Style = "") -> Text:
    """``text`` with each span styled, in one pass over the spans (never one per word)."""
    result = Text(text, style=style)
    for start, end in spans:
        result.stylize(HIGHLIGHT, start, end)
    return result


def render_caveat(hit: Hit) -> Text | None:
    """'(paraphrase, not a quotation)' and every caveat the fact sheet shows with the item
    (inferred, note, translation, status), untrimmed, with search words in the note
    highlighted; None for an item without one."""
    caveat = Text(style=CAVEAT)
    if hit.paraphrase:
        caveat.append("(paraphrase, not a quotation)")
    note_spans = next((m.spans for m in hit.matches if m.name == "note"), ())
    for text in hit.caveats:
        if caveat:
            caveat.append("\n")
        # The note may stand inside a longer caveat ("Inferred, ...: note"): its search
        # words are highlighted where it stands.
        at = text.find(hit.note) if hit.note and note_spans else -1
        spans = [(start + at, end + at) for start, end in note_spans] if at >= 0 else []
        caveat.append_text(highlighted(text, spans))
    return caveat if caveat else None


class HitLines:
    """A hit laid out as lines of text: the location, 'label: value' rows whose wrapped
    lines hang under the value, then the URL on a line of its own.

    Wrapping is done here, once per row, and the result printed as one Text that is never
    wrapped again: Rich tables (with their measuring passes) cost five times as much,
    which shows at thousands of hits.
    """

    def __init__(self, location: Text, rows: Sequence[tuple[str, Text]], url: Text | None) -> None:
        self.location = location
        self.rows = rows
        self.url = url

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = max((len(label) for label, _ in self.rows), default=0)
        indent = ROW_INDENT + label_width + 1
        # Labels beside their values; above them when the values would be squeezed.
        beside = options.max_width - indent >= MIN_TEXT_WIDTH
        if not beside:
            indent = 2 * ROW_INDENT
        lines = list(self.location.wrap(console, options.max_width, overflow="fold"))
        for label, value in self.rows:
            if not beside:
                lines.append(Text(" " * ROW_INDENT).append(label, LABEL))
            wrapped = value.wrap(console, max(1, options.max_width - indent), overflow="fold")
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
        # stay whole (the CLI prints with crop=False).
        yield Text("\n", no_wrap=True, overflow="ignore").join(lines)


def render_hit(hit: Hit) -> RenderableType:
    """One hit: 'section › id', each matching field as an excerpt, the caveat, the URL."""
    rows: list[tuple[str, Text]] = []
    for match in hit.matches:
        if match.name in _WHOLE_FIELDS:
            continue
        part = excerpt(match.value, match.spans)
        rows.append((f"{match.name}:", highlighted(part.text, part.spans)))
    caveat = render_caveat(hit)
    if caveat is not None:
        rows.append(("note:", caveat))
    location = Text(f"{hit.section} \u203a {hit.item_id}", style=LOCATION)
    url = dict(hit.fields).get("url")
    url_line = None
    if url is not None:
        # Never wrapped, so that the URL copies whole. Only http(s) URLs without control
        # characters pass validation.
        spans = next((m.spans for m in hit.matches if m.name == "url"), ())
        url_line = Text(URL_INDENT, no_wrap=True, overflow="ignore")
        url_line.append_text(highlighted(url, spans, style=Style(link=url)))
    return HitLines(location, rows, url_line)


def render_hits(hits: Sequence[Hit], total: int | None = None) -> RenderableType:
    """Every hit, best first, then a count; ``total`` is how many matched before --limit."""
    total = len(hits) if total is None else total
    pieces: list[RenderableType] = []
    for hit in hits:
        pieces.append(render_hit(hit))
        pieces.append(Text(""))
    if total > len(hits):
        pieces.append(Text(f"best {len(hits)} of {total} matching items shown", style=LABEL))
    else:
        pieces.append(Text(f"{total} item(s) found", style=LABEL))
    return Group(*pieces)
