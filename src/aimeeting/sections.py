"""The one ordered table of sections. The section commands, `facts`, every output format and
the tests' list of commands are all made from it: a new section is one entry here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # the CLI imports this table at start-up: pydantic and rich load later
    from aimeeting.briefing.model import Briefing
    from aimeeting.document import Context, Document, Section


class SectionSpec(NamedTuple):
    command: str
    help: str  # the command's --help: one imperative line
    example: str
    build: Callable[[Context], list[Section]]
    json: Callable[[Briefing], Any]  # what `COMMAND --json` prints
    all_sources: bool = False  # list every source, not only those the entries cite


def _sections(*names: str) -> Callable[[Context], list[Section]]:
    """A builder of the named sections (see aimeeting.document.build_section)."""

    def build(ctx: Context) -> list[Section]:
        from aimeeting.document import build_section

        return [build_section(name, ctx) for name in names]

    return build


def _dump(briefing: Briefing, key: str) -> Any:
    return briefing.model_dump(mode="json", include={key})[key]


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "summary",
        "Show the event, the summary paragraph and the key facts.",
        "aimeeting summary --json | jq -r .summary.text",
        _sections("event", "summary", "key_facts"),
        lambda b: b.model_dump(mode="json", include={"event", "summary", "key_facts"}),
    ),
    SectionSpec(
        "timeline",
        "Show the dated milestones, oldest first; planned ones say so.",
        "aimeeting timeline --json | jq -r '.[] | .date + \"  \" + .title'",
        _sections("timeline"),
        lambda b: _dump(b, "timeline"),
    ),
    SectionSpec(
        "outcomes",
        "Show what the event produced, what was proposed and what was expected.",
        "aimeeting outcomes --json | jq '.[] | select(.status == \"reported\")'",
        _sections("outcomes"),
        lambda b: _dump(b, "outcomes"),
    ),
    SectionSpec(
        "challenges",
        "Show the challenges the coverage names.",
        "aimeeting challenges --format markdown",
        _sections("challenges"),
        lambda b: _dump(b, "challenges"),
    ),
    SectionSpec(
        "faq",
        "Answer a question from the FAQ, or list every question and answer.",
        "aimeeting faq who hosts the meeting",
        _sections("faq"),
        lambda b: _dump(b, "faq"),
    ),
    SectionSpec(
        "quotes",
        "Show quotes with speaker, role, occasion, date, caveats and sources.",
        "aimeeting quotes --plain",
        _sections("quotes"),
        lambda b: _dump(b, "quotes"),
    ),
    SectionSpec(
        "people",
        "Show the people and organisations involved, with their roles over time.",
        "aimeeting people --json | jq -r '.[].name'",
        _sections("people"),
        lambda b: _dump(b, "people"),
    ),
    SectionSpec(
        "sources",
        "Show the numbered sources with their URLs, archived copies and access dates.",
        "aimeeting sources --json | jq -r '.[].url'",
        _sections(),
        lambda b: _dump(b, "sources"),
        all_sources=True,
    ),
)

FACTS = SectionSpec(
    "facts",
    "Show the whole fact sheet: every section, then the numbered sources.",
    "aimeeting facts --format html > sheet.html",
    lambda c: [section for spec in SECTIONS for section in spec.build(c)],
    lambda b: b.model_dump(mode="json"),
    all_sources=True,
)

BY_COMMAND = {spec.command: spec for spec in (FACTS, *SECTIONS)}


def build(spec: SectionSpec, ctx: Context) -> Document:
    from aimeeting.document import build_document

    return build_document(ctx, spec.build(ctx), all_sources=spec.all_sources)
