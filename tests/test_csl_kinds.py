"""A source of unknown kind is a CSL webpage published by its publisher, like a primary
source; only a secondary source is a news article in a container."""

from __future__ import annotations

from typing import Any

import pytest

from aimeeting.document import NumberedSource
from aimeeting.writers.csl import csl_item


def source(kind: str | None) -> NumberedSource:
    return NumberedSource(
        number=1,
        id="s-1",
        headline="A page",
        title_en=None,
        described=False,
        publisher="Norland Ministry",
        published="2031-04",
        language="en",
        kind=kind,
        accessed=None,
        url="https://example.org/p",
        archived_url=None,
        archived_date=None,
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (None, {"type": "webpage", "publisher": "Norland Ministry"}),
        ("primary", {"type": "webpage", "publisher": "Norland Ministry"}),
        ("secondary", {"type": "article-newspaper", "container-title": "Norland Ministry"}),
    ],
)
def test_the_item_type_follows_the_source_kind(kind: str | None, expected: dict[str, Any]) -> None:
    assert csl_item(source(kind)) == {
        "id": "s-1",
        "title": "A page",
        **expected,
        "issued": {"date-parts": [[2031, 4]]},
        "URL": "https://example.org/p",
        "language": "en",
    }
