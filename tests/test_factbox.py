"""The fact box: its rows in a fixed order, the most settled outcome as the outcome, and a
plain statement when none is settled; and a briefing with several errors says how many."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Result

LABELS = ["Event", "When", "Where", "Participants", "Outcome", "Organiser", "Facts checked"]


def factbox(cli: Callable[..., Result], path: Path) -> list[dict[str, Any]]:
    result = cli("--briefing", str(path), "factbox", "--json")
    assert result.exit_code == 0, result.stderr
    facts: list[dict[str, Any]] = json.loads(result.stdout)["facts"]
    return facts


def test_the_outcome_is_the_most_settled_whatever_the_order_in_the_file(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    briefing_data["outcomes"].reverse()  # the agreed charter comes last in the file now
    facts = factbox(cli, write_json(briefing_data, "b.json"))
    assert [fact["label"] for fact in facts] == LABELS
    assert facts[4]["id"] == "out-charter" and facts[4]["text"].endswith("(agreed)")


def test_with_no_settled_outcome_the_box_says_none_was_reported(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    briefing_data["outcomes"] = [
        o for o in briefing_data["outcomes"] if o["status"] in ("proposed", "expected")
    ]
    for item in briefing_data["faq"]:  # nothing may cite what is gone
        item.pop("related", None)
    facts = factbox(cli, write_json(briefing_data, "b.json"))
    assert [fact["label"] for fact in facts] == LABELS
    assert facts[4] == {
        "label": "Outcome",
        "id": None,
        "text": "No outcome reported as of 20 May 2031",
        "caveats": [],
        "sources": [],
    }


def test_a_briefing_with_several_errors_says_how_many_more_in_one_line(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    for index in range(3):
        briefing_data["key_facts"][index]["id"] = "Bad Id"
    path = str(write_json(briefing_data, "b.json"))
    count = len(json.loads(cli("validate", path, "--json").stdout))
    several = cli("--briefing", path, "facts")
    [line] = several.stderr.splitlines()
    assert several.exit_code == 65 and count >= 3
    assert line.endswith(f"(and {count - 1} more problem(s); run 'aimeeting validate')")
    briefing_data["key_facts"][1]["id"] = briefing_data["key_facts"][2]["id"] = "fine-1"
    briefing_data["key_facts"][2]["id"] = "fine-2"
    one = cli("--briefing", str(write_json(briefing_data, "c.json")), "facts")
    assert one.exit_code == 65 and "more problem" not in one.stderr


def test_every_field_of_the_event_cites_the_event_s_sources(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    # A line of the box may be pasted alone ("66 countries took part"): it keeps its sources.
    facts = {fact["label"]: fact for fact in factbox(cli, write_json(briefing_data, "b.json"))}
    assert facts["Event"]["sources"]
    for label in ("When", "Where", "Participants", "Organiser"):
        assert facts[label]["sources"] == facts["Event"]["sources"], label


def test_a_field_with_sources_of_its_own_cites_them_alone(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    # The delegations list gives who took part, not the dates: a pasted line cites only
    # the source that states it, on the sheet as in the box.
    event = briefing_data["event"]
    event["field_sources"] = {"participants": ["src-delegations-list"]}
    path = write_json(briefing_data, "b.json")
    facts = {fact["label"]: fact for fact in factbox(cli, path)}
    listed = facts["Participants"]["sources"]
    assert len(listed) == 1 and listed != facts["Event"]["sources"]
    assert set(listed) < set(facts["Event"]["sources"])
    assert facts["When"]["sources"] == facts["Event"]["sources"]  # none of its own: all
    sheet = cli("--briefing", str(path), "summary", "--json").stdout
    assert json.loads(sheet)["event"]["field_sources"] == {"participants": ["src-delegations-list"]}
    shown = cli("--briefing", str(path), "summary", "--color", "never").stdout
    participants = shown.split("Participants", 1)[1].split("Facts checked")[0]
    assert f"[{listed[0]}]" in participants


def test_a_fields_sources_are_some_of_the_events(
    cli: Callable[..., Result],
    briefing_data: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    briefing_data["event"]["field_sources"] = {
        "start": ["src-unlisted", "src-nowhere", "Bad Id"],
        "colour": ["x"],
    }
    briefing_data["sources"].append({**briefing_data["sources"][0], "id": "src-unlisted"})
    result = cli("validate", str(write_json(briefing_data, "b.json")))
    assert result.exit_code == 65
    assert "$.event.field_sources.start[0]: 'src-unlisted' is not one of the event's" in (
        result.stdout
    )
    assert "$.event.field_sources.start[1]: 'src-nowhere' names no entry in sources" in (
        result.stdout
    )
    assert result.stdout.count("start[2]") == 1  # not an id: said once
    # The unknown field is named where the file has it, not with Pydantic's "[key]"
    assert "$.event.field_sources.colour: must be one of 'also_known_as'" in result.stdout
    assert "[key]" not in result.stdout
