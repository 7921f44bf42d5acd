"""How one search hit is laid out, in plain text and on a terminal: where it is, its date or
status (never another section's label), each matching field, every caveat on its own line,
and the address whole and linked."""

from __future__ import annotations

from rich.text import Text

from aimeeting.document import Entry, Excerpt
from aimeeting.formats import TextStyle
from aimeeting.writers.console import render_text
from aimeeting.writers.hits import render_hit
from aimeeting.writers.layout import MIN_TEXT_WIDTH, field_label
from aimeeting.writers.plain import hit_lines

URL = "https://example.org/charter"
COLOUR = TextStyle(80, 25, "standard", True, True)


def hit(
    section: str,
    label: str = "",
    caveats: tuple[str, ...] = (),
    excerpts: tuple[Excerpt, ...] = (),
    url: str | None = None,
) -> Entry:
    return Entry(
        f"{section[:3]}-x",
        label,
        "A title",
        "",
        caveats,
        (),
        section=section,
        excerpts=excerpts,
        url=url,
    )


def both(entry: Entry, width: int = 80) -> list[str]:
    """The hit as the plain writer and as the terminal writer lay it out."""
    terminal = render_text(render_hit(entry), TextStyle(width, 25, None, False, True))
    return ["\n".join(hit_lines(entry, width)), terminal]


def test_a_date_or_status_is_shown_but_no_other_label() -> None:
    for shown in both(hit("timeline", "16 April 2031")):
        assert "date:" in shown and "16 April 2031" in shown
    for shown in both(hit("outcomes", "Agreed")):
        assert "status:" in shown and "Agreed" in shown
    for shown in both(hit("key_facts", "Host country")):
        assert "Host country" not in shown and "fact:" not in shown.lower()


def test_every_field_after_a_note_or_address_is_still_shown() -> None:
    excerpts = (
        Excerpt("note", "a note", ((0, 1),)),
        Excerpt("url", URL, ()),
        Excerpt("title", "the charter title", ((4, 11),)),
    )
    for shown in both(hit("sources", excerpts=excerpts, url=URL)):
        assert f"{field_label('title')} the charter title" in " ".join(shown.split())


def test_each_caveat_has_a_line_of_its_own() -> None:
    entry = hit("outcomes", caveats=("First caveat.", "Second caveat."))
    for shown in both(entry):
        lines = [line.strip() for line in shown.splitlines()]
        assert "note: First caveat." in lines and "Second caveat." in lines


def test_labels_stay_beside_values_down_to_the_narrowest_text_column() -> None:
    label = field_label("title")
    entry = hit("outcomes", excerpts=(Excerpt("title", "word " * 12, ()),))
    width = 2 + len(label) + 1 + MIN_TEXT_WIDTH  # the text column exactly MIN_TEXT_WIDTH
    for shown in both(entry, width):
        assert shown.splitlines()[1].startswith(f"  {label} word")
    for shown in both(entry, width - 1):
        assert shown.splitlines()[1].rstrip() == f"  {label}"  # on a line of its own, above


def test_a_hit_with_nothing_matched_shows_where_it_is() -> None:
    for shown in both(hit("challenges")):
        assert shown.strip() == "challenges \u203a cha-x"


def test_an_address_is_linked_and_its_found_words_highlighted() -> None:
    entry = hit("sources", url=URL, excerpts=(Excerpt("url", URL, ((20, 27),)),))
    shown = render_text(render_hit(entry), COLOUR)
    assert "\x1b]8;id=" in shown and f";{URL}\x1b\\" in shown  # an OSC 8 link to it
    highlighted = Text.from_ansi(shown).spans
    assert any(span.style and "reverse" in str(span.style) for span in highlighted)
