"""A file of many problems costs about what a valid one does: each list reports its first
MAX_PROBLEMS problems and says where it stopped, an item of too many values is one
problem, and items are validated in windows that keep their places in the file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aimeeting.briefing import load
from aimeeting.errors import BriefingInvalid
from aimeeting.limits import MAX_ITEM_VALUES, MAX_PROBLEMS
from tests.conftest import EVENT


def fixture() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EVENT.read_text(encoding="utf-8"))
    return data


def problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(BriefingInvalid) as caught:
        load.parse_briefing(json.dumps(data, indent=1).encode(), "b.json")
    return [(p.path, p.message) for p in caught.value.problems]


def test_a_list_of_wrong_items_reports_its_first_problems_and_where_it_stopped() -> None:
    data = fixture()
    data["timeline"] = [{"x": 1} for _ in range(3 * MAX_PROBLEMS)]  # each lacks every key
    found = problems(data)
    assert len(found) == MAX_PROBLEMS + 1
    *listed, (where, message) = found
    assert all(path.startswith("$.timeline[") for path, _ in listed)
    assert message.startswith(f"stopped here: {MAX_PROBLEMS:,} problems were found")
    # it stops at the first problem not listed, in the item after the last one listed
    last_listed = int(listed[-1][0].split("[")[1].split("]")[0])
    assert where.startswith(f"$.timeline[{last_listed}]") or where.startswith(
        f"$.timeline[{last_listed + 1}]"
    )


@pytest.mark.parametrize("place", ["key_facts", "event"])
def test_an_item_of_too_many_values_is_one_problem(place: str) -> None:
    data = fixture()
    item = data[place][0] if place == "key_facts" else data[place]
    item.update({f"k{n}": n for n in range(2 * MAX_ITEM_VALUES)})
    path = "$.key_facts[0]" if place == "key_facts" else "$.event"
    assert problems(data) == [
        (path, f"holds more than {MAX_ITEM_VALUES:,} values, the format's limit")
    ]


def test_the_briefings_own_unknown_keys_stop_after_the_first_problems() -> None:
    data = fixture()
    data.update({f"extra{n}": n for n in range(2 * MAX_PROBLEMS)})
    found = problems(data)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[0][1].startswith("unknown key 'extra0'")
    assert found[-1][0] == f"$.extra{MAX_PROBLEMS}"
    assert found[-1][1].startswith("stopped here")


def test_problems_across_items_stop_after_the_first_ones() -> None:
    data = fixture()
    fact = data["key_facts"][0]
    data["key_facts"] = [
        {**fact, "id": f"kf-{n}", "sources": ["nowhere"]} for n in range(2 * MAX_PROBLEMS)
    ]
    found = problems(data)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[0] == ("$.key_facts[0].sources[0]", "'nowhere' names no entry in sources")
    assert found[-1][1].startswith("stopped here")


def test_items_validated_in_windows_keep_their_order_and_their_places() -> None:
    data = fixture()
    fact = data["key_facts"][0]
    data["key_facts"] = [{**fact, "id": f"kf-{n}"} for n in range(600)]  # many windows
    briefing = load.parse_briefing(json.dumps(data).encode(), "b.json")
    assert [item.id for item in briefing.key_facts] == [f"kf-{n}" for n in range(600)]
    data["key_facts"][555]["value"] = 5
    data["key_facts"][1]["value"] = 5
    assert [path for path, _ in problems(data)] == [
        "$.key_facts[1].value",
        "$.key_facts[555].value",
    ]
