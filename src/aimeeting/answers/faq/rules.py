"""Rules that compare a question with an item or a sentence, needing nothing of the sheet but
what they are given: whether a passage gives what is asked, two items agree, a count or a
role is said, and which rules a score applies."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from itertools import pairwise

from aimeeting.answers.faq.items import (
    NAMES_LISTED,
    YEAR,
    Doc,
    Said,
)
from aimeeting.answers.faq.question import (
    BINDING_WINDOW,
    QUALIFIER_REACH,
    Binding,
    Query,
    intent_stems,
    is_count,
    office_words,
)
from aimeeting.answers.faq.tuning import (
    RESTATED_SHARE,
    RESTATED_WORDS,
)


class Rules(Enum):
    """Which of the rules against a guess a score applies."""

    ALL = "all"  # an answer: every rule
    WORDS = "words"  # a rival to an answer: the question's words, kind of answer, qualifiers
    NONE = "none"  # a suggestion: any shared word
    LOOKUP = "lookup"  # words looked up: every rule of an answer but a heading's coverage


def says_doer_did(
    doer: tuple[frozenset[str], frozenset[str]],
    unit: tuple[str, ...],
    names: frozenset[str] = frozenset(),
    *,
    passive: bool = False,
) -> bool:
    """Whether a sentence says the doer (or what it was done to) next to the doing, or
    with one more name between, who did it too ("the US and the UK stay out"), or a verb
    of meaning to do it ("ministers plan to meet")."""
    who, does = doer
    if any((a in who and b in does) or (a in does and b in who) for a, b in pairwise(unit)):
        return True
    between = (names - who) | intent_stems()
    return any(
        (a in who and b in between and c in does)
        # "when was the office set up": "set up a permanent office", a word between
        or (passive and a in does and b not in names and c in who)
        for a, b, c in zip(unit, unit[1:], unit[2:], strict=False)
    )


def gives_country(facts: frozenset[str], query: Query) -> bool:
    """Whether an item (or a sentence) that answers 'which country' names a place the
    question does not say: 'President of Elbonia' is not a country that co-hosted with
    Elbonia."""
    said = {s for word in query.words for s in word.spellings} | query.optional
    return any(f.startswith("where:") and f[6:] not in said for f in facts)


def names_several(facts: frozenset[str], query: Query, *, asked: bool) -> bool:
    """Whether an item (or a sentence) that answers 'which countries' (governments) names
    several, joined by 'and' (not 'a group of countries, launched in Paris'), in a clause
    saying what the question asks of them, unless the item is ``asked`` it (an FAQ entry,
    a party): 'which countries signed' is not '60 countries sign; the US and the UK stay
    out'."""
    if not query.countries:
        return True
    if NAMES_LISTED not in facts:
        return False
    return asked or any(f"listed:{s}" in facts for w in query.words for s in w.spellings)


def names_one(query: Query, names: frozenset[str], units: Iterable[tuple[str, ...]]) -> bool:
    """Whether an item (or a sentence) that answers 'which <thing>' names one: a name
    the question does not say, within three words of the thing ('the Hotel Okura', not
    'publish data under open licences', nor 'ministers of 66 countries ... far more than
    the G7')."""
    said = {s for word in query.words for s in word.spellings} | query.optional
    names = names - said
    return any(
        names & set(unit[max(0, i - 3) : i + 4])
        for unit in units
        for i, word in enumerate(unit)
        if word in query.which
    )


def nearest_year(
    pieces: Iterable[tuple[str, ...]],
    binding: Binding,
    said: frozenset[str],
    own_year: str = "",
) -> bool:
    """Whether a year the question puts on nothing in particular ("who chaired the
    summit in 2024") is the year nearest what it says, in the sentence or the clause of
    a heading that dates it: not "chaired the summit in May 2023 and launched the group
    on 2 May 2024"."""
    year = binding.qualifier.spellings
    if binding.qualified or not any(YEAR.fullmatch(s) for s in year):
        return True
    dated = []
    for piece in pieces:
        years = [i for i, word in enumerate(piece) if YEAR.fullmatch(word)]
        dated += [
            piece[min(years, key=lambda k: (abs(k - j), k))]
            for j, word in enumerate(piece)
            if word in said
            and word not in year
            and years
            and min(abs(k - j) for k in years) <= QUALIFIER_REACH
        ]
    # No word of the question dated here ("Prime Minister of Japan; ... 2024"): the
    # year may be the item's, unless the item is dated another ("named special envoy in
    # 2025" of an entry of March 2024 that expects the summit in 2025); one dated with
    # another year only: not this one.
    if not dated:
        return not own_year or own_year in year
    return any(d in year for d in dated)


def counts_takers(query: Query, doc: Doc) -> bool:
    """Whether an FAQ entry said to tell who attended answers the question: not which
    ones (it names none), nor whether one did, and "how many" only of what it counts
    ("over 100 countries" counts countries, not organisations)."""
    if query.which or query.country:
        return False
    counted = [w for w in query.words if w.spellings != {"attend"}]
    if not counted:
        return True  # "who came"
    if "count" not in query.wh:
        # "did the EU attend": whether one did, which it does not say ("why does it
        # matter" asks no one's attending, "did they talk about getting more countries to
        # join" more than who)
        return not (
            not query.wh
            and len(counted) <= 2
            and any(w.spellings == {"attend"} for w in query.words)
        )
    return any(
        is_count(word) and any(w.spellings & set(unit[i + 1 : i + 3]) for w in counted)
        for unit in doc.units[doc.head_units :]
        for i, word in enumerate(unit[:-1])
    )


def done_to_it(query: Query, doc: Doc) -> bool:
    """Whether a timeline entry is headed with what was done to an event ("Tokyo meeting
    announced") and the question does not ask about that doing: the entry's date and
    place are the announcement's, not the meeting's."""
    return bool(
        doc.done
        and doc.done not in query.light
        and not any(doc.done in word.spellings for word in query.words)
    )


def compact(query: Query, unit: tuple[str, ...]) -> float:
    """How close together a sentence says the question's words: their number (and one
    more) over the fewest words that hold all it says of them, at most 1."""
    spots = [
        [i for i, w in enumerate(unit) if w in word.spellings]
        for word in query.words
        if word.spellings & set(unit)
    ]
    if len(spots) < 2:
        return 1.0
    span = min(
        max(max(s for s in p if s >= start) for p in spots) - start + 1
        for start in (i for p in spots for i in p)
        if all(any(s >= start for s in p) for p in spots)
    )
    return min(1.0, (len(spots) + 1) / span)


def in_a_row(query: Query, unit: tuple[str, ...]) -> bool:
    """Whether the unit says the query's words one after another (in any order)."""
    size = len(query.words)
    return any(
        all(word.spellings & set(unit[start : start + size]) for word in query.words)
        for start in range(len(unit) - size + 1)
    )


def passage_gives(
    passage: Said, wh: str, said: set[str], act: frozenset[str] = frozenset()
) -> bool:
    if wh == "who":
        # A name the question does not say, and, if it asks who did something ("who
        # announced"), one that stands within three words of the doing: not "Island
        # States joined ..., and the group's Work Plan 2026 was announced".
        names = {w for run in passage.runs if not run & said for w in run}
        if not act:
            return bool(names)
        if act <= passage.undone:
            return False  # "the UAE is named as host": not who named it
        if act & passage.by_host:
            return True  # "put forward by the host": the host, though not by name
        spots = [i for i, w in enumerate(passage.unit) if w in act]
        return any(w in names for i in spots for w in passage.unit[max(0, i - 3) : i + 4])
    if wh == "where":
        return bool(passage.places - said)
    if wh == "when":
        # A date the question does not say itself: "Geneva will host the 2027 summit"
        # does not say when that was announced.
        dates = {f[5:] for f in passage.facts if f.startswith("when:")}
        return "when" in passage.kinds and (not dates or bool(dates - said))
    return wh in passage.kinds


def phrases(doc: Doc) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    return zip(doc.clauses, doc.named, strict=True)


def holds(query: Query, doc: Doc) -> bool:
    return all(word.spellings & doc.words for word in query.words)


def members_of_what(query: Query, doc: Doc) -> bool:
    """Whether a question asks for members and does not name the group ("who are the
    members", "how many founding members"): a group whose role lists its members does
    not answer it."""
    names = frozenset().union(*doc.heads[: doc.names])
    return (
        frozenset({"member"}) in doc.heads
        and any(word.spellings == {"member"} for word in query.words)
        and not any(word.spellings & names for word in query.words)
    )


def holds_contents(query: Query, doc: Doc) -> bool:
    """Whether the item says what a text holds: an FAQ entry asked so ("what is in the
    plan"), or an outcome named as the text ("Statement on inclusive AI", whose detail
    says what it says; not "Action Plan issued"); not a key fact or an event about it."""
    if doc.asked:
        return "contain" in doc.head_words
    said = {s for word in query.words for s in word.spellings}
    return doc.section == "outcomes" and any(
        (named or clause)[-1] in said for clause, named in zip(doc.clauses, doc.named, strict=True)
    )


def counts(query: Query, doc: Doc) -> bool:
    """Whether a heading counts what 'how many' asks about: a number right before one
    of its words ('about 60 signatories'), and all its words in that heading."""
    if not query.wh & {"count", "partof"} or not query.words:
        return False  # ("what share of people": "one in two people")
    said = {s for word in query.words for s in word.spellings}
    for unit in doc.units[: doc.head_units]:
        if not all(word.spellings & set(unit) for word in query.words):
            continue
        for i, word in enumerate(unit[:-1]):
            if is_count(word) and said & set(unit[i + 1 : i + 3]):
                return True
    return False


def in_one_clause(query: Query, doc: Doc) -> bool:
    """Whether a key fact's value says what its label does not of the question in one
    clause: 'Launched 2 May 2024 in Eastvale, at a side event of the council's yearly
    meeting' does not say the council launched anything in 2024."""
    rest = [w for w in query.words if not w.spellings & doc.heads[0]]
    return not rest or any(all(w.spellings & set(clause) for w in rest) for clause in doc.clauses)


def part_of_a_role(named: tuple[str, ...], said: set[str]) -> bool:
    """Whether the question says what a phrase names only in part: a word of it, but
    not its first and last ("vice president", "President Reyes's special envoy")."""
    return bool(set(named) & said) and not (named[0] in said and named[-1] in said)


def named_with_role(query: Query, doc: Doc) -> bool:
    """Whether a party's name, said by the question, and one phrase of its roles hold
    every word of it, the phrase beginning with one of them (and, a title, ending with
    one): 'announced the 2027 AI summit' of a president, but 'Vice President' and
    'President Reyes's special envoy' are not what 'president' asks about."""
    names = frozenset().union(*doc.heads[: doc.names])
    rest = [w for w in query.words if not w.spellings & names]
    if not rest:
        return True
    said = {s for w in rest for s in w.spellings}
    return any(
        all(w.spellings & set(clause) for w in rest)
        and bool(named)
        and named[0] in said
        and (not titled or named[-1] in said)  # a title says what it is at its end
        for clause, named, titled in zip(doc.clauses, doc.named, doc.titles, strict=True)
    )


def across_roles(query: Query, doc: Doc) -> bool:
    """Whether a party answers only by joining two of its roles: "host of the AI Impact
    Summit" and "host of the India-Japan summit, which adopted a statement" say
    nothing the AI Impact Summit adopted. Its name and its other words (dates) aside."""
    name = frozenset().union(*doc.heads[: doc.names])
    rest = [w for w in query.words if not w.spellings & name and w.spellings & doc.head_words]
    roles = doc.heads[doc.names :]
    return len(roles) > 1 and not any(all(w.spellings & role for w in rest) for role in roles)


def agrees(query: Query, best: Doc, rival: Doc) -> bool:
    """Whether a rival gives the same answer to what the question asks for (a place, a
    date, a name, a count): every one it gives of that kind the best gives too."""
    return same_answer(query, best.facts, rival.facts)


def same_answer(query: Query, best: frozenset[str], rival: frozenset[str]) -> bool:
    if not query.wh - {"why"}:
        return False
    said = {f"{wh}:{s}" for wh in query.wh for w in query.words for s in w.spellings}
    for wh in query.wh:
        gives = {f for f in rival if f.startswith(f"{wh}:")} - said
        if not gives or not gives <= best:
            return False
    return True


def restates(query: Query, one: Doc, other: Doc) -> bool:
    """Whether two items tell the same thing: beside the question's words, most of the
    shorter one's words are the other's too (an FAQ answer and the outcome it restates),
    and their headings name nothing apart ('Eastvale Trade Summit' and 'Growth Summit'
    are two things, however alike what they say)."""
    said = {s for word in query.words for s in word.spellings}
    heads = (one.head_words - said, other.head_words - said)
    if all(heads) and not heads[0] & heads[1]:
        return False
    a, b = one.words - said - office_words(), other.words - said - office_words()
    shared = len(a & b)
    return shared >= RESTATED_WORDS and shared >= RESTATED_SHARE * min(len(a), len(b))


def same_words(query: Query, one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two sentences say the same thing: beside the question's words, most of
    the shorter one's words are the other's ("a voluntary code for AI
    developers", "a voluntary code for developers of advanced AI")."""
    said = {s for word in query.words for s in word.spellings}
    a, b = one - said, other - said
    shared = len(a & b)
    return shared >= RESTATED_WORDS and shared >= RESTATED_SHARE * min(len(a), len(b))


def same_speaker(query: Query, best: Doc, rival: Doc) -> bool:
    """Whether both are quotes of one speaker, asked for by name alone: "what did
    <speaker> say" is answered by any of them (the first of the sheet's)."""
    if not (best.section == rival.section == "quotes") or best.heads[0] != rival.heads[0]:
        return False
    return all(word.spellings & best.heads[0] for word in query.words)


NEGATING = frozenset(("not", "stayout"))
"""Words that say something was not done ("did not sign", "stayed out")."""


def denies(doer: tuple[frozenset[str], frozenset[str]], doc: Doc) -> bool:
    """Whether the item says the doer did not do it ("the US and the UK stay out", "Why
    did the US not sign?"): then "when did the US sign" rests on a false premise."""
    who, does = doer
    if does & NEGATING:
        return False  # "when did the US stay out": what the item says
    return bool(does & doc.words) and any(
        word in who and NEGATING & set(unit[i + 1 : i + 1 + BINDING_WINDOW])
        for unit in doc.units
        for i, word in enumerate(unit)
    )
