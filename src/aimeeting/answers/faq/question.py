"""How a question is read: its words and the qualifiers that bind them, what kind of answer
it asks for (who, when, where, how many, why), and the general English word lists that
say so. Nothing here knows any particular event."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from aimeeting.answers.faq.items import (
    COUNT,
    LEFT_OFFICE,
    TOOK_OFFICE,
)
from aimeeting.answers.faq.words import (
    DONE,
    EVENT_NOUNS,
    IRREGULAR,
    NUMBER_WORDS,
    STOPWORDS,
    WH_WORDS,
    canonical_form,
    content_words,
    word_tokens,
)

if TYPE_CHECKING:
    from aimeeting.briefing.model import FaqEntry

BINDING_WINDOW = 3

WHO_IS_NOW = re.compile(r"\s*who(?:\s+is|\s+are|'s|s)\b", re.IGNORECASE)

BUILDINGS = frozenset(("building", "hall", "hotel", "centre", "center"))

DATE_REACH = 4  # words between the event's date and a word for it ("March 2026 ... meeting")

COMPOUND_PART = 4  # letters in each half of a compound word the sheet splits


# Halves that make a compound mean something else ("takeover", "breakthrough", "worldwide").
# Endings the stemmer keeps that make one word of another with the same meaning, and the
# shortest root they may be taken off: "strategi"/"strateg", not "presidenti"/"presid".
DERIVATIONS = ("i", "ari", "ison", "al", "ic", "ical", "ship")

DERIVED_ROOT = 6

PARTICLES = frozenset(("over", "through", "back", "down", "wide", "side", "ward", "wards"))
PARTICLES |= frozenset(("wise", "self", "less", "where", "what", "ever", "more", "most"))
"""Content words after a qualifier ("next", "2028") that it may be qualifying."""

QUALIFIER_REACH = 5
"""In an item, how many content words from a qualifier the words it qualifies may be."""

IDENTITY_WORDS = re.compile(
    r"\b(?:roles?|jobs?|position|acronym|abbreviation|meaning|means?|definition|define)\b"
    r"|\bstands? for\b",
    re.IGNORECASE,
)
"""Words that ask what something or someone is ("Reyes role", "ODC stands for")."""

_COUNTRY_WORDS = r"countr(?:y|ies)|nations?"

WHICH_PARTY = re.compile(rf"\b(?:which|what) (?:{_COUNTRY_WORDS}|governments?)\b", re.IGNORECASE)
"""'Which country hosted it' asks who did (in a question; an FAQ entry asked that way keeps
its words)."""

WHICH_COUNTRY = re.compile(rf"\b(?:which|what) (?:{_COUNTRY_WORDS})\b", re.IGNORECASE)
WHICH_COUNTRIES = re.compile(
    r"\b(?:which|what)(?: \w+)? (?:countries|nations|governments)\b", re.IGNORECASE
)
"""'Which countries' ('which nine governments') asks for more than one, each named."""
"""...and 'which country' asks for a country: a person of it ('President of Elbonia') is not
one, nor a country the question says itself ('which country co-hosted with Elbonia')."""

NO = re.compile(r"(?<!yes or )\b(?:no one|nobody|none|no)\b(?!\s*\.)(?!\s+of\b)", re.IGNORECASE)
"""'Did no one attend', 'no ministers came': a negation, as 'not' is (in a question; not
'no. of', 'yes or no')."""

_UP = re.compile(r"\b((?:show|turn)(?:s|ed|n|ing)? up)\b", re.IGNORECASE)


def what_turned_up(question: str) -> str:
    """'What did the meeting turn up' asks what it found: 'up' has an object ('what'),
    so it is not who turned up (an "it" after it keeps the phrase from being read)."""
    return _UP.sub(r"\1 it", question) if re.match(r"\s*what\b", question, re.I) else question


PHRASE_WORDS = frozenset(
    {
        "contain",
        "count",
        "happen",
        "attend",
        "produce",
        "found",
        "ai",
        "prime",
        "minister",
        "usa",
        "uk",
        "uae",
        "eu",
        "inperson",
        "cancel",
        "propose",
        "version",
        "member",
        "leftoffice",
        "tookoffice",
        "inforce",
        "partof",
        "not",  # written for "didn't", "no one" (below)
        "eventday",
        "discuss",
        "publish",
    }
)
"""Words the phrases above write: never read as misspellings of other words."""


# A general word a question uses for what a sheet says in particular (canonical words).
KINDS = dict.fromkeys(("money", "fund", "cash"), frozenset(("euro", "dollar", "yen", "pound")))
ALSO_CALLED = {"country": frozenset({"state"}), "state": frozenset({"country"})}
"""Words a sheet may use for what a reader calls otherwise: "member states" are countries."""

PHRASE_SPELLINGS = {"britain": "uk", "america": "usa", "emirates": "uae"}
"""Words the phrases above read as a country, which a misspelling ("Britian") is near."""

QUALIFIERS = frozenset(
    [
        "next",
        "previous",
        "first",
        "last",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "latest",
        "former",
    ]
)
"""Canonical words that pick one of several things: they must qualify the same thing in
the item as in the question."""

ASKED_ONLY = frozenset({"say", "contain"})
"""Words an FAQ entry must be asked with, not merely use in its answer: 'what did she say'
wants her words, and 'what is in the plan' its contents."""

TEXT_VERBS = frozenset({"sign", "ratify", "endors"})  # as read: "ratify", "endorse"
"""What is done to a text, which a question may name after it: "sign the statement"."""

ACTS_THERE = frozenset({"produce", "sign"})
"""What those at a meeting do there: adopt, agree, approve (read as "produce"), sign."""

MEETING = frozenset({"meet"})
"""A reader's word for any event: a conference, a forum or a summit is a meeting."""

PRESENT = frozenset({"now"})
"""Words asking how things stand: an FAQ entry answers as of the sheet's check ("how big is
the group now"), another item only when it says so: a count at a launch is not one now."""

AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})
"""'What did <who> <do>': the word after one of these (and 'the') is who does it."""

BE = frozenset({"was", "were", "is", "are"})
"""'When was <what> <done>': the word after one of these is what it was done to."""

YES_NO = frozenset(("will", "would", "could", "can", "did", "does", "do", "is", "was", "has"))

LEAD_VERBS = frozenset(
    (
        *("lead", "leads", "led", "turn", "turns", "turned", "translate", "translates"),
        *("translated", "result", "results", "resulted"),
    )
)
"""'Will the talks lead to (turn into, result in) policy' asks whether talks become policy:
the verb says nothing an item about both would not."""

AT = frozenset(("at", "in", "during", "inside", "from"))


# How a question begins; words without one of these are looked up ("macron stargate").
QUESTION_LEADS = (
    YES_NO
    | AUXILIARIES
    | BE
    | frozenset(
        (
            *("what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how"),
            *("should", "are", "were", "tell", "give", "show", "list", "any", "name", "explain"),
        )
    )
)


# How a yes/no question about this event begins: "is it (this) a summit", "was there a
# joint statement", "did they adopt a declaration".
ABOUT_IT = frozenset(
    (
        *(("is", "it"), ("was", "it"), ("is", "this"), ("was", "this")),
        *(("was", "there"), ("were", "there"), ("did", "they")),
    )
)

MANY_EVENTS = 3  # items headed with one word for an event that make it ambiguous

RELATIVE = frozenset(("next", "previous", "first", "last", "latest", "former"))
LESSER_RANKS = frozenset(
    canonical_form(word)
    for word in ("vice", "deputy", "assistant", "acting", "interim", "junior", "under")
)
"""Words before a title that make it another, lesser one ("Vice-Minister", "Deputy Prime
Minister")."""
"""Qualifiers that place an event from this one (canonical words)."""

PRONOUN_ONE = frozenset(
    ("the", "same", "this", "that", "which", "each", "every", "any", "another", "no", "other")
)
"""Words after which 'one' stands for a thing already named ("the same one"), not a number."""

SIZE_WORDS = frozenset(("global", "big", "major", "main", "large", "huge", "worldwide"))
"""Words a reader puts before an event to say it is a large one ("the next global AI
summit", "the big summit"): they pick out no other event."""

MEET_VERBS = frozenset({"meet", "meets", "met"})
"""'Who did he meet' is not about the meeting."""

LIGHT_WITH_PLACE_OR_TIME = frozenset({"hold", "happen", "occur", "locat", "situat", "host", "due"})
"""Verbs that add nothing to 'when' or 'where': 'where was it held' asks where it was."""

LIGHT_WITH_TIME = frozenset({"start"})
"""'when did it start' asks when it was; 'who started it' does not lose the verb."""

DEFINITION = re.compile(
    r"\s*(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?\w+\W*$|"
    r"\s*(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?\w+\s+\w+\W*$|"
    # "what does HAIP mean", "what does AI stand for", "HAIP meaning"
    r"\s*what\s+(?:does|do|did)\s+(?:the\s+|an?\s+)?\w+(?:\s+\w+)?\s+(?:mean|stand\s+for)\W*$|"
    r"\s*(?:the\s+)?\w+(?:\s+\w+)?\s+meaning\W*$",
    re.IGNORECASE,
)

IDENTITY = re.compile(
    r"\s*(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?!\w+(?:ed|ing)\b)",
    re.IGNORECASE,
)
"""'Who is X', 'what was X', not 'what was agreed' or 'who is organising it'."""

WHAT_IS = re.compile(r"\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\b", re.IGNORECASE)
"""'What is X' anywhere in a question ('Northport forum, what is it')."""

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")

SAYS = re.compile(r"\s*what\s+(?:does|did|do)\s+(.+?)\s+say\W*$", re.IGNORECASE)
"""'What does <X> say', nothing after: what X holds, when X is a text."""

NOT_WHAT = ("key_facts", "timeline")
"""Sections whose items say something about a thing, not what it is (a key fact says what
its label is when the label is not a name)."""

TAKERS = frozenset(
    (
        *("minister", "ministers", "leader", "leaders", "member", "members", "delegates"),
        *("delegations", "participants", "attendees", "governments", "countries"),
    )
)
"""Who takes part in a meeting: 'what did ministers agree' asks what it produced."""

OCCASIONS = frozenset(
    (
        *("interview", "interviews", "speech", "speeches", "remarks", "letter", "letters"),
        *("keynote", "message", "op-ed", "editorial", "podcast", "broadcast"),
    )
)
"""Where someone says something: "<speaker> radio interview" asks what they said in it."""


class Word(NamedTuple):
    """One word of a query: the known words it may stand for, and how sure that is."""

    spellings: frozenset[str]
    weight: float  # 1.0 as written, TYPO_WEIGHT when it was a misspelling
    may_be_event: bool = True  # False for a verb ("who did he meet")


class Binding(NamedTuple):
    """A qualifier of the question ("next", "2028") and the words it qualifies."""

    qualifier: Word
    qualified: tuple[Word, ...]  # content words next to it that it may qualify
    of_the_event: bool  # it qualifies a word for this sheet's own event ("next meeting")
    named: tuple[Word, ...] = ()  # words of the event's name it qualifies ("first Friends
    # Group meeting"): next to it in an item, they say it qualifies the same thing
    says_which: bool = False  # a word before a word for an event: "the Seoul summit"


def is_qualifier(word: Word) -> bool:
    return bool(word.spellings & QUALIFIERS) or any(
        s.replace(".", "").isdigit() for s in word.spellings
    )


class Query(NamedTuple):
    words: tuple[Word, ...]  # content words, each to be found in the answer
    wh: frozenset[str]  # kinds of answer asked for
    bindings: tuple[Binding, ...]
    light: frozenset[str] = frozenset()  # words that add nothing to it ("held" to "where")
    named: bool = False  # it is all a full name of the event ("what is <the event>")
    optional: frozenset[str] = (
        frozenset()
    )  # said, not to be found ("Northport" in "Northport meeting")
    identity: bool = False  # "who is X", "what was X": it asks what X is
    of_event: bool = (
        False  # it names this sheet's event ("this conference", "the Northport meeting")
    )
    doer: tuple[frozenset[str], frozenset[str]] | None = None  # "what did <who> <do>"
    act: frozenset[str] = frozenset()  # what "who <did>" asks about ("who announced")
    country: bool = False  # "which country": the answer is a place it does not say
    which: frozenset[str] = frozenset()  # "which licence": a name it does not say, next to it
    contents: bool = False  # "what is in X", "what does X say": what a text holds
    passive: bool = False  # "when was <what> <done>": the doer is what it was done to
    at_event: bool = False  # "at the meeting": where something was said or done
    done_here: bool = False  # "what was announced at the meeting": what was done there
    keywords: bool = False  # no question, only words to look up ("vance steam engine")
    many: tuple[frozenset[str], ...] = ()  # "how many X", "number of X": X's words
    said_by: frozenset[str] = frozenset()  # "quote by Bouverot": the speaker's name
    building: bool = False  # "which hotel", "name of the venue": a building, not a city
    now: bool = False  # "who is ...": who holds a role now, not who held it
    what: bool = False  # "what happened": it asks what, not who, when, where, why or whether
    placed: frozenset[str] = frozenset()  # "the meeting in Hiroshima": where it says it was
    beside: bool = False  # "the summit after Evian": one placed against another, unnamed
    said_where: tuple[frozenset[str], ...] = ()  # "say in Budapest": where or when it was said
    countries: bool = False  # "which countries": more than one, each by its name
    happened_at: bool = False  # "what happened in Luxembourg": there or then, not after
    in_city: bool = False  # "signed in Tashkent": this event's city said as where, not a name
    alongside: frozenset[str] = frozenset()  # "co-chair with Macron": another than he is asked
    city: bool = False  # "which city": a place that is no country
    represented: frozenset[str] = frozenset()  # "who represented Fiji": one of Fiji's own


REPRESENTED = re.compile(
    r"\b(?:represents?|representing"
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )represented)"
    r"\s++(?:the\s++)?([\w'’-]++(?:\s++[\w'’-]++){0,2})",
    re.IGNORECASE,
)
"""Who represented whom ("who represented Fiji"): one who speaks for Fiji, not Fiji; "which
countries were represented" is who took part."""

DELEGATES = frozenset(
    (
        *("minister", "deputy", "delegate", "delegation", "ambassador", "envoy"),
        *("representative", "secretary", "president", "premier", "chancellor", "official"),
        *("commissioner", "negotiator", "head", "chief", "vice"),
    )
)
"""Words for one who speaks for a country: "Fiji's minister", "the delegation of Fiji"."""

HAPPENED_AT = re.compile(r"\bwhat\b.*\b(?:happen|occur)\w*\s+(?:at|in|on|during)\b", re.IGNORECASE)
"""What happened at, in, on or during something: there or then, not what came after."""

HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE)

COUNTED_WORDS = 4  # the longest name of what is counted ("Global South partner countries")


# "What was announced (at the meeting)", "what did the ministers launch": what was done.
WHAT_DONE = re.compile(
    r"\s*what\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+\w+(?:ed|en|wn)"
    r"|did|does|do)\b",
    re.IGNORECASE,
)


# A heading saying something was done to an event: "How was the meeting announced?".
DONE_TO_EVENT = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:the\s+|this\s+|it\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(EVENT_NOUNS))}|it)\s+\w+(?:ed|en|wn)\b",
    re.IGNORECASE,
)


# ... or a value saying so, naming who did it: "the ministerial meeting Takaichi announced".
EVENT_DONE_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(EVENT_NOUNS))})\s+(?:[A-Z][\w-]*\s+){{1,2}}\w+ed\b"
)


def asks(query: Query, word: str) -> bool:
    """Whether the question has this word, as itself ("not", "say")."""
    return any(w.spellings == {word} for w in query.words)


def within(date: str, start: str, end: str) -> bool:
    """Whether a date (a day, a month or a year) falls within start..end, compared at the
    precision of the date: "2026-03" is within 15-16 March 2026."""
    return start[: len(date)] <= date <= end[: len(date)]


def wordings_of(entry: FaqEntry) -> tuple[str, ...]:
    return (entry.question, *entry.aliases)


def is_participle(label: str) -> bool:
    """Whether a label is one participle ("Announced"): what was done to the event."""
    tokens = word_tokens(label)
    return len(tokens) == 1 and (
        tokens[0].endswith("ed") or tokens[0] in DONE or tokens[0] in IRREGULAR
    )


SECTION_NOUNS = {
    "challenges": frozenset(
        (
            *("challenges", "obstacles", "problems", "hurdles", "difficulties", "criticisms"),
            *("critiques", "concerns", "weaknesses", "shortcomings", "pitfalls"),
        )
    ),
    "outcomes": frozenset(("outcomes", "results", "deliverables")),
    "quotes": frozenset(("quotes", "quotations")),
    "timeline": frozenset(("timeline", "milestones", "chronology")),
    "people": frozenset(("people", "organisations", "organizations", "players")),
}
"""Plural nouns that ask for a whole section ("what were the criticisms"): a challenge is
what makes the event's aims hard, and who says so; an outcome what it produced or was
expected to. Singular ones ("the biggest obstacle") ask for one, which the sheet does not
rank."""

AGREED_VERBS = frozenset(("agree", "agreed", "adopt", "adopted", "approve", "approved"))
"""What a question asks of the event's outcomes when it asks what was agreed ("what did the
conference agree"), and no item answers: those its participants adopted, not those proposed,
announced or expected (nor, for "produce", which of them a reader means)."""

SECTION_GLUE = frozenset(
    (
        *("what", "which", "are", "were", "was", "is", "be", "been", "the", "a", "an", "any"),
        *("there", "did", "does", "do", "of", "for", "at", "to", "in", "on", "this", "its"),
        *("it", "has", "have", "had", "from", "by"),
    )
)
"""The only small words a question for a whole section may hold: not a person ("her
challenges") nor anything else it could be about."""

EVENT_WORDS = EVENT_NOUNS | frozenset(f"{noun}s" for noun in EVENT_NOUNS)
"""Words for an event as written: "meeting", not "met"."""

LIST_FILLER = frozenset(
    (
        *("main", "key", "biggest", "big", "major", "top", "principal", "chief", "remaining"),
        *("all", "list", "face", "faces", "faced", "facing", "remain", "ahead", "were"),
        *("give", "show", "me", "us", "full", "whole", "entire", "and", "involved", "made"),
        *("every", "each", "after", "now", "still"),
        "there",
    )
)
"""Words a question for a whole section may hold beside its noun and the event's names."""

LIST_QUESTION = re.compile(
    r"\s*(?:(?:what|which|list|show|give|any|all|every|each)\b|(?:were|are) there\b"
    r"|(?:the\s+)?(?:main|key)?\s*\w+\W*$)",
    re.IGNORECASE,
)
"""How a question for a whole section starts ("what are", "which", "list"), or a bare
noun phrase ("main obstacles")."""

_INTENT = ("plan", "aim", "hope", "expect", "intend", "seek", "decide", "promise", "vow")
"""Verbs of meaning to do something: 'ministers plan to meet' says that ministers meet."""


@cache
def office_words() -> frozenset[str]:
    """The words of a person's heads that say they took or left office: the sheet's reading
    of a role's dates, not something an item says."""
    return frozenset(content_words(f"{TOOK_OFFICE} {LEFT_OFFICE}"))


@cache
def intent_stems() -> frozenset[str]:
    return frozenset(canonical_form(word) for word in _INTENT)


@cache
def _number_stems() -> frozenset[str]:
    return frozenset(canonical_form(word) for word in NUMBER_WORDS)


def is_count(word: str) -> bool:
    """Whether an indexed (stemmed) word is a number that is not a year ("fifti", "66")."""
    return bool(COUNT.fullmatch(word)) or word in _number_stems()


def which_thing(tokens: Sequence[str], sequence: Sequence[Word | None]) -> frozenset[str]:
    """What 'which <thing>' asks for one of, when the thing is not a kind of answer
    ('which year' asks when, 'which city' where, 'which country' who): it wants one by
    its name, not that there are some ('open licences')."""
    for i, token in enumerate(tokens[:-1]):
        run = leading_run(sequence[i + 1 :])
        if token == "which" and run:
            return frozenset(s for word in run for s in word.spellings)
    return frozenset()


def leading_run(sequence: Sequence[Word | None]) -> tuple[Word, ...]:
    """The content words at the start of ``sequence``, up to a stop word or a kind of
    answer, at most _BINDING_WINDOW of them: "open licence" of "open licence does"."""
    run: list[Word] = []
    for word in sequence[:BINDING_WINDOW]:
        if word is None or word.spellings & WH_WORDS:
            break
        run.append(word)
    return tuple(run)


def act_asked(tokens: Sequence[str], sequence: Sequence[Word | None]) -> frozenset[str]:
    """What 'who <did> ...' asks who did: the word right after 'who'."""
    for i, token in enumerate(tokens[:-1]):
        after = sequence[i + 1]
        if canonical_form(token) == "who" and after is not None:
            return after.spellings
    return frozenset()


def doer_asked(
    tokens: Sequence[str], sequence: Sequence[Word | None]
) -> tuple[frozenset[str], frozenset[str]] | None:
    """Who does what in 'what did <who> <do>' ('what did the council launch'): the content
    word right after the auxiliary, and the next one."""
    for i, token in enumerate(tokens):
        if token not in AUXILIARIES | BE:
            continue
        words = [w for w in sequence[i + 1 : i + 4] if w is not None]
        follows = [t for t in tokens[i + 1 : i + 4] if t not in STOPWORDS]
        if len(words) < 2 or len(follows) < 2 or tokens[i + 1] not in ("the", *follows):
            return None
        if token in BE and not follows[1].endswith(("ed", "en")) and follows[1] not in DONE:
            return None  # "when was the council founded", not "is the charter binding"
        return words[0].spellings, words[1].spellings
    return None


def names_role(said: Set[str], role: Sequence[str]) -> bool:
    """Whether words call someone by their role: all of them in it, its first word among
    them (the rank: "vice-minister" is not "minister"), and one more ("the Hungarian
    minister", "Chile's deputy minister"; not "the minister", of several)."""
    return len(said) >= 2 and bool(role) and role[0] in said and said <= set(role)


@cache
def time_relations() -> frozenset[str]:
    """Words that place one thing in time against another: "what happened after the
    meeting" asks about another time than "what happened at the meeting"."""
    return frozenset(canonical_form(word) for word in ("after", "before", "since"))
