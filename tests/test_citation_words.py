"""A citation's words: an item's label, title and body run together as one sentence, with a
full stop added only where the words do not already end one, and every caveat punctuated
as a sentence of its own."""

from __future__ import annotations

import pytest

from aimeeting.document import Entry, as_sentence
from aimeeting.writers.citation import statement


def entry(label: str, title: str, body: str) -> Entry:
    return Entry(None, label, title, body, (), ())


@pytest.mark.parametrize(
    ("label", "title", "body", "said"),
    [
        (
            "Agreed",
            "A charter",
            "Ten countries signed it.",
            "Agreed: A charter. Ten countries signed it.",
        ),
        # No label: no colon before the title.
        ("", "A charter", "Ten countries signed it.", "A charter. Ten countries signed it."),
        # No title: the label runs straight into the body.
        ("Host", "", "Norland", "Host: Norland."),
        # A title that ends a sentence itself gets no second full stop.
        ("", "Who pays?", "Nobody says.", "Who pays? Nobody says."),
        ("", "Signed!", "At last.", "Signed! At last."),
        ("", "Plan B.", "It failed.", "Plan B. It failed."),
        # A title ending in a quoted sentence is not given a second full stop either.
        (
            "",
            "The charter is \u201cfinal.\u201d",
            "Ten signed.",
            "The charter is \u201cfinal.\u201d Ten signed.",
        ),
        # Any other last character does get one.
        ("", "Plan X", "It failed.", "Plan X. It failed."),
    ],
)
def test_a_statement_is_one_sentence_of_label_title_and_body(
    label: str, title: str, body: str, said: str
) -> None:
    assert statement(entry(label, title, body)) == said


@pytest.mark.parametrize(
    ("caveat", "sentence"),
    [
        ("Inferred, not stated by a source", "Inferred, not stated by a source."),
        ("Planned.", "Planned."),
        ("Did it happen?", "Did it happen?"),
        ("It did not!", "It did not!"),
        ("Planned (the date may move.)", "Planned (the date may move.)"),
        ("The source calls it \u201cfinal.\u201d", "The source calls it \u201cfinal.\u201d"),
        ("Planned (the date may move)", "Planned (the date may move)."),
        ("Stop in guillemets \u00abfin.\u00bb", "Stop in guillemets \u00abfin.\u00bb"),
        ("Single 'quote.'", "Single 'quote.'"),
        ('Straight "quote."', 'Straight "quote."'),
        ("Japanese full stop\u3002", "Japanese full stop\u3002"),
        ("Trailing ellipsis\u2026", "Trailing ellipsis\u2026"),
        ("Ends with stop and space. ", "Ends with stop and space."),
        ("Tail   ", "Tail."),
        ("A role;", "A role."),
        ("An occasion:", "An occasion."),
        ('A "quoted" word', 'A "quoted" word.'),
    ],
)
def test_a_caveat_ends_as_a_sentence_without_doubled_punctuation(
    caveat: str, sentence: str
) -> None:
    assert as_sentence(caveat) == sentence
