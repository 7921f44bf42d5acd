"""The JSON writer: data for scripts in one stable text form, with nothing in it a terminal
would act on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from aimeeting.safetext import unsafe_chars


def _json_escape(char: str) -> str:
    code = ord(char)
    if code > 0xFFFF:  # JSON spells astral characters as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def dump_json(value: Any) -> str:
    """Indented UTF-8 JSON ending in a newline; control and invisible characters escaped.

    json.dumps escapes C0 controls itself; DEL, C1, bidi and other invisible characters
    are escaped here. They can only occur inside strings, so the result stays valid JSON.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return unsafe_chars().sub(lambda m: _json_escape(m.group()), text) + "\n"


def dump_briefing_json(briefing: BaseModel) -> bytes:
    """The whole briefing as JSON bytes, serialised by pydantic-core without Python dicts.

    Byte-identical to dump_json(briefing.model_dump(mode="json")) (a test holds it so), and
    needs no escaping pass: validation admits no control or invisible character anywhere.
    """
    return briefing.__pydantic_serializer__.to_json(briefing, indent=2) + b"\n"


def json_parts(data: Any) -> Iterator[str]:
    """The JSON writer: a whole briefing straight from pydantic-core, anything else through
    dump_json."""
    if isinstance(data, BaseModel):
        yield dump_briefing_json(data).decode("utf-8")
    else:
        yield dump_json(data)
