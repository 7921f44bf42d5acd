"""Where things are in a JSON text: offsets of values and keys, and strict-JSON faults.

Runs only on the error path: the fast path parses with the C json module, and when
something is wrong this scanner finds the place (path, line, column) to report.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.decoder import JSONDecoder, scanstring  # type: ignore[attr-defined]
from typing import Any

from aimeeting.errors import Problem
from aimeeting.limits import MAX_DEPTH, MAX_NUMBER_CHARS
from aimeeting.safetext import make_visible

Path = tuple[str | int, ...]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_CONSTANTS = ("NaN", "Infinity", "-Infinity")
_DECODER = JSONDecoder()


@dataclass
class Fault:
    """A strict-JSON rule broken at a place: duplicate key, NaN, too deep, huge number."""

    path: Path
    offset: int
    message: str


@dataclass
class JsonMap:
    text: str
    wanted: frozenset[Path] | None = None  # None: every path; else these and their ancestors
    inner: frozenset[Path] = frozenset()  # the wanted paths with a wanted path below them
    last_wanted: dict[Path, int] = field(default_factory=dict)  # a list's last wanted index
    check: bool = True  # look for strict-JSON faults everywhere (else only where wanted)
    values: dict[Path, int] = field(default_factory=dict)
    keys: dict[Path, int] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    _line_starts: array[int] | None = None

    def records(self, path: Path) -> bool:
        return self.wanted is None or path in self.wanted

    def scans(self, path: Path) -> bool:
        """Whether what is inside the value at ``path`` is scanned (else stepped over)."""
        return self.check or path in self.inner

    def offset_of(self, path: Path, *, key: bool = False) -> int | None:
        """Offset of the value at ``path`` (or of its key), else of its nearest ancestor."""
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get(())

    def line_column(self, offset: int) -> tuple[int, int]:
        """Like line_column(), from an index built once: many look-ups stay linear."""
        if self._line_starts is None:
            # 8 bytes a line, not a Python int's 36: a rejected list may be a line a value.
            self._line_starts = array("q", [0])
            self._line_starts.extend(m.end() for m in re.finditer("\n", self.text))
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def locate(self, path: Path, message: str, *, key: bool = False) -> tuple[int, Problem]:
        """A Problem at ``path`` (its key, for unknown keys), with its offset for sorting."""
        offset = self.offset_of(path, key=key)
        line, column = self.line_column(offset) if offset is not None else (None, None)
        return offset or 0, Problem(format_path(path), message, line, column)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of an offset into ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


MAX_KEY_SHOWN = 60
"""Characters of a key shown in a path or message: a typo is seen in far fewer, and a key
of 100,000 characters would otherwise be printed whole on every line that names it."""


def shown_key(key: str) -> str:
    """A key as shown: cut after MAX_KEY_SHOWN characters, saying how long it was."""
    if len(key) <= MAX_KEY_SHOWN:
        return key
    return f"{key[:MAX_KEY_SHOWN]}… ({len(key):,} characters)"


def format_path(path: Path) -> str:
    """JSONPath-style: ``$.timeline[3].date``; odd keys quoted, control characters shown."""
    parts = ["$"]
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,59}", part):
            parts.append(f".{part}")
        else:
            escaped = shown_key(part).replace("\\", "\\\\").replace('"', '\\"')
            parts.append(f'["{make_visible(escaped, keep_newlines=False)}"]')
    return "".join(parts)


TOO_DEEP = f"nesting deeper than {MAX_DEPTH} levels"


def first_too_deep(value: Any, path: Path = ()) -> Path | None:
    """The path of the first object or array (in file order) nested deeper than the format
    allows, in parsed JSON: what a scan of the text would find, at the cost of a walk."""
    if type(value) is dict:
        children: Iterable[tuple[str | int, Any]] = value.items()
    elif type(value) is list:
        children = enumerate(value)
    else:
        return None
    if len(path) >= MAX_DEPTH:
        return path
    for key, child in children:  # recursion stops at MAX_DEPTH levels
        if type(child) is dict or type(child) is list:
            found = first_too_deep(child, (*path, key))
            if found is not None:
                return found
    return None


def too_deep_under(data: Any, paths: Iterable[Path]) -> list[Path]:
    """`first_too_deep` within each value at ``paths`` that the data holds, each path once:
    nesting too deep can only be where something else is wrong (the format nests no
    deeper than a few levels), so the rest of the data is not walked."""
    found: dict[Path, None] = {}
    for path in paths:
        value = data
        try:
            for part in path:
                value = value[part]
        except (KeyError, IndexError, TypeError):
            continue
        deep = first_too_deep(value, path)
        if deep is not None:
            found[deep] = None
    return list(found)


class _Stop(Exception):
    """The text stops being JSON here; what was mapped so far stands."""


def map_json(text: str, paths: Iterable[Path] | None = None, *, check: bool = True) -> JsonMap:
    """Map values and keys to their offsets, collecting strict-JSON faults on the way.

    With ``paths``, only those and their ancestors are recorded: a large briefing with a
    few problems is then mapped without holding an offset for every one of its values.
    Without ``check`` (for text already known to be strict JSON), what lies off the way to
    those paths is stepped over by the C decoder rather than scanned.
    """
    wanted, inner = None, frozenset[Path]()
    last_wanted: dict[Path, int] = {}
    if paths is not None:
        wanted = frozenset(path[:end] for path in paths for end in range(len(path) + 1))
        inner = frozenset(path[:end] for path in paths for end in range(len(path)))
        for path in wanted:
            if path and isinstance(path[-1], int):
                last_wanted[path[:-1]] = max(path[-1], last_wanted.get(path[:-1], -1))
    result = JsonMap(text, wanted, inner, last_wanted, check=check or wanted is None)
    with contextlib.suppress(_Stop, IndexError, ValueError):
        _Scanner(text, result).value(0, (), 0)
    return result


class _Scanner:
    def __init__(self, text: str, result: JsonMap) -> None:
        self.text = text
        self.result = result

    def skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, path: Path, depth: int) -> int:
        index = self.skip(index)
        if self.result.records(path):
            self.result.values[path] = index
        if not self.result.scans(path):
            # A wanted value is located by its start; what is in it, as what is off the
            # way, is stepped over by the C decoder (a rejected key may hold 50M values).
            end: int = _DECODER.raw_decode(self.text, index)[1]
            return end
        char = self.text[index]
        if char in "{[":
            if depth >= MAX_DEPTH:
                self.fault(path, index, TOO_DEEP)
                raise _Stop
            if char == "{":
                return self.object(index + 1, path, depth + 1)
            return self.array(index + 1, path, depth + 1)
        if char == '"':
            after: int = scanstring(self.text, index + 1)[1]
            return after
        for constant in _CONSTANTS:
            if self.text.startswith(constant, index):
                self.fault(path, index, f"{constant} is not allowed in JSON")
                return index + len(constant)
        for literal in _LITERALS:
            if self.text.startswith(literal, index):
                return index + len(literal)
        return self.number(index, path)

    def number(self, index: int, path: Path) -> int:
        match = _NUMBER.match(self.text, index)
        if match is None:
            raise _Stop
        digits = match.group()
        if len(digits) > MAX_NUMBER_CHARS:
            self.fault(path, index, f"number longer than {MAX_NUMBER_CHARS} characters")
        elif (match.group(1) or match.group(2)) and not math.isfinite(float(digits)):
            self.fault(path, index, "number too large to represent")
        return match.end()

    def object(self, index: int, path: Path, depth: int) -> int:
        index = self.skip(index)
        if self.text[index] == "}":
            return index + 1
        seen: set[str] = set()
        while True:
            index = self.skip(index)
            if self.text[index] != '"':
                raise _Stop
            key, after = scanstring(self.text, index + 1)
            if key in seen:
                self.fault((*path, key), index, f"duplicate key {key!r}")
            seen.add(key)
            if self.result.records((*path, key)):
                self.result.keys[(*path, key)] = index
            index = self.skip(after)
            if self.text[index] != ":":
                raise _Stop
            index = self.skip(self.value(index + 1, (*path, key), depth))
            if self.text[index] == ",":
                index += 1
            elif self.text[index] == "}":
                return index + 1
            else:
                raise _Stop

    def array(self, index: int, path: Path, depth: int) -> int:
        start = index - 1
        index = self.skip(index)
        if self.text[index] == "]":
            return index + 1
        position = 0
        last = -1 if self.result.check else self.result.last_wanted.get(path, -1)
        while True:
            if position > last >= 0:
                # Past the last entry wanted: the C decoder finds where the list ends (a
                # list of a million wrong items has its first thousand reported).
                end: int = _DECODER.raw_decode(self.text, start)[1]
                return end
            index = self.skip(self.value(index, (*path, position), depth))
            position += 1
            if self.text[index] == ",":
                index += 1
            elif self.text[index] == "]":
                return index + 1
            else:
                raise _Stop

    def fault(self, path: Path, offset: int, message: str) -> None:
        self.result.faults.append(Fault(path, offset, make_visible(message)))
