"""The HTML writer: a document as one standalone HTML5 page, or as a fragment to embed in
someone else's page. Semantic, readable on a phone and on paper, light and dark, no
script (the page's only <script> is its schema.org data, which no browser runs) and no
external assets. Every string is escaped.

A fragment is one <div class="aimeeting"> holding its own styles: every rule is scoped
under that class, so it restyles nothing of the host page, and every id starts with a
prefix made from the fragment's content, so two fragments on one page never clash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from html import escape

from aimeeting.briefing.dates import format_date
from aimeeting.briefing.languages import is_english
from aimeeting.document import (
    EMPTY,
    Document,
    Entry,
    NumberedSource,
    Section,
    quote_lines,
)
from aimeeting.writers.citation import caveat_sentences, cited_entries, sources_of, statement
from aimeeting.writers.timeline import timeline_svg_parts

SCOPE = "aimeeting"
LIGHT = {"fg": "#1b1b1b", "bg": "#fdfdfb", "muted": "#5a5a5a", "accent": "#0b5cad",
         "rule": "#d8d8d0", "note": "#7a4b00"}  # fmt: skip
DARK = {"fg": "#e8e6e3", "bg": "#161616", "muted": "#a8a8a0", "accent": "#7ab8ff",
        "rule": "#3a3a36", "note": "#f0c27a"}  # fmt: skip


def _palette(colours: dict[str, str]) -> str:
    return " ".join(f"--am-{name}: {value};" for name, value in colours.items())


# Every selector starts with .aimeeting: the styles of a fragment stay inside it.
STYLE = f"""
.{SCOPE} {{ color-scheme: light dark; {_palette(LIGHT)}
  color: var(--am-fg); background: var(--am-bg);
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: anywhere;
  text-align: left; }}
@media (prefers-color-scheme: dark) {{ .{SCOPE} {{ {_palette(DARK)} }} }}
.{SCOPE}, .{SCOPE} *, .{SCOPE} *::before, .{SCOPE} *::after {{ box-sizing: border-box; }}
.{SCOPE} h1 {{ font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }}
.{SCOPE} h2 {{ font: 600 1.2rem/1.3 system-ui, sans-serif; margin: 2.25rem 0 0.75rem;
  padding-bottom: 0.25rem; border-bottom: 1px solid var(--am-rule); }}
.{SCOPE} h3 {{ font: 600 1.05rem/1.4 system-ui, sans-serif; margin: 1.25rem 0 0.25rem; }}
.{SCOPE} p {{ margin: 0 0 0.75rem; }}
.{SCOPE} dl {{ display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: 0.25rem 1rem; margin: 0; }}
.{SCOPE} dt {{ font: 600 0.95rem/1.6 system-ui, sans-serif; }}
.{SCOPE} dd {{ margin: 0; }}
.{SCOPE} ul.entries {{ list-style: none; padding: 0; margin: 0; }}
.{SCOPE} ul.entries > li {{ padding: 0.6rem 0; border-bottom: 1px solid var(--am-rule); }}
.{SCOPE} .label {{ display: block; font: 600 0.9rem/1.5 system-ui, sans-serif;
  color: var(--am-muted); }}
.{SCOPE} .title {{ display: block; font-weight: 700; }}
.{SCOPE} .caveat {{ display: block; font-style: italic; color: var(--am-note);
  font-size: 0.95rem; }}
.{SCOPE} .id {{ font: 0.8rem ui-monospace, Menlo, Consolas, monospace; color: var(--am-muted); }}
.{SCOPE} a {{ color: var(--am-accent); text-decoration: underline; }}
.{SCOPE} sup.refs a {{ font-size: 0.8rem; text-underline-offset: 0.15em; }}
.{SCOPE} blockquote {{ margin: 1rem 0 0.25rem; padding: 0 0 0 1rem;
  border-left: 3px solid var(--am-accent); font-size: 1.1rem; }}
.{SCOPE} figure {{ margin: 0 0 1.5rem; }}
.{SCOPE} figcaption {{ color: var(--am-muted); font-size: 0.95rem; }}
.{SCOPE} .paraphrase {{ font-style: italic; }}
.{SCOPE} ol.sources {{ padding-left: 0; list-style: none; }}
.{SCOPE} ol.sources li {{ margin: 0 0 0.75rem; }}
.{SCOPE} .url {{ font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem;
  word-break: break-all; }}
.{SCOPE} .cited-in {{ font-size: 0.9rem; color: var(--am-muted); }}
.{SCOPE} nav.contents ol {{ margin: 0 0 1rem; padding-left: 1.25rem; }}
.{SCOPE} footer {{ margin-top: 2.5rem; color: var(--am-muted); font-size: 0.9rem; }}
.{SCOPE} .picture svg {{ width: 100%; height: auto; }}
@media (max-width: 30rem) {{ .{SCOPE} dl {{ grid-template-columns: minmax(0, 1fr); }}
  .{SCOPE} dt {{ margin-top: 0.5rem; }} }}
@media print {{ .{SCOPE} {{ font-size: 11pt; color: #000; background: none; }}
  .{SCOPE} a {{ color: inherit; }} .{SCOPE} .cited-in, .{SCOPE} nav.contents {{ display: none; }}
  .{SCOPE} h2 {{ break-after: avoid; }} .{SCOPE} li, .{SCOPE} figure {{ break-inside: avoid; }} }}
"""
PAGE_STYLE = f"""
:root {{ color-scheme: light dark; }}
body {{ margin: 0; background: {LIGHT["bg"]}; -webkit-text-size-adjust: 100%; }}
@media (prefers-color-scheme: dark) {{ body {{ background: {DARK["bg"]}; }} }}
main.{SCOPE} {{ margin: 0 auto; max-width: 46rem; padding: 1.25rem 1rem 3rem; }}
@media print {{ body {{ background: none; }} main.{SCOPE} {{ max-width: none; }} }}
"""


class Ids:
    """Every id the writer makes, under one prefix: none on a page of its own (short,
    stable anchors), one made from the content in a fragment."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def item(self, entry: Entry) -> str:
        return f' id="{self.prefix}item-{escape(entry.id)}"' if entry.id else ""

    def ref(self, entry: Entry, number: int) -> str:
        # A line of the event has no id: its label names it ("When"), capitalised, which no
        # item id can be (ids are lower case), so that each line's marker is its own.
        return f"{self.prefix}ref-{entry.id or '-'.join(entry.label.split()) or 'item'}-{number}"

    def source(self, number: int) -> str:
        return f"{self.prefix}source-{number}"

    def section(self, key: str) -> str:
        return f"{self.prefix}section-{key}"


def fragment_prefix(document: Document) -> str:
    """A short prefix that differs between fragments of different content."""
    seen = [document.form, document.title, *(s.key for s in document.sections)]
    seen += [e.id or "" for s in document.sections for e in s.entries]
    seen += [str(source.number) for source in document.sources]
    return "am-" + hashlib.sha256("\x1f".join(seen).encode("utf-8")).hexdigest()[:8] + "-"


def _refs(entry: Entry, ids: Ids) -> str:
    if not entry.refs:
        return ""
    links = "".join(
        f'<a href="#{ids.source(n)}" id="{escape(ids.ref(entry, n))}">[{n}]</a>' for n in entry.refs
    )
    return f' <sup class="refs">{links}</sup>'


def _caveats(entry: Entry) -> str:
    return "".join(f'<span class="caveat">{escape(c)}</span>' for c in entry.caveats)


def _id(entry: Entry, document: Document) -> str:
    return f' <span class="id">id: {escape(entry.id)}</span>' if entry.show_id and entry.id else ""


def _label(entry: Entry) -> str:
    if not entry.label:
        return ""
    text = escape(entry.label)
    if entry.when and entry.label[:1].isdigit():
        text = f'<time datetime="{escape(entry.when)}">{text}</time>'
    return f'<span class="label">{text}</span>'


def _item(entry: Entry, ids: Ids, document: Document) -> str:
    title = f'<span class="title">{escape(entry.title)}</span> ' if entry.title else ""
    return (
        f"<li{ids.item(entry)}>{_label(entry)}{title}{escape(entry.body)}"
        f"{_refs(entry, ids)}{_id(entry, document)}{_caveats(entry)}</li>"
    )


def _quote_lines(entry: Entry) -> str:
    """The words, each line a paragraph; an original in another language says so (lang)."""
    assert entry.quote is not None
    words = entry.quote
    lines = quote_lines(words)
    if words.verbatim and words.original and words.language:
        lang = escape(words.language_code)
        original = escape(" ".join(words.original.split()))
        return (
            f'<p>In {escape(words.language)}: \u201c<span lang="{lang}">{original}</span>\u201d</p>'
            f"<p>{escape(lines[1])}</p>"
        )
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _quote(entry: Entry, ids: Ids, document: Document) -> str:
    assert entry.quote is not None
    words = entry.quote
    caption = (
        f"<figcaption>\u2014 <cite>{escape(words.speaker)}</cite>, {escape(words.role)}. "
        f"{escape(words.occasion)}{_refs(entry, ids)}{_id(entry, document)}"
        f"{_caveats(entry)}</figcaption>"
    )
    lines = _quote_lines(entry)
    if words.verbatim:  # only the speaker's own words are a <blockquote>
        return f"<figure{ids.item(entry)}><blockquote>{lines}</blockquote>{caption}</figure>"
    return f'<figure{ids.item(entry)}><div class="paraphrase">{lines}</div>{caption}</figure>'


def _section(section: Section, ids: Ids, document: Document) -> str:
    heading = f'<h2 id="{ids.section(section.key)}">{escape(section.title)}</h2>'
    entries = section.entries
    if not entries:
        body = f"<p>{escape(EMPTY)}</p>"
    elif section.layout == "fields":
        rows = "".join(
            f"<dt>{escape(e.label)}</dt><dd>{_field_value(e)}{_refs(e, ids)}"
            f"{_id(e, document)}{_caveats(e)}</dd>"
            for e in entries
        )
        body = f"<dl>{rows}</dl>"
    elif section.layout == "prose":
        body = "".join(
            f"<p>{escape(e.body)}{_refs(e, ids)}{_id(e, document)}{_caveats(e)}</p>"
            for e in entries
        )
    elif section.layout == "blocks" and any(e.quote for e in entries):
        body = "".join(_quote(e, ids, document) for e in entries)
    elif section.layout == "blocks":
        body = "".join(
            f"<article{ids.item(e)}><h3>{escape(e.title)}</h3>"
            f"<p>{escape(e.body)}{_refs(e, ids)}{_id(e, document)}{_caveats(e)}</p></article>"
            for e in entries
        )
    else:
        body = '<ul class="entries">' + "".join(_item(e, ids, document) for e in entries) + "</ul>"
    if section.key == "timeline" and any(e.period for e in entries):
        body = _picture(document, ids) + body
    return f"<section>{heading}{body}</section>"


def _picture(document: Document, ids: Ids) -> str:
    """The timeline drawn, above its list. The list below says the same in words, so the
    picture is hidden from screen readers; the page's own list of sources serves both."""
    prefix = f"{ids.prefix}timeline-" if ids.prefix else None  # a fragment's ids share one
    svg = "".join(timeline_svg_parts(document, ids=prefix, sources=False))
    return f'<figure class="timeline-picture" aria-hidden="true">{svg}</figure>'


def _field_value(entry: Entry) -> str:
    if entry.when and entry.label == "Facts checked":
        return f'<time datetime="{escape(entry.when)}">{escape(entry.body)}</time>'
    return escape(entry.body)


def _source(source: NumberedSource, cited_in: Sequence[tuple[str, str]], ids: Ids) -> str:
    url = escape(source.url)
    headline = escape(source.headline or source.title)
    if not is_english(source.language):  # lets browsers pick the right font and voice
        headline = f'<span lang="{escape(source.language)}">{headline}</span>'
    rest = escape(source.title[len(source.headline) :]) if source.headline else ""
    parts = [
        f'<li id="{ids.source(source.number)}">[{source.number}] ',
        f'<a href="{url}">{headline}</a>{rest} \u2014 {escape(", ".join(source.details))}',
        f'<br><a class="url" href="{url}">{escape(source.url)}</a>',
    ]
    if source.archived_url and source.archived_label:
        archived = escape(source.archived_url)
        parts.append(
            f"<br>{escape(source.archived_label)}: "
            f'<a class="url" href="{archived}">{escape(source.archived_url)}</a>'
        )
    if cited_in:  # back to each place that cites it, in words
        back = ", ".join(
            f'<a href="#{escape(anchor)}">{escape(words)}</a>' for anchor, words in cited_in
        )
        parts.append(f'<br><span class="cited-in">Cited in: {back}</span>')
    parts.append("</li>")
    return "".join(parts)


def _place_words(section: Section, entry: Entry) -> str:
    """Where a citation stands, as a reader would say it: 'Key facts: When'."""
    name = entry.label or entry.title or entry.id or ""
    if entry.quote is not None:
        name = entry.quote.speaker
    return f"{section.title}: {name}" if name and name != section.title else section.title


def _contents(document: Document, ids: Ids) -> str:
    keys = [(ids.section(s.key), s.title) for s in document.sections]
    if document.sources:
        keys.append((ids.section("sources"), "Sources"))
    if len(keys) < 3:
        return ""
    links = "".join(f'<li><a href="#{anchor}">{escape(title)}</a></li>' for anchor, title in keys)
    return f'<nav class="contents" aria-label="Contents"><ol>{links}</ol></nav>\n'


def _body(document: Document, ids: Ids) -> Iterator[str]:
    """The sheet inside the scoped element: heading, contents, sections, sources."""
    cited_in: dict[int, list[tuple[str, str]]] = {}  # source number -> (anchor, place)
    for section in document.sections:
        for entry in section.entries:
            for number in entry.refs:
                cited_in.setdefault(number, []).append(
                    (ids.ref(entry, number), _place_words(section, entry))
                )
    yield f"<h1>{escape(document.title)}</h1>\n{_contents(document, ids)}"
    for section in document.sections:
        yield _section(section, ids, document)
    yield "\n"
    if document.sources:
        yield f'<section><h2 id="{ids.section("sources")}">Sources</h2><ol class="sources">'
        for source in document.sources:
            yield _source(source, cited_in.get(source.number, []), ids)
        yield "</ol></section>"
    checked = escape(document.checked)
    yield (
        f'\n<footer>Facts checked <time datetime="{checked}">{format_date(document.checked)}'
        "</time>. Made with aimeeting.</footer>\n"
    )


def _citation(document: Document, ids: Ids) -> Iterator[str]:
    """Each cited item as a paragraph: its words, its caveats, its linked sources."""
    for entry in cited_entries(document):
        caveats = "".join(
            f' <span class="caveat">{escape(c)}</span>' for c in caveat_sentences(entry)
        )
        cited = "; ".join(_cited_source(source) for source in sources_of(document, entry))
        label = "Source" if len(sources_of(document, entry)) == 1 else "Sources"
        yield (
            f'<p class="citation"{ids.item(entry)}>{escape(statement(entry))}{caveats} '
            f"{label}: {cited}.</p>\n"
        )


def _cited_source(source: NumberedSource) -> str:
    url = escape(source.url)
    headline = escape(source.headline)
    if not is_english(source.language):
        headline = f'<span lang="{escape(source.language)}">{headline}</span>'
    rest = escape(source.title[len(source.headline) :])
    date = f", {format_date(source.published)}" if source.published else ""
    words = (
        f'[{source.number}] <a href="{url}">{headline}</a>{rest}, {escape(source.publisher)}{date}'
    )
    if source.archived_url and source.archived_label:
        label = source.archived_label[:1].lower() + source.archived_label[1:]
        archived = escape(source.archived_url)
        words += f' ({escape(label)}: <a href="{archived}">{escape(source.archived_url)}</a>)'
    return words


def _inside(document: Document, ids: Ids) -> Iterator[str]:
    if document.form == "citation":
        yield from _citation(document, ids)
    else:
        yield from _body(document, ids)


def fragment_parts(document: Document) -> Iterator[str]:
    """One block to paste into a page: its styles scoped, its ids prefixed."""
    ids = Ids(fragment_prefix(document))
    yield f'<div class="{SCOPE}" id="{ids.prefix}root">\n<style>{STYLE}</style>\n'
    yield from _inside(document, ids)
    yield "</div>\n"


def json_ld(document: Document) -> str:
    """The event as schema.org data. '<', '>' and '&' are JSON escapes, so nothing in the
    data can end the element or change how a browser reads it."""
    if document.event is None:
        return ""
    event = document.event
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.name,
        "startDate": event.start,
        "endDate": event.end,
        "location": [
            {
                "@type": "Place",
                **({"name": place.name} if place.name else {}),
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": place.city,
                    "addressCountry": place.country,
                },
            }
            for place in event.places
        ],
        "organizer": {"@type": "Organization", "name": event.organiser},
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def html_parts(document: Document) -> Iterator[str]:
    """One standalone page, piece by piece; its [n] markers link to the sources, and each
    source back. Yielded in pieces so that a huge briefing never sits in memory twice."""
    ids = Ids("")
    yield (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n"
        f"<style>{PAGE_STYLE}{STYLE}</style>\n{json_ld(document)}</head>\n<body>\n"
        f'<main class="{SCOPE}">\n'
    )
    yield from _inside(document, ids)
    yield "</main>\n</body>\n</html>\n"


def render_html(document: Document) -> str:
    return "".join(html_parts(document))
