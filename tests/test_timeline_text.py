"""How the timeline picture fits words into a width: lines broken between words and
balanced, a word longer than a line cut, and what does not fit ended with an ellipsis at a
word. Widths are the writer's own estimates (text_width), so the cases are exact."""

from __future__ import annotations

import pytest

from aimeeting.writers.timeline import text_width, truncate, wrap

SIZE = 10.0


def width_of(text: str, bold: bool = False) -> float:
    return text_width(text, SIZE, bold)


def test_two_lines_are_balanced_rather_than_a_long_line_and_a_short_one() -> None:
    # Greedy filling would give ["abcdefghij kl", "mn"]; the balanced split is narrower.
    lines = wrap("abcdefghij kl mn", SIZE, width_of("abcdefghij kl"), 2)
    assert lines == ["abcdefghij", "kl mn"]


TEXTS = (
    "abcdefghij kl mn",
    "Ministers adopt a charter on open data",
    "Wide WWW words and thin ill-fitting ones",
    "one two three four five six",
    "charter open iii mm mm data",  # the bold second line is what decides here
)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_two_lines_are_the_most_even_split_that_fits(text: str, bold: bool) -> None:
    """Whatever the room: two lines are the split whose wider line is narrowest."""
    words = text.split(" ")
    for room in range(20, 260, 7):
        lines = wrap(text, SIZE, room, 2, bold)
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        fitting = [
            max(width_of(a, bold), width_of(b, bold))
            for a, b in splits
            if width_of(a, bold) <= room and width_of(b, bold) <= room
        ]
        if len(lines) == 2 and not lines[1].endswith("\u2026") and fitting:
            assert max(width_of(line, bold) for line in lines) == min(fitting), (room, lines)
        assert all(width_of(line, bold) <= room for line in lines if len(line) > 1), (room, lines)


def test_a_line_exactly_as_wide_as_the_room_fits() -> None:
    assert wrap("alpha beta", SIZE, width_of("alpha beta"), 2) == ["alpha beta"]
    assert truncate("alpha beta gamma", SIZE, width_of("alpha beta\u2026")) == "alpha beta\u2026"
    assert wrap("abcdefgh", SIZE, width_of("abcd"), 3) == ["abcd", "efgh"]


@pytest.mark.parametrize("room", [40.0, 55.0, 70.0, 90.0, 120.0])
def test_bold_lines_are_measured_in_bold(room: float) -> None:
    text = "Ministers adopt a charter on stewardship of open public data"
    for lines in (wrap(text, SIZE, room, 2, bold=True), [truncate(text, SIZE, room, bold=True)]):
        assert all(width_of(line, bold=True) <= room for line in lines), lines
    assert all(
        width_of(line, bold=True) <= room for line in wrap("Wwwwwwwwwwww", SIZE, room, 9, True)
    )


def test_the_ellipsis_comes_after_the_last_word_that_fits_without_its_punctuation() -> None:
    text = "alpha beta, gamma delta epsilon"
    assert truncate(text, SIZE, width_of("alpha beta, gamma\u2026")) == "alpha beta, gamma\u2026"
    assert truncate(text, SIZE, width_of("alpha beta, gamma")) == "alpha beta\u2026"
    assert truncate("a bc defgh", SIZE, width_of("a bc")) == "a\u2026"


def test_a_word_longer_than_the_room_is_cut_letter_by_letter() -> None:
    assert truncate("abcdefghijkl", SIZE, width_of("abcdefg\u2026")) == "abcdefg\u2026"
    assert truncate("abcdefghijkl", SIZE, width_of("abcdef\u2026")) == "abcdef\u2026"
    assert wrap("iiiW", SIZE, width_of("i"), 9) == ["i", "i", "i", "W"]


def test_a_letter_wider_than_the_room_still_goes_out_whole() -> None:
    assert wrap("W", SIZE, 1.0, 2) == ["W"]
    assert truncate("abc", SIZE, 1.0) == "\u2026"


def test_one_line_that_does_not_fit_ends_in_an_ellipsis() -> None:
    assert truncate("alpha beta gamma", SIZE, width_of("alpha beta")).endswith("\u2026")
    assert wrap("alpha beta gamma delta", SIZE, width_of("alpha beta"), 2) == [
        "alpha beta",
        "gamma\u2026",
    ]


@pytest.mark.parametrize(
    ("char", "ems"),
    [
        ("a", 0.613),  # measured letters
        ("W", 0.989),
        ("\u2026", 1.0),
        ("5", 0.636),  # an ASCII digit
        ("\u0663", 1.0),  # another script's digit: unknown, so wide
        ("\u0301", 0.0),  # a combining accent
        ("\u200b", 0.0),  # a format character
        ("\u65e5", 1.0),  # an ideograph
        ("\uff21", 1.0),  # a fullwidth letter
        ("\u00e9", 0.615),  # as its base letter
        ("\u00d6", 0.787),
        ("\u0416", 0.8),  # another alphabet: capitals wider than small letters
        ("\u0436", 0.7),
        ("\u20ac", 1.0),  # a symbol
    ],
)
def test_a_character_is_given_its_width_or_a_wide_guess(char: str, ems: float) -> None:
    from aimeeting.writers.timeline import SAFETY, char_width

    assert char_width(char) == ems
    assert text_width(char * 2, 10) == pytest.approx(2 * ems * SAFETY * 10)
    assert text_width(char, 10, bold=True) == pytest.approx(ems * SAFETY * 10 * 1.25)


@pytest.mark.parametrize(
    ("char", "tall"),
    [
        ("a", False),
        ("\u052f", False),  # the last of Cyrillic's supplement
        ("\u0530", True),  # Armenian and on
        ("\u1dff", True),
        ("\u1e00", False),  # Latin extended additional ...
        ("\u20cf", False),  # ... to the end of the currency signs
        ("\u20d0", True),
        ("\u2100", False),  # letterlike symbols and number forms
        ("\u215f", False),
        ("\u2160", True),
        ("\u65e5", True),
    ],
)
def test_scripts_beyond_latin_greek_and_cyrillic_get_taller_lines(char: str, tall: bool) -> None:
    from aimeeting.writers.timeline import LINE, TALL_LINE, is_tall, line_height

    assert is_tall(f"ab{char}") is tall
    assert line_height(f"ab{char}", 10) == 10 * (TALL_LINE if tall else LINE)
