"""The matcher's calibrated numbers: the score an answer needs, its margin over rivals,
the weights of a heading, a body and a misspelt word, and the bounds on a question's size.
One place, so that a change to one is a change to the calibration, measured on the sets."""

from __future__ import annotations

MATCH_THRESHOLD = 0.62
"""Lowest score (0..1) that gives an answer; calibrated on the tuning sets (docs/faq.md)."""

MARGIN = 0.12
"""The best item must beat the best other item of its section by this much."""

CROSS_MARGIN = 0.0
"""...and the best item of any other section by this much: sections restate each other's
facts (a key fact, its timeline entry, the person), so a close rival there is often the
same answer, but a near tie is still a guess."""

COMMON_SHARE = 1.01
"""A word in at least this share of the items need not be found in the answer."""

MIN_COVERAGE = 0.5
"""Some way an item is headed or asked must be at least this much said by the question."""

ROLE_COVERAGE = 0.75
"""...and a name with one of its roles this much, when the question says more than a name."""

FULL_COVERAGE = 0.9
"""An item whose heading the question does not say (nearly) in full is no answer when another
item of its section holds every word of the question in its heading too: 'the summit', on a
sheet with two summits."""

BODY_WEIGHT = 0.5
"""A word found only in an item's body (an answer, a detail, a role) counts this much of one
found where the item says what it is about (a question, a label, a title, a name)."""

FOCUS_WEIGHT = 0.0
"""How much the question said in one place of an item counts, beside how much of a heading
the question says."""

BODY_FOCUS = 0.85
"""The question said in one sentence of a body, rather than in a heading, counts this much."""

RESTATED_SHARE = 0.5

RESTATED_WORDS = 3
"""Two items restate one fact when at least this share (and this many) of the words of the
shorter are the other's too, beside the question's: then neither is a rival to the other."""

RARE_ITEMS = 2
"""A one-word question ("moonshot") is answered by an item headed with it only if the word
is in at most this many items."""

CORE_WEIGHT = 0.8
"""A heading said only up to its first comma or preposition counts this much of one said
in full."""

PASSAGE_WORDS = 2
"""A sentence of a body answers on its own only a question of at least this many words (or
one rare word and a kind of answer)..."""

PASSAGE_SHARE = 0.5
"""...most of which (by rarity) it says itself; the item's headings may say the rest."""

TYPO_WEIGHT = 0.9
"""A misspelt word counts slightly less than one spelt as the sheet spells it."""

SECTION_PRIOR = {
    "faq": 0.1,
    "key_facts": 0.03,
    "timeline": 0.02,
    "outcomes": 0.01,
    "challenges": 0.01,
}
"""A lead for the FAQ, written to answer questions, and a small one after it in the order
the sheet answers them: an FAQ entry first, then key facts, then the timeline."""

MAX_QUESTION_CHARS = 1000

MAX_QUERY_WORDS = 32

MAX_SPELLINGS = 4
"""Known words a misspelt word may stand for; bounds the work for each word of a query."""

COUNT_REACH = 3
"""Content words between a count and a name it counts for ("41 members of the NDC"): a
name further off in the sentence is something else the sentence mentions."""
