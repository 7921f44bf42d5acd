"""Bytes in, validated Briefing out; every way that can fail becomes the project's own error.

Reading: regular files only (opened without blocking, so a FIFO or device is refused at
once), at most MAX_BYTES. Decoding: strict UTF-8; one leading UTF-8 BOM is skipped.
Parsing: strict JSON (no duplicate keys, no NaN or Infinity, no huge numbers, bounded
nesting). Validation: the Pydantic model. Each problem carries its JSON path, line and column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import math
import os
import re
import stat
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, NamedTuple

from pydantic import BaseModel, ValidationError

from aimeeting.briefing import model
from aimeeting.errors import BriefingInvalid, InputError, Problem
from aimeeting.limits import MAX_BYTES, MAX_NUMBER_CHARS, MAX_PROBLEMS
from aimeeting.safetext import display_name, make_visible

_BOM = b"\xef\xbb\xbf"


class Checked(NamedTuple):
    """A valid briefing with the doubts that `validate` reports as warnings."""

    briefing: model.Briefing
    label: str  # the file's name as it may be shown: control characters made visible
    warnings: list[Problem]


def read_file(path: str | os.PathLike[str]) -> bytes:
    """Read a regular file of at most MAX_BYTES, never blocking on a FIFO or device."""
    label = display_name(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as error:
        raise InputError(f"{label}: cannot open: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{label}: is a directory, not a briefing file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"{label}: not a regular file (a FIFO, device or socket is refused); "
                "to read a pipe, use --briefing - and pipe the briefing in"
            )
        if info.st_size > MAX_BYTES:
            raise InputError(f"{label}: {info.st_size} bytes is over the {MAX_BYTES}-byte limit")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return _read_limited(stream, label)
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)


def read_stdin(stdin: BinaryIO | None) -> bytes:
    """Read a briefing piped on standard input; a terminal is refused rather than waited on."""
    if stdin is None:  # the caller closed it
        raise InputError("<stdin>: standard input is closed; pipe a briefing in")
    stream = stdin
    try:
        if stream.isatty():
            raise InputError("<stdin>: is a terminal; pipe a briefing in, e.g. 'cat b.json | ...'")
        return _read_limited(stream, "<stdin>")
    except OSError as error:
        raise InputError(f"<stdin>: cannot read: {error.strerror or error}") from None


def _read_limited(stream: BinaryIO, label: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"{label}: larger than the {MAX_BYTES}-byte limit")
    return data


def parse_briefing(data: bytes, label: str) -> model.Briefing:
    """Decode, parse and validate; raise BriefingInvalid listing every problem found."""
    # The decoded text is dropped before validation (it can be twice the file's size in
    # memory); only the error path needs it again, to locate problems.
    return validate_data(parse_json(data, label), lambda: _decode(data, label), label)


def parse_json(data: bytes, label: str) -> Any:
    """Decode and parse strict JSON; BriefingInvalid (with the place) when it is not."""
    return _parse(_decode(data, label), label)


def _decode(data: bytes, label: str) -> str:
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8")
        from aimeeting.briefing.locate import line_column

        line, column = line_column(good, len(good))
        raise BriefingInvalid(
            label, [Problem("$", f"not UTF-8: byte 0x{data[error.start]:02x}", line, column)]
        ) from None


class _StrictnessFault(ValueError):
    """Raised inside json.loads hooks; the locator then says exactly where."""


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _StrictnessFault
    return result


def _reject_constant(_name: str) -> float:
    raise _StrictnessFault


def _finite_float(digits: str) -> float:
    number = float(digits)
    if not math.isfinite(number) or len(digits) > MAX_NUMBER_CHARS:
        raise _StrictnessFault
    return number


def _bounded_int(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARS:
        raise _StrictnessFault
    return int(digits)


def _parse(text: str, label: str) -> Any:
    if not text.strip():
        raise BriefingInvalid(label, [Problem("$", "empty input: expected a JSON object", 1, 1)])
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as error:
        # json ends some messages with " at" before the position it would add, which
        # the problem gives as line:column: "Invalid control character at"
        message = make_visible(error.msg.removesuffix(" starting at").removesuffix(" at"))
        if error.msg == "Extra data":
            message = "unexpected text after the end of the JSON document"
        raise BriefingInvalid(
            label, [Problem("$", f"not valid JSON: {message}", error.lineno, error.colno)]
        ) from None
    except (_StrictnessFault, RecursionError):
        from aimeeting.briefing.locate import format_path, map_json

        json_map = map_json(text, [])
        problems = [
            Problem(format_path(f.path), f.message, *json_map.line_column(f.offset))
            for f in json_map.faults
        ]
        if not problems:  # the locator always finds what the hooks found; belt and braces
            problems = [Problem("$", "not strict JSON")]
        raise BriefingInvalid(label, problems) from None


def validate_data(data: Any, text: Callable[[], str], label: str) -> model.Briefing:
    """Validate parsed JSON against the model; locate each problem in ``text()``."""
    if not isinstance(data, dict):
        raise BriefingInvalid(label, [Problem("$", "a briefing must be a JSON object", 1, 1)])
    from aimeeting.briefing.upgrade import upgrade

    data = upgrade(data)
    try:
        return model.Briefing.model_validate(data)
    except ValidationError as error:
        raise BriefingInvalid(label, describe_errors(error.errors(), data, text())) from None


MAX_HINTS = 1000
"""Names given a "did you mean" (each costs an edit distance per known name): a file of a
hundred thousand unknown keys is reported in linear time, its first thousand with hints."""

KEY_MARKER = "[key]"
"""Where Pydantic's path says the problem is a mapping's key, not its value."""


def _without_key_marker(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path to a mapping's bad key, as the file has it: `$.event.field_sources.end`."""
    return loc[:-1] if loc[-1:] == (KEY_MARKER,) else loc


def describe_errors(errors: list[Any], data: dict[str, Any], text: str) -> list[Problem]:
    """Pydantic errors as Problems in plain words, in file order, with 'did you mean'."""
    from aimeeting.briefing.locate import TOO_DEEP, map_json, too_deep_under

    hints = _Hints()
    # A missing key beside a misspelt one: the unknown-key problem says "did you mean".
    # What each object's unknown keys suggest is worked out once per object.
    suggested: dict[tuple[Any, ...], frozenset[str]] = {}
    for e in errors:
        parent = tuple(e["loc"][:-1])
        if e["type"] == "missing" and parent not in suggested:
            suggested[parent] = _suggested_for_unknown(parent, data, hints)
    wanted = [
        (_without_key_marker(tuple(e["loc"])), e)
        for e in errors
        if not (e["type"] == "missing" and e["loc"][-1] in suggested[tuple(e["loc"][:-1])])
    ]
    # The text parsed as strict JSON; the one rule the parser does not keep is the depth,
    # found on the parsed data rather than by scanning every value of the text.
    deep = too_deep_under(data, [loc for loc, _ in wanted])
    json_map = map_json(text, [loc for loc, _ in wanted] + deep, check=False)
    problems = [
        json_map.locate(
            loc,
            _plain_message(e["type"], loc, e, hints),
            key=e["type"] == "extra_forbidden" or e["loc"][-1:] == (KEY_MARKER,),
        )
        for loc, e in wanted
    ]
    # Nesting too deep for the format is reported as such, not only as a wrong type.
    problems += [json_map.locate(path, TOO_DEEP) for path in deep]
    problems.sort(key=lambda pair: pair[0])
    return [problem for _, problem in problems]


def _plain_message(kind: str, loc: tuple[Any, ...], error: Any, hints: _Hints) -> str:
    if kind == "extra_forbidden":
        from aimeeting.briefing.locate import shown_key

        key = str(loc[-1])
        hint = hints(key, _fields_at(loc[:-1]))
        return make_visible(
            f"unknown key {shown_key(key)!r}" + (f"; did you mean {hint!r}?" if hint else "")
        )
    if kind == "missing":
        return "required key is missing"
    message = str(error["msg"])
    given = error.get("input")
    if loc == ("schema_version",) and kind == "literal_error":
        # "must be one of 2" would hide that format 1 is read too (as the integer 1).
        return make_visible(
            f"must be {model.SCHEMA_VERSION} (this format) or 1 (the older one, upgraded when "
            f"read), written as a whole number, not {json.dumps(given)[:60]}"
        )
    if kind == "literal_error":  # Pydantic's own words list every allowed value
        meanings = model.VALUE_MEANINGS.get(str(loc[-1]), {})
        message = message.replace("Input should be ", "must be one of ", 1)
        for value, meaning in meanings.items():
            message = message.replace(f"'{value}'", f"'{value}' ({meaning})", 1)
        if isinstance(given, str):
            allowed = list(meanings) or re.findall(r"'([^']*)'", message)
            meant = model.VALUE_WORDS.get(given.strip().casefold()) or hints(given, allowed)
            message += f", not {given[:60]!r}" + (f" (did you mean {meant!r}?)" if meant else "")
        elif isinstance(given, bool | int | float) or given is None:
            message += f", not {json.dumps(given)[:60]}"  # as the file writes it: true, null, 2.5
    elif kind in ("model_type", "dict_type", "model_attributes_type"):
        fields = _fields_at(loc)
        message = "must be an object" + (
            f" with the keys {', '.join(repr(f) for f in fields)}" if fields else ""
        )
        if isinstance(given, str):
            message += f", not the text {given[:60]!r}"
    elif kind in _SAID_WITH_VALUE and isinstance(given, str):
        message = f"{given[:60]!r} is not {message}"
    elif kind in _PLAIN_WORDS:
        message = _PLAIN_WORDS[kind]
        if kind == "string_type" and given is None:
            message = "may not be null: this one is required (give it, as text)"
        elif kind not in ("string_too_short", "too_short"):
            message += f", not {json.dumps(given)[:60]}"
    return make_visible(message[:1].lower() + message[1:])


# Pydantic's wording for a value of the wrong kind, in the words of the format's docs.
_PLAIN_WORDS = {
    "string_type": "must be text (in double quotes)",
    "string_too_short": "may not be empty: write the text, or leave the key out or null "
    "where the format allows",
    "too_short": "needs at least one entry",
    "bool_type": "must be true or false (without quotes)",
    "bool_parsing": "must be true or false (without quotes)",
    "list_type": "must be a list, in square brackets",
    "int_type": "must be a whole number",
    # A \ud800 escape without its pair decodes to no character, and cannot be written out.
    "string_unicode": "must be text, and this holds a lone surrogate (an escape from "
    "\\ud800 to \\udfff without its pair), which is no character",
}


# Pattern checks whose words describe what is expected; the message leads with the value.
_SAID_WITH_VALUE = {"id_pattern", "url", "language"}


class _Hints:
    """ "Did you mean" for the first ``MAX_HINTS`` names typed, each worked out once."""

    def __init__(self) -> None:
        self._left = MAX_HINTS
        self._known: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def __call__(self, typed: str, candidates: list[str]) -> str | None:
        asked = (typed, tuple(candidates))
        if asked not in self._known:
            if self._left <= 0:
                return None
            self._left -= 1
            self._known[asked] = _suggest(typed, candidates)
        return self._known[asked]


def _suggest(key: str, candidates: list[str]) -> str | None:
    from aimeeting.closest import closest

    matches = closest(key, candidates, limit=1)
    return matches[0] if matches else None


def _suggested_for_unknown(
    loc: tuple[Any, ...], data: dict[str, Any], hints: _Hints
) -> frozenset[str]:
    """The keys that the unknown keys of the object at ``loc`` look like misspellings of."""
    parent: Any = data
    for part in loc:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return frozenset()
    if not isinstance(parent, dict):
        return frozenset()
    fields = _fields_at(loc)
    suggested = (hints(key, fields) for key in parent if key not in fields)
    return frozenset(key for key in suggested if key)


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model that sits at ``loc`` in a briefing."""
    cls: type[BaseModel] | None = model.Briefing
    for part in loc:
        if isinstance(part, int) or cls is None:
            continue
        info = cls.model_fields.get(part)
        cls = _model_in(info.annotation) if info else None
    return list(cls.model_fields) if cls else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType) or origin is typing.Annotated:
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found:
                return found
    return None


def _read(path: str | os.PathLike[str] | None, stdin: BinaryIO | None) -> tuple[bytes, str]:
    if path is None:
        from aimeeting.briefing.bundled import bundled_briefing_path

        path = bundled_briefing_path()
    if os.fspath(path) == "-":
        return read_stdin(stdin), "<stdin>"
    if os.fspath(path) == "":
        from aimeeting.errors import UsageError

        raise UsageError("the briefing's file name is empty: name a file, or '-' for stdin")
    return read_file(path), display_name(path)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Loading makes an object for every value of the file, none of them in a cycle; as
    they pile up, the garbage collector would walk them all again and again (a third of
    the time of loading a large briefing), so it is paused while they are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_briefing(
    path: str | os.PathLike[str] | None, stdin: BinaryIO | None = None
) -> model.Briefing:
    """Load the briefing named by ``path`` ('-' for ``stdin``, None for the bundled one)."""
    data, label = _read(path, stdin)
    with collector_paused():
        return parse_briefing(data, label)


def check_briefing(
    path: str | os.PathLike[str] | None, today: dt.date, stdin: BinaryIO | None = None
) -> Checked:
    """Load as load_briefing does, and locate the doubts about the briefing too. A file in
    an older format gets one warning, that `aimeeting upgrade` writes it in the current
    one, instead of a doubt about every field it could not have."""
    data, label = _read(path, stdin)
    with collector_paused():
        parsed = parse_json(data, label)
        briefing = validate_data(parsed, lambda: _decode(data, label), label)
    from aimeeting.briefing.upgrade import is_old

    doubts: list[tuple[tuple[str | int, ...], str]]
    if isinstance(parsed, dict) and is_old(parsed):
        upgrade = "aimeeting upgrade FILE"
        doubts = [
            (
                ("schema_version",),
                f"this briefing is in format 1, upgraded in memory to load; '{upgrade}' "
                "writes it in format 2, with what it moved and guessed",
            )
        ]
    else:
        from aimeeting.briefing.doubts import find_doubts

        doubts = find_doubts(briefing, today)
    if len(doubts) > MAX_PROBLEMS:  # a million warnings help no one and print 100 MB
        from aimeeting.briefing.bounded import stopped_message

        doubts[MAX_PROBLEMS:] = [(doubts[MAX_PROBLEMS][0], stopped_message("warnings"))]
    if not doubts:
        return Checked(briefing, label, [])
    from aimeeting.briefing.locate import map_json

    with collector_paused():  # the text was parsed strictly above: no faults to look for
        json_map = map_json(_decode(data, label), [loc for loc, _ in doubts], check=False)
    warnings = [json_map.locate(loc, make_visible(message))[1] for loc, message in doubts]
    return Checked(briefing, label, warnings)


def read_briefing_json(path: str | os.PathLike[str], stdin: BinaryIO | None = None) -> Any:
    """The briefing file's JSON as it is, checked to be valid (for `aimeeting upgrade`)."""
    data, label = _read(path, stdin)
    parsed = parse_json(data, label)
    validate_data(parsed, lambda: _decode(data, label), label)
    return parsed
