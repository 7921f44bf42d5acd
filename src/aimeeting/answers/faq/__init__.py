"""Answer a reader's question from the whole fact sheet, or abstain when an answer would be
a guess.

A wrong answer given with confidence is worse than no answer, so the rules lean towards
silence. Every item of the sheet (FAQ entries, key facts, timeline entries, outcomes,
challenges, people and quotes) is read once into an index of stemmed words. A question is
answered by one item only when all of these hold:

- every content word of the question is known to the sheet (after stemming, a small table
  of general English synonyms and spelling tolerance) and found in that item: a question
  about something the sheet never mentions ("did Peru attend") has no answer;
- what it asks for (who, when, where, how many, why) is what the item gives: an FAQ entry
  must be asked that way, another item must hold a date, a place or a name the question
  does not already say, a count (not a year), a reason; "which country" a country it does
  not say, "which <thing>" a name next to the thing;
- what the question is specifically about ("next", "first", a year, a number) is found in
  the item next to the thing it qualifies: "the next meeting" is not "the next AI summit"
  merely because the item says "next" and, elsewhere, "meeting";
- the item is about what the question is about: the question says most of one of its
  headings (or of what the heading names, before a comma or preposition), or one heading
  holds every word of the question, or names it ("what is the council"); "who is X"
  is answered where X is the subject, a party's role is said whole ("president" is not
  "vice president"), and "what did <who> <do>" where <who> did it;
- it clearly beats every other item that could be meant: one of its own section near it,
  one headed with all the question says, another event named alike ("the summit" on a
  sheet with two). An item that tells the same fact, or gives the same answer (the same
  place, date, name or count), is no rival; nor is one of another section citing a
  source the best one cites (the same report, told twice).

When no item answers where it says what it is about, one sentence of a body may answer on
its own ("how many companies pledged to report"): most of the question's words in it, close
together, the kind of answer in the sentence itself, and the item headed with a word of the
question or with this event, and no other item as much about it that says something else.

A word for the event itself ("meeting", "conference", "summit", ...) is free when it names
this sheet's event (its title or kind uses it, or it heads nothing but how the FAQ is
asked, unqualified), and a word to match when the sheet heads other items with it (a sheet
about a ministerial meeting whose timeline has AI summits), or the question names another
one ("the Eastvale summit", "a summit", "the summit in Eastvale"). Its full names, venues
and title words next to it ("the Northport meeting", "this AI conference") are the event
too.

Nothing here knows any particular event: the word lists are general English, and anything
about one event belongs in its briefing (FAQ aliases). Cost is linear in the briefing:
each item is read once into an index, and a question does bounded work per word (at most
``tuning.MAX_QUERY_WORDS`` distinct words, each misspelling compared with at most
``words.MAX_LOOKUPS`` known words).

The modules, each leaning only on those before it: ``words`` (normalising, stemming,
synonyms, typing slips), ``items`` (what each item holds), ``tuning`` (the calibrated
numbers), ``question`` (how a question is worded), ``vocabulary`` (a sheet's words and
a reader's word read against them), ``event`` (how a sheet names its own event),
``reader`` (a question read against one sheet: which words name its event, what each
qualifier qualifies, what it asks for), ``rules`` (comparisons of a question with one
item) and ``index`` (the ranking, and the rules that need the whole sheet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aimeeting.answers.faq.index import SheetIndex
from aimeeting.answers.faq.items import Found
from aimeeting.answers.faq.tuning import MATCH_THRESHOLD
from aimeeting.answers.faq.words import STOPWORDS, WH_WORDS, word_tokens

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing

__all__ = ["MATCH_THRESHOLD", "Found", "SheetIndex", "answer", "answers", "index_of", "nearest"]


_LAST: list[tuple[Briefing, SheetIndex]] = []


def index_of(briefing: Briefing) -> SheetIndex:
    """The index of ``briefing``, built once for the briefing last asked about."""
    if not _LAST or _LAST[0][0] is not briefing:
        _LAST[:] = [(briefing, SheetIndex.of(briefing))]
    return _LAST[0][1]


def answer(question: str, briefing: Briefing) -> Found | None:
    """The one item of the sheet that answers ``question``, or None when none surely does."""
    return index_of(briefing).answer(question)


def answers(question: str, briefing: Briefing) -> list[Found]:
    """The item that answers ``question``; or, when it asks for a whole section ("what are
    the main challenges"), every item of that section; or none."""
    index = index_of(briefing)
    if index.section_named(question):
        return index.section_answers(question)  # "what were the outcomes": the section
    found = index.answer(question)
    return index.said_alike(question, found) if found else index.section_answers(question)


def nearest(question: str, briefing: Briefing, limit: int = 3) -> list[Found]:
    """Up to ``limit`` items closest to ``question``, closest first: suggestions after a miss.

    No rule of ``answer`` applies, so they may not answer the question. The item that holds
    every word of it anywhere, caveats included, comes first ("al majalla and two blogs" is
    in a note, word for word); then those the index ranks closest, or, when the question
    shares no word with what the index reads, more that hold all its words. Empty when none
    does.
    """
    if limit <= 0:
        return []
    every = _mentioned(question, briefing, limit)
    closest = index_of(briefing).nearest(question, limit)
    scored = {found.item_id: found for found in closest}  # the index's score, where it has one
    first: dict[str, Found] = {}
    for found in [*every[:1], *closest, *every[1:]]:
        first.setdefault(found.item_id, scored.get(found.item_id, found))
    return list(first.values())[:limit]


def _mentioned(question: str, briefing: Briefing, limit: int) -> list[Found]:
    """Items holding every word the question says, found as `search` finds them: a name the
    sheet gives only in a caveat ("who is Naïma Moutchou") still points to where it is."""
    from aimeeting.answers.search import MAX_WORDS, parse_query, ranked_matches
    from aimeeting.errors import UsageError
    from aimeeting.sections import ITEM_SECTIONS

    skipped = STOPWORDS | WH_WORDS
    said = dict.fromkeys(word for word in word_tokens(question) if word not in skipped)
    if not said or len(said) > MAX_WORDS:
        return []
    try:
        query = parse_query(" ".join(said), ITEM_SECTIONS)
    except UsageError:  # a word too long to search for: no suggestion
        return []
    ranked = ranked_matches(briefing, query)[:limit]
    return [Found(hit.section, hit.item_id, 0.0) for hit, _ in ranked]
