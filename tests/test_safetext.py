"""The character policy: the frozen class matches the Unicode database, escapes are visible."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from aimeeting.safetext import BLANK_LETTERS, find_unsafe, make_visible, unsafe_chars


def test_frozen_class_matches_the_policy_for_this_unicode_database() -> None:
    allowed = {"\n", "\t", "\u200c", "\u200d"}
    mismatches = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        noncharacter = 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
        expected = char not in allowed and (
            noncharacter
            or char in BLANK_LETTERS
            or unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp", "Cs"}
        )
        if expected != bool(unsafe_chars().fullmatch(char)):
            mismatches.append(f"U+{code:04X}")
    assert mismatches == []


def test_make_visible_escapes_every_class() -> None:
    assert make_visible("a\x1b[2Jb\x9bc\u202ed\U000e0041") == "a\\x1b[2Jb\\x9bc\\u202ed\\U000e0041"
    assert make_visible("line\nnext", keep_newlines=False) == "line\\nnext"
    assert make_visible("emoji 👩\u200d💻 and 日本") == "emoji 👩\u200d💻 and 日本"
    assert make_visible("Tarn\u3164") == "Tarn\\u3164"  # a letter that shows nothing
    assert all(make_visible(char) != char for char in BLANK_LETTERS)


@given(st.text(alphabet=st.characters(codec="ascii")) | st.text())
def test_the_ascii_shortcut_finds_what_the_whole_class_finds(text: str) -> None:
    match = unsafe_chars().search(text)
    assert find_unsafe(text) == (match.group() if match else None)
