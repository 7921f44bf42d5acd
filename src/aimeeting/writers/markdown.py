"""The Markdown writer: a sheet as headings, lists, block quotes and numbered sources; a
citation as one line.

No raw HTML anywhere (many CMSs strip it, and CommonMark renderers run with it off), so
each [n] marker is a reference-style link to its source's address, defined once at the
end: it resolves the same in CommonMark, GitHub and pandoc, and the numbered list of
sources shows the same number beside the same title."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from aimeeting.briefing.dates import format_date
from aimeeting.document import EMPTY, Document, Entry, NumberedSource, Section, quote_lines
from aimeeting.writers.citation import (
    caveat_sentences,
    cited_entries,
    sources_label,
    sources_of,
    statement,
)

# What CommonMark and GitHub read as syntax anywhere in a line: emphasis, code, links,
# HTML, tables, headings, strike-through (one tilde is enough on GitHub), and an '&' that
# starts a character reference ('&copy;' would become ©; 'R&D' stays as it is).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~]|&(?=#?[A-Za-z0-9]+;))")
# What they read as syntax at the start of a line: list items, block quotes, headings,
# thematic breaks and setext underlines.
_LEADING = re.compile(r"^(?:([+\-=>])|([0-9]{1,9})([.)]))")


# An address written out in the text. It becomes an autolink, whose target is taken as
# written: escaped like the words around it, GitHub's renderers would link a different one.
_BARE_URL = re.compile(r"https?://[^\s<>]+")
_URL_END = ".,;:!?'\"*_~"  # punctuation that ends a sentence, not the address


def escape(text: str) -> str:
    """Escape what Markdown would read as formatting, and keep the text on one line; the
    text may start a line (a FAQ answer does), so a leading '+ 12' or '1.' is escaped too.
    An address in the text becomes an autolink to exactly that address."""
    flat = " ".join(text.split())
    pieces, done = [], 0
    for match in _BARE_URL.finditer(flat):
        url = _address_end(match.group())
        pieces += [_SPECIAL.sub(r"\\\1", flat[done : match.start()]), autolink(url)]
        done = match.start() + len(url)
    pieces.append(_SPECIAL.sub(r"\\\1", flat[done:]))
    escaped = "".join(pieces)
    return _LEADING.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def _address_end(url: str) -> str:
    """The address without the sentence's punctuation after it; a ')' is the address's own
    only when it closes a '(' inside it."""
    while url:
        if url[-1] in _URL_END or (url[-1] == ")" and url.count(")") > url.count("(")):
            url = url[:-1]
        else:
            break
    return url


def autolink(url: str) -> str:
    """An address as an autolink, which CommonMark reads as written (no escapes there).
    Validation and the bare-address pattern keep spaces and angle brackets out of every
    address that reaches here; they are encoded anyway, should a caller ever pass one (so
    mutation testing, which can find no such address, leaves the line alone)."""
    safe = url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")  # pragma: no mutate
    return f"<{safe}>"


def refs(numbers: Sequence[int]) -> str:
    return "".join(f"[\\[{n}\\]][{reference(n)}]" for n in numbers)


def reference(number: int) -> str:
    """The link label a marker uses, defined at the end of the document."""
    return f"source-{number}"


def caveats(entry: Entry) -> str:
    return "".join(f" *({escape(c)})*" for c in entry.caveats)


def _tail(entry: Entry) -> str:
    marks = refs(entry.refs)
    shown = f" `id: {entry.id}`" if entry.show_id and entry.id else ""
    return (f" {marks}" if marks else "") + shown + caveats(entry)


def _entry_line(entry: Entry) -> str:
    parts = []
    if entry.label:
        parts.append(f"**{escape(entry.label)}:**")
    if entry.title:
        parts.append(f"**{escape(entry.title)}.**")
    if entry.body:
        parts.append(escape(entry.body))
    return "- " + " ".join(parts) + _tail(entry)


def _quote(entry: Entry) -> list[str]:
    assert entry.quote is not None
    words = entry.quote
    attribution = f"{escape(words.speaker)}, {escape(words.role)}. {escape(words.occasion)}"
    lines = [escape(line) for line in quote_lines(words)]
    if words.verbatim:  # only the speaker's own words go in a block quote
        body = [f"> {line}" for line in lines]
        body += [">", f"> \u2014 {attribution}{_tail(entry)}"]
        return [*body, ""]
    return [f"- {' '.join(lines)} ({attribution}){_tail(entry)}", ""]


def section_lines(section: Section) -> list[str]:
    lines = [f"## {escape(section.title)}", ""]
    if not section.entries:
        return [*lines, EMPTY, ""]
    if section.layout == "prose":
        lines += [f"{escape(e.body)}{_tail(e)}" for e in section.entries]
        return [*lines, ""]
    if section.layout == "blocks":
        for entry in section.entries:
            if entry.quote is not None:
                lines += _quote(entry)
            else:
                lines += [
                    f"### {escape(entry.title)}",
                    "",
                    f"{escape(entry.body)}{_tail(entry)}",
                    "",
                ]
        return lines
    lines += [_entry_line(entry) for entry in section.entries]
    return [*lines, ""]


def link_target(url: str) -> str:
    """A URL as a Markdown link target, in angle brackets (which it may not contain).
    Backslash escapes and entities work there too, so a backslash or '&' in the address
    is escaped: the link goes exactly where the source's address says."""
    escaped = url.replace("\\", "\\\\").replace("&", "\\&")
    safe = escaped.replace("<", "%3C").replace(">", "%3E")  # pragma: no mutate (as autolink)
    return f"<{safe}>"


def source_line(source: NumberedSource) -> str:
    # A bullet with the number, not an ordered list: Markdown renumbers ordered lists, and
    # a section's sources are a subset whose numbers must match the markers.
    line = (
        f"- **\\[{source.number}\\]** "
        f"[{escape(source.title)}][{reference(source.number)}] \u2014 "
        f"{escape(', '.join(source.details))}"
    )
    if source.archived_url and source.archived_label:
        line += f". {escape(source.archived_label)}: {autolink(source.archived_url)}"
    return line


def cited_source(source: NumberedSource) -> str:
    """One cited source: number, linked title (with its caveats), publisher, date, and an
    archived copy."""
    date = f", {format_date(source.published)}" if source.published else ""
    words = (
        f"\\[{source.number}\\] [{escape(source.title)}]({link_target(source.url)}), "
        f"{escape(source.publisher)}{date}"
    )
    if source.archived_url and source.archived_label:
        label = source.archived_label[:1].lower() + source.archived_label[1:]
        words += f" ({escape(label)}: {autolink(source.archived_url)})"
    return words


def citation_markdown(document: Document, entry: Entry) -> str:
    """One citation as one Markdown line: words, caveats as sentences, linked sources."""
    sources = sources_of(document, entry)
    caveats = "".join(f" *{escape(c)}*" for c in caveat_sentences(entry))
    cited = "; ".join(cited_source(source) for source in sources)
    return f"{escape(statement(entry))}{caveats} {sources_label(sources)}: {cited}."


def markdown_parts(document: Document) -> Iterator[str]:
    """The Markdown, a section at a time (so a huge briefing is never held whole)."""
    if document.form == "citation":
        for entry in cited_entries(document):
            yield citation_markdown(document, entry) + "\n"
        return
    yield f"# {escape(document.title)}\n"
    for section in document.sections:
        yield "\n" + "\n".join(section_lines(section)).rstrip("\n") + "\n"
    if document.sources:
        yield "\n## Sources\n\n"
        for source in document.sources:
            yield source_line(source) + "\n"
        yield "\n"  # the link definitions, which no renderer shows
        for source in document.sources:
            yield f"[{reference(source.number)}]: {link_target(source.url)}\n"
