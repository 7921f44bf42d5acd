"""Hostile and broken briefings: each case is bytes, the exit code, and what stderr must say.

Built from the bundled briefing so that each case breaks exactly one thing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.conftest import EVENT as BUNDLED


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    code: int
    message: str  # must appear in the one stderr line (or, for code 0, in stdout)


def _bundled() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return loaded


def _mutated(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = copy.deepcopy(_bundled())
    change(data)
    try:  # raw characters where UTF-8 can carry them, so the bytes themselves are hostile
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate only exists as a JSON escape
        return json.dumps(data).encode("ascii")


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _text_case(name: str, path: tuple[Any, ...], text: str, shown: str) -> Case:
    return Case(name, _mutated(_set(path, text)), 65, shown)


CASES: list[Case] = [
    _text_case(
        "title-retitles-window",
        ("event", "title"),
        "x\x1b]0;pwned\x07y",
        "$.event.title: contains the invisible or control character U+001B",
    ),
    _text_case(
        "osc52-writes-clipboard",
        ("summary", "text"),
        "\x1b]52;c;ZXZpbA==\x07",
        "$.summary.text: contains",
    ),
    _text_case(
        "osc8-fake-link",
        ("faq", 0, "answer"),
        "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
        "$.faq[0].answer",
    ),
    _text_case("csi-clears-screen", ("timeline", 0, "detail"), "\x1b[2J\x1b[H", "U+001B"),
    _text_case("c1-csi", ("outcomes", 0, "title"), "red\x9b31m", "U+009B"),
    _text_case("bidi-override", ("sources", 0, "title"), "abc\u202edcba", "U+202E"),
    _text_case("zero-width-space", ("quotes", 0, "text"), "a safe\u200b ecosystem", "U+200B"),
    _text_case("tag-characters", ("people", 0, "name"), "Sanae\U000e0041", "U+E0041"),
    _text_case("bell-and-backspace", ("key_facts", 0, "value"), "x\x07\x08\x08y", "U+0007"),
    _text_case("lone-surrogate", ("event", "city"), "\ud800", "$.event.city"),
    _text_case(
        "escape-in-url",
        ("sources", 1, "url"),
        "https://x.example/\x1b]8;;evil",
        "$.sources[1].url: contains the invisible or control character U+001B",
    ),
    _text_case("javascript-url", ("sources", 0, "url"), "javascript:alert(1)", "$.sources[0].url"),
    Case(
        "control-in-key",
        _mutated(_set(("event", "\x1b[31mred"), 1)),
        65,
        '$.event["\\x1b[31mred"]: unknown key',
    ),
    Case(
        "duplicate-keys",
        b'{"schema_version": 1, "schema_version": 1}',
        65,
        "duplicate key 'schema_version'",
    ),
    Case("nan", b'{"schema_version": NaN}', 65, "NaN is not allowed"),
    Case("infinity", b'{"schema_version": -Infinity}', 65, "-Infinity is not allowed"),
    Case("huge-float", b'{"schema_version": 1e400}', 65, "number too large"),
    Case("huge-int", b'{"schema_version": ' + b"7" * 100_000 + b"}", 65, "number longer than"),
    Case(
        "deep-nesting",
        b'{"x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
        65,
        "nesting deeper than 64",
    ),
    Case("empty-file", b"", 65, "empty input"),
    Case(
        "trailing-garbage", BUNDLED.read_bytes() + b"\x1b[2J", 65, "unexpected text after the end"
    ),
    Case("not-utf8", b'{"a": "\xff\xfe"}', 65, "not UTF-8"),
    Case("utf16", '{"a": 1}'.encode("utf-16"), 65, "not UTF-8"),
    Case("array", b"[]", 65, "must be a JSON object"),
    Case(
        "markup-in-title",
        _mutated(
            _set(("event", "title"), "[link=https://evil.example]x[/link] [/] [bold]y :skull:")
        ),
        0,
        "[link=https://evil.example]x[/link] [/] [bold]y :skull:",
    ),
]
