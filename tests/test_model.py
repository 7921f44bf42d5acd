"""The briefing model: what it accepts, what it rejects, and the schema generated from it."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError

from aimeeting.briefing.model import Briefing, briefing_json_schema
from aimeeting.sections import ITEM_SECTIONS


def error_types(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        Briefing.model_validate(data)
    return [(tuple(e["loc"]), e["type"]) for e in caught.value.errors()]


def test_the_fixture_event_is_valid(briefing_data: dict[str, Any]) -> None:
    briefing = Briefing.model_validate(briefing_data)
    assert briefing.event.venues[0].city == "Kessaly Bay"
    assert (briefing.event.start, briefing.event.end) == ("2031-04-14", "2031-04-16")


def test_unknown_source_id_is_rejected_at_its_place(briefing_data: dict[str, Any]) -> None:
    briefing_data["timeline"][2]["sources"] = ["nowhere"]
    assert error_types(briefing_data) == [(("timeline", 2, "sources", 0), "unknown_source")]


def test_duplicate_ids_are_rejected(briefing_data: dict[str, Any]) -> None:
    briefing_data["faq"][1]["id"] = briefing_data["faq"][0]["id"]
    assert error_types(briefing_data) == [(("faq", 1, "id"), "duplicate_id")]


def test_unknown_keys_are_rejected(briefing_data: dict[str, Any]) -> None:
    briefing_data["event"]["venue_size"] = 3
    assert error_types(briefing_data) == [(("event", "venue_size"), "extra_forbidden")]


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-13", "March 2026", "26-03-15", "0000"])
def test_malformed_dates_are_rejected(briefing_data: dict[str, Any], bad: str) -> None:
    briefing_data["timeline"][0]["date"] = bad
    briefing_data["timeline"][0].pop("end", None)
    assert (("timeline", 0, "date"), "partial_date") in error_types(briefing_data)


@pytest.mark.parametrize("good", ["2023", "2023-05", "2024-02-29"])
def test_dates_at_any_known_precision_are_accepted(
    briefing_data: dict[str, Any], good: str
) -> None:
    briefing_data["timeline"][0]["date"] = good
    briefing_data["timeline"][0]["end"] = None
    assert Briefing.model_validate(briefing_data).timeline[0].date == good


def test_range_may_not_end_before_it_starts(briefing_data: dict[str, Any]) -> None:
    briefing_data["event"]["main_days"] = None
    briefing_data["event"]["end"] = "2031-04-13"
    assert error_types(briefing_data) == [(("event", "end"), "date_order")]


def test_partial_end_in_the_same_month_is_not_before_start(briefing_data: dict[str, Any]) -> None:
    briefing_data["timeline"][2]["date"] = "2029-05-08"
    briefing_data["timeline"][2]["end"] = "2029-05"  # May 2029 may end on the 31st
    Briefing.model_validate(briefing_data)


@pytest.mark.parametrize(
    ("section", "key"), [("quotes", "text"), ("timeline", "title"), ("key_facts", "value")]
)
@pytest.mark.parametrize("blank", [" \t  ", "\u200d", "\u0301\u0300", " \u200c\u0301 "])
def test_text_that_shows_nothing_is_rejected(
    briefing_data: dict[str, Any], section: str, key: str, blank: str
) -> None:
    # Spaces, or a joiner or marks alone: a title that prints as nothing.
    briefing_data[section][0][key] = blank
    assert error_types(briefing_data) == [((section, 0, key), "blank_text")]
    briefing_data[section][0][key] = "e\u0301\u200d"  # a letter with them is text
    Briefing.model_validate(briefing_data)


@pytest.mark.parametrize("item_id", ["event", "summary"])
def test_the_ids_of_the_event_and_summary_are_reserved(
    briefing_data: dict[str, Any], item_id: str
) -> None:
    briefing_data["faq"][0]["id"] = item_id
    assert error_types(briefing_data) == [(("faq", 0, "id"), "reserved_id")]


@pytest.mark.parametrize(
    ("key", "value"), [("verbatim", "no"), ("inferred", 1), ("verbatim", 0), ("inferred", "true")]
)
def test_booleans_are_booleans(briefing_data: dict[str, Any], key: str, value: Any) -> None:
    briefing_data["quotes"][0][key] = value  # lax parsing would read these as booleans
    assert error_types(briefing_data) == [(("quotes", 0, key), "bool_type")]


def test_a_timeline_end_without_a_date_is_refused(briefing_data: dict[str, Any]) -> None:
    undated = next(i for i, e in enumerate(briefing_data["timeline"]) if e["date"] is None)
    briefing_data["timeline"][undated]["end"] = "2030-06"
    assert error_types(briefing_data) == [(("timeline", undated, "end"), "end_without_start")]


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x9b", "\u202e", "\u200b", "\U000e0041"])
def test_control_and_invisible_characters_are_rejected(
    briefing_data: dict[str, Any], char: str
) -> None:
    briefing_data["summary"]["text"] = f"before{char}after"
    assert error_types(briefing_data) == [(("summary", "text"), "unsafe_character")]


def test_type_and_reference_errors_are_reported_together(briefing_data: dict[str, Any]) -> None:
    briefing_data["timeline"][0]["title"] = 7
    briefing_data["outcomes"][0]["sources"] = ["nowhere"]
    assert set(error_types(briefing_data)) == {
        (("timeline", 0, "title"), "string_type"),
        (("outcomes", 0, "sources", 0), "unknown_source"),
    }


def test_every_item_names_a_source_that_exists(briefing_data: dict[str, Any]) -> None:
    briefing = Briefing.model_validate(briefing_data)
    known = {source.id for source in briefing.sources}
    for section in ITEM_SECTIONS:
        for item in getattr(briefing, section):
            assert item.sources and set(item.sources) <= known, item.id


def _properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = [(f"$.{name}", prop) for name, prop in schema.get("properties", {}).items()]
    for model_name, definition in schema.get("$defs", {}).items():
        found += [(f"{model_name}.{n}", p) for n, p in definition.get("properties", {}).items()]
    return found


def test_schema_describes_every_field() -> None:
    undescribed = [
        name for name, prop in _properties(briefing_json_schema()) if "description" not in prop
    ]
    assert undescribed == []


def test_schema_is_draft_2020_12_and_accepts_the_bundled_briefing(
    briefing_data: dict[str, Any],
) -> None:
    schema = briefing_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(briefing_data)


def test_schema_rejects_a_broken_briefing(briefing_data: dict[str, Any]) -> None:
    briefing_data["timeline"][0]["titel"] = briefing_data["timeline"][0].pop("title")
    briefing_data["outcomes"][0]["status"] = "rumoured"
    errors = list(
        jsonschema.Draft202012Validator(briefing_json_schema()).iter_errors(briefing_data)
    )
    where = {tuple(error.absolute_path) for error in errors}
    assert where == {("timeline", 0), ("outcomes", 0, "status")}  # the unknown key, the value


def test_schema_refuses_a_month_13_and_a_line_break_in_a_one_line_field(
    briefing_data: dict[str, Any],
) -> None:
    """What an editor can check with the schema alone, as validate does."""
    briefing_data["timeline"][0]["date"] = "2026-13"
    briefing_data["key_facts"][0]["value"] = "16 May\nSource: [9] elsewhere"
    briefing_data["key_facts"][0]["note"] = "A note may run\nover lines."
    briefing_data["key_facts"][0]["label"] = "When\n"  # around a text: dropped, as validate does
    briefing_data["event"]["also_known_as"] = ["Lisbon forum\nSource: [1] elsewhere"]
    errors = list(
        jsonschema.Draft202012Validator(briefing_json_schema()).iter_errors(briefing_data)
    )
    where = {tuple(error.absolute_path) for error in errors}
    assert where == {
        ("timeline", 0, "date"),
        ("key_facts", 0, "value"),
        ("event", "also_known_as", 0),
    }


def test_briefing_json_from_pydantic_core_equals_the_generic_dump() -> None:
    from aimeeting.briefing.load import load_briefing
    from aimeeting.writers.jsonout import dump_briefing_json, dump_json
    from tests.conftest import DATA

    for path in (DATA / "event.json", DATA / "other-event.json"):
        briefing = load_briefing(path)
        expected = dump_json(briefing.model_dump(mode="json")).encode("utf-8")
        assert dump_briefing_json(briefing) == expected


def test_spaces_around_a_text_are_dropped(briefing_data: dict[str, Any]) -> None:
    """Spaces an author left at either end would print as 'Tail .' or 'stop. ,'."""
    data = {**briefing_data, "timeline": [dict(briefing_data["timeline"][0])]}
    data["timeline"][0]["title"] = "  Compact founded.   "
    item = Briefing.model_validate(data).timeline[0]
    assert item.title == "Compact founded."


def test_a_tab_in_a_text_is_a_space(briefing_data: dict[str, Any]) -> None:
    """A terminal moves a tab to its next stop, past the width the text was laid out for."""
    data = {**briefing_data, "timeline": [dict(briefing_data["timeline"][0])]}
    data["timeline"][0]["detail"] = "Tabbed\tprose\t" * 12
    item = Briefing.model_validate(data).timeline[0]
    assert item.detail == " ".join(["Tabbed prose"] * 12)
