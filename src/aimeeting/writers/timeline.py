"""The timeline as a picture: an SVG of the document's timeline section.

One row per dated item, in the table's order, under a time axis that runs left to right
and is to scale. Each row is the item's label (its date in words, then its title) with its
mark just below, so labels never share space with another row and never need a leader line;
the marks are to scale on the shared axis, and the labels start where their mark starts.

How a mark looks says two things, and never by colour alone:
- what became of the item: happened is filled; planned is hollow with a dashed outline
  (and its label says "planned"); postponed and cancelled are hollow, grey and crossed out
  (their labels say which);
- how precise its date is: an exact day (or days) is a dot (or a capsule over the days);
  a month or a year is a thin bar over its days with end caps; "about" has soft, fading
  ends and no caps; "before" and "by" are open to the left of a capped end, "after" open
  to the right of its start.
The event the sheet is about has a ring round its mark, a tinted row and a bold title.

Why rows and not a horizontal strip with labels beside the marks: an SVG scales as one
piece, so a strip wide enough for years of labels would shrink its text to a few pixels on
a 390-pixel phone. Rows keep the text at a readable size on a phone (11 to 15 px) and on
paper, and read top to bottom like the table. The picture is as wide as its container but
no wider than 34rem, so on a wide screen its text stays near body size.

Pure: a document in, text out. Every text is escaped; the SVG has no script, no event
handler, no link and names only the generic sans-serif font; the same document gives the
same bytes. Its <title> and <desc> say everything the picture shows, in words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from typing import NamedTuple

from aimeeting.briefing.dates import first_day, format_day
from aimeeting.document import Document, Entry, NumberedSource, Period, Section
from aimeeting.safetext import make_visible
from aimeeting.writers.citation import source_words

# ---------------------------------------------------------------- geometry (SVG units)

WIDTH = 420.0  # the viewBox width; 390 px on screen make a unit 0.93 px; 34rem, 1.3 px
MARGIN = 12.0  # text keeps this far from the picture's sides
PLOT_LEFT = 20.0  # the axis runs from here ...
PLOT_RIGHT = WIDTH - 20.0  # ... to here
EDGE = 3.0  # marks (with their fading ends) keep this far from the sides

TITLE_SIZE = 16.0
DATE_SIZE = 13.5
SMALL_SIZE = 13.0  # ticks, legend, notes
LINE = 1.3  # a line's height, in font sizes: room for a Latin font's ascent and descent
BASELINE = 1.0  # where the baseline sits in a line, in font sizes
TALL_LINE = 1.7  # for lines in other scripts, whose fonts are often taller

MARK_LINE = 23.0  # the height of the line a mark sits on (its centre in the middle)
DOT = 5.5  # the radius of an exact day's dot
BAR = 3.0  # half the height of a month's or year's bar
CAP = 7.0  # half the height of a bar's end caps
SOFT = 5.0  # half the height of an 'about' bar
OPEN = 4.0  # half the height of an open ('before', 'by', 'after') bar
OPEN_LENGTH = 40.0  # how far an open bar fades out
RING = 4.0  # the gap between the event's mark and its ring
CROSS = 4.5  # half the size of the cross on a postponed or cancelled mark
MIN_BAR = 14.0  # a month's bar is drawn at least this wide, so its caps show
ROW_GAP = 11.0  # between rows: more than between a label and its mark, so they pair up
ALL_LINES = 10_000  # titles, caveats and sources are wrapped, never cut short

FONT = "sans-serif"  # generic only: no web font, nothing to fetch

# ---------------------------------------------------------------- colours

# role: (light, dark). Light colours are written as attributes, so the picture is right
# even where CSS is not read and in print; dark ones come from a screen-only media query.
PALETTE: dict[str, tuple[str, str]] = {
    "bg": ("#fdfdfb", "#161616"),
    "ink": ("#1b1b1b", "#e8e6e3"),
    "muted": ("#545454", "#a8a8a0"),
    "grid": ("#dcdcd4", "#363632"),
    "axis": ("#8a8a84", "#77776f"),
    "band": ("#e9f0f9", "#1c2733"),
    "happened": ("#0b5cad", "#7ab8ff"),
    "planned": ("#8a4f00", "#f0c27a"),
    "off": ("#707070", "#9a9a94"),
    "key": ("#545454", "#a8a8a0"),
}

ROOT_CLASS = "aimeeting-timeline"  # every CSS rule is scoped by it: inline SVG styles are global

STATUS_WORDS = {
    "happened": "happened",
    "planned": "planned, not reported as having happened",
    "postponed": "postponed: it did not take place as planned",
    "cancelled": "cancelled: it did not take place as planned",
}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
# Tick steps in months: 1, 2, 3 and 6 months, then 1, 2 and 5 years and their tens.
STEPS = (1, 2, 3, 6, *(12 * y * 10**e for e in range(5) for y in (1, 2, 5)))

# ---------------------------------------------------------------- text: escaping, widths


def clean(text: str) -> str:
    """Text on one line, with any character XML forbids (or a terminal could act on)
    shown as a visible escape rather than dropped."""
    return make_visible(" ".join(text.split()), keep_newlines=False)


def esc(text: str) -> str:
    """Escaped for XML text and attribute values (both quotes too)."""
    return escape(clean(text))


# Advance widths in ems, each the wider of DejaVu Sans (what Linux often gives for
# 'sans-serif') and Arial (Liberation Sans, Helvetica: what the others give); Roboto, on
# Android, is narrower than both.
_WIDTHS = {
    " ": 0.318, "!": 0.401, '"': 0.460, "#": 0.838, "$": 0.636, "%": 0.950, "&": 0.780,
    "'": 0.275, "(": 0.390, ")": 0.390, "*": 0.500, "+": 0.838, ",": 0.318, "-": 0.361,
    ".": 0.318, "/": 0.337, ":": 0.337, ";": 0.337, "<": 0.838, "=": 0.838, ">": 0.838,
    "?": 0.556, "@": 1.015, "[": 0.390, "\\": 0.337, "]": 0.390, "^": 0.838, "_": 0.556,
    "`": 0.500, "{": 0.636, "|": 0.337, "}": 0.636, "~": 0.838, "A": 0.684, "B": 0.686,
    "C": 0.722, "D": 0.770, "E": 0.667, "F": 0.611, "G": 0.778, "H": 0.752, "I": 0.295,
    "J": 0.500, "K": 0.667, "L": 0.557, "M": 0.863, "N": 0.748, "O": 0.787, "P": 0.667,
    "Q": 0.787, "R": 0.722, "S": 0.667, "T": 0.611, "U": 0.732, "V": 0.684, "W": 0.989,
    "X": 0.685, "Y": 0.667, "Z": 0.685, "a": 0.613, "b": 0.635, "c": 0.550, "d": 0.635,
    "e": 0.615, "f": 0.352, "g": 0.635, "h": 0.634, "i": 0.278, "j": 0.278, "k": 0.579,
    "l": 0.278, "m": 0.974, "n": 0.634, "o": 0.612, "p": 0.635, "q": 0.635, "r": 0.411,
    "s": 0.521, "t": 0.392, "u": 0.634, "v": 0.592, "w": 0.818, "x": 0.592, "y": 0.592,
    "z": 0.525, "\u2013": 0.556, "\u2014": 1.000, "\u2026": 1.000, "\u00b7": 0.318,
    "\u2018": 0.318, "\u2019": 0.318, "\u201c": 0.521, "\u201d": 0.521,
}  # fmt: skip
_DIGIT = 0.636
SAFETY = 1.03  # and a little more, for kerning's rounding and fonts not measured
BOLD = 1.25  # the widest bold letters against their regular ones (DejaVu's f, i, l, t)


def char_width(char: str) -> float:
    """One character's advance in ems, estimated on the wide side."""
    known = _WIDTHS.get(char)
    if known is not None:
        return known
    if char.isdigit() and char.isascii():
        return _DIGIT
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and base in _WIDTHS:
        return _WIDTHS[base]  # é as e, Ö as O
    if char.isupper():
        return 0.8
    return 0.7 if char.isalpha() else 1.0  # symbols and anything unknown: wide


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width ``text`` takes at ``size``, estimated conservatively (never too narrow)."""
    ems = sum(char_width(c) for c in text) * SAFETY
    return ems * size * (BOLD if bold else 1.0)


def is_tall(text: str) -> bool:
    """Whether ``text`` has characters beyond Latin, Greek, Cyrillic and common punctuation,
    whose fonts (CJK, Devanagari, Thai ...) reach higher and lower."""
    return any(
        ord(c) > 0x52F and not (0x1E00 <= ord(c) <= 0x20CF or 0x2100 <= ord(c) <= 0x215F)
        for c in text
    )


def line_height(text: str, size: float) -> float:
    return size * (TALL_LINE if is_tall(text) else LINE)


def wrap(text: str, size: float, width: float, lines: int, bold: bool = False) -> list[str]:
    """``text`` in at most ``lines`` lines no wider than ``width``, broken between words
    (inside a word only when it is longer than a line); what does not fit ends in '…'."""
    words = clean(text).split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        current = word
        while text_width(current, size, bold) > width:  # a word longer than a line
            cut = _longest_prefix(current, size, width, bold)
            out.append(current[:cut])
            current = current[cut:]
    if current or not out:
        out.append(current)
    if len(out) == 2 <= lines:
        return _balanced(words, size, width, bold) or out
    if len(out) <= lines:
        return out
    kept = out[:lines]
    kept[-1] = _with_ellipsis(kept[-1], size, width, bold)
    return kept


def _balanced(words: Sequence[str], size: float, width: float, bold: bool) -> list[str] | None:
    """Two lines of about the same width (rather than a long one and a word), if any fit:
    the split whose wider line is narrowest."""
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    best = min(
        ((max(text_width(a, size, bold), text_width(b, size, bold)), a, b) for a, b in splits),
        default=None,
    )
    if best is None:  # one word, cut in two
        return None
    # At exactly the width, the best split is the greedy one, which the caller keeps anyway.
    return [best[1], best[2]] if best[0] <= width else None  # pragma: no mutate


def _longest_prefix(text: str, size: float, width: float, bold: bool) -> int:
    cut = len(text)
    while cut > 1 and text_width(text[:cut], size, bold) > width:
        cut -= 1
    return cut


def _with_ellipsis(line: str, size: float, width: float, bold: bool) -> str:
    """``line`` cut, at a word if it can be, so that it and '…' fit in ``width``."""
    while line and text_width(line + "\u2026", size, bold) > width:
        space = line.rfind(" ")
        line = line[:space].rstrip(" ,;:\u2013\u2014-") if space > 0 else line[:-1]
    return line + "\u2026"


def truncate(text: str, size: float, width: float, bold: bool = False) -> str:
    return wrap(text, size, width, 1, bold)[0]


# ---------------------------------------------------------------- SVG pieces


def num(value: float) -> str:
    """A coordinate: two decimals at most, no trailing zeros, never '-0'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def paint(fill: str | None = None, stroke: str | None = None) -> str:
    """Fill and stroke by colour role: light colours as attributes, classes for dark mode."""
    attrs: list[str] = []
    classes: list[str] = []
    attrs.append(f'fill="{PALETTE[fill][0]}"' if fill else 'fill="none"')
    if fill:
        classes.append(f"tl-f-{fill}")
    if stroke:
        attrs.append(f'stroke="{PALETTE[stroke][0]}"')
        classes.append(f"tl-s-{stroke}")
    return f'class="{" ".join(classes)}" ' + " ".join(attrs) if classes else " ".join(attrs)


def style_sheet() -> str:
    rules = [
        f".{ROOT_CLASS}{{display:block;width:100%;max-width:34rem;height:auto}}",
        f".{ROOT_CLASS} text{{paint-order:stroke;stroke-linejoin:round}}",
        "@media screen and (prefers-color-scheme: dark){",
    ]
    for role, (_, dark) in PALETTE.items():
        rules.append(f".{ROOT_CLASS} .tl-f-{role}{{fill:{dark}}}")
        rules.append(f".{ROOT_CLASS} .tl-s-{role}{{stroke:{dark}}}")
    rules.append(f".{ROOT_CLASS} text{{stroke:{PALETTE['bg'][1]}}}")
    rules.append("}")
    return "<style>" + "\n".join(rules) + "</style>"


def text_el(x: float, y: float, text: str, size: float, role: str, cls: str, **extra: str) -> str:
    """A text whose halo (a stroke in the background colour) keeps grid lines off it."""
    attrs = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in extra.items())
    # The same font as an inline style too: a page that embeds the picture may have rules
    # such as `* {font-size: 17px}`, which beat attributes but not a style of the element's
    # own, and the layout was measured for this font.
    weight = extra.get("font_weight", "normal")
    style = f"font:{weight} {num(size)}px {FONT};letter-spacing:normal;word-spacing:normal"
    return (
        f'<text class="{cls} tl-f-{role}" x="{num(x)}" y="{num(y)}" font-size="{num(size)}"'
        f' fill="{PALETTE[role][0]}" stroke="{PALETTE["bg"][0]}" stroke-width="3"{attrs}'
        f' style="{style}">{esc(text)}</text>'
    )


def line_el(
    x1: float, y1: float, x2: float, y2: float, role: str, width: float, dash: str | None = None
) -> str:
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" '
        f'{paint(None, role)} stroke-width="{num(width)}"{dashed}/>'
    )


# ---------------------------------------------------------------- the time axis


def month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def month_ordinal(index: int) -> int:
    """The day number (as date.toordinal() counts) of the first day of month ``index``, for
    any year: an axis rounded out to whole steps can start or end where a date cannot."""
    year, month = divmod(index, 12)
    y = year - 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    before = _DAYS_BEFORE_MONTH[month] + (1 if leap and month >= 2 else 0)
    return y * 365 + y // 4 - y // 100 + y // 400 + before + 1


class Axis(NamedTuple):
    start: int  # the month (year * 12 + month - 1) the axis starts with
    end: int  # the month after its last
    step: int  # months between ticks

    def at(self, ordinal: float) -> float:
        """Where the start of day number ``ordinal`` is."""
        first, stop = month_ordinal(self.start), month_ordinal(self.end)
        return PLOT_LEFT + (ordinal - first) / (stop - first) * (PLOT_RIGHT - PLOT_LEFT)

    def x(self, day: dt.date) -> float:
        """Where ``day`` starts."""
        return self.at(day.toordinal())

    def x_after(self, day: dt.date) -> float:
        """Where ``day`` ends."""
        return self.at(day.toordinal() + 1)

    def holds(self, day: dt.date) -> bool:
        return month_ordinal(self.start) <= day.toordinal() < month_ordinal(self.end)

    def ticks(self) -> Iterator[tuple[int, float]]:
        """Each tick's month and where it is, the axis's two ends included; one at a time,
        so that a check can stop at the first pair too close (months over millennia are a
        million ticks)."""
        return ((m, self.at(month_ordinal(m))) for m in range(self.start, self.end + 1, self.step))

    def label(self, index: int) -> str:
        """A tick's words: the year, or in months the month (and its year at a January and
        at the first tick)."""
        year, month = divmod(index, 12)
        if month == 0:  # a January: every tick is one when the steps are whole years
            return str(year)
        return f"{MONTHS[month]} {year}" if index == self.start else MONTHS[month]

    def labels_fit(self) -> bool:
        """Whether each tick's label fits before the next tick."""
        return all(
            text_width(self.label(a), SMALL_SIZE) + 8 <= xb - xa
            for (a, xa), (_, xb) in itertools.pairwise(self.ticks())
        )

    def describe(self) -> str:
        (first_year, first_month), (last_year, last_month) = (
            divmod(self.start, 12),
            divmod(self.end - 1, 12),
        )
        return (
            f"from the start of {MONTH_NAMES[first_month]} {first_year} "
            f"to the end of {MONTH_NAMES[last_month]} {last_year}"
        )


def _rounded(low: dt.date, high: dt.date, step: int) -> Axis:
    start = month_index(low) // step * step
    end = -(-(month_index(high) + 1) // step) * step  # the boundary after the last month
    return Axis(start, end, step)  # both whole steps, and end > high >= start


def choose_axis(periods: Sequence[Period]) -> Axis:
    """The finest ticks whose labels fit, over whole steps that hold every mark, fading
    ends included (more steps at a side when they would not fit)."""
    low = min(p.first for p in periods)
    high = max(p.last for p in periods)
    axis = _rounded(low, high, STEPS[-1])
    for step in STEPS:
        axis = _rounded(low, high, step)
        for _ in range(12):
            left, right = extent(axis, periods)
            if left < EDGE:
                axis = axis._replace(start=axis.start - step)
            elif right > WIDTH - EDGE:
                axis = axis._replace(end=axis.end + step)
            else:
                break
        if axis.labels_fit():
            return axis
    return axis


def extent(axis: Axis, periods: Iterable[Period]) -> tuple[float, float]:
    """How far left and right the marks reach on this axis."""
    reaches = [shape(axis, p).reach(p.is_event) for p in periods]
    return min(r[0] for r in reaches), max(r[1] for r in reaches)


# ---------------------------------------------------------------- marks


def kind_of(period: Period) -> str:
    """'day', 'span' (a month or year), 'about', 'before', 'by' or 'after'."""
    if period.qualifier in ("about", "before", "by", "after"):
        return period.qualifier
    return "day" if period.exact else "span"


class Shape(NamedTuple):
    """Where a mark goes on its line, before it is drawn."""

    kind: str
    x0: float  # the start of the days the date means (an open bar's cap: x0 == x1)
    x1: float  # their end
    left: float  # where the drawn mark starts, fading ends included
    right: float  # and ends
    centre: float  # where a cross goes

    @property
    def dot(self) -> bool:
        return self.kind == "day" and self.right - self.left <= 2 * DOT + 0.001

    def reach(self, is_event: bool) -> tuple[float, float]:
        """How far the mark reaches, the event's ring and the strokes included."""
        pad = RING + 1 if is_event else 1
        return self.left - pad, self.right + pad


def shape(axis: Axis, period: Period) -> Shape:
    kind = kind_of(period)
    x0 = axis.x(period.first)
    x1 = axis.x_after(period.last)
    mid = (x0 + x1) / 2
    if kind == "day":  # a dot, or a capsule over days that are wider than a dot
        if x1 - x0 < 2 * DOT:
            return Shape(kind, x0, x1, mid - DOT, mid + DOT, mid)
        return Shape(kind, x0, x1, x0, x1, mid)
    if kind == "span":
        if x1 - x0 < MIN_BAR:
            x0, x1 = mid - MIN_BAR / 2, mid + MIN_BAR / 2
        return Shape(kind, x0, x1, x0, x1, mid)
    if kind == "about":
        fuzz = max(12.0, (x1 - x0) / 2)
        return Shape(kind, x0, x1, x0 - fuzz, x1 + fuzz, mid)
    if kind in ("before", "by"):  # nothing after the cap; fading out to the left
        cap = x0 if kind == "before" else x1
        return Shape(kind, cap, cap, cap - OPEN_LENGTH, cap, cap - 9)
    return Shape(kind, x1, x1, x1, x1 + OPEN_LENGTH, x1 + 9)  # after: from the day's end


class Look(NamedTuple):
    fill: str | None
    stroke: str
    width: float
    dash: str | None


def look(status: str) -> Look:
    """Happened: filled. Planned: hollow and dashed. Postponed, cancelled: hollow, grey."""
    if status == "happened":
        return Look("happened", "happened", 1.5, None)
    if status == "planned":
        return Look("bg", "planned", 1.8, "3.5 2.5")
    if status == "key":  # the legend's shapes, which say nothing of status
        return Look("key", "key", 1.5, None)
    return Look("bg", "off", 1.5, None)


def _stroke(lk: Look) -> str:
    dash = f' stroke-dasharray="{lk.dash}"' if lk.dash else ""
    return f'{paint(lk.fill, lk.stroke)} stroke-width="{num(lk.width)}"{dash}'


def _fade(mask_id: str, sh: Shape, cy: float, stops: Sequence[tuple[float, float]]) -> str:
    """A mask that fades a bar out: ``stops`` are (x, opacity) along it."""
    left, span = sh.left, sh.right - sh.left
    stop_els = "".join(
        f'<stop offset="{num(min(1.0, max(0.0, (x - left) / span)))}" stop-color="#fff"'
        f' stop-opacity="{num(o)}"/>'
        for x, o in stops
    )
    box = f'x="{num(left - 4)}" y="{num(cy - 12)}" width="{num(span + 8)}" height="24"'
    return (
        f'<linearGradient id="{mask_id}-g" gradientUnits="userSpaceOnUse" x1="{num(left)}"'
        f' y1="0" x2="{num(sh.right)}" y2="0">{stop_els}</linearGradient>'
        f'<mask id="{mask_id}" maskUnits="userSpaceOnUse" {box}>'
        f'<rect {box} fill="url(#{mask_id}-g)"/></mask>'
    )


def _cap(x: float, cy: float, lk: Look) -> str:
    return line_el(x, cy - CAP, x, cy + CAP, lk.stroke, 2.0, lk.dash)


def _bar(
    sh: Shape,
    cy: float,
    half: float,
    lk: Look,
    round_ends: bool = False,
    mask_id: str | None = None,
) -> str:
    rx = f' rx="{num(half)}"' if round_ends else ""
    mask = f' mask="url(#{mask_id})"' if mask_id else ""
    return (
        f'<rect x="{num(sh.left)}" y="{num(cy - half)}" width="{num(sh.right - sh.left)}"'
        f' height="{num(2 * half)}"{rx} {_stroke(lk)}{mask}/>'
    )


def draw_mark(
    sh: Shape, status: str, cy: float, is_event: bool, mask_id: str
) -> tuple[list[str], list[str]]:
    """A mark's elements, and the masks (for <defs>) its fading ends need."""
    lk = look(status)
    els: list[str] = []
    defs: list[str] = []
    half = DOT
    if sh.dot:
        els.append(f'<circle cx="{num(sh.centre)}" cy="{num(cy)}" r="{DOT}" {_stroke(lk)}/>')
    elif sh.kind == "day":  # a capsule over the days
        els.append(_bar(sh, cy, DOT, lk, round_ends=True))
    elif sh.kind == "span":  # a thin bar over the days it can be, capped at both ends
        els += [_bar(sh, cy, BAR, lk), _cap(sh.x0, cy, lk), _cap(sh.x1, cy, lk)]
        half = CAP
    elif sh.kind == "about":  # soft: fading out at both ends, no caps
        stops = [(sh.left, 0.0), (sh.x0, 1.0), (sh.x1, 1.0), (sh.right, 0.0)]
        defs.append(_fade(mask_id, sh, cy, stops))
        els.append(_bar(sh, cy, SOFT, lk, round_ends=True, mask_id=mask_id))
        half = SOFT
    else:  # open: a cap at the date, fading out away from it
        stops = [(sh.left, 0.0), (sh.right, 1.0)]
        if sh.kind == "after":
            stops = [(sh.left, 1.0), (sh.right, 0.0)]
        defs.append(_fade(mask_id, sh, cy, stops))
        els += [_bar(sh, cy, OPEN, lk, mask_id=mask_id), _cap(sh.x0, cy, lk)]
        half = CAP
    if status in ("postponed", "cancelled"):  # crossed out, inside the caps or the dot
        c, r = sh.centre, CROSS
        els.append(line_el(c - r, cy - r, c + r, cy + r, "ink", 1.7))
        els.append(line_el(c - r, cy + r, c + r, cy - r, "ink", 1.7))
    if is_event and sh.dot:
        els.append(
            f'<circle cx="{num(sh.centre)}" cy="{num(cy)}" r="{num(DOT + RING)}"'
            f' {paint(None, "ink")} stroke-width="1.5"/>'
        )
    elif is_event:
        els.append(
            f'<rect x="{num(sh.left - RING)}" y="{num(cy - half - RING)}"'
            f' width="{num(sh.right - sh.left + 2 * RING)}" height="{num(2 * (half + RING))}"'
            f' rx="{num(half + RING)}" {paint(None, "ink")} stroke-width="1.5"/>'
        )
    return els, defs


# ---------------------------------------------------------------- rows


class Line(NamedTuple):
    text: str
    size: float
    role: str
    cls: str
    bold: bool = False


def status_words(period: Period) -> str:
    words = {"planned": " · planned", "postponed": " · postponed", "cancelled": " · cancelled"}
    return words.get(period.status, "") + (" · this event" if period.is_event else "")


def label_lines(entry: Entry, period: Period) -> list[Line]:
    room = WIDTH - 2 * MARGIN
    date = truncate(clean(entry.label) + status_words(period), DATE_SIZE, room)
    lines = [Line(date, DATE_SIZE, "muted", "tl-label tl-date")]
    bold = period.is_event
    title = (entry.title or entry.body) + refs(entry)
    for text in wrap(title, TITLE_SIZE, room, ALL_LINES, bold):
        lines.append(Line(text, TITLE_SIZE, "ink", "tl-label tl-title", bold))
    for caveat in entry.caveats:  # every caveat, whole, under its item's title
        for text in wrap(f"({caveat})", SMALL_SIZE, room, ALL_LINES):
            lines.append(Line(text, SMALL_SIZE, "muted", "tl-label tl-caveat"))
    return lines


def refs(entry: Entry) -> str:
    """The item's source numbers, as the other formats print them: ' [1][3]'."""
    return " " + "".join(f"[{number}]" for number in entry.refs) if entry.refs else ""


def block_width(lines: Sequence[Line]) -> float:
    return max(text_width(line.text, line.size, line.bold) for line in lines)


def block_height(lines: Sequence[Line]) -> float:
    return sum(line_height(line.text, line.size) for line in lines)


def mark_id(entry: Entry, number: int) -> str:
    return entry.id or f"item-{number}"


def describe(entry: Entry, period: Period | None) -> str:
    """One item in words, for the text alternative."""
    if period is None:
        return f"{clean(entry.label)}: {item_words(entry)}"
    status = STATUS_WORDS.get(period.status, period.status)
    event = "; the event this sheet is about" if period.is_event else ""
    return f"{clean(entry.label)}: {item_words(entry, f' ({status}{event})')}"


def item_words(entry: Entry, after_title: str = "") -> str:
    """'Title [1][2] (what became of it). (Each caveat.)'"""
    caveats = "".join(f" ({clean(caveat)})" for caveat in entry.caveats)
    return f"{clean(entry.title or entry.body)}{refs(entry)}{after_title}.{caveats}"


# ---------------------------------------------------------------- drawing, top to bottom


class Canvas:
    """What is drawn so far, and how far down: grid lines go under everything else."""

    def __init__(self, top: float, ids: str) -> None:
        self.ids = ids  # the prefix of every id in the picture
        self.grid: list[str] = []
        self.body: list[str] = []
        self.defs: list[str] = []
        self.y = top

    def lines(self, lines: Sequence[Line], x: float, **extra: str) -> None:
        """``lines`` from the current height down, each a <text>."""
        for line in lines:
            height = line_height(line.text, line.size)
            baseline = self.y + (height - line.size * LINE) / 2 + line.size * BASELINE
            weight = {"font_weight": "bold"} if line.bold else {}
            self.body.append(
                text_el(x, baseline, line.text, line.size, line.role, line.cls, **weight, **extra)
            )
            self.y += height


def draw_timeline(
    canvas: Canvas, axis: Axis, dated: Sequence[tuple[Entry, Period]], checked: dt.date | None
) -> None:
    """The axis with its ticks, a row per dated item, the axis again, and the legend."""
    checked_x = None
    if checked and axis.holds(checked):
        checked_x = (axis.x(checked) + axis.x_after(checked)) / 2
    tick_top = canvas.y
    axis_top = tick_top + line_height("0", SMALL_SIZE) + 4
    canvas.y = axis_top + 6
    if checked and checked_x is not None:
        words = f"Facts checked {format_day(checked)}"
        width = text_width(words, SMALL_SIZE)
        right = checked_x + 4 + width <= WIDTH - MARGIN
        x = checked_x + 4 if right else checked_x - 4 - width
        canvas.lines([Line(words, SMALL_SIZE, "muted", "tl-checked")], x)
    canvas.y += 6
    for number, (entry, period) in enumerate(dated, start=1):
        draw_row(canvas, axis, number, entry, period)
    axis_bottom = canvas.y - ROW_GAP + 4
    for _, gx in axis.ticks():
        canvas.grid.append(line_el(gx, axis_top, gx, axis_bottom, "grid", 1))
        for y in (axis_top, axis_bottom):
            canvas.grid.append(line_el(gx, y - 3, gx, y + 3, "axis", 1))
    for y in (axis_top, axis_bottom):
        canvas.grid.append(line_el(PLOT_LEFT, y, PLOT_RIGHT, y, "axis", 1))
    if checked_x is not None:
        canvas.grid.append(
            line_el(checked_x, axis_top, checked_x, axis_bottom, "muted", 1.2, "2 2")
        )
    canvas.y = axis_bottom + 4
    for top in (tick_top, canvas.y):  # tick labels above and below, each right of its tick
        for index, gx in list(axis.ticks())[:-1]:
            canvas.y = top
            canvas.lines([Line(axis.label(index), SMALL_SIZE, "muted", "tl-tick")], gx + 3)
    canvas.y += 8
    draw_key(canvas, key_items([p for _, p in dated], checked_x is not None))


def draw_row(canvas: Canvas, axis: Axis, number: int, entry: Entry, period: Period) -> None:
    """An item's label, starting where its mark starts (as far as it fits), and its mark on
    the line below."""
    ident = mark_id(entry, number)
    lines = label_lines(entry, period)
    sh = shape(axis, period)
    width, height = block_width(lines), block_height(lines)
    x = min(max(sh.left, MARGIN), WIDTH - MARGIN - width)
    top = canvas.y
    role = "band" if period.is_event else "bg"
    if period.is_event:
        canvas.body.append(
            f'<rect x="{num(EDGE)}" y="{num(top - 4)}" width="{num(WIDTH - 2 * EDGE)}"'
            f' height="{num(height + MARK_LINE + 8)}" rx="4" {paint(role)}/>'
        )
    # An opaque card under the label keeps grid lines from running through its words.
    canvas.body.append(
        f'<rect x="{num(x - 3)}" y="{num(top)}" width="{num(width + 6)}"'
        f' height="{num(height)}" {paint(role)}/>'
    )
    canvas.lines(lines, x, data_id=ident)
    cy = canvas.y + MARK_LINE / 2
    # Ids of the picture's own, by row: an item's id could hold what url(#...) cannot.
    els, masks = draw_mark(sh, period.status, cy, period.is_event, f"{canvas.ids}fade-{number}")
    canvas.defs += masks
    classes = f"tl-mark tl-{period.status} tl-{sh.kind}" + (" tl-event" if period.is_event else "")
    canvas.body.append(
        f'<g class="{esc(classes)}" data-id="{esc(ident)}">'
        f"<title>{esc(describe(entry, period))}</title>{''.join(els)}</g>"
    )
    canvas.y += MARK_LINE + ROW_GAP


class KeyItem(NamedTuple):
    text: str
    kind: str  # a mark's kind, or 'checked' for the facts-checked line
    status: str
    is_event: bool = False


def key_items(periods: Sequence[Period], checked_drawn: bool) -> list[KeyItem]:
    """What the picture uses, and only that."""
    statuses = {p.status for p in periods}
    kinds = {kind_of(p) for p in periods}
    items: list[KeyItem] = []
    if "happened" in statuses:
        items.append(KeyItem("Happened", "day", "happened"))
    if "planned" in statuses:
        items.append(KeyItem("Planned, not reported as done", "day", "planned"))
    off = [s for s in ("postponed", "cancelled") if s in statuses]
    if off:
        items.append(KeyItem(" or ".join(off).capitalize(), "day", off[0]))
    shapes = (
        ("day", "Exact day(s)"),
        ("span", "Month or year: bar over its days"),
        ("about", "About: soft ends"),
        ("before", "Before or by a date"),
        ("by", "Before or by a date"),
        ("after", "After a date"),
    )
    for kind, text in shapes:
        if kind in kinds and text not in [item.text for item in items]:
            items.append(KeyItem(text, kind, "key"))
    if any(p.is_event for p in periods):
        items.append(KeyItem("The event this sheet is about", "day", "key", True))
    if checked_drawn:
        items.append(KeyItem("Facts checked", "checked", "key"))
    return items


KEY_SAMPLE = 30.0  # the width of a legend item's sample mark
KEY_ROW = 24.0


def key_sample(kind: str, x: float) -> Shape:
    """A sample of a mark of ``kind`` in the box from ``x``: short open bars, so they fit."""
    mid, end = x + KEY_SAMPLE / 2, x + KEY_SAMPLE
    return {
        "day": Shape("day", mid, mid, mid - DOT, mid + DOT, mid),
        "span": Shape("span", x + 7, end - 7, x + 7, end - 7, mid),
        "about": Shape("about", mid - 3, mid + 3, x + 1, end - 1, mid),
        "before": Shape("before", end - 5, end - 5, x + 1, end - 5, mid),
        "by": Shape("by", end - 5, end - 5, x + 1, end - 5, mid),
        "after": Shape("after", x + 5, x + 5, x + 5, end - 1, mid),
    }[kind]


def draw_key(canvas: Canvas, items: Sequence[KeyItem]) -> None:
    """The legend: its items in lines, wrapping at the picture's width."""
    x = MARGIN
    for n, item in enumerate(items):
        width = KEY_SAMPLE + 5 + text_width(item.text, SMALL_SIZE)
        if x > MARGIN and x + width > WIDTH - MARGIN:
            x, canvas.y = MARGIN, canvas.y + KEY_ROW
        cy = canvas.y + KEY_ROW / 2
        if item.kind == "checked":
            mid = x + KEY_SAMPLE / 2
            canvas.body.append(line_el(mid, cy - 8, mid, cy + 8, "muted", 1.2, "2 2"))
        else:
            sample = key_sample(item.kind, x)
            mask_id = f"{canvas.ids}key-fade-{n}"
            els, masks = draw_mark(sample, item.status, cy, item.is_event, mask_id)
            canvas.body += els
            canvas.defs += masks
        baseline = cy + SMALL_SIZE * 0.36
        canvas.body.append(
            text_el(x + KEY_SAMPLE + 5, baseline, item.text, SMALL_SIZE, "ink", "tl-key")
        )
        x += width + 14
    canvas.y += KEY_ROW


def draw_undated(canvas: Canvas, undated: Sequence[Entry]) -> None:
    """Items with no date are not drawn; the picture says which, with their caveats."""
    for entry in undated:
        words = f"Date not given, so not drawn: {item_words(entry)}"
        lines = wrap(words, SMALL_SIZE, WIDTH - 2 * MARGIN, ALL_LINES)
        canvas.lines([Line(t, SMALL_SIZE, "muted", "tl-note") for t in lines], MARGIN)


def draw_sources(canvas: Canvas, sources: Sequence[NumberedSource]) -> None:
    """The numbered sources, with their own caveats, so the picture stands on its own."""
    canvas.y += 8
    canvas.lines([Line("Sources", SMALL_SIZE, "ink", "tl-sources", True)], MARGIN)
    for source in sources:
        lines = wrap(source_words(source), SMALL_SIZE, WIDTH - 2 * MARGIN, ALL_LINES)
        canvas.lines([Line(t, SMALL_SIZE, "muted", "tl-source") for t in lines], MARGIN)


# ---------------------------------------------------------------- the picture


def timeline_section(document: Document) -> Section | None:
    return next((s for s in document.sections if s.key == "timeline"), None)


def checked_day(document: Document) -> dt.date | None:
    try:
        return first_day(document.checked)
    except ValueError:
        return None


def id_prefix(document: Document) -> str:
    """A prefix for the picture's ids that differs between pictures of different timelines,
    so two on one page never clash."""
    section = timeline_section(document)
    seen = [document.title, document.checked]
    for entry in section.entries if section else ():
        seen += [entry.id or "", entry.label, entry.title, repr(entry.period)]
    digest = hashlib.sha256("\x1f".join(seen).encode("utf-8", "surrogatepass")).hexdigest()
    return f"aimeeting-timeline-{digest[:8]}-"


def timeline_svg_parts(
    document: Document, *, ids: str | None = None, sources: bool = True
) -> Iterator[str]:
    """The SVG, in pieces (see the module's docstring for what it shows and why). Every id
    in it starts with ``ids`` (by default one made from the timeline's content). The
    sources are listed under the picture unless ``sources`` is false (on a page that lists
    them already)."""
    ids = id_prefix(document) if ids is None else ids
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", ids) is None:
        raise ValueError(f"an id prefix is a letter, then letters, digits, '-' or '_': {ids!r}")
    section = timeline_section(document)
    entries = section.entries if section else ()
    dated = [(e, e.period) for e in entries if e.period is not None]
    undated = [e for e in entries if e.period is None]
    checked = checked_day(document)
    axis = choose_axis([p for _, p in dated]) if dated else None
    canvas = Canvas(top=8.0, ids=ids)
    if axis:
        draw_timeline(canvas, axis, dated, checked)
    else:
        canvas.lines([Line("No dated items to draw.", TITLE_SIZE, "ink", "tl-note")], MARGIN)
    draw_undated(canvas, undated)
    cited = [source for source in document.sources if sources]
    if cited:
        draw_sources(canvas, cited)
    height = canvas.y + 8

    title = f"Timeline: {clean(document.title)}"
    desc = describe_all(axis, dated, undated, checked)
    yield (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{ROOT_CLASS}" role="img"'
        f' width="100%" viewBox="0 0 {num(WIDTH)} {num(height)}"'
        f' aria-labelledby="{ids}title" aria-describedby="{ids}desc"'
        f' font-family="{FONT}">\n'
    )
    yield f'<title id="{ids}title">{esc(title)}</title>\n'
    yield f'<desc id="{ids}desc">{esc(desc)}</desc>\n'
    yield style_sheet() + "\n"
    if canvas.defs:
        yield "<defs>" + "".join(canvas.defs) + "</defs>\n"
    yield f'<rect width="{num(WIDTH)}" height="{num(height)}" {paint("bg")}/>\n'
    for piece in (*canvas.grid, *canvas.body):
        yield piece + "\n"
    yield "</svg>\n"


def describe_all(
    axis: Axis | None,
    dated: Sequence[tuple[Entry, Period]],
    undated: Sequence[Entry],
    checked: dt.date | None,
) -> str:
    """The text alternative: what the picture is, then every item in words."""
    parts: list[str] = []
    if axis:
        parts.append(
            f"A timeline of {len(dated)} dated item{'s' if len(dated) != 1 else ''}, one a row "
            f"in the table's order, on a time axis {axis.describe()}. Filled marks happened; "
            "hollow dashed marks were planned; crossed-out marks were postponed or cancelled. "
            "Dots are exact days, bars with end caps are a month or a year, soft-edged bars "
            "are approximate dates, and bars that fade out are open (before, by or after a "
            "date)."
        )
    else:
        parts.append("A timeline with no dated items to draw.")
    parts += [f"{n}. {describe(entry, period)}" for n, (entry, period) in enumerate(dated, 1)]
    if undated:
        parts.append("Date not given, so not drawn:")
        parts += [describe(entry, None) for entry in undated]
    if checked:
        parts.append(f"Facts checked {format_day(checked)}.")
    return " ".join(parts)


def timeline_svg(document: Document, *, ids: str | None = None) -> str:
    """The timeline section of ``document`` as a standalone SVG picture (which can also go
    inside an HTML page as it is)."""
    return "".join(timeline_svg_parts(document, ids=ids))
