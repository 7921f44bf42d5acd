"""How text for people is laid out, decided once for both text writers: the Rich view on a
terminal (writers/terminal.py) and the plain text of a pipe (writers/plain.py). What an
entry says and in what order, where its source markers go, when a table stacks, how wide
its columns are and where a line of Chinese or Japanese may break all live here; each
writer only draws it.

Cell widths are Rich's (`rich.cells`, grapheme-aware since Rich 14.3: East Asian wide
characters, combining marks and emoji sequences count as the terminal shows them), so both
writers measure alike. That module is small; the console, text and table machinery are not
imported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from rich.cells import cell_len

from aimeeting.document import Entry, quote_lines
from aimeeting.sections import BY_KEY

STACK_BELOW = 64
"""Narrower than this, tables become stacked records: a column of a few letters helps nobody."""
MIN_TEXT_WIDTH = 24
"""The narrowest column of running text worth having: tables with less room stack, and
search puts labels above values."""
CHUNK_ROWS = 100
"""Longer sections print in chunks, so memory stays flat for huge briefings."""
LABEL_CAP = 30
LABEL_MIN = 14
"""A label column is at most a quarter of the width, but never narrower than this."""
SRC_CAP = 12
PLAIN_GAP = 2
"""Columns are two spaces apart in plain text (three beside a rule, on a terminal)."""

FIELD_WORDS = {
    "title_en": "English title",
    "also_known_as": "also called",
    "original": "original words",
    "aliases": "also asked as",
}
"""A briefing field's name as a search hit labels it, where the name is not a word."""

DERIVED_LABELS = ("Date", "Status")


def derived_row(entry: Entry) -> tuple[str, str] | None:
    """A hit's date or status as the sheet writes it ("date:", "15–16 March 2026"): shown
    always, since "Planned" or "No report found" qualify the rest; but once, so not when a
    matching field already shows the same words (a search for "16 march")."""
    derived = BY_KEY[entry.section].headers[0] if entry.section in BY_KEY else ""
    if not entry.label or derived not in DERIVED_LABELS:
        return None
    label = f"{derived.lower()}:"
    if any(field_label(p.field) == label and p.text == entry.label for p in entry.excerpts):
        return None
    return label, entry.label


def field_label(field: str) -> str:
    return FIELD_WORDS.get(field, field.replace("_", " ")) + ":"


def found_words(shown: int, total: int) -> str:
    """What a search says at its end: how many items matched, and how many are shown."""
    if total > shown:
        return f"best {shown} of {total} matching items shown"
    return f"{total} item found" if total == 1 else f"{total} items found"


def sources_label(entry: Entry) -> str | None:
    """The label of a search hit's last row, which gives the numbers of its sources as
    'aimeeting sources' and the sheet give them (laid out by marker_lines), so the words
    found are one command from where they come from; a hit on a source gives its own."""
    if not entry.refs:
        return None
    return "cited as:" if entry.section == "sources" else "sources:"


Role = Literal["", "heading", "muted", "caveat", "marker", "markers"]


class Part(NamedTuple):
    """A run of an entry's text and what it is; a 'markers' part is a place holder for the
    source markers, which are set only once the width is known (see marker_lines)."""

    text: str
    role: Role = ""


def marker_lines(refs: Sequence[int], width: int) -> str:
    """'[1][2]' wrapped between markers to ``width``, so that no marker is ever cut."""
    lines: list[str] = []
    current = ""
    for number in refs:
        marker = f"[{number}]"
        if current and len(current) + len(marker) > width:
            lines.append(current)
            current = ""
        current += marker
    if current:
        lines.append(current)
    return "\n".join(lines)


def _with_markers(parts: list[Part], refs: Sequence[int]) -> None:
    if refs:
        parts += [Part(" "), Part("", "markers")]


def entry_parts(entry: Entry, with_refs: bool = False, with_label: bool = False) -> list[Part]:
    """Title, body and every caveat of an entry (and its label and markers, for stacked
    layouts, where they have no column of their own)."""
    parts: list[Part] = []
    if with_label and entry.label:
        parts += [Part(entry.label, "heading"), Part("\n")]
    if entry.quote is not None:
        for index, line in enumerate(quote_lines(entry.quote)):
            if index:
                parts.append(Part("\n"))
            parts.append(Part(line, "heading" if entry.quote.verbatim else "caveat"))
        parts.append(Part(f"\n\u2014 {entry.quote.speaker}, {entry.quote.role}"))
        parts.append(Part(f"\n{entry.quote.occasion}", "muted"))
    if entry.title:
        parts.append(Part(entry.title, "heading"))
    if entry.body:
        if parts and not parts[-1].text.endswith("\n"):
            parts.append(Part("\n"))
        parts.append(Part(entry.body))
    _with_markers(parts, entry.refs if with_refs else ())
    if entry.id and (entry.show_id or entry.quote is not None):  # quotes say it always
        # On a line of its own: 'id:' never ends a line with the id on the next.
        parts.append(Part(f"\nid: {entry.id}", "muted"))
    parts += [Part(f"\n({caveat})", "caveat") for caveat in entry.caveats]
    return parts


def field_parts(entry: Entry) -> list[Part]:
    """A field's value (the event's name in bold), markers, id and caveats."""
    parts = [Part(entry.body, "heading" if entry.label == "Event" else "")]
    _with_markers(parts, entry.refs)
    if entry.show_id and entry.id:
        parts.append(Part(f"\nid: {entry.id}", "muted"))
    parts += [Part(f"\n({caveat})", "caveat") for caveat in entry.caveats]
    return parts


def plain_text(parts: Sequence[Part], refs: Sequence[int], width: int) -> str:
    """The parts as one string, with the markers set for ``width``."""
    return "".join(marker_lines(refs, width) if p.role == "markers" else p.text for p in parts)


def src_width(entries: Sequence[Entry]) -> int:
    """Wide enough for the longest single marker, and for all of a row's markers up to a
    cap (more wrap between markers)."""
    return max(
        [3, *(len(f"[{n}]") for e in entries for n in e.refs)]
        + [min(SRC_CAP, len(marker_lines(e.refs, 10**6))) for e in entries]
    )


def label_width(header: str, entries: Sequence[Entry]) -> int:
    """The label column's width: its widest label, up to LABEL_CAP."""
    return min(LABEL_CAP, max([cell_len(header), *(cell_len(e.label) for e in entries)]))


def label_share(width: int, max_width: int) -> int:
    """A label column never takes more than a quarter of the line (nor less than
    LABEL_MIN): a status or a name wraps rather than squeeze the text."""
    return min(width, max(LABEL_MIN, max_width // 4))


def flexible_width(widths: Sequence[int | None], gap: int, max_width: int) -> int:
    """What the one column without a fixed width gets when the table is ``max_width`` wide."""
    fixed = sum(width for width in widths if width is not None)
    return max(1, max_width - fixed - gap * (len(widths) - 1))


# Characters a line may not start with, or end with, in Chinese and Japanese text.
_NO_START = set("、。，．・：；？！）」』】〉》〕ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ")
_NO_END = set("（「『【〈《〔")


_ONE_CELL: set[str] = set()
"""Characters found to be one cell wide so far: a briefing has few distinct ones."""


def one_cell_each(text: str) -> bool:
    """Whether every character of ``text`` is one cell wide, so that its length is its
    width: printable ASCII, and most text besides (curly quotes, dashes, accented letters).
    Rich measures no pair of such characters other than two cells (a test checks)."""
    if text.isascii():
        return text.isprintable()
    unmeasured = set(text).difference(_ONE_CELL)
    if any(cell_len(char) != 1 for char in unmeasured):
        return False
    _ONE_CELL.update(unmeasured)
    return True


def char_cells(text: str) -> list[int]:
    """Each character's width in cells (one each, the common case, is found at once)."""
    if one_cell_each(text):
        return [1] * len(text)
    width = {char: cell_len(char) for char in set(text)}  # a text has few distinct ones
    return [width[char] for char in text]


_WORD_RUN = re.compile(r"[^ ]+")  # a maximal run: after the first, each follows a space


def _word_cuts(plain: str, width: int, indent: int) -> list[int]:
    """paragraph_cuts for text whose every character is one cell wide: breaks only after
    spaces, so it can go a word at a time."""
    cuts: list[int] = []
    start = 0
    for word in _WORD_RUN.finditer(plain):
        begin, end = word.span()
        room = width - (indent if cuts else 0)
        if end - start > room and begin > start:
            cuts.append(begin)
            start = begin
    return cuts


def _breaks(text: str, cells: Sequence[int]) -> set[int]:
    """Where a line may break: after a space, and between two characters of Chinese or
    Japanese (which put no spaces between words), but not before closing punctuation."""
    points = set()
    for index in range(1, len(text)):
        before, after = text[index - 1], text[index]
        wide = cells[index - 1] == 2 or cells[index] == 2
        spaced = before == " " or after == " "
        if (before == " " and after != " ") or (
            wide and not spaced and after not in _NO_START and before not in _NO_END
        ):
            points.add(index)
    return points


def paragraph_cuts(plain: str, width: int, indent: int) -> list[int]:
    """Where to cut ``plain`` into lines of ``width`` (continuation lines indented by
    ``indent``): between words, and between the characters of Chinese and Japanese, whose
    long runs have no spaces; a word longer than the line is left whole."""
    width = max(width, indent + 8)
    cells = char_cells(plain)
    # A fast path, with the same cuts as _char_cuts would make: mutation testing skips it.
    if cells.count(1) == len(cells):  # pragma: no mutate
        return _word_cuts(plain, width, indent)
    return _char_cuts(plain, cells, width, indent)


def _char_cuts(plain: str, cells: Sequence[int], width: int, indent: int) -> list[int]:
    """paragraph_cuts a character at a time, for text with wide or zero-width characters."""
    cuts: list[int] = []
    start = used = 0
    last_break: int | None = None
    points = _breaks(plain, cells)
    for index, char in enumerate(plain):
        if index in points:
            last_break = index
        room = width - (indent if cuts else 0)
        used += cells[index]
        # A space that overflows is dropped at the break, so only a letter can overflow.
        if char != " " and used > room and last_break is not None and last_break > start:
            cuts.append(last_break)
            start = last_break
            used = sum(cells[start : index + 1])
            last_break = None
    return cuts
