"""Doubts about a valid briefing: things an author should look at, which `validate` prints
as warnings and `validate --strict` treats as errors."""

from __future__ import annotations

from aimeeting.briefing.dates import date_bounds
from aimeeting.briefing.languages import is_english
from aimeeting.briefing.model import Briefing
from aimeeting.sections import ITEM_SECTIONS

Loc = tuple[str | int, ...]


def find_doubts(briefing: Briefing) -> list[tuple[Loc, str]]:
    """(JSON path, message) for each doubt, in file order."""
    doubts: list[tuple[Loc, str]] = []
    doubts += _timeline_order(briefing)
    cited = set(briefing.event.sources) | set(briefing.summary.sources)
    for key in ITEM_SECTIONS:
        for item in getattr(briefing, key):
            cited.update(item.sources)
    for index, source in enumerate(briefing.sources):
        loc: Loc = ("sources", index)
        if source.id not in cited:
            doubts.append(((*loc, "id"), f"source {source.id!r} is cited by no item"))
        if source.kind is None:
            doubts.append((loc, "say whether the source is 'primary' or 'secondary' (kind)"))
        if source.accessed is None:
            doubts.append((loc, "say the day the source was last read (accessed)"))
        if not is_english(source.language) and source.title_en is None:
            doubts.append((loc, "give the English title of a page in another language (title_en)"))
    return doubts


def _timeline_order(briefing: Briefing) -> list[tuple[Loc, str]]:
    doubts: list[tuple[Loc, str]] = []
    latest: tuple[int, int, int] | None = None
    for index, entry in enumerate(briefing.timeline):
        if entry.date is None:
            continue
        earliest, last = date_bounds(entry.date)
        if latest is not None and last < latest:
            doubts.append(
                (
                    ("timeline", index, "date"),
                    f"{entry.date} is earlier than the entry before it: "
                    "the timeline should run oldest first",
                )
            )
        latest = earliest if latest is None else max(latest, earliest)
    return doubts
