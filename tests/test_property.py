"""Property-based: whatever bytes or mutated briefings the loader gets, it either returns a
Briefing or raises BriefingInvalid, never anything else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimeeting.briefing.load import parse_briefing
from aimeeting.briefing.model import Briefing
from aimeeting.errors import BriefingInvalid
from tests.conftest import EVENT as BUNDLED

BUNDLED_BYTES = BUNDLED.read_bytes()
BUNDLED_DATA: dict[str, Any] = json.loads(BUNDLED_BYTES)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


def load_or_invalid(data: bytes) -> Briefing | None:
    try:
        return parse_briefing(data, "fuzz.json")
    except BriefingInvalid as invalid:
        assert invalid.problems, "an invalid briefing must name at least one problem"
        for problem in invalid.problems:
            assert problem.path.startswith("$")
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    load_or_invalid(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(BUNDLED_BYTES) - 1), st.binary(min_size=1, max_size=8))
def test_bundled_bytes_with_a_splice(position: int, junk: bytes) -> None:
    load_or_invalid(BUNDLED_BYTES[:position] + junk + BUNDLED_BYTES[position + len(junk) :])


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(BUNDLED_DATA)),
    st.one_of(st.integers(0, 20), st.none()),
    st.text(max_size=10),
    json_values,
)
def test_bundled_briefing_with_a_value_replaced(
    section: str, index: int | None, key: str, value: Any
) -> None:
    data = json.loads(BUNDLED_BYTES)
    target = data[section]
    if isinstance(target, list) and index is not None and index < len(target):
        target = target[index]
    if isinstance(target, dict):
        target[key if key in target or not target else next(iter(target))] = value
    else:
        data[section] = value
    load_or_invalid(json.dumps(data).encode("utf-8"))
