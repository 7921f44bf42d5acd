"""Find words across a briefing and rank the items that hold them: pure functions whose cost
is linear in the query's length plus the briefing's size. The hits come out as a document,
each hit the sheet's own entry for the item (with its caveats) plus the matching fields."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from pydantic import BaseModel

from aimeeting.briefing.dates import format_date, format_range, written_pattern
from aimeeting.briefing.model import (
    Briefing,
    DayRange,
    Event,
    Quote,
    Role,
    Source,
    TimelineEntry,
    Venue,
)
from aimeeting.document import (
    Context,
    Document,
    Entry,
    Excerpt,
    Section,
    as_sentence,
    describe_part,
    describe_when,
    entry_for,
    label_doubt,
    source_entry,
)
from aimeeting.errors import UsageError
from aimeeting.safetext import composed, folded, folded_with_origin, without_terminal_sequences
from aimeeting.sections import SECTIONS as SHEET_SECTIONS

MAX_WORDS = 32
"""Most distinct words in one query. Each is one alternative of the pattern tried at every
position of the briefing, so this bound is what keeps a search linear in the briefing."""
MAX_WORD_CHARS = 300
"""Longest word: a word is compared at every position, so its length multiplies the cost."""
CONTEXT_CHARS = 60
"""Characters of context kept on either side of a match (then cut back to a whole word)."""
MAX_EXCERPTS = 3
"""Separate stretches shown from one field; more would be the whole field again."""
MAX_SPANS = 1000
"""Most separate matches read from one field, once every word is found: a hit shows at most
a few stretches, or a note whole, so a word on every line of a long text needs no more (a
word found whole only beyond them ranks as part of a word)."""
MAX_STRETCH_CHARS = 4 * CONTEXT_CHARS
"""Longest stretch: where matches crowd (the word on every line of a long field), a stretch
ends here and the next begins, so that a hit never shows a whole long field."""

SEARCH_SECTIONS = tuple(spec.key for spec in SHEET_SECTIONS)
"""Section keys, in the order the fact sheet shows them: the names --section accepts."""

HEADING_FIELDS = frozenset({"title", "question", "label", "name", "speaker"})
"""Fields that say what an item is about: a word found there outranks one in the body."""
HEADING_WEIGHT = 2
WHOLE_WORD_WEIGHT = 2

# Not read as text: ids, flags and codes (a search for "exact" should not find every date).
_SKIPPED_FIELDS = {
    "id",
    "sources",
    "inferred",
    "verbatim",
    "schema_version",
    "date_qualifier",
    "status",
    "language",
    "translated_by",
    "kind",
    "title_is_description",
    "archived",  # a copy's address and dates: the source's own address is what a hit shows
}

MAX_YEAR_PLACES = 2000
"""How many places of a typed date's year in one text are looked at for the date written
out: a bound on the cost of a text that repeats the year many thousand times."""
WRITTEN_REACH = 48
"""How far before its year a written date may begin ("16th September – 22nd November, ")."""
ADDRESS_FIELDS = frozenset({"url", "archived"})
"""Fields holding a web address, whose digits are no numbers a reader looks for."""

Span = tuple[int, int]


class Query(NamedTuple):
    """A parsed search: distinct words, one combined pattern, the sections to look in."""

    words: tuple[str, ...]  # distinct (case-insensitively), in the order first typed
    pattern: re.Pattern[str]  # one group per word, longest first, inside a lookahead
    group_words: tuple[int, ...]  # group number - 1 -> index in words
    covers: tuple[tuple[int, ...], ...]  # per word: the other words inside it
    sections: tuple[str, ...]  # section keys to search, sheet order
    numbers: frozenset[int] = frozenset()  # the words that are numbers
    digits: frozenset[int] = frozenset()  # the words found only where no digit precedes
    # Per year, each day or month typed as stored in it, and how text writes that
    written: tuple[tuple[str, tuple[tuple[int, re.Pattern[str]], ...]], ...] = ()

    def describe(self) -> str:
        """The query as an error message shows it."""
        where = "" if self.sections == SEARCH_SECTIONS else " in " + ", ".join(self.sections)
        return repr(" ".join(self.words)) + where


def parse_sections(names: Iterable[str]) -> tuple[str, ...]:
    """Section keys from names as typed (key_facts, key-facts, KEY-FACTS); none means all."""
    chosen: set[str] = set()
    for name in names:
        key = name.strip().casefold().replace("-", "_")
        if key not in SEARCH_SECTIONS:
            known = ", ".join(s.replace("_", "-") for s in SEARCH_SECTIONS)
            raise UsageError(f"unknown section {name!r} for --section; choose from {known}")
        chosen.add(key)
    return tuple(s for s in SEARCH_SECTIONS if s in chosen) if chosen else SEARCH_SECTIONS


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
"""A number as typed: "17", "1,500", "2.0"."""
_ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


def _as_written(word: str) -> str:
    """A typed word as the sheet would write it: without the punctuation around it in a
    sentence ("March 16, 2026", "(Tokyo)", "tokyo."), and a day without its ordinal ending
    ("16th march"), as the sheet writes dates ("16 March 2026"). Punctuation alone stays,
    to be dropped as no word."""
    start, end = 0, len(word)
    while start < end and _is_around(word[start]):
        start += 1
    while end > start and _is_around(word[end - 1]):
        end -= 1
    word = word[start:end] or word
    return day.group(1) if (day := _ORDINAL_DAY.fullmatch(word)) else word


def parse_query(term: str, sections: Iterable[str] = ()) -> Query:
    """Split ``term`` into words and build the one pattern that finds them all.

    Repeated words are dropped first (case-insensitively), so they cost nothing later.
    Raises UsageError for an empty query, more than MAX_WORDS distinct words, a word
    longer than MAX_WORD_CHARS, or an unknown section.
    """
    # Keyed as they are matched: folded (see safetext.folded), as the briefing's text is.
    distinct: dict[str, str] = {}  # folded -> as first typed
    for typed in composed(without_terminal_sequences(term)).split():
        word = _as_written(typed)
        # Not a word of marks or punctuation alone ("-", "?"): it would match every dash
        if (key := folded(word)) and not all(_is_punctuation(char) for char in key):
            distinct.setdefault(key, word)
    if not distinct:
        raise UsageError("nothing to search for: give at least one word")
    if len(distinct) > MAX_WORDS:
        raise UsageError(
            f"too many different words to search for ({len(distinct)}); the limit is {MAX_WORDS}"
        )
    longest = max(len(word) for word in distinct)
    if longest > MAX_WORD_CHARS:
        raise UsageError(
            f"a search word is {longest} characters long; the limit is {MAX_WORD_CHARS}"
        )
    words = tuple(distinct.values())
    keys = tuple(distinct)  # each word folded, as it is matched
    # Longest first, so that where two words start at one place the longer one is
    # reported; the shorter is then inside it, and `covers` credits it.
    order = sorted(range(len(words)), key=lambda i: -len(keys[i]))
    # A lookahead matches at every position, so overlapping words are all found
    # ("hiroshi" and "shima" in "Hiroshima"), in one pass over the text.
    # As a reader matches by eye: "evian" finds "Évian", "first" finds "ﬁrst".
    # A number is found as a number: "17" is not in "2017" (nor in an address: match_item).
    # A day or month typed as stored (2026-03-16) is found so, and as text writes it, in a
    # pass of its own over the texts holding its year: as alternatives here, each written
    # form would be tried at every position of every text.
    forms = {i: form for i, key in enumerate(keys) if (form := written_pattern(key))}
    # (Not after a digit either: scan_field checks that, as a lookbehind in each of many
    # alternatives would cost a step at every position of every text.)
    finders = [
        rf"{re.escape(k)}(?!\d)" if _NUMBER.fullmatch(k) or i in forms else re.escape(k)
        for i, k in enumerate(keys)
    ]
    alternatives = "|".join(f"({finders[i]})" for i in order)
    pattern = re.compile(f"(?=(?:{alternatives}))", re.IGNORECASE)
    covers = tuple(
        tuple(j for j in range(len(words)) if j != i and re.search(finders[j], keys[i]))
        for i in range(len(words))
    )
    return Query(
        words,
        pattern,
        tuple(order),
        covers,
        parse_sections(sections),
        frozenset(i for i, key in enumerate(keys) if _NUMBER.fullmatch(key)),
        frozenset(i for i, key in enumerate(keys) if _NUMBER.fullmatch(key) or i in forms),
        tuple(
            (year, tuple((i, re.compile(form)) for i, (form, y) in forms.items() if y == year))
            for year in dict.fromkeys(year for _, year in forms.values())
        ),
    )


class FieldMatch(NamedTuple):
    """One field of an item that holds at least one search word."""

    name: str
    value: str
    spans: tuple[Span, ...]  # where the words are in value: sorted, merged


class Hit(NamedTuple):
    section: str
    item_id: str
    fields: tuple[tuple[str, str], ...]  # every text field of the item, in model order
    matches: tuple[FieldMatch, ...]  # the fields holding a search word, in model order
    score: int  # higher is better; see score_word
    note: str | None  # the item's caveat: shown with every hit, never trimmed
    inferred: bool
    paraphrase: bool = False  # a quote whose text is not the speaker's own words
    entry: Entry | None = None  # the item as the sheet shows it, caveats and all
    sources: tuple[str, ...] = ()  # ids of the item's sources (none for a source itself)
    doubt: str | None = None  # what its date or status leaves open ("Before May 2023")

    @property
    def matched(self) -> tuple[str, ...]:
        """Names of the fields that hold a search word, each once (an item's note and its
        parts' notes are all "note")."""
        return tuple(dict.fromkeys(match.name for match in self.matches))

    def to_json(self) -> dict[str, object]:
        return {
            "section": self.section,
            "id": self.item_id,
            "text": " | ".join(value for _, value in self.fields),
            "matched_fields": list(self.matched),
            "score": self.score,
            "note": self.note,
            "inferred": self.inferred,
            "paraphrase": self.paraphrase,
            "caveats": [
                as_sentence(caveat)
                for caveat in (
                    *((self.doubt,) if self.doubt else ()),
                    *(self.entry.caveats if self.entry else ()),
                )
            ],
            "sources": list(self.sources),
        }


def item_fields(item: BaseModel) -> tuple[tuple[str, str], ...]:
    """The text a person reads in an item, field by field. The parts it is made of (a
    person's roles, an event's venues and main days) are one field each, their parts joined
    by "; ", and their notes are notes of the item: the sheet shows them as its caveats."""
    fields: list[tuple[str, str]] = []
    part_notes: list[tuple[str, str]] = []
    # The note last, as people read it: after the text it qualifies.
    for name in sorted(type(item).model_fields, key=lambda field: field == "note"):
        if name in _SKIPPED_FIELDS:
            continue
        value = getattr(item, name)
        if isinstance(value, str):
            fields.append((name, composed(value)))
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            fields.append((name, composed("; ".join(value))))
        elif parts := [v for v in (value if isinstance(value, list) else [value]) if v]:
            if not all(isinstance(part, Role | Venue | DayRange) for part in parts):
                continue
            # As the sheet writes them: a role's dates in words, "planned", "inferred"
            fields.append((name, composed("; ".join(describe_part(part) for part in parts))))
            part_notes += [("note", composed(part.note)) for part in parts if part.note]
    return (*fields, *part_notes)


def written_dates(item: BaseModel) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """An item's dates as the sheet writes them ("15–16 March 2026", "About May 2024"): a
    search for "16 march" finds what the briefing stores as 2026-03-16. Each with the name
    it is shown under and the stored fields it is written from. Matched and shown, not part
    of the item's `text`; a year alone is written as it is stored."""
    dates: list[tuple[str, str, tuple[str, ...]]] = []
    if isinstance(item, TimelineEntry) and item.date:
        dates = [("date", describe_when(item.date, item.end, item.date_qualifier), ("date", "end"))]
    elif isinstance(item, Quote) and item.date:
        dates = [("date", format_date(item.date), ("date",))]
    elif isinstance(item, Source) and item.published:
        # Not the day it was read: one day for most sources, not what a reader looks for
        dates = [("published", format_date(item.published), ("published",))]
    elif isinstance(item, Event):
        dates = [("when", format_range(item.start, item.end), ("start", "end"))]
    return tuple(date for date in dates if date[1] != getattr(item, date[2][0]))


def shown_forms(item: BaseModel) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """What a hit shows of an item besides its text fields, each with the stored fields it
    is shown in place of: its dates as written, and a source's archived copy, which is
    what was read when the page could not be ("search kiroku")."""
    copy = (
        (("archived", item.archived.url, ()),) if isinstance(item, Source) and item.archived else ()
    )
    return (*written_dates(item), *copy)


def searchable_items(
    briefing: Briefing, sections: Sequence[str] = SEARCH_SECTIONS
) -> Iterator[tuple[str, str, BaseModel]]:
    """(section, item id, item) for every item, in the order the fact sheet shows them."""
    for section in sections:
        if section in ("event", "summary"):
            yield section, section, getattr(briefing, section)
            continue
        for item in getattr(briefing, section):
            yield section, item.id, item


def _is_mark(char: str) -> bool:
    import unicodedata

    return unicodedata.combining(char) != 0


def _is_around(char: str) -> bool:
    """Punctuation that stands around a word in a sentence: brackets, quotation marks,
    dashes, stops ("C#", "66%", "@name" keep theirs)."""
    import unicodedata

    return unicodedata.category(char) in ("Ps", "Pe", "Pi", "Pf", "Pd") or char in (
        "\"'.,;:!?¿¡…。、，！？"
    )


def _is_punctuation(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char).startswith("P")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def is_whole_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not part of a longer word."""
    before = start == 0 or not _is_word_char(text[start - 1])
    after = end == len(text) or not _is_word_char(text[end])
    return before and after


def score_word(field: str, whole: bool) -> int:
    """Points for one word: found in a heading field, and found as a whole word, each count
    double. An item scores, per word, its best field; ties keep sheet order."""
    weight = HEADING_WEIGHT if field in HEADING_FIELDS else 1
    return weight * (WHOLE_WORD_WEIGHT if whole else 1)


def scan_field(
    value: str, query: Query, numbers: bool = True
) -> tuple[tuple[Span, ...], dict[int, bool]]:
    """One pass of the query's pattern over ``value`` (and one per typed day or month over a
    text holding its year): the spans of the words, and for each word found whether it was
    found once as a whole word. Without ``numbers``, a number is not looked for (in a web
    address, "18" in ".../5b7a1d18b8" is no number)."""
    spans: list[Span] = []
    found: dict[int, bool] = {}
    text, origin = folded_with_origin(value)

    def note(word: int, start: int, end: int) -> Span:
        if origin is not None:  # where the word is written, with the marks that follow it
            start, end = origin[start], origin[end - 1] + 1
            while end < len(value) and _is_mark(value[end]):
                end += 1
        found[word] = found.get(word, False) or is_whole_word(value, start, end)
        for inner in query.covers[word]:
            found.setdefault(inner, False)
        return start, end

    checked = query.digits  # words found only where no digit precedes them
    for match in query.pattern.finditer(text):
        group = match.lastindex
        assert group is not None  # the lookahead holds nothing but the word groups
        word = query.group_words[group - 1]
        start, end = match.span(group)
        if checked and word in checked:
            if word in query.numbers:
                if not (numbers and _is_number(text, start, end)):
                    continue
            elif start and text[start - 1].isdigit():
                continue
        # (Inline, not note(): this loop runs for every match in every text.)
        if origin is not None:  # where the word is written, with the marks that follow it
            start, end = origin[start], origin[end - 1] + 1
            while end < len(value) and _is_mark(value[end]):
                end += 1
        found[word] = found.get(word, False) or is_whole_word(value, start, end)
        for inner in query.covers[word]:
            found.setdefault(inner, False)
        if spans and start <= spans[-1][1]:  # overlapping or touching: one span
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        elif len(spans) < MAX_SPANS:
            spans.append((start, end))
        elif len(found) == len(query.words):
            break  # every word found, and more matches than any hit shows: enough to rank
    written = [
        note(word, *match.span())
        for year, forms in query.written
        # Every form ends with the year: look only just before each place it is written
        # (the first few thousand of a text: what one text holds beyond is not looked for)
        for at in itertools.islice(_places(text, year), MAX_YEAR_PLACES)
        for word, form in forms
        for match in form.finditer(text, max(0, at - WRITTEN_REACH), at + len(year) + 1)
    ]
    if written:
        spans = _merged(sorted(spans + written))[:MAX_SPANS]
    return tuple(spans), found


def _is_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], digits, is a number of its own: not part of a longer one
    ("500" of "1,500", "0" of "2.0") nor of a name ("7" of "G7"); a unit may follow it
    ("109bn")."""
    if start and (text[start - 1].isalnum() or _joins_digits(text, start - 1)):
        return False
    return not (end < len(text) and _joins_digits(text, end))


def _joins_digits(text: str, at: int) -> bool:
    """Whether text[at] is a separator inside a number: "1,500", "2.0"."""
    return (
        text[at] in ".,"
        and 0 < at < len(text) - 1
        and text[at - 1].isdigit()
        and text[at + 1].isdigit()
    )


def _places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is in ``text``, each place once."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted spans, those that overlap or touch made one."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def match_item(section: str, item_id: str, item: BaseModel, query: Query) -> Hit | None:
    """A hit when every word of the query is somewhere in the item, else None."""
    fields = item_fields(item)
    best: dict[int, int] = {}  # per word, its best score in any field

    def scanned(name: str, value: str) -> FieldMatch | None:
        spans, found = scan_field(value, query, numbers=name not in ADDRESS_FIELDS)
        for word, whole in found.items():
            best[word] = max(best.get(word, 0), score_word(name, whole))
        return FieldMatch(name, value, spans) if found else None

    matches = [match for name, value in fields if (match := scanned(name, value))]
    for name, written, stored in shown_forms(item):
        if match := scanned(name, written):
            # Shown as written, in place of a part of the stored form ("19" of 2026-02-19)
            matches = [m for m in matches if m.name not in stored] + [match]
    if len(best) < len(query.words):
        return None
    note = getattr(item, "note", None)
    return Hit(
        section=section,
        item_id=item_id,
        fields=fields,
        matches=tuple(matches),
        score=sum(best.values()),
        note=note if isinstance(note, str) else None,
        inferred=bool(getattr(item, "inferred", False)),
        paraphrase=getattr(item, "verbatim", True) is False,
        sources=tuple(getattr(item, "sources", ())),
    )


def find_hits(briefing: Briefing, query: Query, today: dt.date) -> list[Hit]:
    """Items holding every word of the query (case-insensitive), best first; ties keep the
    order of the fact sheet. Each hit carries the item's entry as the sheet shows it on
    ``today`` (a planned item's caveat depends on the day)."""
    ctx = Context.of(briefing, today)
    return [
        hit._replace(
            entry=_entry(hit.section, item, ctx), doubt=label_doubt(hit.section, item, ctx)
        )
        for hit, item in ranked_matches(briefing, query)
    ]


def ranked_matches(briefing: Briefing, query: Query) -> list[tuple[Hit, BaseModel]]:
    """Each item holding every word of the query, with its hit, best first; ties keep the
    order of the fact sheet."""
    found = [
        (hit, item)
        for section, item_id, item in searchable_items(briefing, query.sections)
        if (hit := match_item(section, item_id, item, query)) is not None
    ]
    found.sort(key=lambda pair: -pair[0].score)  # stable: equal scores stay in sheet order
    return found


def _entry(section: str, item: BaseModel, ctx: Context) -> Entry:
    if section == "sources":
        return source_entry(item, ctx)  # type: ignore[arg-type]
    return entry_for(section, item, ctx)


def hits_document(briefing: Briefing, hits: Sequence[Hit], total: int) -> Document:
    """The hits as a document: each the sheet's entry, with the matching fields trimmed."""
    entries = []
    for hit in hits:
        assert hit.entry is not None
        excerpts = []
        for match in hit.matches:
            if match.name in ("note", "url"):  # shown whole, never trimmed
                excerpts.append(Excerpt(match.name, match.value, match.spans))
            else:
                part = excerpt(match.value, match.spans)
                excerpts.append(Excerpt(match.name, part.text, part.spans))
        url = dict(hit.fields).get("url")
        entries.append(
            hit.entry._replace(
                id=hit.item_id, section=hit.section, excerpts=tuple(excerpts), url=url
            )
        )
    section = Section("hits", "Search results", "blocks", ("", ""), tuple(entries))
    return Document(
        briefing.event.title, briefing.checked, (section,), (), form="hits", total=total
    )


class Trimmed(NamedTuple):
    """Part of a field around its matches: text with "…" where it was cut, and where in
    that text the matches are."""

    text: str
    spans: tuple[Span, ...]


def excerpt(
    value: str,
    spans: Sequence[Span],
    context: int = CONTEXT_CHARS,
    max_stretches: int = MAX_EXCERPTS,
) -> Trimmed:
    """The stretches of ``value`` within ``context`` characters of a match, cut back to whole
    words and joined by "…"; at most ``max_stretches`` of them."""
    windows: list[Span] = []
    for start, end in spans:
        low, high = max(0, start - context), min(len(value), end + context)
        if windows and low <= windows[-1][1]:
            if high - windows[-1][0] <= MAX_STRETCH_CHARS:
                windows[-1] = (windows[-1][0], max(_cut_back(value, end, high), windows[-1][1]))
                continue
            low = min(windows[-1][1], start)  # a new stretch, from where the last one ends
        windows.append((_cut_forward(value, low, start), _cut_back(value, end, high)))
        if len(windows) > max_stretches:
            break  # enough to show, and to say there is more
    more = len(windows) > max_stretches
    windows = windows[:max_stretches]
    if windows == [(0, len(value))]:
        return Trimmed(value, tuple(spans))
    text = ""
    shifted: list[Span] = []
    index = 0
    for number, (low, high) in enumerate(windows):
        if low > 0 or number > 0:
            text += "…" if number == 0 else " … "
        offset = len(text) - low
        text += value[low:high]
        while index < len(spans) and spans[index][1] <= high:
            start, end = spans[index]
            if start >= low:
                shifted.append((start + offset, end + offset))
            index += 1
    if windows[-1][1] < len(value) or more:
        text += "…"
    return Trimmed(text, tuple(shifted))


def _cut_forward(value: str, low: int, limit: int) -> int:
    """Move a window's start past a partial word (never beyond ``limit``, the match)."""
    if low == 0 or value[low - 1].isspace():
        return low
    space = value.find(" ", low, limit)
    return low if space < 0 else space + 1


def _cut_back(value: str, limit: int, high: int) -> int:
    """Move a window's end back before a partial word (never before ``limit``)."""
    if high == len(value) or value[high].isspace():
        return high
    space = value.rfind(" ", limit, high)
    return high if space < 0 else space
