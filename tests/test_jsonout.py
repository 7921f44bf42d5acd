"""The JSON writer: valid JSON that says every string exactly, with nothing invisible or
controlling left raw in it (a script may print what it reads)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aimeeting.safetext import unsafe_chars
from aimeeting.writers.jsonout import dump_json

# What the escaping must handle: DEL, C1, a bidi override, a BOM, a tag character and an
# astral format character (each escaped as a surrogate pair), among ordinary text.
NASTY = st.sampled_from(["\x7f", "\x85", "\u202e", "\ufeff", "\U000e0041", "\U000110bd"])
TEXTS = st.lists(NASTY | st.text(max_size=5), max_size=12).map("".join)


@given(st.dictionaries(TEXTS, TEXTS | st.lists(TEXTS, max_size=3), max_size=4))
def test_json_says_every_string_exactly_with_nothing_unsafe_left_raw(data: dict[str, Any]) -> None:
    out = dump_json(data)
    assert json.loads(out) == data and out.endswith("}\n")
    assert unsafe_chars().search(out) is None


def test_each_unsafe_character_is_spelled_as_json_spells_it() -> None:
    assert dump_json("a\x7fb\u202e") == '"a\\u007fb\\u202e"\n'
    assert dump_json("\U000e0041") == '"\\udb40\\udc41"\n'  # a surrogate pair
    assert dump_json({"k": ["é", "日本"]}) == '{\n  "k": [\n    "é",\n    "日本"\n  ]\n}\n'
