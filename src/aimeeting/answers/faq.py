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
  place, date, name or count), is no rival.

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
``MAX_QUERY_WORDS`` distinct words, each misspelling compared with at most ``_MAX_LOOKUPS``
known words).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from aimeeting.closest import edit_distance

if TYPE_CHECKING:
    from aimeeting.briefing.model import Briefing, Challenge, FaqEntry, Outcome, Role

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
ROLE_COVERAGE = 0.75
"""...and a name with one of its roles this much, when the question says more than a name."""
FULL_COVERAGE = 0.9
"""An item whose heading the question does not say (nearly) in full is no answer when another
item of its section holds every word of the question in its heading too: 'the summit', on a
sheet with two summits."""
"""Some way an item is headed or asked must be at least this much said by the question."""
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
MAX_WORD_CHARS = 30
MAX_SPELLINGS = 4
"""Known words a misspelt word may stand for; bounds the work for each word of a query."""
_MAX_LOOKUPS = 64
_BINDING_WINDOW = 3
_WHO_IS_NOW = re.compile(r"\s*who(?:\s+is|\s+are|'s|s)\b", re.IGNORECASE)
_BUILDINGS = frozenset(("building", "hall", "hotel", "centre", "center"))
_DATE_REACH = 4  # words between the event's date and a word for it ("March 2026 ... meeting")
_COMPOUND_PART = 4  # letters in each half of a compound word the sheet splits
# Halves that make a compound mean something else ("takeover", "breakthrough", "worldwide").
# Endings the stemmer keeps that make one word of another with the same meaning, and the
# shortest root they may be taken off: "strategi"/"strateg", not "presidenti"/"presid".
_DERIVATIONS = ("i", "ari", "ison", "al", "ic", "ical", "ship")
_DERIVED_ROOT = 6
_PARTICLES = frozenset(("over", "through", "back", "down", "wide", "side", "ward", "wards"))
_PARTICLES |= frozenset(("wise", "self", "less", "where", "what", "ever", "more", "most"))
"""Content words after a qualifier ("next", "2028") that it may be qualifying."""
_QUALIFIER_REACH = 5
"""In an item, how many content words from a qualifier the words it qualifies may be."""

_STOPWORD_TEXT = """
    a an the this that these those is are was were be been being am it its
    of in on at to for by and or but with as from into onto has have had having
    do does did done will would shall should can could may might must
    i me my we us our you your he him his she her they them their there here
    what which how whose whom whats
    tell please know want like just really actually exactly also any some so then
    much very get got gets getting become becomes became becoming make makes made go goes went going
    s t d re co ever yet still
    explain explained meaning mean means definition define describe description
    info information overview details detail full quick brief briefly short
    wants wanted wanting anything something everything thing things together belong belongs
    belonged
    role roles job jobs position acronym abbreviation
    roughly approximately gonna wanna vs versus anymore true correct
    considered regarded deemed main principal chief all every each
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_IDENTITY_WORDS = re.compile(
    r"\b(?:roles?|jobs?|position|acronym|abbreviation|meaning|means?|definition|define)\b"
    r"|\bstands? for\b",
    re.IGNORECASE,
)
"""Words that ask what something or someone is ("Reyes role", "ODC stands for")."""
# "about" is not a stop word: "what is the meeting about" asks for the subject.
# "how much" and "how many" are read before stop words go (see _PHRASES).

# Generic English: irregular forms and several words that mean one thing.
_IRREGULAR = {
    "held": "hold",
    "took": "take",
    "taken": "take",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "won": "win",
    "said": "say",
    "says": "say",
    "ran": "run",
    "chose": "choose",
    "chosen": "choose",
    "spoke": "speak",
    "spoken": "speak",
    "left": "leave",
    "grew": "grow",
    "grown": "grow",
    "why": "why",  # Snowball makes it "whi"; it is a kind of answer, not a word to find
    "met": "meet",
    # Snowball makes "preside" "presid", as it does "president": presiding is chairing.
    **{"preside": "chair", "presides": "chair", "presided": "chair", "presiding": "chair"},
    "national": "national",  # an adjective ("national interest"), not a nation: Snowball
    "nationally": "national",  # makes it "nation", a country
}
_DEMONYMS = {
    **{"swiss": "switzerland", "french": "france", "japanese": "japan", "indian": "india"},
    **{"chinese": "china", "german": "germany", "italian": "italy", "canadian": "canada"},
    **{"korean": "korea", "spanish": "spain", "dutch": "netherlands", "emirati": "uae"},
    **{"british": "uk", "american": "usa", "americans": "usa", "european": "europe"},
    **{"brazilian": "brazil", "australian": "australia", "mexican": "mexico"},
}
"""A country's adjective is the country: "the Swiss president" is Switzerland's."""
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhow (?:many|much|big|large)\b|\b(?:number|no\.?) of\b"), " count "),
    (re.compile(r"\bwhat (?:share|proportion|percentage|fraction) of\b"), " partof "),
    (re.compile(r"\bwhat(?: is| are|s|'s)? in\b|\bcontents?\b|\bcontains?\b"), " what contain "),
    (re.compile(r"\b(?:take|takes|took|taken|taking) place\b"), " happen "),
    (re.compile(r"\b(?:take|takes|took|taken|taking) part\b"), " attend "),
    (
        # "who showed up (at ...)": not "what did the meeting turn up", which is found
        re.compile(
            r"\b(?:show|shows|showed|shown|showing|turn|turns|turned|turning) up"
            r"(?=\s*(?:$|[?.!,;]|(?:at|in|for|to|on)\b))"
        ),
        " attend ",
    ),
    (re.compile(r"\b(?:bring|brings|brought|bringing) together\b"), " attend "),
    (re.compile(r"\b(?:talk|talks|talked|talking) (?:about|of)\b"), " discuss "),
    (
        re.compile(
            r"\b(?:run|runs|ran|running) (the |this |that |an? )?"
            r"(?=(?:event|meeting|summit|conference|forum|gathering)s?\b)"
        ),
        r" host \1",
    ),
    (re.compile(r"\babout (?=\d)"), " "),  # "about 60", "about 29 May": roughly, no topic
    (re.compile(r"\b(?:is|are|was|were|be|been|being) represented\b"), " attend "),
    (
        re.compile(
            r"\b(?:come|comes|came|coming|enter|enters|entered|entering|bring|brings"
            r"|brought|bringing|put|puts|putting) ((?:\w+ ){0,3}?)into (?:force|effect)\b"
        ),
        r" \1 inforce ",
    ),
    (re.compile(r"\b(?:take|takes|took|taken|taking) effect\b"), " inforce "),
    (re.compile(r"\b(?:come|comes|came|coming) out of\b"), " produce "),
    (re.compile(r"\b(?:set|sets|setting) up\b"), " found "),
    (re.compile(r"\b(?:kick|kicks|kicked|kicking) off\b"), " start "),
    (re.compile(r"\b(?:sign|signs|signed|signing) off(?: on)?\b"), " adopt "),
    (re.compile(r"\b(?:push|pushes|pushed|pushing|put|puts) back\b"), " postpone "),
    (re.compile(r"\bface[ -]to[ -]face\b"), " inperson "),
    (re.compile(r"\bon the (?:table|agenda)\b"), " discuss "),
    (re.compile(r"\b(?:come|comes|came|coming) up with\b"), " produce "),
    (re.compile(r"\b(?:come|comes|came|coming) up\b"), " discuss "),
    (
        re.compile(r"\b(?:put|puts|putting) out\b|\b(?:come|comes|came|coming) out\b(?! of)"),
        " publish ",
    ),
    (re.compile(r"\b(?:make|makes|made|making) up\b|\bconsists? of\b"), " member "),
    (re.compile(r"\bco-?(chair\w*)"), r" \1 "),
    (re.compile(r"\bartificial intelligence\b"), " ai "),
    (re.compile(r"\bprime minister\b|\bpm\b"), " prime minister "),
    (re.compile(r"\bunited states(?: of america)?\b|\busa\b"), " usa "),
    (re.compile(r"\bunited kingdom\b|\bbritain\b"), " uk "),
    (re.compile(r"\bunited arab emirates\b"), " uae "),
    (re.compile(r"\beuropean union\b"), " eu "),
    (re.compile(r"\bin person\b|\bin-person\b"), " inperson "),
    (re.compile(r"\bstands? for\b"), " meaning "),
    (re.compile(r"\bhappen(?:s|ed)? to\b"), " "),  # "what happened to X" asks about X
    (re.compile(r"\b(?:call|calls|called|calling) off\b"), " cancel "),
    (
        re.compile(
            r"\b(?:(?:leave|leaves|left|leaving|quit|quits|quitting) office"
            r"|(?:step|steps|stepped|stepping) down)\b"
        ),
        " leftoffice ",
    ),
    (re.compile(r"\b(?:take|takes|took|taken|taking) office\b"), " tookoffice "),
    (re.compile(r"\b(?:put|puts|putting) forward\b"), " propose "),
    (re.compile(r"\b(?:call|calls|called|calling) for\b"), " propose "),
    (re.compile(r"\bv(\d+(?:\.\d+)?)\b"), r" version \1 "),
    (re.compile(r"\bsince when\b"), " when "),
    # "the first day" is a day of the event, not when "the first" one was
    (re.compile(r"\b(first|second|third|last|final|opening|closing) day\b"), r" \1 eventday "),
    *(
        # "feb 2026", "in sept": a month's short name, before a number or at the end
        (re.compile(rf"\b{short}\.?(?=\s*(?:\d|$|[?!,;]))"), f" {month} ")
        for short, month in (
            *(("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april")),
            *(("jun", "june"), ("jul", "july"), ("aug", "august"), ("sept?", "september")),
            *(("oct", "october"), ("nov", "november"), ("dec", "december")),
        )
    ),
    (re.compile(r"\b(\d+)\s*bn\b"), r" \1 billion "),
    (re.compile(r"\b(\d+)\s*mn\b"), r" \1 million "),
)
_COUNTRY_WORDS = r"countr(?:y|ies)|nations?"
_WHICH_PARTY = re.compile(rf"\bwhich (?:{_COUNTRY_WORDS}|governments?)\b", re.IGNORECASE)
"""'Which country hosted it' asks who did (in a question; an FAQ entry asked that way keeps
its words)."""
_WHICH_COUNTRY = re.compile(rf"\bwhich (?:{_COUNTRY_WORDS})\b", re.IGNORECASE)
"""...and 'which country' asks for a country: a person of it ('President of Elbonia') is not
one, nor a country the question says itself ('which country co-hosted with Elbonia')."""
_NO = re.compile(r"(?<!yes or )\b(?:no one|nobody|none|no)\b(?!\s*\.)(?!\s+of\b)", re.IGNORECASE)
"""'Did no one attend', 'no ministers came': a negation, as 'not' is (in a question; not
'no. of', 'yes or no')."""
_UP = re.compile(r"\b((?:show|turn)(?:s|ed|n|ing)? up)\b", re.IGNORECASE)


def _what_turned_up(question: str) -> str:
    """'What did the meeting turn up' asks what it found: 'up' has an object ('what'),
    so it is not who turned up (an "it" after it keeps the phrase from being read)."""
    return _UP.sub(r"\1 it", question) if re.match(r"\s*what\b", question, re.I) else question


_ANY_PHRASE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _PHRASES))
_PHRASE_WORDS = frozenset(
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
# Uppercase abbreviations that would otherwise read as pronouns ("US" is not "us").
_ABBREVIATIONS = ((re.compile(r"\bU\.?S\.?(?=\W|$)(?!\.\w)"), " usa "),)

# Generic English synonyms; the first word of each group names it. None is about one event.
_GROUPS = (
    "host organise organiser organising convene convener",
    "attend participate participant participation join come",
    "produce result outcome output achieve deliver yield agree agreement adopt approve",
    "matter important importance significance significant",
    "name call title appoint",
    "start begin launch found form create establish inaugurate",
    "announce announcement unveil declare reveal",
    "country nation",
    "organisation organization body",
    "when date day year deadline",
    "where place location venue city",
    "count size",
    "next upcoming following future another",
    "previous earlier prior preceding",
    "about purpose aim goal target objective topic agenda discuss discussion theme focus subject",
    "say quote remark warn stress",
    "chair chairman chairwoman chairperson",
    "member membership",
    "sign signatory signature",
    "plan planned",
    "postpone delay reschedule defer move",
    "cancel scrap abandon",
    "propose suggest",
    "news update development",
    "seek bid",
    "keen eager wish",
    "not refuse decline reject",
    "bind binding voluntary mandatory obligatory compulsory",
    "require oblige commit",
    "television tv",
    "company firm corporation",
    "government govt",
    "international intl",
    "euro eur",
    "dollar usd",
    "official formal",
    "publish release",
    "challenge problem difficulty obstacle hurdle criticism critique",
    "woman female",
    "technology tech",
)
# A general word a question uses for what a sheet says in particular (canonical words).
_KINDS = dict.fromkeys(("money", "fund"), frozenset(("euro", "dollar", "yen", "pound")))
_PHRASE_SPELLINGS = {"britain": "uk", "america": "usa", "emirates": "uae"}
"""Words the phrases above read as a country, which a misspelling ("Britian") is near."""
_WH_WORDS = frozenset({"who", "when", "where", "why", "count", "partof"})
"""Canonical words that say what kind of answer is wanted."""
_QUALIFIERS = frozenset(
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
_ORDINALS: tuple[str, ...] = (
    *("first", "second", "third", "fourth", "fifth"),
    *("sixth", "seventh", "eighth", "ninth", "tenth"),
)
_ASKED_ONLY = frozenset({"say", "contain"})
"""Words an FAQ entry must be asked with, not merely use in its answer: 'what did she say'
wants her words, and 'what is in the plan' its contents."""
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})
"""'What did <who> <do>': the word after one of these (and 'the') is who does it."""
_BE = frozenset({"was", "were", "is", "are"})
"""'When was <what> <done>': the word after one of these is what it was done to."""
_DONE = frozenset(
    ("found", "held", "set", "made", "built", "put", "run", "won", "begun", "chosen", "given")
)
"""Past participles that do not end in -ed or -en ("was the office set up", read "found")."""
_YES_NO = frozenset(("will", "would", "could", "can", "did", "does", "do", "is", "was", "has"))
_LEAD_VERBS = frozenset(
    (
        *("lead", "leads", "led", "turn", "turns", "turned", "translate", "translates"),
        *("translated", "result", "results", "resulted"),
    )
)
"""'Will the talks lead to (turn into, result in) policy' asks whether talks become policy:
the verb says nothing an item about both would not."""
_AT = frozenset(("at", "in", "during", "inside", "from"))
# How a question begins; words without one of these are looked up ("macron stargate").
_QUESTION_LEADS = (
    _YES_NO
    | _AUXILIARIES
    | _BE
    | frozenset(
        (
            *("what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how"),
            *("should", "are", "were", "tell", "give", "show", "list", "any", "name", "explain"),
        )
    )
)
# How a yes/no question about this event begins: "is it (this) a summit", "was there a
# joint statement", "did they adopt a declaration".
_ABOUT_IT = frozenset(
    (
        *(("is", "it"), ("was", "it"), ("is", "this"), ("was", "this")),
        *(("was", "there"), ("were", "there"), ("did", "they")),
    )
)
_MANY_EVENTS = 3  # items headed with one word for an event that make it ambiguous
_RELATIVE = frozenset(("next", "previous", "first", "last", "latest", "former"))
"""Qualifiers that place an event from this one (canonical words)."""
_PRONOUN_ONE = frozenset(
    ("the", "same", "this", "that", "which", "each", "every", "any", "another", "no", "other")
)
"""Words after which 'one' stands for a thing already named ("the same one"), not a number."""
_SIZE_WORDS = frozenset(("global", "big", "major", "main", "large", "huge", "worldwide"))
"""Words a reader puts before an event to say it is a large one ("the next global AI
summit", "the big summit"): they pick out no other event."""
_MEET_VERBS = frozenset({"meet", "meets", "met"})
"""'Who did he meet' is not about the meeting."""
_EVENT_NOUNS = frozenset(
    [
        "meeting",
        "summit",
        "conference",
        "event",
        "gathering",
        "ministerial",
        "forum",
        "convention",
        "session",
        "congress",
        "symposium",
    ]
)
_LIGHT_WITH_PLACE_OR_TIME = frozenset({"hold", "happen", "occur", "locat", "situat", "host"})
"""Verbs that add nothing to 'when' or 'where': 'where was it held' asks where it was."""
_LIGHT_WITH_TIME = frozenset({"start"})
"""'when did it start' asks when it was; 'who started it' does not lose the verb."""
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "dozens",
    ]
)
_MAY_MONTH = "maymonth"
"""'May' as a month, a word of its own: 'may' alone is a stop word ('may I ask')."""
_MONTH_WORDS = frozenset((*_MONTHS, _MAY_MONTH))
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
_DATE_NUMBERS = re.compile(
    r"\b(?:1[89]|20)\d\d(?:-\d\d){0,2}\b"
    r"|\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?=(?:" + "|".join(_MONTHS) + r")\b)"
    r"|\b(?:" + "|".join(_MONTHS) + r")\s+\d{1,2}\b",
    re.IGNORECASE,
)
"""Years and days of months: numbers that date something, not counts."""
_SHARE = re.compile(
    r"\b(?:one|two|three|\d+) (?:in|out of) (?:two|three|four|five|ten|\d+)\b"
    r"|\b(?:half|a third|two thirds|a quarter|three quarters|a fifth|a tenth|a twentieth)\b"
    r"|\d\s*%|\bper ?cent\b",
    re.IGNORECASE,
)
"""Words that give a share ("one in two", "half", "5 %"): what "what share of" asks for."""
_REASON = re.compile(
    r"\b(?:because|reasons?|due to|owing to|so that|in order to|thanks to|as a result|while)\b",
    re.IGNORECASE,
)
"""Words that give a reason: an item without one does not answer 'why' ("the US stayed out"
says that it did, not why)."""
_DEFINITION = re.compile(
    r"\s*(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?\w+\W*$|"
    r"\s*(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?\w+\s+\w+\W*$",
    re.IGNORECASE,
)
_IDENTITY = re.compile(
    r"\s*(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?!\w+(?:ed|ing)\b)",
    re.IGNORECASE,
)
"""'Who is X', 'what was X', not 'what was agreed' or 'who is organising it'."""
_WHAT_IS = re.compile(r"\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\b", re.IGNORECASE)
"""'What is X' anywhere in a question ('Northport forum, what is it')."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_SAYS = re.compile(r"\s*what\s+(?:does|did|do)\s+(.+?)\s+say\W*$", re.IGNORECASE)
"""'What does <X> say', nothing after: what X holds, when X is a text."""
_PREPOSITIONS = frozenset(
    (
        *("in", "at", "on", "for", "from", "with", "by", "to", "after", "before", "since"),
        *("during", "under", "over", "between", "near"),
    )
)
_CLAUSE_END = re.compile(r"[,;:()?!–—]|\.(?:\s|$)")
_NOT_WHAT = ("key_facts", "timeline")
"""Sections whose items say something about a thing, not what it is (a key fact says what
its label is when the label is not a name)."""
_TAKERS = frozenset(
    (
        *("minister", "ministers", "leader", "leaders", "member", "members", "delegates"),
        *("delegations", "participants", "attendees", "governments", "countries"),
    )
)
"""Who takes part in a meeting: 'what did ministers agree' asks what it produced."""
_OCCASIONS = frozenset(
    (
        *("interview", "interviews", "speech", "speeches", "remarks", "letter", "letters"),
        *("keynote", "message", "op-ed", "editorial", "podcast", "broadcast"),
    )
)
"""Where someone says something: "<speaker> radio interview" asks what they said in it."""
_SECTION_WORD = {"outcomes": "outcome", "challenges": "challenge"}
"""What every item of a section is, though it need not say so: an outcome is something the
meeting produced (or was expected to), a challenge a problem it faces."""
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=\S)")


# --- words ----------------------------------------------------------------------------


@cache
def _stemmer() -> Callable[[str], str]:
    """Snowball's English stemmer (PyStemmer, its C binding), imported only when needed."""
    import Stemmer  # type: ignore[import-not-found,unused-ignore]

    stem: Callable[[str], str] = Stemmer.Stemmer("english").stemWord
    return stem


def _normalise(text: str) -> str:
    """Casefolded text without accents, with multi-word expressions as single words."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    if "€" in text or "$" in text:  # a currency is a word to find: €109 billion is not $109
        text = text.replace("€", " euro ").replace("$", " dollar ")
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    if "nt" in text or "n't" in text:  # "didn't", "didnt": "did not", a word to find
        text = _NEGATED.sub(r"\1 not", text)
    if "'" in text:
        text = re.sub(r"'s\b", "", text)
    if "may" in text:  # the month, not the verb: "in May", "the May meeting", "May 2023"
        text = _MAY.sub(lambda m: f"{m.group(1) or ''} {_MAY_MONTH}", text)
    if _NUMBERED.search(text):  # "4th" is "fourth"
        text = _NUMBERED.sub(lambda m: f" {_ORDINALS[int(m.group(1)) - 1]} ", text)
    if _ANY_PHRASE.search(text):  # most texts have none: one search instead of many
        for pattern, replacement in _PHRASES:
            text = pattern.sub(replacement, text)
    return text


_MAY = re.compile(
    r"\b(in|of|by|the|early|late|mid|since|until|from|\d{1,2})\s+may\b|\bmay(?=,?\s+\d)"
)
_NEGATED = re.compile(
    r"\b(did|do|does|is|was|were|are|has|have|had|could|would|should|must|need|wo|ca)n'?t\b"
)
_NUMBERED = re.compile(r"\b(10|[1-9])(?:st|nd|rd|th)\b")
"""An ordinal in figures ("4th"), read as the word ("fourth") that qualifies like one."""
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """Words as written (normalised), numbers with their decimal points kept together."""
    return tuple(
        (_WHOLE.sub(r"\1", word) if "." in word else word)[:MAX_WORD_CHARS]
        for word in _TOKEN.findall(_normalise(text))
    )


_WHOLE = re.compile(r"^(\d+)\.0+$")
"""'2.0' is 2 ('version 2')."""


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _DEMONYMS:
        word = _DEMONYMS[word]
    if not word.isalpha() or len(word) <= 2:
        return word
    # British and American spellings meet: organize -> organise, organization -> organisation.
    word = re.sub(r"iz(e|es|ed|ing|ation|ations|er|ers)$", r"is\1", word)
    if word.startswith("organisation"):
        return "organisation"  # a body; Snowball would make it "organis", as for organise
    if word.startswith("declaration"):
        return "statement"  # a text; Snowball would make it "declar", as for declare
    if word == "named":
        return word  # a verb ("named as host"), not the noun a reader asks for
    return _stemmer()(word)


@cache
def _canonical_table() -> dict[str, str]:
    return {_stem(word): group.split()[0] for group in _GROUPS for word in group.split()}


@cache
def _canonical(word: str) -> str:
    """The one form under which a word is indexed and looked up."""
    stem = _stem(word)
    return _canonical_table().get(stem, stem)


@cache
def _wh_typos() -> dict[str, str]:
    """'wen', 'wher', 'hwo': a question word with a letter left out or two letters swapped.
    Short words are otherwise held to their own letters, and 'wen' is one letter from 'we'."""
    typos: dict[str, set[str]] = defaultdict(set)
    for wh in ("who", "when", "where", "why"):
        for typo in _slips(wh):
            # ... but not a word of its own: "were", "hen"
            if len(typo) >= 3 and typo not in _STOPWORDS and typo.startswith(("w", "hw")):
                typos[typo].add(wh)
    return {typo: next(iter(whs)) for typo, whs in typos.items() if len(whs) == 1}


@cache
def _stop_typos() -> frozenset[str]:
    """'wat', 'wich', 'whta': "what" and "which" with a letter left out or two swapped,
    read as what they are (stop words), not as words the sheet never uses."""
    return frozenset(
        typo
        for stop in ("what", "which")
        for typo in _slips(stop)
        if len(typo) >= 3 and typo not in _STOPWORDS and typo.startswith("w")
    )


@cache
def _event_stems() -> frozenset[str]:
    return frozenset(_canonical(word) for word in _EVENT_NOUNS)


@lru_cache(maxsize=8192)
def _content(text: str) -> tuple[str, ...]:
    """The canonical content words of a text, in order (repeats kept)."""
    return tuple(_canonical(word) for word in _tokens(text) if word not in _STOPWORDS)


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def _deletes(word: str) -> set[str]:
    """The word and each form of it with one letter left out (a symmetric-delete key set)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _slips(word: str) -> set[str]:
    """The word with a letter left out or two letters next to each other swapped."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (_deletes(word) | swaps) - {word}


def _typo_distance(word: str, known: str) -> int | None:
    """The edits from ``known`` to ``word`` when ``word`` may be it mistyped, else None.

    A short real word is often one letter from another ("cost", "host"), so short words
    may only have two letters swapped or one letter too many ("wehn", "whoo"), and words
    up to five letters must begin with the same letter. Longer words may be one edit off,
    or two from eight letters on.
    """
    if word.isdigit() or known.isdigit():
        return None  # 2027 is not a misspelt 2028
    distance = edit_distance(word, known)
    if distance == 0 or (len(word) <= 5 and word[0] != known[0]):
        return None
    if len(word) <= 4:
        swapped = sorted(word) == sorted(known)
        plausible = distance == 1 and (swapped or len(word) == len(known) + 1)
    else:
        plausible = distance <= (1 if len(word) <= 7 else 2)
    return distance if plausible else None


# --- what the index holds -------------------------------------------------------------


class Found(NamedTuple):
    """An item that answers (or may answer) a question."""

    section: str  # the briefing key: "faq", "key_facts", "timeline", ...
    item_id: str
    score: float


class _Passage(NamedTuple):
    """One sentence of an item's body, which may answer a question on its own."""

    text: str
    kinds: frozenset[str]  # the kinds of answer the sentence itself holds
    names: frozenset[str]  # the words of the names it gives (as written)
    places: frozenset[str]  # ... and of the places
    facts: frozenset[str] = frozenset()  # what it answers with, by kind ("count:60")
    runs: frozenset[tuple[str, ...]] = frozenset()  # its names, each on its own


class _Item(NamedTuple):
    """One item of the sheet as text: where it says what it is about, and the rest."""

    section: str
    item_id: str
    heads: tuple[str, ...]  # FAQ question and aliases; label and value; title; name, roles
    body: tuple[str, ...]  # answer; detail; quote text, role, occasion
    kinds: frozenset[str]  # the kinds of answer it holds: "when", "where", "who", "count"
    extra: tuple[str, ...] = ()  # words it answers with but does not say ("say" for quotes)
    names: int = 0  # how many of the first heads are names (a name, a surname, an acronym)
    who: frozenset[str] = frozenset()  # the words of the names it gives (as written)
    who_runs: frozenset[tuple[str, ...]] = frozenset()  # ... each name on its own
    passages: tuple[_Passage, ...] = ()  # body sentences that may answer on their own
    facts: frozenset[str] = frozenset()  # what it answers with: "where:eastvale", "when:2027"
    done: str = ""  # a timeline title's last word, when it says what was done ("announced")
    unsaid: tuple[str, ...] = ()  # questions its answer says it cannot answer


class _Said(NamedTuple):
    """A passage as a query sees it."""

    unit: tuple[str, ...]  # its content words in order
    words: frozenset[str]
    kinds: frozenset[str]
    names: frozenset[str]
    places: frozenset[str]
    facts: frozenset[str]
    runs: tuple[frozenset[str], ...]
    undone: frozenset[str] = frozenset()  # what it says was done, not by whom ("is named")
    by_host: frozenset[str] = frozenset()  # what it says the host did ("put forward by the host")


class _Doc(NamedTuple):
    """What one item offers a query, computed once per item."""

    section: str
    item_id: str
    heads: tuple[frozenset[str], ...]  # each heading or way of asking, on its own
    head_words: frozenset[str]
    words: frozenset[str]  # every content word of the item
    units: tuple[tuple[str, ...], ...]  # headings and body sentences, words in order
    kinds: frozenset[str]
    asked: bool  # an FAQ entry: its question words must be how it is asked
    names: int  # how many of the first heads are names
    head_units: int  # how many of the first units are headings (the rest: body sentences)
    who: frozenset[str]  # the words of the names it gives
    who_runs: tuple[frozenset[str], ...]  # ... each name on its own
    passages: tuple[_Said, ...]
    clauses: tuple[tuple[str, ...], ...]  # its headings cut at punctuation, words in order
    named: tuple[tuple[str, ...], ...]  # each clause up to its first preposition or "of"
    facts: frozenset[str]  # what it answers with, by kind: "where:eastvale", "when:2027-02"
    name_clauses: int  # how many of the first clauses are a party's names
    titles: tuple[bool, ...]  # whether each clause begins with a capital ("Vice President")
    cores: tuple[frozenset[str], ...]  # each heading up to its first comma or preposition
    done: str = ""  # what its title says was done to it, last ("Tokyo meeting announced")
    unsaid: frozenset[str] = frozenset()  # the words of what its answer says was not found
    unsaid_only: frozenset[str] = frozenset()  # ... those no other heading of it says


class _Word(NamedTuple):
    """One word of a query: the known words it may stand for, and how sure that is."""

    spellings: frozenset[str]
    weight: float  # 1.0 as written, TYPO_WEIGHT when it was a misspelling
    may_be_event: bool = True  # False for a verb ("who did he meet")


class _Binding(NamedTuple):
    """A qualifier of the question ("next", "2028") and the words it qualifies."""

    qualifier: _Word
    qualified: tuple[_Word, ...]  # content words next to it that it may qualify
    of_the_event: bool  # it qualifies a word for this sheet's own event ("next meeting")
    named: tuple[_Word, ...] = ()  # words of the event's name it qualifies ("first Friends
    # Group meeting"): next to it in an item, they say it qualifies the same thing
    says_which: bool = False  # a word before a word for an event: "the Seoul summit"


class _Rules(Enum):
    """Which of the rules against a guess a score applies."""

    ALL = "all"  # an answer: every rule
    WORDS = "words"  # a rival to an answer: the question's words, kind of answer, qualifiers
    NONE = "none"  # a suggestion: any shared word
    LOOKUP = "lookup"  # words looked up: every rule of an answer but a heading's coverage


def _is_qualifier(word: _Word) -> bool:
    return bool(word.spellings & _QUALIFIERS) or any(
        s.replace(".", "").isdigit() for s in word.spellings
    )


class _Query(NamedTuple):
    words: tuple[_Word, ...]  # content words, each to be found in the answer
    wh: frozenset[str]  # kinds of answer asked for
    bindings: tuple[_Binding, ...]
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


_HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE)
_COUNTED_WORDS = 4  # the longest name of what is counted ("Global South partner countries")
_COUNT = re.compile(r"(?!(?:1[89]|20)\d\d$)\d+(?:[.,]\d+)*|" + "|".join(sorted(_NUMBER_WORDS)))
"""A number that is not a year."""
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dates_in(text: str) -> set[str]:
    """The months ("2023-05") and, where no month is given, the years a text dates."""
    found = {
        f"{year}-{_MONTHS.index(month.casefold()) + 1:02d}"
        for month, year in _MONTH_YEAR.findall(text)
    }
    years = {d[:4] for d in found}
    return found | {year for year in _YEAR.findall(text) if year not in years}


def _has_date(texts: Iterable[str]) -> bool:
    return any(_DATE.search(text) for text in texts)


def _has_number(texts: Iterable[str]) -> bool:
    """Whether the texts give a count: a number that is not a year or a day of a month."""
    undated = [_DATE_NUMBERS.sub(" ", text) for text in texts]
    # ("One" is as often a pronoun: "not one of these summits", "the one she announced".)
    words = _NUMBER_WORDS - {"one"}
    return any(_NUMBER.search(text) or words & set(_tokens(text)) for text in undated)


def _items(briefing: Briefing, places: frozenset[str], names: frozenset[str]) -> list[_Item]:
    """Every item of the sheet, in section order, as headings and body."""

    # A party is named by its name, a shorter name or a surname, all its words together:
    # "Data" alone does not name the "Committee on Data and Research".
    parties = {
        tuple(_tokens(called))
        for party in briefing.people
        for called in _names(party.name, person=party.kind == "person")
    }
    parties |= {tuple(_tokens(venue.country)) for venue in briefing.event.venues}
    parties.discard(())
    party_words = {word for name in parties for word in name}
    cities = {word for venue in briefing.event.venues for word in _tokens(venue.city)}
    # Words capitalised alone inside sentences ("in Eastvale"), but not the sheet's topic
    # ("AI", in a quarter of its texts or more): names wherever they stand.
    sheet = list(_all_texts(briefing))
    spread = Counter(word for text in sheet for word in set(_tokens(text)))
    topic = {word for word, n in spread.items() if n >= max(3, len(sheet) / 4)}
    proper = _lone_names(sheet) - _STOPWORDS - _MONTH_WORDS - topic

    # Names by their first word, a bounded few each: finding them costs a look-up a word.
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in sorted(parties):
        if len(by_first[name[0]]) < _MAX_LOOKUPS:
            by_first[name[0]].append(name)
    known: dict[str, frozenset[tuple[str, ...]]] = {}
    dropped = _STOPWORDS | _MONTH_WORDS | (cities - party_words) | topic

    def runs_in(text: str) -> frozenset[tuple[str, ...]]:
        """The names a text gives, each as its words: a party's name, a run of capitalised
        words, a word the sheet capitalises alone inside sentences ("Eastvale hosts ...").
        The event's own cities are where, not who ("experts would meet in Northport")."""
        if text not in known:
            tokens = _tokens(text)
            runs = {
                name
                for i, token in enumerate(tokens)
                for name in by_first.get(token, ())
                if tokens[i : i + len(name)] == name
            }
            runs.update(tuple(_tokens(m.group(1))) for m in _NAME.finditer(text))
            runs.update((word,) for word in _lone_names((text,)) | proper if word in tokens)
            kept = {run for r in runs if (run := tuple(w for w in r if w not in dropped))}
            # A name inside a longer one is part of it: "Open Data Partners Circle" in
            # "Open Data Partners Circle Work Plan 2026" names the plan.
            known[text] = frozenset(
                run for run in kept if not any(set(run) < set(other) for other in kept)
            )
        return known[text]

    def located(text: str) -> set[str]:
        """The place words of a text, but not in a name of something else ("Northport" in
        "runs the Northport Data Process reporting scheme"), nor the sheet's topic."""
        runs = [set(_tokens(match.group(1))) for match in _NAME.finditer(text)]
        inside = {word for run in runs if len(run) > 1 and not run <= places for word in run}
        return {word for word in _tokens(text) if word in places} - inside - topic

    def name_runs(texts: Sequence[str]) -> frozenset[tuple[str, ...]]:
        return frozenset().union(*(runs_in(text) for text in texts))

    def named(texts: Sequence[str]) -> frozenset[str]:
        """The words of the names these texts give: a party's, or a capitalised one."""
        return frozenset(word for run in name_runs(texts) for word in run)

    def kinds(texts: Sequence[str], *, dated: bool = False, who: bool = False) -> frozenset[str]:
        words = {word for text in texts for word in _tokens(text)}
        found = set()
        if dated or _has_date(texts):
            found.add("when")
        if words & places:
            found.add("where")
        if who or words & names:
            found.add("who")
        if _has_number(texts):
            found.add("count")
        if any(_REASON.search(text) for text in texts):
            found.add("why")
        if any(_SHARE.search(text) for text in texts):
            found.add("partof")
        return frozenset(found)

    told: dict[str, frozenset[str]] = {}

    def facts_in(text: str) -> frozenset[str]:
        if text not in told:
            found = {f"where:{_canonical(w)}" for w in located(text)}
            found |= {f"who:{_canonical(w)}" for run in runs_in(text) for w in run}
            found |= {f"when:{d}" for d in _dates_in(text)}
            found |= {
                f"unknown:{wh}:{_canonical(match.group(1))}"
                for match in _UNNAMED.finditer(text)
                for wh in _UNNAMED_ASKS[match.group(1).lower()]
            }
            numbers = _NUMBER_TOKEN.findall(_DATE_NUMBERS.sub(" ", text))
            told[text] = frozenset(found | {f"count:{n}" for n in numbers})
        return told[text]

    def facts(texts: Sequence[str], dates: Iterable[str] = ()) -> frozenset[str]:
        """What the texts answer with, by kind: places, names, months or years, counts."""
        return frozenset().union(*(facts_in(t) for t in texts), (f"when:{d}" for d in dates))

    def passages(text: str) -> tuple[_Passage, ...]:
        return tuple(
            _Passage(
                sentence,
                kinds((sentence,)),
                named((sentence,)),
                frozenset(located(sentence)),
                facts((sentence,)),
                name_runs((sentence,)),
            )
            for sentence in _sentences(text)
        )

    items: list[_Item] = []
    # Who took part, as the sheet's event says it: an FAQ answer that says the same (most
    # of its words in one sentence) says who attended, though it need not say "attend"
    # ("... with governments, companies and researchers from over 100 countries").
    takers = frozenset(_content(briefing.event.participants or ""))
    for entry in briefing.faq:
        unsaid = tuple(_asked_in(entry.answer))
        heads = (entry.question, *entry.aliases, *unsaid)
        if (
            len(takers) >= _RESTATED_TAKERS
            and not any("attend" in _content(head) for head in heads)  # asked so already
            and any(
                len(takers & frozenset(_content(sentence))) >= _TAKERS_SHARE * len(takers)
                for sentence in _sentences(entry.answer)
            )
        ):
            heads = (*heads, _WHO_ATTENDED)
        items.append(
            _Item(
                "faq",
                entry.id,
                heads,
                (entry.answer,),
                frozenset(),
                passages=passages(entry.answer),
                unsaid=unsaid,
                facts=facts((entry.answer,)),
            )
        )
    for fact in briefing.key_facts:
        texts = (fact.label, fact.value)
        items.append(
            _Item(
                "key_facts",
                fact.id,
                texts,
                (),
                kinds(texts),
                who=named(texts),
                who_runs=name_runs(texts),
                facts=facts((fact.value,)),
            )
        )
    for event in briefing.timeline:
        dates = " ".join(_date_words(d) for d in (event.date, event.end) if d)
        texts = (event.title, event.detail)
        # What became of it, when not simply that it happened: "... (postponed)".
        status = f" ({event.status})" if event.status and event.status != "happened" else ""
        items.append(
            _Item(
                "timeline",
                event.id,
                (event.title + status,),
                (event.detail, dates),
                kinds(texts, dated=bool(dates)),
                who=named(texts),
                who_runs=name_runs(texts),
                passages=passages(event.detail),
                facts=facts(texts, [d[:7] for d in (event.date, event.end) if d]),
                done=_done(event.title),
            )
        )
    titled: tuple[tuple[str, Sequence[Outcome | Challenge]], ...] = (
        ("outcomes", briefing.outcomes),
        ("challenges", briefing.challenges),
    )
    for key, entries in titled:  # a title and a detail each: read alike
        for record in entries:
            texts = (record.title, record.detail)
            items.append(
                _Item(
                    key,
                    record.id,
                    (record.title,),
                    (record.detail, _SECTION_WORD[key]),
                    kinds(texts),
                    who=named(texts),
                    who_runs=name_runs(texts),
                    passages=passages(record.detail),
                    facts=facts(texts),
                )
            )
    for party in briefing.people:
        roles = tuple(role.title for role in party.roles)
        dated = any(role.since or role.until for role in party.roles)
        dates = " ".join(
            _date_words(d) for role in party.roles for d in (role.since, role.until) if d
        )
        # A person's role dated from a day is when they took office, and the end of the
        # last of their roles when they left it (not of one followed by another, still
        # held): "when did <name> leave office" (or step down) asks for that end.
        office = tuple(
            head
            for head, said in (
                (_TOOK_OFFICE, any(role.since for role in party.roles)),
                (_LEFT_OFFICE, bool(party.roles) and all(role.until for role in party.roles)),
            )
            if said and party.kind == "person"
        )
        found = kinds((party.name, *roles), who=True) - {"when"}
        if dated:  # a date inside a role's text is about something else
            found |= {"when"}
        if party.kind == "country":
            found |= {"where"}
        called = _names(party.name, person=party.kind == "person")
        who = frozenset(_tokens(party.name)) - _STOPWORDS
        role_dates = [d[:7] for role in party.roles for d in (role.since, role.until) if d]
        # A group whose role lists its members ("Elbonia, Ruritania, Freedonia and ...")
        # says who its members are, by their names.
        members = [role for role in roles if _MEMBER_LIST.match(role)]
        items.append(
            _Item(
                "people",
                party.id,
                (*called, *roles, *((_MEMBERS,) if members else ()), *office),
                (dates,),
                found,
                names=len(called),
                who=who,
                who_runs=frozenset({tuple(who)}) | name_runs(members),
                facts=facts((party.name, *roles), role_dates)
                | {f"who:{_canonical(w)}" for w in who}
                | _ended(party.roles, briefing.checked),
            )
        )
    for quote in briefing.quotes:
        body = (quote.role, quote.occasion, _date_words(quote.date or ""))
        found = kinds((quote.text, *body), dated=quote.date is not None, who=True)
        called = _names(quote.speaker, person=True)
        # Readers find a quote by who said it, or by the words they remember.
        who = frozenset(_tokens(quote.speaker)) - _STOPWORDS
        items.append(
            _Item(
                "quotes",
                quote.id,
                (*called, quote.text),
                body,
                found,
                ("say",),
                len(called),
                who,
                frozenset({tuple(who)}),
                facts=frozenset(f"who:{_canonical(w)}" for w in who),
            )
        )
    return items


_MEMBERS = "Members"
"""How a group whose role lists its members is headed beside its name and roles."""
_WHO_ATTENDED = "Who attended, and how many?"
"""How an FAQ entry is also headed when its answer says who takes part as the event does."""
_RESTATED_TAKERS = 3
_TAKERS_SHARE = 0.6
"""... in one sentence, with this share of the words (at least this many) of the event's."""
_TOOK_OFFICE = "Took office"
_LEFT_OFFICE = "Left office"
"""How a person is also headed when their roles say when they took or left office."""
_MEMBER_LIST = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){2,}"
)
"""A list of three names or more at the start of a role: the members of a group."""
_EMBEDDED_QUESTION = re.compile(
    r"(?:^|[.;:]\s+)((?:Who|Which|When|Where|What|Why|How many|How much|Whether)\b[^.;:]*?)"
    r"\s+(?:was|were|is|are|has|have|had)\s+(?:not|never)\b",
)


# What a sentence says is not known yet, and the question it thereby answers: "no host
# has been named" tells who hosts (no one yet) and where.
_UNNAMED_ASKS = {
    "host": frozenset({"who", "where"}),
    "chair": frozenset({"who"}),
    "successor": frozenset({"who"}),
    "venue": frozenset({"where"}),
    "city": frozenset({"where"}),
    "date": frozenset({"when"}),
    "dates": frozenset({"when"}),
    "timetable": frozenset({"when"}),
    "deadline": frozenset({"when"}),
}
_UNNAMED = re.compile(
    rf"\bno ({'|'.join(_UNNAMED_ASKS)}) (?:has|have|had|was|were|is|are) (?:yet )?(?:been )?"
    r"(?:named|announced|set|found|chosen|decided|given|published|agreed|fixed|confirmed)\b",
    re.IGNORECASE,
)
# "What was announced (at the meeting)", "what did the ministers launch": what was done.
_WHAT_DONE = re.compile(
    r"\s*what\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+\w+(?:ed|en|wn)"
    r"|did|does|do)\b",
    re.IGNORECASE,
)
# A heading saying something was done to an event: "How was the meeting announced?".
_DONE_TO_EVENT = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:the\s+|this\s+|it\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_EVENT_NOUNS))}|it)\s+\w+(?:ed|en|wn)\b",
    re.IGNORECASE,
)
# ... or a value saying so, naming who did it: "the ministerial meeting Takaichi announced".
_EVENT_DONE_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(_EVENT_NOUNS))})\s+(?:[A-Z][\w-]*\s+){{1,2}}\w+ed\b"
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(\w+)", re.IGNORECASE)


def _asks(query: _Query, word: str) -> bool:
    """Whether the question has this word, as itself ("not", "say")."""
    return any(w.spellings == {word} for w in query.words)


def _within(date: str, start: str, end: str) -> bool:
    """Whether a date (a day, a month or a year) falls within start..end, compared at the
    precision of the date: "2026-03" is within 15-16 March 2026."""
    return start[: len(date)] <= date <= end[: len(date)]


def _done(title: str) -> str:
    """The participle a title about an event ends with ("Tokyo meeting announced", "Next
    summits named"): its date and place are that doing's, not the event's. (A thing the
    doing makes, "Draft plan compiled", dates from it.)"""
    tokens = _tokens(title)
    last = tokens[-1] if tokens else ""
    done = last.endswith("ed") or last in _DONE or _IRREGULAR.get(last, last) != last
    event = any(_canonical(token) in _event_stems() for token in tokens[:-1])
    return last if done and event and last not in _STOPWORDS else ""


def _asked(entry: FaqEntry) -> tuple[str, ...]:
    return (entry.question, *entry.aliases)


def _is_participle(label: str) -> bool:
    """Whether a label is one participle ("Announced"): what was done to the event."""
    tokens = _tokens(label)
    return len(tokens) == 1 and (
        tokens[0].endswith("ed") or tokens[0] in _DONE or tokens[0] in _IRREGULAR
    )


def _undone(text: str) -> frozenset[str]:
    """What a sentence says was done without saying by whom: "The UAE is named as host"
    does not say who named it; "was announced by Reyes" does."""
    if re.search(r"\bby\b", text, re.IGNORECASE):
        return frozenset()
    return frozenset(_canonical(m.group(1).casefold()) for m in _PASSIVE.finditer(text))


def _by_host(text: str) -> frozenset[str]:
    """What a sentence says the event's host did, naming it only as the host: "put forward
    by the host" (proposed), "the host announced"."""
    tokens = _tokens(text)
    done = set()
    for i in range(len(tokens) - 1):
        if tokens[i : i + 2] == ("the", "host"):
            if i >= 2 and tokens[i - 1] == "by":
                done.add(_canonical(tokens[i - 2]))
            if i + 2 < len(tokens) and tokens[i + 2].endswith("ed"):
                done.add(_canonical(tokens[i + 2]))
    return frozenset(done)


def _asked_in(answer: str) -> list[str]:
    """Questions an answer says it cannot answer: "Who chaired the sessions was not found"
    answers "who chaired it" as surely as a yes would."""
    return [match.group(1) for match in _EMBEDDED_QUESTION.finditer(answer)]


def _names(name: str, *, person: bool) -> tuple[str, ...]:
    """A party's name, and the shorter names readers use: 'Ministry of Digital and Public
    Affairs (MDPA)' is also 'MDPA', and a person is also their last name."""
    names = [name]
    bracketed = re.findall(r"\(([^)]*)\)", name)
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bracketed and plain:
        names = [plain, *bracketed]
    words = plain.split()
    if person and len(words) > 1:
        names.append(words[-1])
    return tuple(names)


def _date_words(date: str) -> str:
    """'2026-03' as 'march 2026': what a reader types for a date."""
    parts = date.split("-")
    month = _MONTHS[int(parts[1]) - 1] if len(parts) > 1 and parts[1].isdigit() else ""
    return f"{month} {parts[0]}".strip()


def _ended(roles: Sequence[Role], checked: str) -> set[str]:
    """The words only a role that had ended by the day the facts were checked holds
    ("ended:deputi" for a deputy minister since made minister): who holds it now, the
    sheet does not say. (A role until 2026 is held all of 2026.)"""

    def over(role: Role) -> bool:
        return role.until is not None and role.until < checked[: len(role.until)]

    ended = {w for role in roles if over(role) for w in _content(role.title)}
    held = {w for role in roles if not over(role) for w in _content(role.title)}
    return {f"ended:{word}" for word in ended - held}


def _profile(item: _Item) -> _Doc:
    clauses = [
        clause for text in item.heads for clause in _CLAUSE_END.split(text) if _content(clause)
    ]
    name_clauses = sum(
        1
        for text in item.heads[: item.names]
        for clause in _CLAUSE_END.split(text)
        if _content(clause)
    )
    extra = frozenset(_canonical(word) for word in item.extra)
    heads = tuple(
        frozenset(_content(text)) | (extra if n < max(item.names, 1) else frozenset())
        for n, text in enumerate(item.heads)
    )
    head_words = frozenset().union(*heads)
    units: list[tuple[str, ...]] = [tuple(_content(text)) for text in item.heads]
    if item.section == "key_facts":
        units.append(tuple(word for text in item.heads for word in _content(text)))
    head_units = len(units)
    for text in item.body:
        units.extend(tuple(_content(sentence)) for sentence in _sentences(text))
    words = head_words.union(*(frozenset(unit) for unit in units))
    unsaid = frozenset(word for text in item.unsaid for word in _content(text))
    asked_so = (h for h, text in zip(heads, item.heads, strict=True) if text not in item.unsaid)
    return _Doc(
        item.section,
        item.item_id,
        heads,
        head_words,
        words,
        tuple(units),
        item.kinds,
        item.section == "faq",
        item.names,
        head_units,
        frozenset(_canonical(word) for word in item.who),
        tuple(frozenset(_canonical(word) for word in run) for run in sorted(item.who_runs)),
        tuple(
            _Said(
                tuple(_content(passage.text)),
                frozenset(_content(passage.text)),
                passage.kinds,
                frozenset(_canonical(word) for word in passage.names),
                frozenset(_canonical(word) for word in passage.places),
                passage.facts,
                tuple(frozenset(_canonical(w) for w in run) for run in sorted(passage.runs)),
                _undone(passage.text),
                _by_host(passage.text),
            )
            for passage in item.passages
        ),
        tuple(tuple(_content(clause)) for clause in clauses),
        tuple(_named(clause) for clause in clauses),
        item.facts,
        name_clauses,
        tuple(clause.strip()[:1].isupper() for clause in clauses),
        tuple(
            _core(text) | (extra if n < max(item.names, 1) else frozenset())
            for n, text in enumerate(item.heads)
        ),
        _canonical(item.done) if item.done else "",
        unsaid,
        unsaid - frozenset().union(*asked_so),
    )


# A name of capitalised words, small words allowed between them: "Orrindale Compact on
# Open Data", "Organisation for Economic Co-operation and Development".
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|in)\s+)*[A-ZÀ-Þ][\w’'-]*)+"
)
# An acronym the sheet writes somewhere ("HAIP"): three capitals or more, as shorter
# initials stand for too many things.
_WRITTEN_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_ACRONYM_WORDS = 8  # the longest name an acronym is taken for (a run may be any length)


def _initials(name: str) -> set[str]:
    """The acronyms a name may be written as: each word's first letter (all of a word in
    capitals: "AI"), with its small words or without them ("OCOD", "GPAI")."""
    found = set()
    for with_small in (True, False):
        letters = "".join(
            word if word.isupper() else word[0]
            for word in re.split(r"[\s-]+", name)
            if word and (with_small or word[0].isupper())
        )
        found.add(letters.lower())
    return found


def _acronyms(items: Sequence[_Item], titles: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The acronyms the sheet writes ("HAIP") with the one name of it whose initials they
    are ("Hiroshima AI Process"), as that name's words. A name may end a longer one ("the
    G7 Hiroshima AI Process"); an acronym two names share stands for neither."""
    texts = [*titles, *(text for item in items for text in (*item.heads, *item.body))]
    # (The event's own acronym, "OCOD-3", names the event, not what it is a meeting of.)
    own = {word.lower() for title in titles for word in _WRITTEN_ACRONYM.findall(title)}
    written = {word.lower() for text in texts for word in _WRITTEN_ACRONYM.findall(text)} - own
    # ... and "WHO" stays "who", what a question asks for. (An acronym that is a word,
    # "AIM", is read as either: each word of its name may also be spelt "aim".)
    written = {a for a in written if a not in _STOPWORDS and _canonical(a) not in _WH_WORDS}
    meanings: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for text in texts if written else ():
        for run in _CAPITALISED_RUN.findall(text):
            words = run.split()
            for start in range(max(0, len(words) - _ACRONYM_WORDS), len(words) - 1):
                if not words[start][0].isupper():
                    continue  # "the Hiroshima AI Process" is "Hiroshima AI Process"
                name = " ".join(words[start:])
                for acronym in _initials(name) & written:
                    meanings[acronym].add(_tokens(name.lower()))
    return {
        acronym: next(iter(names))
        for acronym, names in meanings.items()
        if len(names) == 1 and len(next(iter(names))) >= 2
    }


_RELATIVES = frozenset({"of", "that", "which", "who", "whose"})


def _named(clause: str) -> tuple[str, ...]:
    """The words of a phrase up to its first preposition, 'of' or relative pronoun, in
    order: what it names ("Riverside Charter" of "Riverside Charter on Open Data
    Stewardship", "President" of "President of the Republic", "ministry" of "ministry that
    runs the website")."""
    words: list[str] = []
    for token in _as_what(_tokens(clause)):
        if (token in _PREPOSITIONS or token in _RELATIVES) and words:
            break
        if token not in _STOPWORDS:
            words.append(_canonical(token))
    return tuple(words)


def _as_what(tokens: Sequence[str]) -> Sequence[str]:
    """A phrase without a participle that says it was made what follows "as": "Named as
    host of the 2028 summit" names a host, as "Host of the 2028 summit" does."""
    if len(tokens) > 2 and tokens[1] == "as" and tokens[0].endswith(("ed", "en")):
        return tokens[2:]
    return tokens


def _is_date_unit(unit: tuple[str, ...]) -> bool:
    """Whether a unit is only a date ("march 2026"): an item's own date, not a sentence."""
    return all(w in _month_stems() or w.isdigit() for w in unit)


def _is_name(text: str) -> bool:
    """Whether a label is a name: two words or more, each capitalised ("Partners Circle")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.casefold() not in _STOPWORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _core(text: str) -> frozenset[str]:
    """The words of a heading up to its first comma or preposition: what it names, without
    where or when ("Second ministerial meeting" of "... in Eastvale")."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    words: list[str] = []
    for token in _as_what(_tokens(first)):
        if token in _PREPOSITIONS and words:
            break
        if token not in _STOPWORDS:
            words.append(_canonical(token))
    return frozenset(words)


def _capitalised_after(texts: Iterable[str], lead: re.Pattern[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for match in lead.finditer(text):
            found.update(_tokens(match.group(1)))
    return found


_PLACE_LEAD = re.compile(r"\b(?:in|at|to)\s+((?:[A-ZÀ-Þ][\w'’-]*\s?)+)")
_NAME = re.compile(r"((?:[A-ZÀ-Þ][\w'’-]*\s?){2,})")
_MID_NAME = re.compile(r"(?<=[\w,] )([A-ZÀ-Þ][\w'’-]*)")
"""A capitalised word inside a sentence (after a word or a comma), not the first one."""


def _place_and_name_words(briefing: Briefing) -> tuple[frozenset[str], frozenset[str]]:
    """Words that name places (a venue, a country, a capitalised word after 'in' or 'at') and
    words that name parties (the people section's names, and countries): what a 'where' or a
    'who' question needs an item to hold."""
    months = set(_MONTH_WORDS)
    texts = [item for item in _all_texts(briefing)]
    places = {w for v in briefing.event.venues for w in _tokens(f"{v.city} {v.country}")}
    places |= _capitalised_after(texts, _PLACE_LEAD) - months
    names: set[str] = set()
    for party in briefing.people:
        words = set(_tokens(party.name)) - _STOPWORDS
        names |= words
        if party.kind == "country":
            places |= words
    names |= {w for v in briefing.event.venues for w in _tokens(v.country)}
    names |= _capitalised_after(texts, _NAME) - months - _STOPWORDS
    places -= _STOPWORDS
    return frozenset(places), frozenset(names)


def _lone_names(texts: Iterable[str]) -> set[str]:
    """Words capitalised on their own inside a sentence ('in Eastvale'), not one word of a
    longer name ('the Global Partnership on AI') nor a sentence's first word."""
    found: set[str] = set()
    for text in texts:
        for sentence in _sentences(text):
            words = re.findall(r"[\w'’-]+", sentence)
            capital = [w[:1].isupper() for w in words]
            for i in range(len(words)):
                alone = not (i and capital[i - 1]) and (i + 1 == len(words) or not capital[i + 1])
                # The first word of a sentence is a name when it owns something
                # ("Eastvale's president"), as a common word at that place rarely does.
                named = i > 0 or words[i].endswith(("'s", "’s"))
                if capital[i] and alone and named:
                    found.update(_tokens(words[i]))
    return found


def _all_texts(briefing: Briefing) -> Iterable[str]:
    for fact in briefing.key_facts:
        yield fact.value
    for event in briefing.timeline:
        yield event.title
        yield event.detail
    for outcome in briefing.outcomes:
        yield outcome.detail
    for challenge in briefing.challenges:
        yield challenge.detail
    for entry in briefing.faq:
        yield entry.answer
    for quote in briefing.quotes:
        yield quote.occasion


# --- the index ------------------------------------------------------------------------


class SheetIndex:
    """Items read once into an index; answers questions with work bounded per word."""

    def __init__(
        self,
        items: Sequence[_Item],
        event_names: str = "",
        titles: Sequence[str] = (),
        venues: str = "",
        asked: Mapping[tuple[str, ...], str | None] | None = None,
        city: str = "",
        cities: str = "",
        years: frozenset[str] = frozenset(),
        venue_names: str = "",
        said_during: frozenset[str] = frozenset(),
        held_during: frozenset[str] = frozenset(),
        done_to_event: frozenset[str] = frozenset(),
        span: tuple[str, str] = ("", ""),
    ) -> None:
        """Index ``items``; ``event_names`` is how the sheet names its own event, ``titles``
        its full names (its title, what else it is known as) and ``venues`` where it is;
        ``asked`` maps the words of each FAQ question and alias to its entry's id; ``city``
        is where most of its venues are, if most are in one, and ``cities`` where any is."""
        self._docs = [_profile(item) for item in items]
        self._acronyms = _acronyms(items, titles)
        # Size words in the name of an event ("Global Forum on AI"): there they name it.
        sizes = {_canonical(word) for word in _SIZE_WORDS}
        self._sized_names = frozenset(
            word
            for doc in self._docs
            for run in doc.who_runs
            if run & _event_stems()
            for word in run
            if word in sizes
        )
        # FAQ entries said to tell who attended (not asked so): they name no one.
        attended = frozenset(_content(_WHO_ATTENDED))
        self._attended = frozenset(
            i for i, doc in enumerate(self._docs) if doc.asked and doc.heads[-1] == attended
        )
        self._attended_ids = frozenset(self._docs[i].item_id for i in self._attended)
        self._asked = dict(asked or {})
        # Key facts labelled with a common noun ("Main text"), not a name ("Partners Circle"):
        # "what is the main text" asks for the value; "what is the Partners Circle" does not
        # ask when it was launched.
        self._plain_labels = frozenset(
            n
            for n, item in enumerate(items)
            if item.section == "key_facts" and not _is_name(item.heads[0])
        )
        self._venues = frozenset(_content(venues))
        self._holders: dict[tuple[frozenset[str], ...], int] = {}  # items holding a question
        self._city = frozenset(_content(city))
        self._years = years  # the years the event took place in
        self._venue_names = frozenset(_content(venue_names)) - _event_stems()
        self._said_during = said_during  # quotes dated within the event
        self._held_during = held_during  # timeline entries dated within it
        self._span = span  # its first and last days
        self._dates = (
            years
            | frozenset(  # ... and the words for its months and years
                _canonical(_MAY_MONTH if month == 5 else _MONTHS[month - 1])
                for month in range(int(span[0][5:7] or 0), int(span[1][5:7] or 0) + 1)
                if span[0][:4] == span[1][:4] and month  # a month only where both give one
            )
        )
        self._done_to_event = done_to_event  # items headed with what was done to it
        self._cities = frozenset(_content(cities))
        # A full name of the event in a question ("NDF-3 dates") is the event itself.
        # ... and from its word for an event on ("the Tokyo meeting of the Data Forum" of
        # "Second Meeting of the Data Forum"), when three words or more are left.
        full = [tuple(_content(t)) for t in titles]
        tails = [
            words[i:]
            for words in full
            for i in range(1, len(words))
            if words[i] in _event_stems() and len(words) - i >= 3
        ]
        self._titles = tuple(
            sorted(
                {words for words in (*full, *tails) if len(words) >= 2},
                key=lambda words: (-len(words), words),  # the longest name first
            )
        )
        frequency: Counter[str] = Counter()
        postings: dict[str, list[int]] = defaultdict(list)
        for index, doc in enumerate(self._docs):
            frequency.update(doc.words)
            for word in doc.words:
                postings[word].append(index)
        self._frequency = frequency
        self._postings = dict(postings)
        # Event nouns that name this sheet's own event: one its title or kind uses
        # ("meeting" for a ministerial meeting), and one that heads no item (a reader's word
        # for the event, or a word used in passing: "not a single gathering"), or only how
        # an FAQ entry is asked, unqualified ("when was the conference"). A noun that heads
        # other items ("summit", on a sheet with "Eastvale Trade Summit" in its timeline), or
        # is asked about with a qualifier ("where is the next AI summit"), names those things.
        own = set(_content(event_names))
        self._event_words = frozenset(own)
        self._title_tokens = frozenset(_tokens(event_names))  # its words as written
        # The event's place in its series, when its title says it ("Third Ministerial ...").
        ordinals = [
            _ORDINALS.index(w) for w in _content(titles[0] if titles else "") if w in _ORDINALS
        ]
        self._ordinal: int | None = ordinals[0] if ordinals else None
        others = {word for doc in self._docs if not doc.asked for word in doc.head_words}
        # ... but a side event is not the event: "event" said only in "side event" names
        # no other event like this one.
        beside = {
            (i > 0 and unit[i - 1] == "side", word)
            for doc in self._docs
            if not doc.asked
            for unit in doc.units[: len(doc.heads)]
            for i, word in enumerate(unit)
            if word in _event_stems()
        }
        others -= {word for side, word in beside if side} - {w for side, w in beside if not side}
        for doc in self._docs:
            for unit in doc.units[: len(doc.heads)] if doc.asked else ():
                for i, word in enumerate(unit):
                    if word in _QUALIFIERS or word.replace(".", "").isdigit():
                        others.update(unit[i + 1 : i + 1 + _BINDING_WINDOW])
        self._own_event = frozenset(
            word for word in _event_stems() if word in own or word not in others
        )
        # FAQ entries asked what this event is, in nothing but its names ("What was the
        # Northport Data Forum?"): what "what was the forum" and "what is it" ask.
        names_it = self._own_event | self._venues | {w for title in self._titles for w in title}
        self._event_names = names_it
        self._what_event = sorted(
            {
                item.item_id
                for item in items
                if item.section == "faq"
                for head in item.heads
                if _IDENTITY.match(head) and self._only_the_event(_content(head), names_it)
            }
        )
        # Items headed with this event, by a word for it qualified only as its title is
        # ("Third ministerial meeting held"), or by one of its full names ("Data Week").
        self._about_event = {doc.item_id: self._names_event(doc, own) for doc in self._docs}
        # The names of the sheet's parties and speakers, each as its words: who may say
        # something (a quote's name carries "say", what it answers with).
        self._party_names = frozenset(
            head - {"say"}
            for doc in self._docs
            if doc.section in ("people", "quotes")
            for head in doc.heads[: doc.names]
            if head - {"say"}
        )
        # Words the sheet writes in lower case somewhere: common nouns ("statement"), not
        # names ("Elbonia").
        self._common_words = frozenset(
            _canonical(word)
            for item in items
            for text in (*item.heads, *item.body)
            for word in _LOWER_WORD.findall(text)
        )
        # Words of the names and places the sheet gives.
        self._name_words = frozenset(
            f.split(":", 1)[1]
            for doc in self._docs
            for f in doc.facts
            if f.startswith(("who:", "where:"))
        )
        # Spellings a typo may be near: the sheet's words as written, the general words a
        # question is made of, and stop words (a misspelt "teh" is still "the").
        near: dict[str, str] = {}
        for item in items:
            for text in (*item.heads, *item.body):
                for word in _tokens(text):
                    if word not in _STOPWORDS:
                        near.setdefault(word, _canonical(word))
        for group in (*_GROUPS, " ".join(_EVENT_NOUNS), " ".join(_QUALIFIERS), "why"):
            for word in group.split():
                near.setdefault(word, _canonical(word))
        near.update(_PHRASE_SPELLINGS)
        near.update({word: "" for word in _STOPWORDS})
        self._near = near
        # Words that say something is of this event: a rare word of one of its full names
        # (not "AI", which half the sheet says), or its city (not its country); not a word
        # for it alone ("Meeting of the AI Strategic Headquarters" is another meeting).
        rare = len(self._docs) // 4
        titled = {w for title in self._titles for w in title if frequency[w] <= rare}
        self._here = frozenset(self._cities | titled) - _event_stems()
        self._spellings: dict[str, set[str]] = defaultdict(set)
        for written in near:
            for key in _deletes(written):
                self._spellings[key].add(written)

    def _only_the_event(self, words: Sequence[str], names: frozenset[str]) -> bool:
        """Whether words name this event and nothing else: a word for it, or one of its full
        names, and no word but its names' ("the Northport AI meeting", not "the Friends
        Group", a title word of "Meeting of the Friends Group")."""
        return set(words) <= names and (
            bool(set(words) & self._own_event)
            or any(
                tuple(words[i : i + len(title)]) == title
                for title in self._titles
                for i in range(len(words) - len(title) + 1)
            )
        )

    def _names_event(self, doc: _Doc, title: set[str]) -> bool:
        """Whether a heading of the item names this event: one of its full names, or a word
        for it with no qualifier, number, place or name but its title's and venues'."""
        names = {f.split(":", 1)[1] for f in doc.facts if f.startswith(("who:", "where:"))}
        for clause in doc.clauses:
            if any(
                clause[i : i + len(name)] == name
                for name in self._titles
                for i in range(len(clause) - len(name) + 1)
            ):
                return True
            if set(clause) & self._own_event and all(
                w in title or w in self._venues
                for w in clause
                if w in _QUALIFIERS or _NUMBER.search(w) or w in names
            ):
                return True
        return False

    @classmethod
    def of(cls, briefing: Briefing) -> SheetIndex:
        """The index of every item of ``briefing``."""
        places, names = _place_and_name_words(briefing)
        event = briefing.event
        kind = re.sub(r"\([^)]*\)", "", event.kind)  # "(not a leaders' summit)" is an aside
        titles = (event.title, *event.also_known_as)
        venues = " ".join(f"{v.city} {v.country}" for v in event.venues)
        # A question asked in an FAQ entry's own words (or an alias's) is that entry's,
        # whatever the ranking makes of it; unless two entries are asked the same way.
        asked: dict[tuple[str, ...], str | None] = {}
        for entry in briefing.faq:
            for words in {_tokens(q) for q in _asked(entry)}:
                asked[words] = entry.id if words not in asked else None
        items = _items(briefing, places, names)
        most = Counter(v.city for v in event.venues).most_common(1)
        city = most[0][0] if most and 2 * most[0][1] > len(event.venues) else ""
        cities = " ".join(v.city for v in event.venues)
        years = frozenset(str(y) for y in range(int(event.start[:4]), int(event.end[:4]) + 1))
        during = frozenset(
            q.id for q in briefing.quotes if q.date and _within(q.date, event.start, event.end)
        )
        # What happened there: timeline entries dated within the event; and the FAQ entries
        # and key facts headed with what was done to it ("How was the meeting announced?",
        # "Announced"), which do not.
        held = frozenset(
            t.id for t in briefing.timeline if t.date and _within(t.date, event.start, event.end)
        )
        done_to_event = frozenset(
            [
                *(e.id for e in briefing.faq if any(map(_DONE_TO_EVENT.search, _asked(e)))),
                *(
                    k.id
                    for k in briefing.key_facts
                    if _is_participle(k.label) or _EVENT_DONE_BY.search(k.value)
                ),
            ]
        )
        venue_names = " ".join(v.name or "" for v in event.venues)
        return cls(
            items,
            " ".join((*titles, kind)),
            titles,
            venues,
            asked,
            city,
            cities,
            years,
            venue_names,
            during,
            held,
            done_to_event,
            (event.start, event.end),
        )

    def _is_topic(self, spellings: frozenset[str]) -> bool:
        """Whether a word is in half the items or more: what the sheet is about ("AI" on a
        sheet about AI), which names and counts leave out."""
        return any(self._frequency.get(s, 0) >= max(3, len(self._docs) / 2) for s in spellings)

    def _is_common(self, word: _Word) -> bool:
        """A word in a large share of the items is what the whole sheet is about ("AI" on a
        sheet about AI): an item need not repeat it."""
        count = max(self._frequency[s] for s in word.spellings)
        return count >= max(3, COMMON_SHARE * len(self._docs))

    def _rarity(self, word: str) -> float:  # inverse document frequency over the items
        return math.log((len(self._docs) + 1) / (self._frequency[word] + 1)) + 1

    # --- reading a question ---

    def _read_word(self, word: str) -> _Word | None:
        """What a query word stands for; None for a stop word (even a misspelt one)."""
        canonical = _canonical(word)
        if word in _MEET_VERBS:
            return _Word(frozenset({canonical}), 1.0, may_be_event=False)
        if canonical in _KINDS:  # "money" is said in euros or dollars
            return _Word(frozenset({canonical, *_KINDS[canonical]}), 1.0)
        if (
            word in _PHRASE_WORDS
            or canonical in self._frequency
            or canonical in _WH_WORDS
            or canonical in _event_stems()
            or word.isdigit()
        ):
            return _Word(frozenset({canonical}), 1.0)
        if word in _wh_typos():
            return _Word(frozenset({_wh_typos()[word]}), TYPO_WEIGHT)
        found: dict[str, int] = {}
        nearby = sorted({w for key in _deletes(word) for w in self._spellings.get(key, ())})
        # A huge vocabulary could put many words one deletion away; look at a bounded few.
        for written in nearby[:_MAX_LOOKUPS]:
            distance = _typo_distance(word, written)
            if distance is None:
                continue
            if self._near[written] == "" and len(word) <= 3 and sorted(word) != sorted(written):
                continue  # "act" is not a misspelt "at", though "teh" is "the"
            found[written] = distance
        if not found:
            related = self._derived(canonical)
            if related:
                return _Word(related, TYPO_WEIGHT)
            return _Word(frozenset({canonical}), 1.0)  # unknown: no item can contain it
        closest = min(found.values())
        meant = sorted(w for w, d in found.items() if d == closest)[:MAX_SPELLINGS]
        if any(self._near[w] == "" for w in meant):
            return None
        return _Word(frozenset(self._near[w] for w in meant), TYPO_WEIGHT)

    def _derived(self, stem: str) -> frozenset[str]:
        """The sheet's stems that ``stem`` is derived from, or derived into, by a suffix
        that keeps the meaning ("parliamentary" of "parliament", "comparison" of "compare",
        "strategy" of "strategic"): the stemmer leaves such endings on."""
        related = {stem[: -len(suffix)] for suffix in _DERIVATIONS if stem.endswith(suffix)} | {
            stem + suffix for suffix in _DERIVATIONS
        }
        return frozenset(w for w in related if len(w) >= _DERIVED_ROOT and w in self._frequency)

    def _compound(self, word: str) -> tuple[str, ...]:
        """A word the sheet never uses, nor a misspelling of one, that is two words it
        does use, each of four letters or more and neither a particle, split one way only
        ("fundraising" is "fund" and "raising"; not "takeover"), stands for both; otherwise
        the word itself."""
        canonical = _canonical(word)
        if (
            len(word) < 2 * _COMPOUND_PART
            or not word.isalpha()
            or word in _STOPWORDS
            or word in _PHRASE_WORDS
            or canonical in _WH_WORDS
            or canonical in _event_stems()
        ):
            return (word,)
        read = self._read_word(word)
        if read is None or read.weight != 1.0 or read.spellings & self._frequency.keys():
            return (word,)
        splits = [
            (word[:cut], word[cut:])
            for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1)
            if all(
                part not in _STOPWORDS
                and part not in _PREPOSITIONS
                and part not in _PARTICLES
                and _canonical(part) in self._frequency
                for part in (word[:cut], word[cut:])
            )
        ]
        return splits[0] if len(splits) == 1 else (word,)

    def _read_question(self, question: str) -> _Query | None:
        """The query's words, what it asks for and its qualifiers; None when it is too long
        or has too many words to be answered honestly, or no content at all."""
        if len(question) > MAX_QUESTION_CHARS:
            return None
        read: dict[str, _Word | None] = {}
        sequence: list[_Word | None] = []  # in order; None marks a stop word (a break)
        tokens = tuple(
            part
            for token in _tokens(
                _WHICH_PARTY.sub(" who ", _NO.sub(" not ", _what_turned_up(question)))
            )
            for part in self._compound(token)
        )
        tokens, spelt = self._spelt_out(tokens)
        deictic = tokens[:2] in _ABOUT_IT
        for position, token in enumerate(tokens):
            if token == "about" and position < len(tokens) - 1:
                # "what did she say about X" asks about X; "what is it about" asks for
                # the subject, and keeps the word.
                sequence.append(None)
                continue
            if position and tokens[position - 1] == "this" and _canonical(token) in _event_stems():
                sequence.append(None)  # "this summit" is this event, whatever else is one
                deictic = True
                continue
            if (
                tokens[0] in _YES_NO
                and token in _LEAD_VERBS
                and tokens[position + 1 : position + 2] in (("to",), ("into",), ("in",))
            ):
                sequence.append(None)  # "will the talks lead to policy": talks and policy
                continue
            if token in ("one", "ones") and position and tokens[position - 1] in _PRONOUN_ONE:
                sequence.append(None)  # "the one she announced": no number
                continue
            if (
                tokens[position + 1 : position + 2] == ("to",)
                and _canonical(token) in _intent_stems()
                and tokens[0] in _YES_NO | _BE
            ):
                # "does Japan plan to host a summit" asks whether it will host one (not
                # about a plan, the noun): a sheet says either ("to seek to host").
                sequence.append(None)
                continue
            if (
                token in _SIZE_WORDS
                and _canonical(token) not in self._sized_names
                and position
                and tokens[position - 1] in ("the", "a", "an", "this", "that", "next")
                and any(
                    _canonical(t) in _event_stems() for t in tokens[position + 1 : position + 3]
                )
            ):
                sequence.append(None)  # "the next global AI summit": a summit, as any is
                continue
            if token not in read:
                if token in _STOPWORDS or token in _stop_typos():
                    read[token] = None
                else:
                    if len(read) >= MAX_QUERY_WORDS + 16:
                        return None
                    read[token] = self._read_word(token)
            word = read[token]
            if word is not None and position in spelt:
                # A word of an acronym's name ("HAIP"): or the acronym, where the sheet
                # writes it so
                word = word._replace(spellings=word.spellings | {spelt[position]})
            sequence.append(word)
        sequence = self._without_takers(sequence, tokens)
        said = sequence
        named, venues = self._without_names(sequence, tokens)
        named = self._numbered(named, venues or ())
        sequence = [None if i in (venues or ()) else w for i, w in enumerate(named)]
        sequence = self._other_events(sequence, tokens)
        sequence = self._after_this(sequence, said, tokens)
        optional = frozenset(
            s for i in venues or () for word in (said[i],) if word for s in word.spellings
        )
        # The name of a place is where it is: "name of the venue", "what is the city called".
        spots = [(i, w.spellings) for i, w in enumerate(sequence) if w is not None]
        named_place = {
            k
            for (i, one), (j, other) in pairwise(spots)
            for k, name, place in ((i, one, other), (j, other, one))
            if name == {"name"} and place == {"where"}
        }
        words: list[_Word] = []
        for i, word in enumerate(sequence):
            if word is not None and word not in words and i not in named_place:
                words.append(word)
        if any(w.spellings == {"produce"} for w in words) and all(
            w.spellings == {"produce"} or w.spellings <= self._city for w in words
        ):
            # "What was agreed in Northport", the city of (most of) its venues: what the
            # event produced. Not a side venue's, nor its country's ("what did Elbonia
            # adopt"), where more happens than the event.
            optional |= {s for w in words if w.spellings <= self._city for s in w.spellings}
            words = [w for w in words if w.spellings == {"produce"}]
        if self._speaker_on(tokens) and not any(w.spellings == {"say"} for w in words):
            words.append(_Word(frozenset({"say"}), 1.0))  # "Reyes on funding": what she said
        if len(words) > MAX_QUERY_WORDS:
            return None
        wh = frozenset(
            s for w in words for s in w.spellings if s in _WH_WORDS and len(w.spellings) == 1
        )
        light: set[str] = set()
        if wh & {"when", "where"}:
            light |= _LIGHT_WITH_PLACE_OR_TIME
        others = [w for w in words if not (w.spellings <= _WH_WORDS | light or self._is_own(w))]
        if "when" in wh and all(w.spellings <= _LIGHT_WITH_TIME for w in others):
            # "when did it start" asks when it was; "when was the council founded" does not
            # ask for the council's dates of anything else.
            light |= _LIGHT_WITH_TIME
        bindings = tuple(
            binding._replace(
                qualified=tuple(w for w in binding.qualified if not w.spellings <= light)
            )
            for binding in self._bindings(named, optional)
            if not binding.qualifier.spellings <= optional & self._dates  # its own date
        )
        kept = tuple(
            w
            for w in words
            if not (w.spellings <= light or self._is_own(w) or w.spellings <= _WH_WORDS)
        )
        contents = self._asks_contents(question, kept)
        if contents:  # "what does the plan say" asks what is in it, as an FAQ entry may be
            contain = _Word(frozenset({"contain"}), 1.0)
            kept = tuple(contain if w.spellings == {"say"} else w for w in kept)
            bindings = tuple(  # "the 2026 plan says": 2026 qualifies the plan and what it holds
                b._replace(
                    qualified=tuple(contain if w.spellings == {"say"} else w for w in b.qualified)
                )
                for b in bindings
            )
        identity = not contents and bool(
            _IDENTITY.match(question) or _IDENTITY_WORDS.search(question)
        )  # "what is in X" asks what X holds, not what it is
        of_event = (
            deictic
            or bool(optional)
            or any(self._is_own(w) for w in words)
            or self._says_title(said)  # "the AI Action Summit", said in full
        )
        return _Query(
            kept,
            wh,
            bindings,
            frozenset(light),
            venues is None,
            optional,
            identity,
            of_event,
            self._doer(tokens, said),
            self._act(tokens, said),
            bool(_WHICH_COUNTRY.search(question)),
            self._which(tokens, said),
            contents,
            wh == {"when"} and any(t in _BE for t in tokens[:2]),  # not where it was
            self._at_this_event(tokens),
            not wh and bool(_WHAT_DONE.match(question)) and self._done_by_or_at_it(tokens, said),
            not wh and len(kept) >= 2 and tokens[:1] != () and tokens[0] not in _QUESTION_LEADS,
            self._counted(question) if "count" in wh else (),
            self._said_by(tokens) if any(w.spellings == {"say"} for w in kept) else frozenset(),
            "where" in wh
            and (not _BUILDINGS.isdisjoint(tokens) or (bool(named_place) and "venue" in tokens)),
            bool(_WHO_IS_NOW.match(question)),
        )

    def _of_another_event(self, query: _Query, doc: _Doc) -> bool:
        """Whether the question is about this event (and no other) and the item is headed
        as about another of its series."""
        return (
            query.of_event
            and not any(b.of_the_event for b in query.bindings)
            and not any(w.spellings & (_RELATIVE | _event_stems()) for w in query.words)
            and self._heads_another_event(doc)
        )

    def _heads_another_event(self, doc: _Doc) -> bool:
        """Whether a heading of the item is about another event of the series, by a word
        that places it from this one ("the next summit", "the first summit"; not "third",
        which may be this one's place)."""
        others = _RELATIVE - ({"first"} if self._ordinal == 0 else set())
        return any(
            word in others and set(unit[i + 1 : i + 1 + _BINDING_WINDOW]) & _event_stems()
            for unit in doc.units[: doc.head_units]
            for i, word in enumerate(unit)
        )

    def _says_title(self, said: Sequence[_Word | None]) -> bool:
        """Whether the question says one of the event's full names, word for word."""
        words = [w.spellings for w in said if w is not None]  # stop words aside ("of the")
        return any(
            all(t in w for t, w in zip(title, words[i : i + len(title)], strict=True))
            for title in self._titles
            for i in range(len(words) - len(title) + 1)
        )

    def _done_by_or_at_it(self, tokens: Sequence[str], said: Sequence[_Word | None]) -> bool:
        """Whether 'what was done' asks what this event did or what was done at it ("what
        did the meeting announce", "what was launched at the meeting")."""
        doer = self._doer(tokens, said)
        return self._at_this_event(tokens) or bool(doer and doer[0] <= self._own_event)

    def _at_this_event(self, tokens: Sequence[str]) -> bool:
        """Whether the question says 'at (in, during) this event' ("what did she say at the
        meeting"): what was said elsewhere does not answer it."""
        return any(
            token in _AT
            and any(
                (later in _EVENT_WORDS and _canonical(later) in self._own_event)
                or _canonical(later) in self._cities
                for later in tokens[i + 1 : i + 1 + _QUALIFIER_REACH]
            )
            for i, token in enumerate(tokens)
        )

    def _after_this(
        self, sequence: list[_Word | None], said: list[_Word | None], tokens: Sequence[str]
    ) -> list[_Word | None]:
        """'The next summit after Northport' is the next summit: 'after' and this event's
        own names or venues that follow it say nothing 'next' does not. Without 'next',
        'the summit after Northport' is the next one, and 'the summit before Northport'
        the previous one: not a summit an item says came after (or before) something."""
        has_next = any(w is not None and "next" in w.spellings for w in sequence)
        marked = list(sequence)
        for i, token in enumerate(tokens):
            if token not in ("after", "before"):
                continue
            following = [sequence[j] for j in range(i + 1, len(tokens)) if said[j] is not None]
            if following and following[0] is not None and not self._is_own(following[0]):
                continue  # after something else: "the summit after Seoul"
            if has_next and token == "after":
                marked[i] = None
            elif not has_next and i and _canonical(tokens[i - 1]) in _event_stems():
                marked[i] = _Word(frozenset({"next" if token == "after" else "previous"}), 1.0)
        return marked

    def _speaker_on(self, tokens: Sequence[str]) -> bool:
        """Whether a terse question is a speaker's name, then 'on' and a topic ("Reyes on
        funding"), which asks what they said about it."""
        if "on" not in tokens[1:]:
            # ... or a speaker's name, then where they spoke ("Reyes radio interview",
            # "Tarn speech"): what they said there.
            return any(
                frozenset(_content(" ".join(tokens[:end]))) in self._party_names
                and all(word not in _STOPWORDS for word in tokens[end:])
                and any(word in _OCCASIONS for word in tokens[end:])
                for end in range(1, min(len(tokens), 4))
            )
        name = tokens[: tokens.index("on")]
        return (
            all(word not in _STOPWORDS for word in name)
            and frozenset(_content(" ".join(name))) in self._party_names
        )

    def _spelt_out(self, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, str]]:
        """The tokens with each acronym the sheet writes replaced by the words of its name,
        and, by position, the acronym each of those words stands in for."""
        spelt: dict[int, str] = {}
        out: list[str] = []
        for token in tokens:
            name = self._acronyms.get(token)
            if name is None:
                out.append(token)
                continue
            for word in name:
                spelt[len(out)] = _canonical(token)
                out.append(word)
        return tuple(out), spelt

    def _without_takers(
        self, sequence: list[_Word | None], tokens: Sequence[str]
    ) -> list[_Word | None]:
        """'What did ministers agree' asks what the meeting produced: a word for those who
        take part, right after the auxiliary ("did the members agree") and before a verb of
        producing, is the meeting's own doing, not a thing to find. 'What did G7 ministers
        agree' keeps both: another body's ministers; so do 'what did leaders agree at
        Eastvale' and 'in 2023', a name, place or time other than this event's."""
        own = self._cities
        marked = list(sequence)
        for i, token in enumerate(tokens[:-1]):
            after = sequence[i + 1]
            before = tokens[i - 2 : i - 1] if tokens[i - 1 : i] == ("the",) else tokens[i - 1 : i]
            if (
                token in _TAKERS
                and before
                and before[0] in _AUXILIARIES | _BE
                and after is not None
                and after.spellings == {"produce"}
                and not any(
                    w is not None
                    and (w.spellings & self._name_words or _is_qualifier(w))
                    and not w.spellings <= own
                    for w in sequence[i + 2 :]
                )
            ):
                marked[i] = None
        return marked

    def _asks_contents(self, question: str, words: Sequence[_Word]) -> bool:
        """Whether the question asks what a text holds: "what is in the plan", or "what does
        the statement say" of a text, not of a party or a speaker ("what did Reyes say")."""
        if any(w.spellings == {"contain"} for w in words):
            return True
        said = _SAYS.match(question)
        if said is None:
            return False
        subject = set(_content(said.group(1)))
        thing = [w for w in _named(said.group(1)) if w.isalpha()]
        return (
            bool(thing)
            and thing[-1] in self._common_words  # a thing, not a party ("India")
            and not any(name <= subject for name in self._party_names)
        )

    @classmethod
    def _which(cls, tokens: Sequence[str], sequence: Sequence[_Word | None]) -> frozenset[str]:
        """What 'which <thing>' asks for one of, when the thing is not a kind of answer
        ('which year' asks when, 'which city' where, 'which country' who): it wants one by
        its name, not that there are some ('open licences')."""
        for i, token in enumerate(tokens[:-1]):
            run = cls._thing(sequence[i + 1 :])
            if token == "which" and run:
                return frozenset(s for word in run for s in word.spellings)
        return frozenset()

    @staticmethod
    def _thing(sequence: Sequence[_Word | None]) -> tuple[_Word, ...]:
        """The content words at the start of ``sequence``, up to a stop word or a kind of
        answer, at most _BINDING_WINDOW of them: "open licence" of "open licence does"."""
        run: list[_Word] = []
        for word in sequence[:_BINDING_WINDOW]:
            if word is None or word.spellings & _WH_WORDS:
                break
            run.append(word)
        return tuple(run)

    @staticmethod
    def _act(tokens: Sequence[str], sequence: Sequence[_Word | None]) -> frozenset[str]:
        """What 'who <did> ...' asks who did: the word right after 'who'."""
        for i, token in enumerate(tokens[:-1]):
            after = sequence[i + 1]
            if _canonical(token) == "who" and after is not None:
                return after.spellings
        return frozenset()

    @staticmethod
    def _did(
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
        between = (names - who) | _intent_stems()
        return any(
            (a in who and b in between and c in does)
            # "when was the office set up": "set up a permanent office", a word between
            or (passive and a in does and b not in names and c in who)
            for a, b, c in zip(unit, unit[1:], unit[2:], strict=False)
        )

    @staticmethod
    def _doer(
        tokens: Sequence[str], sequence: Sequence[_Word | None]
    ) -> tuple[frozenset[str], frozenset[str]] | None:
        """Who does what in 'what did <who> <do>' ('what did the council launch'): the content
        word right after the auxiliary, and the next one."""
        for i, token in enumerate(tokens):
            if token not in _AUXILIARIES | _BE:
                continue
            words = [w for w in sequence[i + 1 : i + 4] if w is not None]
            follows = [t for t in tokens[i + 1 : i + 4] if t not in _STOPWORDS]
            if len(words) < 2 or len(follows) < 2 or tokens[i + 1] not in ("the", *follows):
                return None
            if token in _BE and not follows[1].endswith(("ed", "en")) and follows[1] not in _DONE:
                return None  # "when was the council founded", not "is the charter binding"
            return words[0].spellings, words[1].spellings
        return None

    def _without_names(
        self, sequence: list[_Word | None], tokens: Sequence[str]
    ) -> tuple[list[_Word | None], list[int] | None]:
        """The sequence with the event's own names left out, as stop words are, and where
        its venues were (None when it was all a full name of the event: "what was the
        Northport Data Forum" asks what that is). The longest full name it says goes: the
        event itself need not be found, and "NDF-3" has no "3" to qualify anything. So does
        a venue next to a word for the event: "the Northport meeting" is the meeting,
        wherever else the sheet says Northport."""
        positions = [i for i, word in enumerate(sequence) if word is not None]
        placed: list[int] = []
        for title in self._titles:
            for start in range(len(positions) - len(title) + 1):
                run = positions[start : start + len(title)]
                said = [sequence[i] for i in run]
                if all(
                    w is not None and t in w.spellings for w, t in zip(said, title, strict=True)
                ):
                    if len(run) == len(positions):
                        return sequence, None
                    sequence = [None if i in run else w for i, w in enumerate(sequence)]
                    before = sequence[positions[start - 1]] if start else None
                    if before is not None and before.spellings <= self._venues:
                        placed.append(positions[start - 1])  # "the Tokyo meeting of ..."
                    break
            else:
                continue
            break
        venues = placed
        for i, word in enumerate(sequence):
            if word is None or not word.spellings <= self._venues:
                continue
            nearby = [w for w in sequence[max(0, i - 2) : i + 3] if w is not None]
            if any(self._is_own(w) for w in nearby):
                venues.append(i)
        # ... and so do its month and year next to a word for it ("the March 2026 Friends
        # Group meeting", "the 2031 meeting"): that is the event, whatever else the sheet
        # dates then.
        dated = [
            i
            for i, word in enumerate(sequence)
            if word is not None
            and word.spellings <= self._dates
            and (self._dates_it(sequence, i, -1) or self._dates_it(sequence, i, 1))
        ]
        if any((w := sequence[i]) and w.spellings <= self._years for i in dated):
            venues += dated  # a year of it, not a month alone ("the March meeting")
        # ... and so do words of its title right before a word for it ("this AI conference",
        # "the Partners Circle meeting"), a qualifier aside; as the title writes them: the
        # "opening session" is not the "Open Data" meeting, though both stem to "open".
        for i, word in enumerate(sequence):
            if word is None or not self._is_own(word):
                continue
            j = i - 1
            while j >= 0 and (before := sequence[j]) is not None and not _is_qualifier(before):
                if not before.spellings <= self._event_words | self._venues:
                    break
                written = tokens[j]
                if written not in self._title_tokens and _canonical(written) in before.spellings:
                    break  # another form of a title word (not a misspelling of one)
                if not self._is_own(before):
                    venues.append(j)
                j -= 1
        return sequence, venues

    def _dates_it(self, sequence: Sequence[_Word | None], start: int, step: int) -> bool:
        """Whether the date word at ``start`` dates a word for this event, reading one way:
        only other date words, the event's title words and venues, and stop words between
        ("the March 2026 Friends Group meeting"; not "the summit in Seoul in 2025")."""
        i = start + step
        while 0 <= i < len(sequence) and abs(i - start) <= _DATE_REACH:
            word = sequence[i]
            if word is not None:
                if self._is_own(word):  # a word for it, not "met" ("G7 ministers met in 2026")
                    return True
                if not word.spellings <= self._dates | self._event_words | self._venues:
                    return False
            i += step
        return False

    def _numbered(self, sequence: list[_Word | None], named: Sequence[int]) -> list[_Word | None]:
        """'The next meeting' of a sheet about the third is also the fourth, and 'the
        previous' the second: 'next' and 'previous' before a word for this event (or its
        name) may be read as the ordinal that follows or precedes its title's."""
        if self._ordinal is None:
            return sequence
        marked = list(sequence)
        for i, word in enumerate(sequence):
            if word is None or not word.spellings & {"next", "previous"}:
                continue
            step = 1 if "next" in word.spellings else -1
            j = i + 1
            while j < len(sequence) and j in named:
                j += 1
            after = sequence[j] if j < len(sequence) else None
            if after is None or not self._is_own(after):
                continue
            number = self._ordinal + step
            if 0 <= number < len(_ORDINALS):
                marked[i] = word._replace(spellings=word.spellings | {_ORDINALS[number]})
        return marked

    def _other_events(
        self, sequence: list[_Word | None], tokens: Sequence[str]
    ) -> list[_Word | None]:
        """A word for this event names another event, and must be found, right after a word
        that does not name this one ("the Eastvale meeting", "the Eastvale summit"), before
        "in" or "at" and such a word ("the summit in Eastvale"), or after "a" ("will
        Eastvale host a summit")."""
        marked = list(sequence)
        for i, word in enumerate(sequence):
            if word is None or not self._is_own(word):
                continue
            before = sequence[i - 1] if i else None
            after = sequence[i + 2] if i + 2 < len(sequence) else None
            if (
                (i and tokens[i - 1] in ("a", "an"))
                or (before is not None and self._names_other(before))
                or (
                    i + 1 < len(tokens)
                    and tokens[i + 1] in ("in", "at")
                    and after is not None
                    and self._names_other(after)
                )
            ):
                marked[i] = word._replace(may_be_event=False)
        return marked

    def _names_other(self, word: _Word) -> bool:
        """Whether a word next to a word for an event may name another one."""
        return not (
            word.spellings & (self._event_words | self._venues | _WH_WORDS)
            or _is_qualifier(word)
            or self._is_own(word)
        )

    def _is_own(self, word: _Word) -> bool:
        """Whether the word names this sheet's own event, and so need not be found."""
        return word.may_be_event and word.spellings <= self._own_event

    def _bindings(
        self, sequence: list[_Word | None], named: frozenset[str]
    ) -> tuple[_Binding, ...]:
        """Each qualifier with the words right after it (or, at the end, right before it).
        Words in ``named`` name this event with a word for it ("the next Partners Circle
        meeting" is the next meeting)."""
        bindings = []
        for position, word in enumerate(sequence):
            if word is None or not _is_qualifier(word):
                continue
            after = self._run(sequence[position + 1 :])
            qualified = after or tuple(reversed(self._run(list(reversed(sequence[:position])))))
            own = any(self._is_own(w) or w.spellings <= named for w in qualified)
            kept = tuple(w for w in qualified if not (self._is_own(w) or w.spellings <= named))
            names = tuple(w for w in qualified if w.spellings <= named)
            bindings.append(_Binding(word, kept, own, names))
        # A word before a word for an event says which event ("the AI Action summit", "the
        # Paris summit"), unless it names this one (its city, a word of its names): an item
        # must say it next to that word for an event, not a sentence away ("an action
        # plan ... at the summit").
        # (A word of this event's names is its own only before its own word for an event:
        # "the Friends Group meeting", not "the Hiroshima summit" on the sheet of a meeting.)
        here = named | self._cities | _WH_WORDS
        for position, word in enumerate(sequence):
            if word is None or not word.may_be_event or not word.spellings & _event_stems():
                continue
            ours = here | self._event_names if self._is_own(word) else here
            for modifier in self._run(list(reversed(sequence[:position]))):
                if not (
                    _is_qualifier(modifier)
                    or modifier.spellings <= ours
                    or modifier.spellings & _event_stems()
                ):
                    bindings.append(_Binding(modifier, (word,), False, says_which=True))
        return tuple(bindings)

    def _run(self, sequence: Sequence[_Word | None]) -> tuple[_Word, ...]:
        """The content words at the start of ``sequence``, up to a stop word or another
        qualifier, at most _BINDING_WINDOW of them."""
        run: list[_Word] = []
        for word in sequence:
            if word is None or word.spellings & _QUALIFIERS or word.spellings <= _WH_WORDS:
                break
            run.append(word)
            if len(run) == _BINDING_WINDOW or word.spellings & _event_stems():
                break  # the noun a qualifier qualifies ends its phrase: "next meeting"
        return tuple(run)

    # --- scoring ---

    def _weight(self, word: _Word) -> float:
        return word.weight * max(self._rarity(s) for s in word.spellings)

    def _gives(self, doc: _Doc, wh: str, query: _Query) -> bool:
        """Whether the item gives the kind of answer ``wh`` asks for."""
        said = {s for word in query.words for s in word.spellings}
        if any(f"unknown:{wh}:{s}" in doc.facts for s in said):
            return True  # "who will host": "no host has been named" (no one yet)
        if wh == "who" and query.country and not self._gives_country(doc.facts, query):
            return False
        if wh == "where" and query.building:
            # "the name of the venue", "which hotel": a name, not the city it is in
            names = {f.split(":", 1)[1] for f in doc.facts if f.startswith(("where:", "who:"))}
            return bool(names - said - query.optional - self._venues - self._cities)
        if doc.asked:
            return any(wh in head for head in doc.heads)
        if wh == "who" and not query.identity and "who" not in doc.head_words:
            # "Who funds Data Commons?" is not answered by a name it says itself, nor "who
            # announced the work plan" by the plan's own name.
            return any(not run & said for run in doc.who_runs)
        if wh == "where" and "where" not in doc.head_words:
            # "Where is Eastvale?" is not answered by "Vice-Minister ... of Eastvale".
            places = {f.split(":", 1)[1] for f in doc.facts if f.startswith("where:")}
            return bool(places - said - query.optional)
        return wh in doc.kinds or wh in doc.head_words

    @staticmethod
    def _gives_country(facts: frozenset[str], query: _Query) -> bool:
        """Whether an item (or a sentence) that answers 'which country' names a place the
        question does not say: 'President of Elbonia' is not a country that co-hosted with
        Elbonia."""
        said = {s for word in query.words for s in word.spellings} | query.optional
        return any(f.startswith("where:") and f[6:] not in said for f in facts)

    @staticmethod
    def _names_one(query: _Query, names: frozenset[str], units: Iterable[tuple[str, ...]]) -> bool:
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

    def _bound(self, doc: _Doc, binding: _Binding, said: frozenset[str] = frozenset()) -> bool:
        """Whether the item uses the qualifier of the same thing as the question does."""
        if binding.says_which:
            # "the Seoul summit", wherever the item says it; a name ("Seoul", "OECD") may
            # be in a sentence of an item headed with the word for the event ("Is it the
            # same as the AI Safety Summit? ... after Bletchley Park in 2023 and Seoul"),
            # a common word must be next to it ("action plan" is no "Action Summit").
            context = self._which_context(doc, binding, said)
            return any(self._bound_in(unit, binding, context) for unit in doc.units)
        # An FAQ entry is what it is asked: its qualifier must be in a way of asking it.
        if doc.asked:
            return any(self._bound_in(unit, binding) for unit in doc.units[: len(doc.heads)])
        # A sentence of a body is about what the item is headed with: "the €5 billion" of
        # a challenge headed "Pledges still to be paid" qualifies the pledges.
        # (Not the item's own date: "December 2025" dates a bid, not "the 2025 AI summit".)
        titled = doc.head_words
        return any(
            self._bound_in(
                unit,
                binding,
                titled if n >= doc.head_units and not _is_date_unit(unit) else frozenset(),
            )
            and (
                _is_date_unit(unit)
                or self._nearest_year(doc.clauses if n < doc.head_units else (unit,), binding, said)
            )
            for n, unit in enumerate(doc.units)
        )

    @staticmethod
    def _nearest_year(
        pieces: Iterable[tuple[str, ...]], binding: _Binding, said: frozenset[str]
    ) -> bool:
        """Whether a year the question puts on nothing in particular ("who chaired the
        summit in 2024") is the year nearest what it says, in the sentence or the clause of
        a heading that dates it: not "chaired the summit in May 2023 and launched the group
        on 2 May 2024"."""
        year = binding.qualifier.spellings
        if binding.qualified or not any(_YEAR.fullmatch(s) for s in year):
            return True
        dated = []
        for piece in pieces:
            years = [i for i, word in enumerate(piece) if _YEAR.fullmatch(word)]
            dated += [
                piece[min(years, key=lambda k: (abs(k - j), k))]
                for j, word in enumerate(piece)
                if word in said
                and word not in year
                and years
                and min(abs(k - j) for k in years) <= _QUALIFIER_REACH
            ]
        # No word of the question dated here ("Prime Minister of Japan; ... 2024"): the
        # year may be the item's; one dated with another year only: not this one.
        return not dated or any(d in year for d in dated)

    def _which_context(
        self, doc: _Doc, binding: _Binding, said: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """The words next to any of its sentences where an item may say which event it
        means: its headings, for a name; nothing, for a common word."""
        if not binding.says_which or binding.qualifier.spellings & self._common_words:
            return frozenset()
        # ... unless a heading calls its event by another name: "G7 Evian summit" is no
        # Paris summit, whatever sentence of it says Paris.
        for unit in doc.units[: doc.head_units]:
            for i, word in enumerate(unit):
                if word in _event_stems() and any(
                    other not in said
                    and other not in self._common_words
                    and other not in self._event_words
                    for other in unit[max(0, i - _BINDING_WINDOW) : i]
                ):
                    return frozenset()
        return doc.head_words

    def _bound_in(
        self,
        unit: tuple[str, ...],
        binding: _Binding,
        context: frozenset[str] = frozenset(),
        *,
        ending: bool = True,
    ) -> bool:
        """Whether one heading or sentence uses the qualifier of the same thing (words in
        ``context`` count as next to it; "next" that ends it counts if ``ending``)."""
        positions = [i for i, w in enumerate(unit) if w in binding.qualifier.spellings]
        if not positions:
            return False
        # ...next to the words it qualifies: "the 2028 summit" is not a summit and a
        # report of December 2025 in the same sentence.
        near = {
            word
            for i in positions
            for word in unit[max(0, i - _QUALIFIER_REACH) : i + _QUALIFIER_REACH + 1]
        } | context
        if not all(w.spellings & near for w in binding.qualified):
            return False
        # "the next meeting": the item's "next" must qualify the event too, or end what
        # it says ("what comes next?"), not "the next AI summit".
        return not (
            binding.of_the_event
            and not binding.qualified
            and not any(
                ((ending or not binding.qualifier.spellings & _RELATIVE) and i == len(unit) - 1)
                or set(unit[i + 1 : i + 1 + _QUALIFIER_REACH]) & self._own_event
                for i in positions
            )
            and not (binding.named and all(w.spellings & near for w in binding.named))
        )

    def _passage(self, query: _Query, doc: _Doc) -> tuple[float, frozenset[str], frozenset[str]]:
        """How much of the query one sentence of the item's body says, when that sentence
        answers it on its own (0.0 when none does), what it answers with and its words.
        Every word of the query is in it or in the item's headings, most of them in it, the
        kind of answer asked for is in the sentence itself, and so are its qualifiers with
        what they qualify: "how many companies pledged to report" is one sentence of a long
        entry."""
        nothing: tuple[float, frozenset[str], frozenset[str]] = (0.0, frozenset(), frozenset())
        if query.contents:
            return nothing  # what a text holds is its item, not one sentence
        if doc.item_id in self._attended_ids and not self._counts_takers(query, doc):
            return nothing
        total = sum(self._weight(word) for word in query.words)
        if not total or (len(query.words) < PASSAGE_WORDS and not self._rare_kind(query)):
            return nothing
        said = {s for word in query.words for s in word.spellings} | query.optional
        rare = self._rare_kind(query) and (
            not query.of_event or bool(doc.head_words & self._own_event)
        )
        did = query.doer is not None and any(
            self._did(query.doer, passage.unit, passage.names, passive=query.passive)
            for passage in doc.passages
        )
        headed = bool(
            said & doc.head_words
            or self._about_event[doc.item_id]
            or rare
            or did
            or self._named_once(query, doc)
        )
        if (
            query.identity
            and not query.wh
            and not query.named
            and self._names_in_passing(query, doc)
        ):
            return nothing
        other_event = not headed and self._heads_other_event(query, doc)
        if not (headed or other_event):
            # An item whose headings share no word with the question is about something
            # else ("the second meeting"), unless it is about this event ("Third ministerial
            # meeting held") or the question is one rare word (few items to be about) and,
            # if it names the event, the item is headed with a word for it ("why was the
            # meeting delayed": not the consultation called off when the meeting moved), or
            # a sentence says who did what the question asks ("Reyes announced").
            return nothing
        if query.of_event and (doc.head_words & _event_stems()) - self._own_event:
            return nothing  # asked about this event; the item is headed with another one
        # What a timeline entry tells happened when it is dated: its sentences give "when".
        # (Not when the entry is dated as the other event it is headed with: "Geneva will host
        # the 2027 summit" was announced before 2027.)
        dated = (
            doc.section == "timeline"
            and any(f.startswith("when:") for f in doc.facts)
            and not other_event
            and not self._done_to_it(query, doc)
        )
        best: tuple[float, frozenset[str], frozenset[str]] = (0.0, frozenset(), frozenset())
        for passage in doc.passages:
            context = passage.words | doc.head_words
            if not all(word.spellings & context for word in query.words):
                continue
            inside = sum(self._weight(w) for w in query.words if w.spellings & passage.words)
            if query.act & passage.by_host and "who" in query.wh:
                inside = total  # "Funding pool | Put forward by the host": headed with the rest
            if inside < PASSAGE_SHARE * total:
                continue
            if not all(
                self._passage_gives(passage, wh, said, query.act) or (wh == "when" and dated)
                for wh in query.wh
            ):
                continue
            if query.country and not self._gives_country(passage.facts, query):
                continue
            if query.many and not self._counts_in(query.many, (passage.unit,)):
                continue  # "how many Global South countries joined": not "66 countries"
            if query.which and not self._names_one(query, passage.names, (passage.unit,)):
                continue
            units = (passage.unit, *doc.units[: doc.head_units])
            if not all(
                any(
                    # One sentence of an item asked "what happened next?" does not say
                    # when the next meeting is.
                    self._bound_in(
                        unit,
                        binding,
                        self._which_context(doc, binding, frozenset(said)),
                        ending=False,
                    )
                    for unit in units
                )
                for binding in query.bindings
            ):
                continue
            if query.identity and not self._in_a_row(query, passage.unit):
                continue  # "who is the UK prime minister": not "the British prime minister"
            if (
                query.doer
                and not (query.doer[0] & doc.head_words)
                and not self._did(query.doer, passage.unit, passage.names, passive=query.passive)
            ):
                continue  # "what did Reyes say": "Reyes warned that ..." (or the item is
                # about Reyes); "what did the council launch": not "Lee launched it ... at a
                # side event of the council"
            # Words said together say more than words a long sentence apart: "a voluntary
            # Code of Conduct", not "a voluntary questionnaire ... the Code of Conduct".
            score = inside / total * self._compact(query, passage.unit)
            if score > best[0]:
                best = (score, passage.facts, passage.words)
        return best

    def _counted(self, question: str) -> tuple[frozenset[str], ...]:
        """What "how many" or "number of" counts: the words after it, up to a stop word
        ("how many Friends Group meetings have there been": friends, group, meetings),
        each as the known words it may be (a misspelling as the word it is)."""
        match = _HOW_MANY.search(question)
        if match is None:
            return ()
        counted: list[frozenset[str]] = []
        for token in _tokens(question[match.end() :])[:_COUNTED_WORDS]:
            word = None if token in _STOPWORDS else self._read_word(token)
            if word is None:
                break
            counted.append(word.spellings)
        return tuple(counted)

    def _counts_said(self, counted: tuple[frozenset[str], ...], doc: _Doc) -> bool:
        """Whether the item counts what the question asks the number of: a number right
        before its first word, the sheet's topic words aside ("66 countries" counts
        "countries attended", not "Global South countries"), or an FAQ entry is asked the
        count of it ("number of participants": "How many took part?")."""
        if doc.asked and all(spellings & doc.head_words for spellings in counted):
            return True
        return self._counts_in(counted, doc.units)

    def _counts_in(
        self, counted: tuple[frozenset[str], ...], units: Iterable[tuple[str, ...]]
    ) -> bool:
        """Whether a heading or sentence puts a number right before the first word of what
        is counted, the sheet's topic words aside; not a sum of money ("$400 million from
        governments" counts no governments)."""
        first = next((w for w in counted if not self._is_topic(w)), counted[0])
        money = _KINDS["money"]
        return any(
            _is_count(word)
            and first & set(unit[i + 1 : i + 3])
            and money.isdisjoint(unit[max(0, i - 2) : i])  # "$400 million"
            for unit in units
            for i, word in enumerate(unit[:-1])
        )

    @staticmethod
    def _counts_takers(query: _Query, doc: _Doc) -> bool:
        """Whether an FAQ entry said to tell who attended answers the question: not which
        ones (it names none), and "how many" only of what it counts ("over 100 countries"
        counts countries, not organisations)."""
        if query.which or query.country:
            return False
        counted = [w for w in query.words if w.spellings != {"attend"}]
        if "count" not in query.wh or not counted:
            return True
        return any(
            _is_count(word) and any(w.spellings & set(unit[i + 1 : i + 3]) for w in counted)
            for unit in doc.units[doc.head_units :]
            for i, word in enumerate(unit[:-1])
        )

    @staticmethod
    def _done_to_it(query: _Query, doc: _Doc) -> bool:
        """Whether a timeline entry is headed with what was done to an event ("Tokyo meeting
        announced") and the question does not ask about that doing: the entry's date and
        place are the announcement's, not the meeting's."""
        return bool(
            doc.done
            and doc.done not in query.light
            and not any(doc.done in word.spellings for word in query.words)
        )

    def _heads_other_event(self, query: _Query, doc: _Doc) -> bool:
        """Whether the question asks about an event its qualifier picks out ("the 2028
        summit", "the next meeting") and the item is headed with a word for such an event
        ("Summit in Elbonia"): a sentence of it may say which."""
        return bool(doc.head_words & self._own_event) and any(
            binding.of_the_event and not binding.qualified for binding in query.bindings
        )

    def _names_in_passing(self, query: _Query, doc: _Doc) -> bool:
        """Whether 'what is X' would be answered by a sentence that only uses X's words, in
        an item headed with none of them (but the sheet's topic words): "generative AI" in
        the entry on what the Process is. A name the sentence gives, or ends, is all the
        sheet knows of it ("launches a Partners Circle for member firms"), not "open data"
        of "the Charter on Open Data Stewardship"."""
        if any(
            word.spellings & doc.head_words and not self._is_topic(word.spellings)
            for word in query.words
        ):
            return False  # "what is the 2027 Geneva summit" of "Geneva to host 2027 summit"
        said = frozenset(s for word in query.words for s in word.spellings)
        last = query.words[-1].spellings
        for passage in doc.passages:
            for run in passage.runs:
                if said <= run:
                    end = max(i for i, word in enumerate(passage.unit) if word in run)
                    if passage.unit[end] in last:
                        return False
        return True

    def _named_once(self, query: _Query, doc: _Doc) -> bool:
        """Whether 'what is X' asks about a name that one sentence of the item gives and no
        other item says: "launches a Partners Circle for member firms" is all the sheet
        knows of the Partners Circle."""
        if not query.identity or query.wh or not query.words:
            return False
        said = frozenset(s for word in query.words for s in word.spellings)
        if not any(run == said for passage in doc.passages for run in passage.runs):
            return False
        key = tuple(word.spellings for word in query.words)
        if key not in self._holders:  # once a question, not once an item
            if len(self._holders) > _MAX_LOOKUPS:
                self._holders.clear()
            rarest = min(query.words, key=lambda w: sum(self._frequency[s] for s in w.spellings))
            holders = {i for s in rarest.spellings for i in self._postings.get(s, ())}
            self._holders[key] = sum(
                all(w.spellings & self._docs[i].words for w in query.words) for i in holders
            )
        return self._holders[key] == 1

    @staticmethod
    def _compact(query: _Query, unit: tuple[str, ...]) -> float:
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

    @staticmethod
    def _in_a_row(query: _Query, unit: tuple[str, ...]) -> bool:
        """Whether the unit says the query's words one after another (in any order)."""
        size = len(query.words)
        return any(
            all(word.spellings & set(unit[start : start + size]) for word in query.words)
            for start in range(len(unit) - size + 1)
        )

    @staticmethod
    def _passage_gives(
        passage: _Said, wh: str, said: set[str], act: frozenset[str] = frozenset()
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

    def _passages(self, query: _Query) -> Found | None:
        """The one item with a sentence that answers the query, when no item answers it
        where it says what it is about, and no item is about all the query says."""
        if query.said_by:
            return None  # "quote from the OECD": a quote of theirs, not a sentence naming them
        candidates: set[int] = set()
        for word in query.words:
            for spelling in word.spellings:
                candidates.update(self._postings.get(spelling, ()))
        said: dict[int, frozenset[str]] = {}
        sentences: dict[int, frozenset[str]] = {}
        found = []
        for index in candidates:
            if self._of_another_event(query, self._docs[index]):
                continue
            if query.done_here and not self._done_here(self._docs[index]):
                continue
            if query.optional & self._years and not self._of_its_dates(self._docs[index]):
                continue
            score, said[index], sentences[index] = self._passage(query, self._docs[index])
            if score:
                found.append((score, index))
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        if not found:
            return None
        score, best = found[0]
        if self._named_twice(query, self._docs[best], best):
            return None  # "who hosted the summit": which of the sheet's summits?
        for other, index in found[1:]:
            if other > score - MARGIN and not (
                self._restates(query, self._docs[best], self._docs[index])
                or self._same_answer(query, said[best], said[index])
                or self._same_words(query, sentences[best], sentences[index])
            ):
                return None  # two sentences say it, and not the same: which is meant?
        headed = self._headed(query, self._docs[best])
        for index in candidates:
            doc = self._docs[index]
            if (
                index != best
                and self._headed(query, doc) >= headed
                and self._holds(query, doc)
                and self._heads_on(query, doc)
                and all(self._gives(doc, wh, query) for wh in query.wh)
                and not self._restates(query, self._docs[best], doc)
                and not self._agrees(query, self._docs[best], doc)
                and not self._same_answer(query, doc.facts, said[best])
            ):
                return None  # another item is as much about it, and does not say the same
        return self._found(score, best)

    def _heads_on(self, query: _Query, doc: _Doc) -> bool:
        """Whether a phrase of the item's headings names one of the question's words (ends
        with it, before any preposition): 'Guiding Principles and Code of Conduct agreed'
        names the code, 'how do companies report under the Code of Conduct' a report."""
        said = {s for word in query.words for s in word.spellings}
        return any((named or clause)[-1] in said for clause, named in self._phrases(doc))

    @staticmethod
    def _phrases(doc: _Doc) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
        return zip(doc.clauses, doc.named, strict=True)

    def _headed(self, query: _Query, doc: _Doc) -> float:
        """How much of the query (by rarity) the item's headings hold."""
        return sum(self._weight(w) for w in query.words if w.spellings & doc.head_words)

    @staticmethod
    def _holds(query: _Query, doc: _Doc) -> bool:
        return all(word.spellings & doc.words for word in query.words)

    def _score(self, query: _Query, index: int, rules: _Rules) -> float:
        """How well item ``index`` answers the query (0..1); 0 when a rule rules it out."""
        strict = rules is not _Rules.NONE
        doc = self._docs[index]
        asked_words = doc.head_words
        total = found = 0.0
        for word in query.words:
            if query.contents and word.spellings == {"contain"} and not doc.asked:
                continue  # an outcome holds what it says, without saying "contains"
            weight = self._weight(word)
            total += weight
            if word.spellings & asked_words:
                found += weight
            elif word.spellings & doc.words:
                if strict and doc.asked and (_is_qualifier(word) or word.spellings & _ASKED_ONLY):
                    return 0.0  # "the next AI summit", "2028": how the entry is asked
                found += weight * BODY_WEIGHT
            elif strict and not self._is_common(word):
                return 0.0
        if strict and query.contents and not self._holds_contents(query, doc):
            return 0.0
        if strict and _asks(query, "not") and "not" not in doc.head_words:
            return 0.0  # "who didn't host it": a heading must say so, not "was not found"
        if strict and doc.asked and not self._within_unsaid(query, doc):
            return 0.0  # "who chaired it" was not found, not "who chairs the Friends Group"
        if strict and doc.asked and self._asks_of_its_body(query, doc):
            return 0.0  # "who announced the Friends Group": not "how was the meeting announced"
        if strict and doc.asked and query.act and not query.act & asked_words:
            return 0.0  # "who held the meeting" is not "who announced the meeting"
        if strict:
            if not all(self._gives(doc, wh, query) for wh in query.wh):
                return 0.0
            if (
                query.which
                and not doc.asked
                and doc.section != "people"
                and not self._names_one(query, doc.who, doc.units)
            ):
                return 0.0  # an FAQ entry is what it is asked; a party is a name
            if (
                query.which
                and doc.asked
                and not any(
                    head & (query.which | {"who"}) and ("count" not in head or "who" in head)
                    for head in doc.heads
                )
            ):
                # "which ministry published the result": not what it was; "which
                # organisations attended": not "How many took part?"
                return 0.0
            if index in self._attended and not self._counts_takers(query, doc):
                return 0.0  # said to tell who attended and how many of what it counts
            said = frozenset(s for word in query.words for s in word.spellings)
            if not all(self._bound(doc, binding, said) for binding in query.bindings):
                return 0.0
        if strict and query.many and not self._counts_said(query.many, doc):
            return 0.0  # "how many meetings have there been": not "41 countries"
        if (
            strict
            and query.now
            and any(f"ended:{s}" in doc.facts for w in query.words for s in w.spellings)
        ):
            return 0.0  # "who is the deputy minister": not one who was, and is minister now
        if strict and doc.section == "people" and self._across_roles(query, doc):
            return 0.0  # "what did the AI Impact Summit adopt": not a statement of another
        if strict and doc.section == "people" and self._members_of_what(query, doc):
            return 0.0
        if strict and query.optional & self._years and not self._of_its_dates(doc):
            return 0.0  # "the venue of the March 2026 meeting": not the 2025 one's hotel
        if strict and query.done_here and not self._done_here(doc):
            return 0.0  # "what was announced at the meeting": not how it was announced
        if (
            strict
            and query.said_by
            and not (doc.section == "quotes" and query.said_by <= doc.heads[0])
        ):
            return 0.0  # "quote by Bouverot": not Macron's words naming her
        if strict and doc.section == "quotes" and query.at_event and not self._said_here(doc):
            return 0.0  # "what did she say at the meeting": not in a video to a summit
        if (
            strict
            and query.of_event
            and doc.section != "key_facts"  # a fact of this event ("Announced: ... to a summit")
            and (doc.head_words & _event_stems()) - self._own_event
            and not self._about_event[doc.item_id]
        ):
            return 0.0  # asked about this event; the item is headed with another one
        if strict and self._of_another_event(query, doc):
            return 0.0  # "did India host the summit": not "India to host the next summit"
        if strict and query.at_event and doc.section != "quotes" and _asks(query, "say"):
            return 0.0  # "what was said at the meeting": words said there, or nothing
        if (
            strict
            and doc.section == "people"
            and query.of_event
            and not self._role_here(doc, frozenset(s for w in query.words for s in w.spellings))
        ):
            return 0.0  # "did Reyes chair the meeting": she chairs a council, not this
        if (
            strict
            and query.words
            and all(word.spellings == {"about"} for word in query.words)
            and not (
                "about" in doc.head_words
                and (
                    doc.asked or self._about_event[doc.item_id] or doc.head_words & self._own_event
                )
            )
        ):
            return 0.0  # "what did they discuss": this event's subject, not a "funding goal"
        if strict and query.wh & {"when", "where"} and self._done_to_it(query, doc):
            return 0.0  # "when is the summit" is not when the summit was named
        if (
            strict
            and doc.section == "people"
            and any(word.spellings <= _office_words() for word in query.words)
            and not any(
                word.spellings & name for word in query.words for name in doc.heads[: doc.names]
            )
        ):
            return 0.0  # "who left office": whose role ended is not who resigned
        if strict and doc.section == "key_facts" and not self._in_one_clause(query, doc):
            return 0.0
        if strict and doc.asked and not self._rarest_asked(query, doc):
            return 0.0
        covered, needed = self._covered(query, doc)
        floor = 0.0
        if rules is _Rules.ALL and covered < needed:
            named = query.identity and not query.wh and self._is_about(query, doc)
            if not (named or self._relaxed(query, doc)):
                return 0.0
            floor = MATCH_THRESHOLD  # an answer, ranked below those that say more of it
        if total == 0:
            # Only a kind of answer and the event ("when was the meeting?"): the coverage
            # of the way the item is asked or headed is all the evidence there is.
            return covered + SECTION_PRIOR.get(doc.section, 0.0) if query.wh else 0.0
        score = (found / total + covered) / 2 + SECTION_PRIOR.get(doc.section, 0.0)
        return max(score, floor)

    def _asks_of_its_body(self, query: _Query, doc: _Doc) -> bool:
        """Whether the question names what the event's title says it is a meeting of ("the
        Friends Group" of "Meeting of the ... Friends Group"), with no word for the event,
        and an FAQ entry is asked about the event ("How was the meeting announced?"): the
        group is not its meeting."""
        if query.of_event:
            return False
        rare = len(self._docs) // 2
        body = [
            w
            for w in query.words
            if w.spellings <= self._event_words - _event_stems() - set(_ORDINALS)
            and all(self._frequency[s] <= rare for s in w.spellings)
        ]
        return (
            bool(body)
            and any(head & self._own_event for head in doc.heads)
            and not any(all(w.spellings & head for w in body) for head in doc.heads)
        )

    def _within_unsaid(self, query: _Query, doc: _Doc) -> bool:
        """Whether a question answered by what an FAQ answer says was not found ("Who
        chaired the sessions was not found") asks only that, of this event: 'who chaired
        it', not 'who chairs the Friends Group', which the answer does not say either."""
        if not any(w.spellings & doc.unsaid_only for w in query.words):
            return True  # asked some other way the entry is asked
        this_event = doc.unsaid | self._own_event | self._venues | self._city
        return all(w.spellings & this_event for w in query.words)

    def _of_its_dates(self, doc: _Doc) -> bool:
        """Whether the item may be about the event when the question names it by its date
        ("the March 2026 meeting"): a timeline entry dated within it, another item dated
        within it or not dated ("Friends Group: launched 2 May 2024" is not)."""
        if doc.section == "timeline":
            return doc.item_id in self._held_during
        if doc.section == "faq" and (
            doc.head_words & self._own_event or self._about_event[doc.item_id]
        ):
            return True  # asked about the event, whatever else its answer dates
        dates = [f[5:] for f in doc.facts if f.startswith("when:")]
        return not dates or any(_within(date, *self._span) for date in dates)

    def _done_here(self, doc: _Doc) -> bool:
        """Whether the item may tell what was done at this event: an outcome; a timeline
        entry dated within it; a key fact or an FAQ entry about it, unless headed with what
        was done to it ("Announced", "How was the meeting announced?")."""
        if doc.item_id in self._done_to_event:
            return False
        if doc.section == "quotes":
            return True  # what was said there has rules of its own (_said_here)
        if doc.section == "timeline":
            return doc.item_id in self._held_during
        if doc.section == "faq":
            return bool(doc.head_words & self._own_event) or self._about_event[doc.item_id]
        if doc.section == "key_facts":
            # ... not one dated only before or after it ("Friends Group: Launched 2 May 2024")
            dates = [f[5:] for f in doc.facts if f.startswith("when:")]
            return not dates or any(_within(date, *self._span) for date in dates)
        return doc.section == "outcomes"

    def _said_here(self, doc: _Doc) -> bool:
        """Whether a quote was said at this event: dated within it, or its occasion names
        it, its city or a venue ("Speech to the plenary, Grand Palais")."""
        here = self._here | self._venue_names
        return doc.item_id in self._said_during or any(
            set(unit) & here for unit in doc.units[doc.head_units :]
        )

    def _role_here(self, doc: _Doc, said: frozenset[str]) -> bool:
        """Whether a party's roles say anything of this event (a word for it, one of its
        full names, its city): only then does one answer a question about the event."""
        here = self._here | self._own_event  # "co-chair of the summit" is of this one
        roles = doc.heads[doc.names :]
        asked = [head for head in roles if head & said]  # the role the question names
        return any(head & here for head in asked or roles)

    @staticmethod
    def _members_of_what(query: _Query, doc: _Doc) -> bool:
        """Whether a question asks for members and does not name the group ("who are the
        members", "how many founding members"): a group whose role lists its members does
        not answer it."""
        names = frozenset().union(*doc.heads[: doc.names])
        return (
            frozenset({"member"}) in doc.heads
            and any(word.spellings == {"member"} for word in query.words)
            and not any(word.spellings & names for word in query.words)
        )

    @staticmethod
    def _holds_contents(query: _Query, doc: _Doc) -> bool:
        """Whether the item says what a text holds: an FAQ entry asked so ("what is in the
        plan"), or an outcome named as the text ("Statement on inclusive AI", whose detail
        says what it says; not "Action Plan issued"); not a key fact or an event about it."""
        if doc.asked:
            return "contain" in doc.head_words
        said = {s for word in query.words for s in word.spellings}
        return doc.section == "outcomes" and any(
            (named or clause)[-1] in said
            for clause, named in zip(doc.clauses, doc.named, strict=True)
        )

    def _covered(self, query: _Query, doc: _Doc) -> tuple[float, float]:
        """How much of the best heading of the item the question says, and how much it must."""
        asked = {s for word in query.words for s in word.spellings} | set(query.wh)
        asked |= query.optional
        heads = doc.heads
        cores = doc.cores
        needed = MIN_COVERAGE
        if doc.section == "quotes" and "say" not in asked:
            heads = heads[doc.names :]  # not asked what was said: only the words can match
        elif doc.section == "quotes":
            # "What did <speaker> say about <topic>": the speaker, if named, is who said it,
            # and the topic is in the words (or where they were said); the words need not
            # be said back.
            if query.doer and "say" in query.doer[1] and not query.doer[0] & heads[0]:
                return 0.0, needed  # "what did the ministry say": not what the minister said
            topic = [w for w in query.words if not w.spellings & heads[0]]
            named = len(topic) < len(query.words) - 1 or any(
                name & asked - {"say"} for name in heads[: doc.names]
            )
            if all(w.spellings & doc.words for w in topic) and (
                named or not topic or all(w.spellings & heads[-1] for w in topic)
            ):
                return 1.0, needed
            return 0.0, needed
        elif doc.names and not any(asked - _WH_WORDS <= name for name in heads[: doc.names]):
            # Asked about more than who: the name used, with the role that says the rest
            # ("when did <name> become <role>"). A role is a description, so most of it
            # must be said: "president" is not "vice president".
            said = [name for name in heads[: doc.names] if name & asked]
            # Took or left office: only of whoever the question names ("when did Reyes
            # take office"), not of a role that names someone else ("Reyes's envoy").
            heads = tuple(
                name | rest
                for name in said or [frozenset()]
                for rest in heads[doc.names :]
                if said or not rest <= _office_words()
            )
            cores = tuple(name | rest for name in said for rest in doc.cores[doc.names :])
            needed = ROLE_COVERAGE
        heads = tuple(head - query.light for head in heads)
        covered = max((self._coverage(head, asked, doc.asked) for head in heads), default=0.0)
        if not doc.asked and doc.section != "quotes":
            # What a heading names may be said without where or when it was: "the second
            # meeting" is "Second ministerial meeting in Eastvale".
            cores = tuple(core - query.light for core in cores)
            core = max((self._coverage(c, asked, False) for c in cores), default=0.0)
            covered = max(covered, CORE_WEIGHT * core)
        return max(covered, FOCUS_WEIGHT * self._focus(query, doc)), needed

    def _rare_kind(self, query: _Query) -> bool:
        """Whether a one-word question asks when, where or why about a rare word ('why was
        the meeting delayed'): a sentence may then answer it on its own."""
        if len(query.words) != 1 or not query.wh or query.wh - {"when", "where", "why"}:
            return False  # not "who won", "how much did it cost": any name, any number
        (word,) = query.words
        return max(self._frequency[s] for s in word.spellings) <= RARE_ITEMS

    def _relaxed(self, query: _Query, doc: _Doc) -> bool:
        """Whether the item answers though its headings say much more than the question:
        one of them holds every word of it, or names what it asks about ('when was the
        council set up' of 'Open Data Standards Council'), or counts it. A party the
        question names does so only by the beginning of one of its roles."""
        if any(w.spellings & head for w in query.words for head in doc.heads[: doc.names]):
            return self._named_with_role(query, doc)
        if (
            len(query.words) == 1
            and query.of_event
            and not (doc.head_words & self._own_event or self._about_event[doc.item_id])
        ):
            return False  # "when was the meeting cancelled": not the consultation
        return (
            self._headed_with_all(query, doc)
            or (
                any(not _is_qualifier(w) for w in query.words)
                and doc.section != "quotes"
                and self._headed_as(query, doc, things=True)
                and not self._says_a_role_in_part(query, doc)
            )
            or self._counts(query, doc)
        )

    @staticmethod
    def _counts(query: _Query, doc: _Doc) -> bool:
        """Whether a heading counts what 'how many' asks about: a number right before one
        of its words ('about 60 signatories'), and all its words in that heading."""
        if not query.wh & {"count", "partof"} or not query.words:
            return False  # ("what share of people": "one in two people")
        said = {s for word in query.words for s in word.spellings}
        for unit in doc.units[: doc.head_units]:
            if not all(word.spellings & set(unit) for word in query.words):
                continue
            for i, word in enumerate(unit[:-1]):
                if _is_count(word) and said & set(unit[i + 1 : i + 3]):
                    return True
        return False

    def _headed_with_all(self, query: _Query, doc: _Doc) -> bool:
        """Whether one heading of the item holds every word of the question, which then says
        little of the heading but is about it ("did the US sign" of "why did the US and the
        UK not sign"). Not a quote's words (found by what was said, not about it), and one
        word only if the sheet has it in at most RARE_ITEMS items ("moonshot", not "next")."""
        if not query.words:
            return False
        if len(query.words) == 1:
            (word,) = query.words
            items = max(self._frequency[s] for s in word.spellings)
            if items > RARE_ITEMS or (items > 1 and doc.section == "quotes"):
                return False

        elif doc.section == "quotes":
            return False
        if any(w.spellings & head for w in query.words for head in doc.heads[: doc.names]):
            return self._named_with_role(query, doc)
        if not any(all(w.spellings & head for w in query.words) for head in doc.heads):
            return False
        return not self._says_a_role_in_part(query, doc)

    def _rarest_asked(self, query: _Query, doc: _Doc) -> bool:
        """Whether an FAQ entry is asked with the question's rarest word (if it has two or
        more), or asked about nothing the question does not say: 'when was the council
        founded' is not 'when was the Partners Circle founded', whose answer mentions the
        council; 'where was the cultural weekend' may be 'when and where was it held'."""
        if len(query.words) < 2:
            return True
        rarest = max(self._weight(w) for w in query.words)
        if any(w.spellings & doc.head_words for w in query.words if self._weight(w) == rarest):
            return True
        asked = {s for w in query.words for s in w.spellings} | query.wh | query.optional
        return any(
            head & asked and not head - asked - _WH_WORDS - query.light - self._own_event
            for head in doc.heads
        )

    @staticmethod
    def _in_one_clause(query: _Query, doc: _Doc) -> bool:
        """Whether a key fact's value says what its label does not of the question in one
        clause: 'Launched 2 May 2024 in Eastvale, at a side event of the council's yearly
        meeting' does not say the council launched anything in 2024."""
        rest = [w for w in query.words if not w.spellings & doc.heads[0]]
        return not rest or any(
            all(w.spellings & set(clause) for w in rest) for clause in doc.clauses
        )

    def _says_a_role_in_part(self, query: _Query, doc: _Doc) -> bool:
        """Whether the question says a party's role only in part: 'President' of 'Vice
        President', or of 'President Reyes's special envoy' (every phrase of its roles
        that holds the question's words beside the name is said in part)."""
        if not doc.names:
            return False
        said = {s for word in query.words for s in word.spellings}
        names = frozenset().union(*doc.heads[: doc.names])
        rest = [w for w in query.words if not w.spellings & names]
        roles = list(self._phrases(doc))[doc.name_clauses :]
        holding = [named for clause, named in roles if all(w.spellings & set(clause) for w in rest)]
        return (
            bool(rest)
            and bool(holding)
            and all(self._part_of_a_role(named, said) for named in holding)
        )

    @staticmethod
    def _part_of_a_role(named: tuple[str, ...], said: set[str]) -> bool:
        """Whether the question says what a phrase names only in part: a word of it, but
        not its first and last ("vice president", "President Reyes's special envoy")."""
        return bool(set(named) & said) and not (named[0] in said and named[-1] in said)

    @staticmethod
    def _named_with_role(query: _Query, doc: _Doc) -> bool:
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

    def _is_about(self, query: _Query, doc: _Doc) -> bool:
        """Whether one phrase of the item's headings holds all the question's words and
        names what they name: what it names (before a preposition or 'of', if any) ends
        with one of them. "Riverside Charter on Open Data Stewardship" is about the
        charter; "the first meeting of the Partners Circle" is about a meeting."""
        said = {s for word in query.words for s in word.spellings}
        if doc.asked and self._all_in_heads(query, doc):
            # An entry asked "What is the Hiroshima AI Process?", and also "what is the G7
            # AI process": each a part of "the G7 Hiroshima AI Process", ending as it does.
            last = query.words[-1].spellings
            if any(clause and clause[-1] in last and set(clause) <= said for clause in doc.clauses):
                return True
        return any(
            all(word.spellings & set(clause) for word in query.words)
            and (named or clause)[-1] in said
            for clause, named in zip(doc.clauses, doc.named, strict=True)
        )

    def _names_it(self, query: _Query, doc: _Doc) -> bool:
        """Whether the item is headed with what 'who is X' or 'what is X' asks about: X in
        how an FAQ entry is asked or in a party's name and roles, or else in one phrase of a
        heading, its words together ('Ruritania and Elbonia: President Reyes and Prime Minister
        Lee' names no prime minister of Ruritania)."""
        if doc.section == "people" and "who" not in query.wh and not query.wh:
            # "What is the Barnier government?": not a minister's role in it; a party's
            # name says what it is ("what is the OECD"), and what a role is before any
            # preposition ("what was the permanent secretariat").
            said = frozenset().union(*doc.heads[: doc.names], *doc.cores[doc.names :])
            return all(word.spellings & said for word in query.words)
        if doc.section in ("faq", "people"):
            return self._all_in_heads(query, doc)
        size = len(query.words) + 2
        return any(
            all(word.spellings & set(clause[start : start + size]) for word in query.words)
            for clause in doc.clauses
            for start in range(max(1, len(clause) - size + 1))
        )

    def _all_in_heads(self, query: _Query, doc: _Doc) -> bool:
        """Whether the item is headed with all the question's words."""
        return all(word.spellings & doc.head_words for word in query.words)

    def _headed_as(self, query: _Query, doc: _Doc, *, things: bool = False) -> bool:
        """Whether a heading of the item names a thing the question may mean: one phrase
        of it holds all the question says (a venue it named too) and ends with one of its
        words. 'Eastvale Trade Summit' and 'Northport Growth Summit' are both 'the summit'; 'the
        Open Data Process Partners Circle Work Plan' is not 'the open data process'."""
        said = {s for word in query.words for s in word.spellings} | query.optional
        if things:  # what names a thing, not a qualifier of one ("what happened next")
            said = {s for w in query.words if not _is_qualifier(w) for s in w.spellings}
        return any(
            clause[-1] in said
            and query.optional <= set(clause)
            and all(word.spellings & set(clause) for word in query.words)
            for clause in doc.clauses
        )

    def _focus(self, query: _Query, doc: _Doc) -> float:
        """Share of the question (by rarity) said in one heading or one sentence of the item:
        a long heading or a detail may say all that is asked in one place."""
        total = sum(self._weight(word) for word in query.words)
        if not total or doc.asked:
            return 0.0
        best = 0.0
        for n, unit in enumerate(doc.units):
            words = set(unit)
            hit = sum(self._weight(w) for w in query.words if w.spellings & words)
            best = max(best, hit / total * (1.0 if n < doc.head_units else BODY_FOCUS))
        return best

    def _coverage(self, head: frozenset[str], asked: set[str], is_question: bool) -> float:
        """Share of one heading (by rarity) that the query also says. The event's own nouns
        are left out, and numbers too unless the heading is a question: a reader asking
        when or how many does not type the date or the number."""
        counted = [
            w
            for w in head
            if w not in self._own_event
            and (w not in _WH_WORDS or asked & _WH_WORDS)
            and (is_question or not _NUMBER.search(w) or w in asked)
            and w not in _month_stems()
        ]
        # fsum: exact whatever the order of the set, so a share of exactly one half is one
        # half under every hash seed (a plain sum may round it below MIN_COVERAGE).
        total = math.fsum(self._rarity(w) for w in counted)
        hit = math.fsum(self._rarity(w) for w in counted if w in asked)
        return hit / total if total else 0.0

    def _ranked(self, query: _Query, rules: _Rules) -> list[tuple[float, int]]:
        candidates: set[int] = set()
        for word in query.words:
            for spelling in word.spellings:
                candidates.update(self._postings.get(spelling, ()))
        if not query.words and query.wh:
            for wh in query.wh:
                candidates.update(self._postings.get(wh, ()))
        scored = [(self._score(query, index, rules), index) for index in candidates]
        return sorted(((s, i) for s, i in scored if s > 0), key=lambda pair: (-pair[0], pair[1]))

    def _found(self, score: float, index: int) -> Found:
        doc = self._docs[index]
        return Found(doc.section, doc.item_id, round(score, 4))

    def answer(self, question: str) -> Found | None:
        own = self._asked.get(_tokens(question))
        if own is not None:
            return Found("faq", own, 1.0)
        query = self._read_question(question)
        if (
            query is not None
            and not (query.words or query.wh)
            and _WHAT_IS.search(question)
            and len(self._what_event) == 1
            and any(
                t in ("it", "this") or _canonical(t) in self._event_names for t in _tokens(question)
            )
        ):
            # "What was the summit?", "Northport forum: what is it?": what this event is,
            # when one FAQ entry asks that in the event's own names ("what are they" is not).
            return Found("faq", self._what_event[0], MATCH_THRESHOLD)
        if query is None or not (query.words or query.wh) or self._misdated(query):
            return None
        if query.named and not query.wh and not self._what_event:
            # Only the event's full name ("what is the Kessaly Bay data ministerial"), and no
            # FAQ entry asked what it is: not an item that shares its words (the charter).
            return None
        if any(
            not (w.spellings & self._frequency.keys())
            and not (query.contents and w.spellings == {"contain"})
            for w in query.words
        ):
            return None  # a word the sheet never uses: whatever it asks, the sheet cannot say
        if self._which_event_unsaid(query):
            return None  # "who chaired the summit" on a sheet of a meeting and many summits
        ranked = [p for p in self._ranked(query, _Rules.ALL) if p[0] >= MATCH_THRESHOLD]
        # A rival need only hold the question's words: one that does and scores close to
        # the best, even on weak evidence, means the question can be read two ways.
        rivals = self._ranked(query, _Rules.WORDS)
        if _DEFINITION.match(question) and len(query.words) <= 3:
            # "What is X?" asks what X is: an FAQ entry, a party, an outcome or a challenge
            # named X says that; a key fact or a timeline entry about X says something
            # about it.
            ranked = [
                p
                for p in ranked
                if self._docs[p[1]].section not in _NOT_WHAT or p[1] in self._plain_labels
            ]
        if query.identity and not query.named:
            # "Who is the president of Elbonia?" names what it asks about: an item says it
            # where it says what it is about, not in passing ("President Reyes and ...
            # Elbonia"); and X is what it names, not what qualifies it ("When was the first
            # Partners Circle meeting?" is not what the Partners Circle is).
            ranked = [p for p in ranked if self._names_it(query, self._docs[p[1]])]
            if query.words and not query.wh:
                ranked = [p for p in ranked if self._is_about(query, self._docs[p[1]])]
                rivals = [p for p in rivals if self._is_about(query, self._docs[p[1]])]
        if not ranked:
            if _asks(query, "not"):
                return None  # a negation is said where an item says what it is about
            if query.at_event and _asks(query, "say"):
                return None  # what was said there is a quote's, not a sentence's
            return self._passages(query) or self._looked_up(query, rivals)
        return self._pick(query, ranked[0], rivals)

    def _looked_up(self, query: _Query, rivals: list[tuple[float, int]]) -> Found | None:
        """Words to look up, not a question ("vance steam engine"): the one item of the
        sheet that holds them all, in one heading or sentence besides its party's name (not
        "first" in one sentence and a name in another), when every rule but how much of its
        heading they say holds."""
        if not query.keywords or len({index for _, index in rivals}) != 1:
            return None
        index = rivals[0][1]
        doc = self._docs[index]
        named = frozenset().union(*doc.heads[: doc.names])  # who said or did it
        rest = [word for word in query.words if not word.spellings & named]
        if not any(all(word.spellings & set(unit) for word in rest) for unit in doc.units):
            return None
        score = self._score(query, index, _Rules.LOOKUP)
        return self._found(score, index) if score > 0 else None

    def _said_by(self, tokens: Sequence[str]) -> frozenset[str]:
        """The name of a person or organisation of the sheet after "by" or "from" ("quote
        from the OECD"), in a question about what was said: who said it."""
        parties = self._parties
        names = set()
        for position, token in enumerate(tokens):
            if token in ("by", "from"):
                after = [t for t in tokens[position + 1 : position + 3] if t not in ("the", "a")]
                if after and _canonical(after[0]) in parties:
                    names.add(_canonical(after[0]))
        return frozenset(names)

    @cached_property
    def _parties(self) -> frozenset[str]:
        """The words of the names of the sheet's speakers, people and organisations; not
        its countries, which are where a speaker is from."""
        return frozenset().union(
            *(
                head - {"say"}
                for doc in self._docs
                if doc.section == "quotes"
                or (
                    doc.section == "people"
                    and not any(f"where:{word}" in doc.facts for word in doc.heads[0])
                )
                for head in doc.heads[: doc.names]
            )
        )

    @staticmethod
    def _across_roles(query: _Query, doc: _Doc) -> bool:
        """Whether a party answers only by joining two of its roles: "host of the AI Impact
        Summit" and "host of the India-Japan summit, which adopted a statement" say
        nothing the AI Impact Summit adopted. Its name and its other words (dates) aside."""
        name = frozenset().union(*doc.heads[: doc.names])
        rest = [w for w in query.words if not w.spellings & name and w.spellings & doc.head_words]
        roles = doc.heads[doc.names :]
        return len(roles) > 1 and not any(all(w.spellings & role for w in rest) for role in roles)

    def _which_event_unsaid(self, query: _Query) -> bool:
        """Whether the question calls an event by a word that is not this event's ("the
        summit", on the sheet of a meeting), with nothing to say which, and the sheet heads
        several items with that word: which of them is meant?"""
        if query.bindings or query.of_event:
            return False
        if any(w.spellings & (self._name_words - _event_stems()) for w in query.words):
            return False  # "the G7 summit", "the Seoul summit"
        return any(
            w.may_be_event  # not "when did they meet"
            and w.spellings & _event_stems()
            and not self._is_own(w)
            and sum(1 for doc in self._docs if w.spellings & doc.head_words) >= _MANY_EVENTS
            for w in query.words
        )

    def _misdated(self, query: _Query) -> bool:
        """Whether the question names this event by its place, in a year it did not take
        place: "the Northport summit 2029" is no summit the sheet knows, whatever else
        happened in 2029 (another event held there that year goes unanswered too: a miss
        is allowed, a wrong answer is not)."""
        if not self._years:
            return False
        wrong = [b for b in query.bindings if not b.qualified and self._not_its_year(b.qualifier)]
        if query.optional and any(b.of_the_event for b in wrong):
            return True
        # ... or asks whether it took place in it: "was it held in 2025" (not "the 2027
        # summit", which another of the series may be).
        return (
            query.of_event
            and not query.wh
            and any(not b.of_the_event for b in wrong)
            and all(
                w.spellings <= _LIGHT_WITH_PLACE_OR_TIME or self._not_its_year(w)
                for w in query.words
            )
        )

    def _not_its_year(self, word: _Word) -> bool:
        year = next(iter(word.spellings))
        return bool(_YEAR.fullmatch(year)) and year not in self._years

    def _pick(
        self, query: _Query, top: tuple[float, int], rivals: list[tuple[float, int]]
    ) -> Found | None:
        """The best item, unless another comes too close to call."""
        score, best = top
        section = self._docs[best].section
        covered, needed = self._covered(query, self._docs[best])
        complete = covered >= FULL_COVERAGE
        if not complete and self._named_twice(query, self._docs[best], best):
            return None  # "who hosted the summit": which of the sheet's summits?
        for rival, index in rivals:
            if index == best or self._same_speaker(query, self._docs[best], self._docs[index]):
                continue
            if self._restates(query, self._docs[best], self._docs[index]):
                continue  # the same fact told twice ("why did the US and the UK not sign")
            same = self._docs[index].section == section
            if same and not complete and self._headed_as(query, self._docs[index]):
                return None  # two items are headed with all it says: which is meant?
            if self._agrees(query, self._docs[best], self._docs[index]):
                continue  # the same answer: one city, whether from the host or the announcer
            if covered < needed and self._relaxed(query, self._docs[index]):
                return None  # answered only for being headed with all it says, as this is
            margin = MARGIN if self._docs[index].section == section else CROSS_MARGIN
            if rival > score - margin or (rival == score and margin == 0):
                return None  # too close to call
        return self._found(score, best)

    @classmethod
    def _agrees(cls, query: _Query, best: _Doc, rival: _Doc) -> bool:
        """Whether a rival gives the same answer to what the question asks for (a place, a
        date, a name, a count): every one it gives of that kind the best gives too."""
        return cls._same_answer(query, best.facts, rival.facts)

    @staticmethod
    def _same_answer(query: _Query, best: frozenset[str], rival: frozenset[str]) -> bool:
        if not query.wh - {"why"}:
            return False
        said = {f"{wh}:{s}" for wh in query.wh for w in query.words for s in w.spellings}
        for wh in query.wh:
            gives = {f for f in rival if f.startswith(f"{wh}:")} - said
            if not gives or not gives <= best:
                return False
        return True

    def _named_twice(self, query: _Query, doc: _Doc, index: int) -> bool:
        """Whether another item of the same section is headed with the event the best one
        names of the question: 'Elbonia hosts the Growth Summit' answers 'who hosted the
        summit' only if no other summit heads that section, whether or not it says who
        hosted it."""
        said = [w for w in query.words if w.spellings & doc.head_words]
        rest = [w for w in query.words if w not in said]
        if (
            doc.section == "quotes"
            or not any(w.spellings & _event_stems() for w in said)
            or any(_is_qualifier(w) or w.spellings & self._name_words for w in rest)
        ):
            return False  # no event named, or a name or number says which ("the Eastvale
            # meeting", "the 2026 trade summit")
        part = query._replace(words=tuple(said), optional=frozenset())
        if not self._is_about(part, doc):
            return False
        others: set[int] = set()
        for word in said:
            for spelling in word.spellings:
                others.update(self._postings.get(spelling, ()))
        return any(
            other != index
            and self._docs[other].section == doc.section
            and self._is_about(part, self._docs[other])
            and not self._restates(query, doc, self._docs[other])
            for other in others
        )

    @staticmethod
    def _restates(query: _Query, one: _Doc, other: _Doc) -> bool:
        """Whether two items tell the same thing: beside the question's words, most of the
        shorter one's words are the other's too (an FAQ answer and the outcome it restates),
        and their headings name nothing apart ('Eastvale Trade Summit' and 'Growth Summit'
        are two things, however alike what they say)."""
        said = {s for word in query.words for s in word.spellings}
        heads = (one.head_words - said, other.head_words - said)
        if all(heads) and not heads[0] & heads[1]:
            return False
        a, b = one.words - said - _office_words(), other.words - said - _office_words()
        shared = len(a & b)
        return shared >= RESTATED_WORDS and shared >= RESTATED_SHARE * min(len(a), len(b))

    @staticmethod
    def _same_words(query: _Query, one: frozenset[str], other: frozenset[str]) -> bool:
        """Whether two sentences say the same thing: beside the question's words, most of
        the shorter one's words are the other's ("a voluntary code for AI
        developers", "a voluntary code for developers of advanced AI")."""
        said = {s for word in query.words for s in word.spellings}
        a, b = one - said, other - said
        shared = len(a & b)
        return shared >= RESTATED_WORDS and shared >= RESTATED_SHARE * min(len(a), len(b))

    @staticmethod
    def _same_speaker(query: _Query, best: _Doc, rival: _Doc) -> bool:
        """Whether both are quotes of one speaker, asked for by name alone: "what did
        <speaker> say" is answered by any of them (the first of the sheet's)."""
        if not (best.section == rival.section == "quotes") or best.heads[0] != rival.heads[0]:
            return False
        return all(word.spellings & best.heads[0] for word in query.words)

    def said_alike(self, question: str, found: Found) -> list[Found]:
        """The answer, or, when it is a quote asked for by its speaker alone ("what did
        Takaichi say", "takaichi quotes"), every quote of theirs, in the sheet's order."""
        query = self._read_question(question)
        doc = next(d for d in self._docs if d.item_id == found.item_id)
        if (
            doc.section != "quotes"
            or query is None
            or query.bindings
            or not all(word.spellings & doc.heads[0] for word in query.words)
        ):
            return [found]
        return [
            Found(other.section, other.item_id, found.score)
            for other in self._docs
            if other.section == "quotes" and other.heads[0] == doc.heads[0]
        ]

    def section_asked(self, question: str) -> str | None:
        """The section a question asks for whole ("what are the main obstacles", "what
        challenges did the meeting face"): one of its plural nouns, nothing else but stop
        words, words that rank ("main") or that it faces, and a word for this event ("the
        meeting"; not its host, city or topic, which have challenges of their own)."""
        asked = self._asked_whole(question)
        return None if asked is None else asked[0]

    def _asked_whole(self, question: str) -> tuple[str, frozenset[str] | None] | None:
        """The section a question asks for whole, and for quotes the speaker's names when
        it names one ("what quotes are there from Prime Minister Takaichi")."""
        tokens = _tokens(question)
        if not _LIST_QUESTION.match(question) or len(tokens) > MAX_QUERY_WORDS:
            return None
        asked = set()
        rest = set()
        for position, word in enumerate(tokens):
            if word in _SECTION_GLUE or word in _LIST_FILLER:
                continue
            if position and tokens[position - 1] in ("every", "each"):
                word = f"{word}s"  # "every quote" asks for them all
            sections = [key for key, nouns in _SECTION_NOUNS.items() if word in nouns]
            if sections:
                asked.update(sections)
            elif word not in _EVENT_WORDS or _canonical(word) not in self._own_event:
                rest.add(_canonical(word))
        if len(asked) != 1:
            return None
        [key] = asked
        if not any(doc.section == key for doc in self._docs):
            return None
        if not rest:
            return key, None
        speaker = self._speaker_of_all(rest) if key == "quotes" else None
        # "the challenges of AI", "Japan's problems", "her challenges", "which challenges
        # were met": about something else
        return (key, speaker) if speaker else None

    def _speaker_of_all(self, words: set[str]) -> frozenset[str] | None:
        """The name of the one speaker the words name, when every quote of theirs holds
        all the words (their name and role): 'Prime Minister Takaichi'."""
        speakers = {
            doc.heads[0]
            for doc in self._docs
            if doc.section == "quotes" and words & doc.heads[0] - {"say"}
        }
        if len(speakers) != 1:
            return None
        [name] = speakers
        theirs = [doc for doc in self._docs if doc.section == "quotes" and doc.heads[0] == name]
        return name if all(words <= doc.words for doc in theirs) else None

    def section_named(self, question: str) -> bool:
        """Whether a question for a whole section calls it by its own name ("what were the
        outcomes", "the challenges"): then the section answers, before any one item."""
        key = self.section_asked(question)
        return key is not None and bool({key, key[:-1]} & set(_tokens(question)))

    def section_answers(self, question: str) -> list[Found]:
        """Every item of the section the question asks for whole, in the sheet's order."""
        asked = self._asked_whole(question)
        if asked is None:
            return []
        key, speaker = asked
        return [
            Found(doc.section, doc.item_id, MATCH_THRESHOLD)
            for doc in self._docs
            if doc.section == key and speaker in (None, doc.heads[0])
        ]

    def nearest(self, question: str, limit: int = 3) -> list[Found]:
        query = self._read_question(question)
        if query is None or limit <= 0:
            return []
        ranked = self._ranked(query, _Rules.NONE)
        return [self._found(score, index) for score, index in ranked[:limit]]


_SECTION_NOUNS = {
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
_SECTION_GLUE = frozenset(
    (
        *("what", "which", "are", "were", "was", "is", "be", "been", "the", "a", "an", "any"),
        *("there", "did", "does", "do", "of", "for", "at", "to", "in", "on", "this", "its"),
        *("it", "has", "have", "had", "from", "by"),
    )
)
"""The only small words a question for a whole section may hold: not a person ("her
challenges") nor anything else it could be about."""
_EVENT_WORDS = _EVENT_NOUNS | frozenset(f"{noun}s" for noun in _EVENT_NOUNS)
"""Words for an event as written: "meeting", not "met"."""
_LIST_FILLER = frozenset(
    (
        *("main", "key", "biggest", "big", "major", "top", "principal", "chief", "remaining"),
        *("all", "list", "face", "faces", "faced", "facing", "remain", "ahead", "were"),
        *("give", "show", "me", "us", "full", "whole", "entire", "and", "involved", "made"),
        *("every", "each"),
        "there",
    )
)
"""Words a question for a whole section may hold beside its noun and the event's names."""
_LIST_QUESTION = re.compile(
    r"\s*(?:(?:what|which|list|show|give|any|all|every|each)\b|(?:were|are) there\b"
    r"|(?:the\s+)?(?:main|key)?\s*\w+\W*$)",
    re.IGNORECASE,
)
"""How a question for a whole section starts ("what are", "which", "list"), or a bare
noun phrase ("main obstacles")."""


_INTENT = ("plan", "aim", "hope", "expect", "intend", "seek", "decide", "promise", "vow")
"""Verbs of meaning to do something: 'ministers plan to meet' says that ministers meet."""


@cache
def _office_words() -> frozenset[str]:
    """The words of a person's heads that say they took or left office: the sheet's reading
    of a role's dates, not something an item says."""
    return frozenset(_content(f"{_TOOK_OFFICE} {_LEFT_OFFICE}"))


@cache
def _intent_stems() -> frozenset[str]:
    return frozenset(_canonical(word) for word in _INTENT)


@cache
def _number_stems() -> frozenset[str]:
    return frozenset(_canonical(word) for word in _NUMBER_WORDS)


def _is_count(word: str) -> bool:
    """Whether an indexed (stemmed) word is a number that is not a year ("fifti", "66")."""
    return bool(_COUNT.fullmatch(word)) or word in _number_stems()


@cache
def _month_stems() -> frozenset[str]:
    return frozenset(_canonical(month) for month in _MONTH_WORDS)


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

    No rule of ``answer`` applies, so they may not answer the question; empty when the
    question shares no word with the sheet.
    """
    return index_of(briefing).nearest(question, limit)
