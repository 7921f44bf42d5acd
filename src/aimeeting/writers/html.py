"""The HTML writer: the document as one standalone HTML5 page, semantic, readable on a phone
and on paper, light and dark, with no script and no external assets. Every string is
escaped."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from html import escape

from aimeeting.briefing.dates import format_date
from aimeeting.briefing.languages import is_english
from aimeeting.document import EMPTY, Document, Entry, NumberedSource, Section, quote_lines

STYLE = """
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --muted: #5a5a5a;
  --accent: #0b5cad; --rule: #d8d8d0; --note: #7a4b00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e3; --bg: #161616; --muted: #a8a8a0;
  --accent: #7ab8ff; --rule: #3a3a36; --note: #f0c27a; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 46rem; padding: 1.25rem 1rem 3rem; color: var(--fg);
  background: var(--bg); font: 1.0625rem/1.6 Georgia, "Times New Roman", serif;
  overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font: 600 1.2rem/1.3 system-ui, sans-serif; margin: 2.25rem 0 0.75rem;
  padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font: 600 1.05rem/1.4 system-ui, sans-serif; margin: 1.25rem 0 0.25rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem;
  margin: 0; }
dt { font: 600 0.95rem/1.6 system-ui, sans-serif; }
dd { margin: 0; }
ul.entries { list-style: none; padding: 0; margin: 0; }
ul.entries > li { padding: 0.6rem 0; border-bottom: 1px solid var(--rule); }
.label { display: block; font: 600 0.9rem/1.5 system-ui, sans-serif; color: var(--muted); }
.title { display: block; font-weight: 700; }
.caveat { display: block; font-style: italic; color: var(--note); font-size: 0.95rem; }
sup.refs a, a.back { color: var(--accent); text-decoration: none; font-size: 0.8rem; }
a { color: var(--accent); }
blockquote { margin: 1rem 0 0.25rem; padding: 0 0 0 1rem; border-left: 3px solid var(--accent);
  font-size: 1.1rem; }
figure { margin: 0 0 1.5rem; }
figcaption { color: var(--muted); font-size: 0.95rem; }
.paraphrase { font-style: italic; }
ol.sources { padding-left: 0; list-style: none; }
ol.sources li { margin: 0 0 0.75rem; }
.url { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem;
  word-break: break-all; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 30rem) { dl { grid-template-columns: minmax(0, 1fr); }
  dt { margin-top: 0.5rem; } }
@media print { body { max-width: none; font-size: 11pt; } a { color: inherit; }
  .url::after { content: ""; } h2 { break-after: avoid; } li, figure { break-inside: avoid; } }
"""


def _anchor(entry: Entry) -> str:
    """The id attribute of an entry's element; prefixed so it cannot collide with others."""
    return f' id="item-{escape(entry.id)}"' if entry.id else ""


def _ref_id(entry: Entry, number: int) -> str:
    return f"ref-{entry.id or 'item'}-{number}"


def _refs(entry: Entry) -> str:
    if not entry.refs:
        return ""
    links = "".join(
        f'<a href="#source-{n}" id="{escape(_ref_id(entry, n))}">[{n}]</a>' for n in entry.refs
    )
    return f' <sup class="refs">{links}</sup>'


def _caveats(entry: Entry) -> str:
    return "".join(f'<span class="caveat">{escape(c)}</span>' for c in entry.caveats)


def _label(entry: Entry) -> str:
    if not entry.label:
        return ""
    text = escape(entry.label)
    if entry.when and entry.label[:1].isdigit():
        text = f'<time datetime="{escape(entry.when)}">{text}</time>'
    return f'<span class="label">{text}</span>'


def _item(entry: Entry) -> str:
    ident = _anchor(entry)
    title = f'<span class="title">{escape(entry.title)}</span> ' if entry.title else ""
    body = escape(entry.body)
    return f"<li{ident}>{_label(entry)}{title}{body}{_refs(entry)}{_caveats(entry)}</li>"


def _quote(entry: Entry) -> str:
    assert entry.quote is not None
    words = entry.quote
    ident = _anchor(entry)
    lines = "".join(f"<p>{escape(line)}</p>" for line in quote_lines(words))
    caption = (
        f"<figcaption>\u2014 <cite>{escape(words.speaker)}</cite>, {escape(words.role)}. "
        f"{escape(words.occasion)}{_refs(entry)}{_caveats(entry)}</figcaption>"
    )
    if words.verbatim:  # only the speaker's own words are a <blockquote>
        return f"<figure{ident}><blockquote>{lines}</blockquote>{caption}</figure>"
    return f'<figure{ident}><div class="paraphrase">{lines}</div>{caption}</figure>'


def _section(section: Section) -> str:
    heading = f'<h2 id="section-{escape(section.key)}">{escape(section.title)}</h2>'
    entries = section.entries
    if not entries:
        body = f"<p>{escape(EMPTY)}</p>"
    elif section.layout == "fields":
        rows = "".join(
            f"<dt>{escape(e.label)}</dt><dd>{_field_value(e)}{_refs(e)}{_caveats(e)}</dd>"
            for e in entries
        )
        body = f"<dl>{rows}</dl>"
    elif section.layout == "prose":
        body = "".join(f"<p>{escape(e.body)}{_refs(e)}{_caveats(e)}</p>" for e in entries)
    elif section.layout == "blocks" and any(e.quote for e in entries):
        body = "".join(_quote(e) for e in entries)
    elif section.layout == "blocks":
        body = "".join(
            f"<article{_anchor(e)}><h3>{escape(e.title)}</h3>"
            f"<p>{escape(e.body)}{_refs(e)}{_caveats(e)}</p></article>"
            for e in entries
        )
    else:
        body = '<ul class="entries">' + "".join(_item(e) for e in entries) + "</ul>"
    return f"<section>{heading}{body}</section>"


def _field_value(entry: Entry) -> str:
    if entry.when and entry.label == "Facts checked":
        return f'<time datetime="{escape(entry.when)}">{escape(entry.body)}</time>'
    return escape(entry.body)


def _back_label(index: int) -> str:
    """a, b, ... z, aa, ab ...: which citation a back-link returns to, as footnotes do."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


def _source(source: NumberedSource, cited_by: Sequence[tuple[str, str]]) -> str:
    url = escape(source.url, quote=True)
    headline = escape(source.headline or source.title)
    if not is_english(source.language):  # lets browsers pick the right font and voice
        headline = f'<span lang="{escape(source.language, quote=True)}">{headline}</span>'
    rest = escape(source.title[len(source.headline) :]) if source.headline else ""
    parts = [
        f'<li id="source-{source.number}">[{source.number}] ',
        f'<a href="{url}">{headline}</a>{rest} \u2014 {escape(", ".join(source.details))}',
        f'<br><a class="url" href="{url}">{escape(source.url)}</a>',
    ]
    if source.archived_url and source.archived_label:
        archived = escape(source.archived_url, quote=True)
        parts.append(
            f"<br>{escape(source.archived_label)}: "
            f'<a class="url" href="{archived}">{escape(source.archived_url)}</a>'
        )
    if cited_by:
        back = " ".join(
            f'<a class="back" href="#{escape(anchor)}" '
            f'aria-label="back to {escape(item, quote=True)}">\u21a9{_back_label(index)}</a>'
            for index, (anchor, item) in enumerate(cited_by)
        )
        parts.append(f"<br>Cited at: {back}")
    parts.append("</li>")
    return "".join(parts)


def html_parts(document: Document) -> Iterator[str]:
    """One standalone page, piece by piece; its [n] markers link to the sources, and each
    source back. Yielded in pieces so that a huge briefing never sits in memory twice."""
    cited_by: dict[int, list[tuple[str, str]]] = {}  # source number -> (anchor, citing item)
    for section in document.sections:
        for entry in section.entries:
            item = entry.id or section.title
            for number in entry.refs:
                cited_by.setdefault(number, []).append((_ref_id(entry, number), item))
    yield (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(document.title)}</h1>\n"
    )
    for section in document.sections:
        yield _section(section)
    yield "\n"
    if document.sources:
        yield '<section><h2 id="section-sources">Sources</h2><ol class="sources">'
        for source in document.sources:
            yield _source(source, cited_by.get(source.number, []))
        yield "</ol></section>"
    checked = escape(document.checked)
    yield (
        "\n</main>\n"
        f'<footer>Facts checked <time datetime="{checked}">{format_date(document.checked)}'
        "</time>. Made with aimeeting.</footer>\n</body>\n</html>\n"
    )


def render_html(document: Document) -> str:
    return "".join(html_parts(document))
