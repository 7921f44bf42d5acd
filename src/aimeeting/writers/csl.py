"""The CSL-JSON writer: each numbered source as one item that Zotero, pandoc (citeproc) and
citeproc-js read, with the source's caveats in fields a citation manager keeps.

How a source becomes an item, and why:

- ``id`` is the source's id (stable across briefings; pandoc uses it as the citation key).
- ``type``: a secondary source (press, analysis) is ``article-newspaper``, so that styles
  name the outlet and the full date as they do for a news report; a primary source (a page
  of the body that acted) and one of unknown kind are ``webpage``, which claims no more than
  that it is a page at an address.
- ``title`` is the headline as the page gives it, in its own language (CSL 1.0.2 has no
  variable for a translated title: ``original-title`` means the item is itself a
  translation, the reverse of the truth here, and ``title-short`` would replace the title in
  later citations). A title that is the briefing author's description is put in square
  brackets, the bibliographic sign for a title supplied by the citer, because nearly no
  style prints ``note`` and the description must not be printed as if it were a headline.
- The publisher is an organisation, never a person, and the briefing names no author: so no
  ``author`` (a style then leads with the title or the outlet). For a news report the
  publisher is the outlet, ``container-title``; for a page it is the ``publisher``.
- ``issued`` and ``accessed`` are ``date-parts`` at the precision the briefing gives (a
  year, a month or a day), never more. A page read only through an archived copy has no
  ``accessed``: the page itself was not read, and the day the copy was read is in the note.
- ``language`` is the BCP 47 tag, which also stops processors from title-casing a title
  that is not in English.
- An archived copy is ``archive`` (the host that keeps it) and ``archive_location`` (its
  address); when it was made, and that it was read in place of the page, are in the note.
- ``note`` carries, one per line, what a reader must know: that the title is a description,
  the title in English, and the archived copy. Zotero shows it as Extra. pandoc and Zotero
  read a leading ``name: value`` line of a note as a variable and drop it from the note, so
  no line here starts with a single word and a colon.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from aimeeting.document import Document, NumberedSource, as_sentence, source_caveats
from aimeeting.writers.jsonout import dump_json

TYPES = {"primary": "webpage", "secondary": "article-newspaper"}
"""CSL item type by the source's kind; a source of unknown kind is a webpage."""


def date_parts(value: str) -> dict[str, list[list[int]]]:
    """'2031-04' -> {'date-parts': [[2031, 4]]}: the parts known, and no others."""
    return {"date-parts": [[int(part) for part in value.split("-")]]}


def csl_title(source: NumberedSource) -> str:
    """The headline; a description in square brackets, as a title supplied by the citer."""
    return f"[{source.headline}]" if source.described else source.headline


def csl_note(source: NumberedSource) -> str | None:
    """The source's caveats, one a line: description, English title, archived copy (last,
    ending in its address, so that no full stop runs into it)."""
    lines = [as_sentence(caveat) for caveat in source_caveats(source)]
    if source.note:
        lines.append(as_sentence(source.note))
    if source.title_en and source.title_en != source.headline:
        lines.append(as_sentence(f"Title in English: {source.title_en}"))
    if source.archived_url and source.archived_label:
        lines.append(f"{source.archived_label}: {source.archived_url}")
    return "\n".join(lines) or None


def csl_item(source: NumberedSource) -> dict[str, Any]:
    """One source as a CSL-JSON item."""
    kind = TYPES.get(source.kind or "", "webpage")
    item: dict[str, Any] = {"id": source.id, "type": kind, "title": csl_title(source)}
    if kind == "article-newspaper":
        item["container-title"] = source.publisher
    else:
        item["publisher"] = source.publisher
    if source.published:
        item["issued"] = date_parts(source.published)
    item["URL"] = source.url
    if source.accessed:
        item["accessed"] = date_parts(source.accessed)
    item["language"] = source.language
    if source.archived_url:
        host = urlsplit(source.archived_url).hostname
        if host:
            item["archive"] = host
        item["archive_location"] = source.archived_url
    note = csl_note(source)
    if note:
        item["note"] = note
    return item


def csl_items(document: Document) -> list[dict[str, Any]]:
    """Every source of the document as a CSL-JSON item, in the order of their numbers."""
    return [csl_item(source) for source in document.sources]


def csl_parts(document: Document) -> Iterator[str]:
    """The sources as one CSL-JSON list: UTF-8, indented, ending in a newline."""
    yield dump_json(csl_items(document))
