"""JSON escapes: an invisible character of the Basic Multilingual Plane is one \\u escape,
one beyond it a surrogate pair, and the boundary between them falls after U+FFFF."""

from __future__ import annotations

import json

import pytest

from aimeeting.writers.jsonout import dump_json


@pytest.mark.parametrize(
    ("char", "escaped"),
    [
        ("\u202e", "\\u202e"),
        ("\ufffe", "\\ufffe"),
        ("\uffff", "\\uffff"),  # the last code point of the plane: no surrogates
        ("\U0001fffe", "\\ud83f\\udffe"),
        ("\U000e0001", "\\udb40\\udc01"),
    ],
)
def test_an_invisible_character_is_escaped_as_json_spells_it(char: str, escaped: str) -> None:
    text = dump_json({"a": f"x{char}y"})
    assert text == f'{{\n  "a": "x{escaped}y"\n}}\n'
    assert json.loads(text) == {"a": f"x{char}y"}
