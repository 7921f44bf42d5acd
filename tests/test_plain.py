"""The plain writer (a pipe, a file, the clipboard) lays text out itself, without Rich's
console: its output must be the Rich writer's, byte for byte, in that same plain style, at
every width and with any text: wide characters, combining marks, emoji sequences, words
longer than a line, runs of spaces."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from aimeeting.answers.search import find_hits, hits_document, parse_query
from aimeeting.briefing.model import Briefing
from aimeeting.document import Context, Document, build_citation, every_entry
from aimeeting.formats import TextStyle
from aimeeting.writers.plain import plain_parts, wrap
from aimeeting.writers.terminal import rich_parts
from aimeeting.writers.text import is_plain
from tests.conftest import TODAY, sheet_document

WIDTHS = [20, 33, 40, 63, 64, 80, 97, 120, 200]
TEXT_KEYS = {"title", "detail", "text", "answer", "question", "name", "label", "value", "note"}


def both(document: Document, width: int) -> tuple[str, str]:
    style = TextStyle(width, 25, None, False, False)
    assert is_plain(style)
    return "".join(plain_parts(document, style)), "".join(rich_parts(document, style))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["facts", "timeline", "people", "quotes", "sources"])
def test_the_fixture_comes_out_as_rich_lays_it_out(
    sheet_data: dict[str, Any], command: str, width: int
) -> None:
    plain, rich = both(sheet_document(Briefing.model_validate(sheet_data), command), width)
    assert plain == rich


@pytest.mark.parametrize("width", [30, 80])
def test_citations_and_search_hits_come_out_as_rich_lays_them_out(
    sheet_data: dict[str, Any], width: int
) -> None:
    briefing = Briefing.model_validate(sheet_data)
    ctx = Context.of(briefing, TODAY)
    for section, entry in list(every_entry(ctx))[:12]:
        plain, rich = both(build_citation(ctx, section.key, entry), width)
        assert plain == rich
    found = find_hits(briefing, parse_query("charter"), TODAY)
    plain, rich = both(hits_document(briefing, found[:5], len(found)), width)
    assert plain == rich and "item" in plain


# Text that stresses line breaking: words of every length, CJK without spaces, closing
# punctuation, wide and zero-width characters, emoji sequences, runs of spaces.
PIECES = st.sampled_from(
    [
        "a",
        "word",
        "charter",
        "Kessaly",
        "x" * 45,
        "https://example.org/" + "p" * 60,
        " ",
        "  ",
        "   ",
        "\u00a0",
        "-",
        "—",
        "[1]",
        "(note)",
        "é",
        "e\u0301",
        "日本",
        "東京で開催された会議。",
        "「閣僚会合」",
        "ー",
        "한국어",
        "👍🏽",
        "👨\u200d👩\u200d👧",
        "🇯🇵",
        "\u2764\ufe0f",
        "ｱｲｳ",
        "Ωμέγα",
        "\u200c",
    ]
)  # fmt: skip  (U+200B is refused by the model, so it never reaches a writer: ZWNJ is not)
TEXTS = st.lists(PIECES, min_size=1, max_size=30).map("".join).filter(lambda t: t.strip())


def _replace_texts(data: Any, texts: list[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in TEXT_KEYS and isinstance(value, str) and texts:
                data[key] = texts.pop()
            else:
                _replace_texts(value, texts)
    elif isinstance(data, list):
        for item in data:
            _replace_texts(item, texts)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(texts=st.lists(TEXTS, min_size=5, max_size=40), width=st.sampled_from(WIDTHS))
def test_any_text_comes_out_as_rich_lays_it_out(
    sheet_data: dict[str, Any], texts: list[str], width: int
) -> None:
    data = copy.deepcopy(sheet_data)
    _replace_texts(data, list(texts))
    try:
        briefing = Briefing.model_validate(data)
    except ValidationError:
        assume(False)
        return
    plain, rich = both(sheet_document(briefing, "facts"), width)
    assert plain == rich


def test_wrapping_moves_whole_words_and_folds_only_a_word_longer_than_the_line() -> None:
    assert wrap("one two three", 8) == ["one two", "three"]
    assert wrap("abcdefghij kl", 4) == ["abcd", "efgh", "ij", "kl"]
    assert wrap("日本語の文章", 5) == ["日本", "語の", "文章"]  # two cells each: never half
    assert wrap("a\n\nb", 10) == ["a", "", "b"]


@pytest.mark.parametrize("width", [40, 100])
@pytest.mark.parametrize("key", ["challenges", "outcomes"])
def test_long_sections_in_chunks_come_out_as_rich_lays_them_out(
    sheet_data: dict[str, Any], key: str, width: int
) -> None:
    data = copy.deepcopy(sheet_data)
    data[key] = [
        {**item, "id": f"{item['id']}-{n}"} for n in range(120) for item in sheet_data[key]
    ]
    briefing = Briefing.model_validate(data)
    plain, rich = both(sheet_document(briefing, key), width)
    assert plain == rich and plain.count("\n") > 300


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(["a", "bb", "word", "x" * 25, "y" * 70, "", " "]), max_size=40),
    width=st.integers(1, 90),
    indent=st.sampled_from([0, 4]),
)
def test_a_paragraph_of_narrow_letters_breaks_as_the_letter_by_letter_rule_would(
    words: list[str], width: int, indent: int
) -> None:
    """Single-cell text takes a word-at-a-time shortcut: it must cut where the general,
    letter-by-letter rule (for Chinese, Japanese and wide characters) cuts."""
    from aimeeting.writers.layout import _char_cuts, _word_cuts

    text = " ".join(words)
    room = max(width, indent + 8)
    assert _word_cuts(text, room, indent) == _char_cuts(text, [1] * len(text), room, indent)


@pytest.mark.parametrize(
    ("line", "width", "kept"),
    [
        ("abc   ", 4, "abc "),  # spaces dropped only as far as they overrun
        ("abc", 4, "abc"),  # never padded
        ("\u00e9", 4, "\u00e9"),
        ("\u65e5\u672c\u8a9e", 4, "\u65e5\u672c"),  # wide characters cropped to the cells
        ("\u65e5\u672c", 4, "\u65e5\u672c"),
    ],
)
def test_a_broken_line_keeps_its_cells_as_rich_would(line: str, width: int, kept: str) -> None:
    from aimeeting.writers.plain import _fit

    assert _fit(line, width) == kept


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["a", "word", "charter", "x" * 30, " ", "   ", "-", "\u2014", "\u00e9"]),
        min_size=1,
        max_size=40,
    ),
    width=st.integers(1, 60),
)
def test_text_of_one_cell_characters_wraps_as_rich_wraps_it(pieces: list[str], width: int) -> None:
    """Such text (nearly all of a sheet) looks back from each line's edge rather than
    measuring every word: the lines must be Rich's own, spaces and folds included."""
    from rich.console import Console
    from rich.text import Text

    text = "".join(pieces)
    console = Console(width=width, color_system=None, legacy_windows=False)
    assert wrap(text, width, strip=False) == [
        line.plain for line in Text(text).wrap(console, width)
    ]
