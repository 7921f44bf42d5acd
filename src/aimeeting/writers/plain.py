"""The text writer for a pipe, a file or the clipboard: plain headed text, laid out here
rather than by Rich. Rich measures, pads and re-splits every line of every table through
its console; for text that gets no colour, no boxes and no terminal, that was most of the
time of `aimeeting facts | less`, and almost all of it on a huge briefing.

The layout is the terminal view's (writers/layout.py decides both), and lines break where
Rich would break them: words move to the next line whole, a word longer than the line is
folded, and widths are counted in terminal cells (rich.cells), so the output is the same
as the Rich writer's would be in a pipe. tests/test_plain.py checks that, byte for byte,
on the fixtures and on generated documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rich.cells import cell_len, chop_cells, set_cell_size

from aimeeting.document import EMPTY, Document, Entry, NumberedSource, Section, shown_caveats
from aimeeting.formats import TextStyle
from aimeeting.writers.citation import citation_line, cited_entries
from aimeeting.writers.layout import (
    CHUNK_ROWS,
    MIN_TEXT_WIDTH,
    PLAIN_GAP,
    STACK_BELOW,
    derived_row,
    entry_parts,
    field_label,
    field_parts,
    flexible_width,
    found_words,
    label_share,
    label_width,
    marker_lines,
    one_cell_each,
    paragraph_cuts,
    plain_text,
    sources_label,
    src_width,
)

WHOLE = ("note", "url")  # shown whole, on lines of their own, never as trimmed excerpts
_WORD = re.compile(r"(\s*\S+)(\s*)")  # a word (with any space before it), then its spaces


def break_points(line: str, width: int) -> list[int]:
    """Where a line of ``width`` cells breaks: before a word that does not fit, and inside
    a word longer than a whole line (the same rule as Rich's line breaking)."""
    cells = len if one_cell_each(line) else cell_len
    if cells(line) <= width:
        return []  # every word fits on the one line
    points: list[int] = []
    used = position = 0
    for head, tail in _WORD.findall(line):
        length = cells(head)
        start, position = position, position + len(head) + len(tail)
        if width - used >= length:
            used += length + cells(tail)
        elif length > width:  # folded across lines, from a line of its own
            pieces = chop_cells(head + tail, width)
            for piece in pieces[:-1]:
                if start:
                    points.append(start)
                start += len(piece)
            if start:
                points.append(start)
            used = cells(pieces[-1])
        elif used and start:
            points.append(start)
            used = length + cells(tail)
    return points


_TRAILING_SPACE = re.compile(r"\s+$")


def _fit(line: str, width: int) -> str:
    """A broken line as Rich keeps it: the spaces it broke at dropped only as far as they
    overrun (so a table cell keeps an ideographic space), and cropped to ``width`` cells
    (only a wide character in a column narrower than it can overrun)."""
    if len(line) > width:
        space = _TRAILING_SPACE.search(line)
        if space is not None:
            line = line[: len(line) - min(len(space.group()), len(line) - width)]
    if len(line) <= width and one_cell_each(line):
        return line
    return set_cell_size(line, width) if cell_len(line) > width else line


_NOT_SPACE = re.compile(r"[^ ]")
_OTHER_SPACE = re.compile(r"[^\S ]")  # a no-break space is a space to Rich, as to \s


def _narrow_lines(line: str, width: int) -> list[str] | None:
    """What break_points and _fit make of a line whose every character is one cell wide,
    found by looking back from each line's edge instead of measuring every word; None when
    a word longer than a line must be folded, or words are parted by other spaces than
    " " (break_points does those)."""
    if not line.isascii() and _OTHER_SPACE.search(line):
        return None
    pieces: list[str] = []
    start = 0
    while len(line) - start > width:
        edge = start + width
        if line[edge] == " ":  # a word ends at the edge or before: the next one moves down
            after = _NOT_SPACE.search(line, edge)
            if after is None:
                break  # only spaces are left, which may overrun
            cut = after.start()
        else:  # the edge is inside a word: it moves down whole, if it can
            cut = line.rfind(" ", start, edge) + 1
        if cut <= start or line[start:cut].isspace():
            return None  # no word before it on the line: it is folded
        pieces.append(line[start:cut][:width])  # only spaces run past the edge
        start = cut
    pieces.append(line[start:][:width])
    return pieces


def wrap(text: str, width: int, strip: bool = True) -> list[str]:
    """``text`` in lines of at most ``width`` cells; its own line breaks are kept. Trailing
    spaces are dropped unless ``strip`` is false (a table cell, which pads them anyway)."""
    lines: list[str] = []
    for line in text.split("\n"):
        narrow = _narrow_lines(line, width) if one_cell_each(line) else None
        if narrow is not None:
            lines += narrow
            continue
        ends = [*break_points(line, width), len(line)]
        starts = [0, *ends[:-1]]
        # strict= only asserts equal lengths, which they are: mutation testing skips it.
        pieces = zip(starts, ends, strict=True)  # pragma: no mutate
        lines += [_fit(line[a:b], width) for a, b in pieces]
    return [line.rstrip() for line in lines] if strip else lines


def _pad(text: str, width: int) -> str:
    return text.ljust(width) if one_cell_each(text) else text + " " * (width - cell_len(text))


def grid(
    rows: Sequence[Sequence[str]], widths: Sequence[int], spaced_after: int | None = None
) -> list[str]:
    """Rows of cells side by side, each cell wrapped to its column; from row
    ``spaced_after`` on, a blank line before each row (a list has no label column to show
    where an item starts)."""
    gap = " " * PLAIN_GAP
    out: list[str] = []
    for number, row in enumerate(rows):
        if spaced_after is not None and number >= spaced_after:
            out.append("")
        sized = zip(row, widths, strict=True)  # pragma: no mutate
        columns = [wrap(cell, width, strip=False) for cell, width in sized]
        for index in range(max(len(lines) for lines in columns)):
            cells = [lines[index] if index < len(lines) else "" for lines in columns]
            # The last cell is not padded: the row's end is stripped anyway.
            padded = [
                _pad(cell, width) for cell, width in zip(cells[:-1], widths[:-1], strict=True)
            ]
            out.append(gap.join([*padded, cells[-1]]).rstrip())
    return out


def entry_text(entry: Entry, width: int, with_refs: bool = False, label: bool = False) -> str:
    return plain_text(entry_parts(entry, with_refs, label), entry.refs, width)


def stacked(entries: Sequence[Entry], width: int) -> list[str]:
    """Each entry as a record: its label on a line, then the text, caveats and markers."""
    lines: list[str] = []
    for entry in entries:
        if lines:
            lines.append("")
        lines += wrap(entry_text(entry, width, with_refs=True, label=True), width)
    return lines


def table(section: Section, width: int) -> Iterator[list[str]]:
    """Label, entry and sources in columns, CHUNK_ROWS rows at a time. Tables are drawn
    from STACK_BELOW cells on, where the text column always keeps MIN_TEXT_WIDTH cells
    (a test holds the constants to that)."""
    entries = section.entries
    sources = src_width(entries)
    labelled = section.layout != "list"
    labels = label_share(label_width(section.headers[0], entries), width)
    fixed: list[int | None] = [labels, None, sources] if labelled else [None, sources]
    text_width = flexible_width(fixed, PLAIN_GAP, width)
    widths = [text_width if w is None else w for w in fixed]
    header = [*section.headers, "Src"] if labelled else [section.headers[1], "Src"]
    for start in range(0, len(entries), CHUNK_ROWS):
        chunk = entries[start : start + CHUNK_ROWS]
        rows = [header] if start == 0 else []
        for entry in chunk:
            cells = [entry_text(entry, text_width), marker_lines(entry.refs, sources)]
            rows.append([entry.label, *cells] if labelled else cells)
        yield grid(rows, widths, None if labelled else 2 if start == 0 else 0)


def fields(section: Section, width: int) -> list[str]:
    labels = max(cell_len(entry.label) for entry in section.entries)
    value_width = flexible_width([labels, None], PLAIN_GAP, width)
    rows = [
        [entry.label, plain_text(field_parts(entry), entry.refs, value_width)]
        for entry in section.entries
    ]
    return grid(rows, [labels, value_width])


def section_pieces(section: Section, width: int) -> Iterator[list[str]]:
    """A section's body, a piece at a time."""
    narrow = width < STACK_BELOW
    if not section.entries:
        yield wrap(EMPTY, width)
    elif section.layout == "fields" and not narrow:
        yield fields(section, width)
    elif section.layout == "prose":
        for entry in section.entries:
            yield wrap(entry_text(entry, width, with_refs=True), width)
    elif section.layout in ("table", "list") and not narrow:
        yield from table(section, width)
    else:
        for start in range(0, len(section.entries), CHUNK_ROWS):
            lines = stacked(section.entries[start : start + CHUNK_ROWS], width)
            yield ["", *lines] if start else lines  # records are a blank line apart


def paragraph(text: str, width: int, indent: int = 0) -> list[str]:
    cuts = paragraph_cuts(text, width, indent)
    ends = [*cuts, len(text)]
    starts = [0, *cuts]
    return [
        (" " * indent if number else "") + text[a:b].rstrip()
        for number, (a, b) in enumerate(zip(starts, ends, strict=True))  # pragma: no mutate
    ]


def source_lines(source: NumberedSource, width: int) -> list[str]:
    """'[n] Title — details' wrapped, then the URL whole on a line of its own (so it can
    be copied), then any archived copy likewise."""
    title = f"[{source.number}] {source.title} \u2014 " + ", ".join(source.details)
    lines = [*paragraph(title, width), f"    {source.url}"]
    if source.archived_url and source.archived_label:
        lines += paragraph(f"    {source.archived_label}:", width, indent=4)
        lines.append(f"    {source.archived_url}")
    return lines


def hit_lines(entry: Entry, width: int) -> list[str]:
    """A search hit: 'section › id', its date or status and each matching field as
    'label: value' rows (labels above values when these would be squeezed), every caveat,
    then the URL whole."""
    rows: list[tuple[str, str]] = []
    if (row := derived_row(entry)) is not None:
        rows.append(row)
    rows += [(field_label(p.field), p.text) for p in entry.excerpts if p.field not in WHOLE]
    caveats = shown_caveats(entry)
    if caveats:
        rows.append(("note:", "\n".join(caveats)))
    refs = sources_label(entry)
    labels = [label for label, _ in rows] + ([refs] if refs else [])
    label_room = max((len(label) for label in labels), default=0)
    indent = 2 + label_room + 1
    beside = width - indent >= MIN_TEXT_WIDTH
    if not beside:
        indent = 4
    if refs is not None:  # broken between markers, never inside one
        rows.append((refs, marker_lines(entry.refs, max(1, width - indent))))
    lines = wrap(f"{entry.section} \u203a {entry.id}", width)
    for label, value in rows:
        if not beside:
            lines.append(f"  {label}")
        for number, line in enumerate(wrap(value, max(1, width - indent))):
            lead = f"  {label}" if beside and number == 0 else "  "
            lines.append((lead + " " * (indent - len(lead)) + line).rstrip())
    if entry.url is not None:
        lines.append(f"    {entry.url}")
    return lines


def hits(document: Document, width: int) -> Iterator[list[str]]:
    found = [entry for section in document.sections for entry in section.entries]
    total = max(document.total, len(found))
    for entry in found:
        yield [*hit_lines(entry, width), ""]
    yield wrap(found_words(len(found), total), width)


def pieces(document: Document, width: int) -> Iterator[list[str]]:
    """The document's lines, a piece at a time."""
    if document.form == "citation":
        for entry in cited_entries(document):
            yield [citation_line(document, entry)]  # one line: it pastes anywhere
    elif document.form == "hits":
        yield from hits(document, width)
    else:
        for section in document.sections:
            yield wrap(section.title.upper(), width)
            yield from section_pieces(section, width)
            yield [""]
        if document.sources:
            yield ["SOURCES"]
            for source in document.sources:
                yield source_lines(source, width)
            yield [""]


def plain_parts(document: Document, style: TextStyle) -> Iterator[str]:
    """The text writer for a pipe: the document a piece at a time (memory stays bounded
    by the largest piece, even for a huge briefing)."""
    for lines in pieces(document, style.width):
        yield "\n".join(lines) + "\n"
