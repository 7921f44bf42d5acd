"""Loading: every way a briefing can be broken ends as BriefingInvalid or InputError,
with the JSON path, line and column of each problem."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from aimeeting.briefing import load
from aimeeting.errors import BriefingInvalid, ExitCode, InputError
from tests.conftest import DATA
from tests.conftest import EVENT as BUNDLED


def problems_of(text: str | bytes) -> list[tuple[str, int | None, int | None, str]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(BriefingInvalid) as caught:
        load.parse_briefing(data, "b.json")
    assert caught.value.exit_code == ExitCode.DATA_INVALID
    return [(p.path, p.line, p.column, p.message) for p in caught.value.problems]


def test_a_version_1_briefing_is_upgraded_on_loading() -> None:
    briefing = load.load_briefing(DATA / "v1-briefing.json")
    assert briefing.schema_version == 2
    assert [(v.city, v.country) for v in briefing.event.venues] == [("Tokyo", "Japan")]
    assert briefing.people[0].roles[0].title.startswith("Prime Minister of Japan")


def test_a_version_that_is_true_is_no_version_1() -> None:
    data = json.loads((DATA / "event.json").read_text(encoding="utf-8"))
    data["schema_version"] = True  # Python's True == 1; JSON's true is no number
    [(path, _, _, message)] = problems_of(json.dumps(data))
    expected = "must be 2 (this format) or 1 (the older one, upgraded when read), written as a "
    assert (path, message) == ("$.schema_version", expected + "whole number, not true")
    data["schema_version"] = 2.5  # a value that is not text is said as the file writes it
    [(path, _, _, message)] = problems_of(json.dumps(data))
    assert (path, message) == ("$.schema_version", expected + "whole number, not 2.5")


def test_five_mistakes_give_five_located_problems() -> None:
    path = DATA / "five-mistakes.json"
    with pytest.raises(BriefingInvalid) as caught:
        load.load_briefing(path)
    found = [(p.path, p.line, p.column) for p in caught.value.problems]
    assert found == [
        ("$.event.end", 10, 12),
        ("$.summary.sources[0]", 18, 17),
        ("$.timeline[0].date", 23, 15),
        ("$.timeline[1].id", 29, 13),
        ("$.timeline[1].titel", 31, 7),
    ]
    assert "did you mean 'title'?" in caught.value.problems[-1].message
    assert "is not a real date" in caught.value.problems[2].message


def test_did_you_mean_is_worked_out_for_a_bounded_number_of_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each hint costs an edit distance per known key: a file of a hundred thousand unknown
    # keys must be reported in linear time, so only the first problems get one.
    data = json.loads((DATA / "event.json").read_text(encoding="utf-8"))
    data["timeline"][0]["titel"] = data["timeline"][0].pop("title")
    data["timeline"][1]["tilte"] = data["timeline"][1].pop("title")
    with pytest.raises(BriefingInvalid) as caught:
        load.parse_briefing(json.dumps(data, indent=1).encode(), "x.json")
    assert ["did you mean 'title'?" in p.message for p in caught.value.problems] == [True, True]
    monkeypatch.setattr(load, "MAX_HINTS", 1)
    with pytest.raises(BriefingInvalid) as caught:
        load.parse_briefing(json.dumps(data, indent=1).encode(), "x.json")
    found = [(p.path, "did you mean" in p.message) for p in caught.value.problems]
    # The second object's misspelt key gets no hint, so its missing 'title' is said too.
    assert found == [
        ("$.timeline[0].titel", True),
        ("$.timeline[1].title", False),
        ("$.timeline[1].tilte", False),
    ]


def test_duplicate_keys_are_rejected_with_place() -> None:
    assert problems_of('{\n  "a": 1,\n  "a": 2\n}') == [("$.a", 3, 3, "duplicate key 'a'")]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_rejected(constant: str) -> None:
    [(path, line, _, message)] = problems_of(f'{{"schema_version": {constant}}}')
    assert (path, line) == ("$.schema_version", 1)
    assert "not allowed" in message


def test_problems_beside_a_rejected_value_are_located_exactly() -> None:
    """What is inside a rejected key is stepped over, not scanned: brackets in its strings
    do not shift the places found after it, and nesting too deep inside it is still told."""
    junk = '[["]", {"}": "[,"}], ' + "[" * 70 + "]" * 70 + "]"
    text = '{"junk": ' + junk + ',\n "schema_version": "x", "more": ' + junk + "}"
    found = {path: (line, column, message) for path, line, column, message in problems_of(text)}
    assert found["$.junk"][:2] == (1, 2)
    assert found["$.schema_version"][:2] == (2, 20)
    deep = [path for path, (*_, message) in found.items() if "nesting deeper" in message]
    assert deep == ["$.junk[1]" + "[0]" * 62, "$.more[1]" + "[0]" * 62]  # each told
    assert found[deep[0]][:2] == (1, text.index("[" * 70) + 63)


def test_huge_numbers_are_rejected_without_crashing() -> None:
    assert problems_of('{"n": 1e999}')[0][3] == "number too large to represent"
    assert "longer than" in problems_of('{"n": ' + "9" * 5000 + "}")[0][3]


def test_absurd_nesting_is_rejected_without_crashing() -> None:
    [(path, _, _, message)] = problems_of('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert path.startswith("$.a[0]")
    assert "nesting deeper than" in message


def test_empty_input_and_trailing_garbage_are_located() -> None:
    assert problems_of("  \n") == [("$", 1, 1, "empty input: expected a JSON object")]
    [(_, line, column, message)] = problems_of('{"a": 1}\nxyz')
    assert (line, column) == (2, 1)
    assert "unexpected text after the end" in message


def test_syntax_error_is_located() -> None:
    [(_, line, column, message)] = problems_of('{\n  "a": 1,\n  oops\n}')
    assert (line, column) == (3, 3)
    assert message.startswith("not valid JSON")
    # The place is the line and column, not words the message trails off into.
    assert problems_of('{"a": "\x1b"}')[0][3] == "not valid JSON: Invalid control character"
    assert problems_of('{"a": "abc')[0][3] == "not valid JSON: Unterminated string"


def test_invalid_utf8_is_located() -> None:
    [(_, line, column, message)] = problems_of(b'{\n "a": "caf\xe9"}')
    assert (line, column, message) == (2, 11, "not UTF-8: byte 0xe9")


def test_a_utf8_bom_is_skipped() -> None:
    data = b"\xef\xbb\xbf" + BUNDLED.read_bytes()
    assert load.parse_briefing(data, "bom.json").event.venues[0].city == "Kessaly Bay"


def test_top_level_must_be_an_object() -> None:
    assert problems_of("[1, 2]") == [("$", 1, 1, "a briefing must be a JSON object")]


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as caught:
        load.load_briefing(tmp_path / "absent.json")
    assert caught.value.exit_code == ExitCode.INPUT_MISSING


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load.load_briefing(tmp_path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file") as caught:
        load.load_briefing(fifo)
    # Process substitution gives a FIFO: the message says how to read a pipe instead.
    assert caught.value.message.endswith("use --briefing - and pipe the briefing in")


def test_device_is_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        load.load_briefing("/dev/zero")


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "secret.json"
    path.write_text("{}")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        load.load_briefing(path)


def test_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(load, "MAX_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(" " * 101)
    with pytest.raises(InputError, match="over the 100-byte limit"):
        load.load_briefing(path)


def test_file_names_with_escape_sequences_are_shown_visibly(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load.load_briefing(tmp_path / "evil\x1b]0;owned\x07.json")
    assert "\x1b" not in caught.value.message
    assert "\\x1b]0;owned\\x07" in caught.value.message


def test_unknown_keys_with_control_characters_are_shown_visibly(
    briefing_data: dict[str, Any],
) -> None:
    briefing_data["event"]["\x1b[31mred"] = 1
    problems = problems_of(json.dumps(briefing_data))
    assert problems[0][0] == '$.event["\\x1b[31mred"]'
    assert all("\x1b" not in p[3] for p in problems)


def test_loading_pauses_the_collector_and_gives_it_back_as_it_was() -> None:
    import gc

    from aimeeting.briefing.load import collector_paused

    seen: list[bool] = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # someone else's choice is kept
        with pytest.raises(ValueError), collector_paused():
            raise ValueError("a failure while loading")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_mapping_without_checks_finds_the_same_places() -> None:
    """For text already parsed strictly, map_json steps over what is off the way with the
    C decoder: the places it finds must be the ones a full scan finds."""
    from aimeeting.briefing.locate import map_json

    text = BUNDLED.read_text(encoding="utf-8")
    wanted = [("timeline", 3, "date"), ("quotes", 1, "text"), ("sources", 9), ("event", "venues")]
    fast = map_json(text, wanted, check=False)
    full = map_json(text, wanted)
    for path in wanted:
        assert fast.offset_of(path) == full.offset_of(path) is not None
        assert fast.line_column(fast.offset_of(path) or 0) == full.line_column(
            full.offset_of(path) or 0
        )
    assert fast.values == full.values and fast.keys == full.keys
