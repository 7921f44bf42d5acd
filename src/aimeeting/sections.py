"""The one ordered table of the sections of a fact sheet. Everything else is made from it:
the model's list of item sections, the document's section shapes, the commands and their
help, `--section`, `init`'s skeleton, the doubts, and the tests' parametrisation.

Imports nothing: the CLI reads this table at start-up.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Layout = Literal["fields", "prose", "table", "list", "blocks", "sources"]


class SectionSpec(NamedTuple):
    key: str  # the briefing's key (and the JSON key); `--section` also takes it with '-'
    title: str  # the heading
    layout: Layout
    headers: tuple[str, str]  # label column, main column (for tables)
    entry: str  # the function in aimeeting.document that makes one Entry (or the entries)
    command: str  # the command that shows it; sections side by side may share one
    help: str = ""  # that command's --help line (on the first section it shows)
    example: str = ""
    items: bool = True  # a list of sourced items with ids (not the event, summary, sources)
    formats: tuple[str, ...] = ()  # formats its command offers beyond the usual ones

    @property
    def name(self) -> str:
        """The key as people type it: key-facts."""
        return self.key.replace("_", "-")


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "event",
        "Event",
        "fields",
        ("", ""),
        "event_entries",
        "summary",
        "Show the event, the summary paragraph and the key facts.",
        "aimeeting summary --json | jq -r .summary.text",
        items=False,
    ),
    SectionSpec("summary", "Summary", "prose", ("", ""), "summary_entries", "summary", items=False),
    SectionSpec("key_facts", "Key facts", "table", ("What", "Fact"), "key_fact_entry", "summary"),
    SectionSpec(
        "timeline",
        "Timeline",
        "table",
        ("Date", "Milestone"),
        "timeline_entry",
        "timeline",
        "Show the dated milestones, oldest first; planned ones say so.",
        "aimeeting timeline --json | jq -r '.[] | .date + \"  \" + .title'",
        formats=("svg",),
    ),
    SectionSpec(
        "outcomes",
        "Outcomes",
        "table",
        ("Status", "Outcome"),
        "outcome_entry",
        "outcomes",
        "Show what the event produced, what was proposed and what was expected.",
        "aimeeting outcomes --json | jq -c '.[] | {title, status}'",
    ),
    SectionSpec(
        "challenges",
        "Challenges",
        "list",
        ("", "Challenge"),
        "challenge_entry",
        "challenges",
        "Show the challenges the coverage names.",
        "aimeeting challenges --format markdown",
    ),
    SectionSpec(
        "faq",
        "FAQ",
        "blocks",
        ("", ""),
        "faq_entry",
        "faq",
        "Answer a question from the sheet, or list every FAQ question and answer.",
        "aimeeting faq who hosts the meeting",
    ),
    SectionSpec(
        "quotes",
        "Quotes",
        "blocks",
        ("", ""),
        "quote_entry",
        "quotes",
        "Show quotes with speaker, role, occasion, date, caveats and sources.",
        "aimeeting quotes --plain",
    ),
    SectionSpec(
        "people",
        "People and organisations",
        "table",
        ("Who", "Role"),
        "party_entry",
        "people",
        "Show the people and organisations involved, with their roles over time.",
        "aimeeting people --json | jq -r '.[].name'",
    ),
    SectionSpec(
        "sources",
        "Sources",
        "sources",
        ("", ""),
        "",
        "sources",
        "Show the numbered sources with their URLs, archived copies and access dates.",
        "aimeeting sources --format csl-json > sources.json",
        items=False,
        formats=("csl-json",),
    ),
)

BY_KEY = {spec.key: spec for spec in SECTIONS}
ITEM_SECTIONS = tuple(spec.key for spec in SECTIONS if spec.items)
"""The keys of the briefing that hold lists of sourced items with ids."""
SHOWN_WITH_ENTRIES = tuple(spec for spec in SECTIONS if spec.layout != "sources")
"""Sections made of entries; the sources list follows them and is made differently."""


class CommandSpec(NamedTuple):
    """A command that shows part of the sheet: its sections, in sheet order."""

    name: str
    help: str
    example: str
    keys: tuple[str, ...]  # the sections it shows
    all_sources: bool  # list every source, not only those its entries cite
    formats: tuple[str, ...] = ()  # formats it offers beyond the usual ones

    @property
    def json_key(self) -> str | None:
        """The briefing key its --json prints the value of; None: an object of its keys."""
        return self.keys[0] if len(self.keys) == 1 else None


def _commands() -> tuple[CommandSpec, ...]:
    names = list(dict.fromkeys(spec.command for spec in SECTIONS))
    commands = []
    for name in names:
        shown = [spec for spec in SECTIONS if spec.command == name]
        keys = tuple(spec.key for spec in shown)
        formats = tuple(f for spec in shown for f in spec.formats)
        commands.append(
            CommandSpec(name, shown[0].help, shown[0].example, keys, name == "sources", formats)
        )
    return tuple(commands)


FACTS = CommandSpec(
    "facts",
    "Show the whole fact sheet: every section, then the numbered sources.",
    "aimeeting facts --format html > sheet.html",
    tuple(spec.key for spec in SECTIONS),
    all_sources=True,
)
COMMANDS: tuple[CommandSpec, ...] = (FACTS, *_commands())
BY_COMMAND = {command.name: command for command in COMMANDS}


def titles_in_words() -> str:
    """'summary, timeline, …, people and sources': the sections as the root help lists them."""
    titles = [spec.title if spec.key == "faq" else spec.title.lower() for spec in SECTIONS[1:]]
    return ", ".join(titles[:-1]) + " and " + titles[-1]
