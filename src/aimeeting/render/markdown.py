"""The fact sheet as Markdown for an article or a CMS: headings, lists, block quotes, sources."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from aimeeting.cite import markers, one_line, quote_words, source_numbers
from aimeeting.dates import format_date, format_range
from aimeeting.model import Briefing, Sourced

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Escape what Markdown would read as formatting, so data prints as written."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


class _Sheet:
    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.numbers = source_numbers(briefing)
        self.cited: set[str] = set()

    def refs(self, source_ids: list[str]) -> str:
        self.cited.update(source_ids)
        return escape(markers(source_ids, self.numbers))

    def caveat(self, item: Sourced) -> str:
        if item.inferred:
            return " *(inferred" + (f": {escape(item.note)})*" if item.note else ")*")
        return f" *({escape(item.note)})*" if item.note else ""

    def event(self) -> list[str]:
        event = self.briefing.event
        lines = [f"# {escape(event.title)}", ""]
        if event.also_known_as:
            lines.append(f"- **Also called:** {escape('; '.join(event.also_known_as))}")
        lines += [
            f"- **When:** {format_range(event.start, event.end)}",
            f"- **Where:** {escape(event.city)}, {escape(event.host_country)}",
            f"- **Kind:** {escape(event.kind)}",
            f"- **Organiser:** {escape(event.organiser)}",
            f"- **Framework:** {escape(event.framework)}",
            f"- **Participants:** {escape(event.participants)} {self.refs(event.sources)}",
            f"- **Facts checked:** {format_date(self.briefing.checked)}",
            "",
        ]
        return lines

    def summary(self) -> list[str]:
        summary = self.briefing.summary
        return ["## Summary", "", f"{escape(summary.text)} {self.refs(summary.sources)}", ""]

    def key_facts(self) -> list[str]:
        lines = ["## Key facts", ""]
        for fact in self.briefing.key_facts:
            lines.append(
                f"- **{escape(fact.label)}:** {escape(fact.value)} "
                f"{self.refs(fact.sources)}{self.caveat(fact)}"
            )
        return [*lines, ""]

    def timeline(self) -> list[str]:
        lines = ["## Timeline", ""]
        for entry in self.briefing.timeline:
            lines.append(
                f"- **{format_range(entry.date, entry.end)}**: {escape(entry.title)}. "
                f"{escape(entry.detail)} {self.refs(entry.sources)}{self.caveat(entry)}"
            )
        return [*lines, ""]

    def outcomes(self) -> list[str]:
        lines = ["## Outcomes", ""]
        for status, heading in (("reported", "Reported"), ("expected", "Expected beforehand")):
            chosen = [o for o in self.briefing.outcomes if o.status == status]
            if chosen:
                lines += [f"### {heading}", ""]
                lines += [
                    f"- **{escape(o.title)}.** {escape(o.detail)} {self.refs(o.sources)}"
                    f"{self.caveat(o)}"
                    for o in chosen
                ]
                lines.append("")
        return lines

    def challenges(self) -> list[str]:
        lines = ["## Challenges", ""]
        for challenge in self.briefing.challenges:
            lines.append(
                f"- **{escape(challenge.title)}.** {escape(challenge.detail)} "
                f"{self.refs(challenge.sources)}{self.caveat(challenge)}"
            )
        return [*lines, ""]

    def faq(self) -> list[str]:
        lines = ["## FAQ", ""]
        for entry in self.briefing.faq:
            lines += [
                f"### {escape(entry.question)}",
                "",
                f"{escape(entry.answer)} {self.refs(entry.sources)}{self.caveat(entry)}",
                "",
            ]
        return lines

    def quotes(self) -> list[str]:
        lines = ["## Quotes", ""]
        for quote in self.briefing.quotes:
            attribution = (
                f"{escape(quote.speaker)}, {escape(quote.role)}. {escape(quote.occasion)}, "
                f"{format_date(quote.date)} {self.refs(quote.sources)}"
            )
            if quote.verbatim:  # only the speaker's own words go in a block quote
                lines += [f"> {escape(quote_words(quote))}", ">", f"> \u2014 {attribution}"]
            else:
                lines.append(f"- {escape(quote_words(quote))} ({attribution})")
            lines.append("")
        return lines

    def people(self) -> list[str]:
        lines = ["## People and organisations", ""]
        for party in self.briefing.people:
            lines.append(
                f"- **{escape(party.name)}**: {escape(party.role)} {self.refs(party.sources)}"
            )
        return [*lines, ""]

    def sources(self, only_cited: bool) -> list[str]:
        lines = ["## Sources", ""]
        for number, source in enumerate(self.briefing.sources, start=1):
            if only_cited and source.id not in self.cited:
                continue
            published = f", {format_date(source.published)}" if source.published else ""
            lines.append(
                f"- **[{number}]** [{escape(source.title)}]({source.url}) \u2014 "
                f"{escape(source.publisher)}{published}"
            )
        return [*lines, ""]


def render_markdown(briefing: Briefing, section: str | None = None) -> str:
    """Markdown of the whole sheet, or of one section followed by the sources it cites."""
    sheet = _Sheet(briefing)
    parts: dict[str, Callable[[], list[str]]] = {
        "summary": lambda: sheet.event() + sheet.summary() + sheet.key_facts(),
        "timeline": sheet.timeline,
        "outcomes": sheet.outcomes,
        "challenges": sheet.challenges,
        "faq": sheet.faq,
        "quotes": sheet.quotes,
        "people": sheet.people,
    }
    chosen: Iterable[str] = parts if section is None else [section]
    lines: list[str] = []
    for name in chosen:
        if name != "sources":
            lines += parts[name]()
    lines += sheet.sources(only_cited=section not in (None, "sources"))
    return "\n".join(lines).rstrip("\n") + "\n"
