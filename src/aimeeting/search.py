"""Find words across every section of a briefing: pure functions, linear in its size."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from aimeeting.model import SECTIONS, Briefing

_SKIPPED_FIELDS = {"id", "sources", "inferred", "verbatim", "schema_version"}


@dataclass(frozen=True)
class Hit:
    section: str
    item_id: str
    fields: tuple[tuple[str, str], ...]  # every text field of the item, in model order
    matched: tuple[str, ...]  # names of the fields that contain a search word

    def to_json(self) -> dict[str, object]:
        return {
            "section": self.section,
            "id": self.item_id,
            "text": " | ".join(value for _, value in self.fields),
            "matched_fields": list(self.matched),
        }


def item_fields(item: BaseModel) -> tuple[tuple[str, str], ...]:
    """The text a person reads in an item, field by field."""
    fields: list[tuple[str, str]] = []
    for name in type(item).model_fields:
        if name in _SKIPPED_FIELDS:
            continue
        value = getattr(item, name)
        if isinstance(value, str):
            fields.append((name, value))
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            fields.append((name, "; ".join(value)))
    return tuple(fields)


def searchable_items(briefing: Briefing) -> Iterator[tuple[str, str, BaseModel]]:
    """(section, item id, item) for every item, in the order the fact sheet shows them."""
    yield "event", "event", briefing.event
    yield "summary", "summary", briefing.summary
    for section in SECTIONS:
        for item in getattr(briefing, section):
            yield section, item.id, item
    for source in briefing.sources:
        yield "sources", source.id, source


def search_words(term: str) -> list[str]:
    """The words of a search term, case-folded; every one must match."""
    return [word.casefold() for word in term.split()]


def search(briefing: Briefing, term: str) -> list[Hit]:
    """Items that contain every word of ``term`` (case-insensitive), in sheet order."""
    words = search_words(term)
    if not words:
        return []
    hits: list[Hit] = []
    for section, item_id, item in searchable_items(briefing):
        fields = item_fields(item)
        folded = [(name, value.casefold()) for name, value in fields]
        if all(any(word in value for _, value in folded) for word in words):
            matched = tuple(name for name, value in folded if any(w in value for w in words))
            hits.append(Hit(section, item_id, fields, matched))
    return hits
