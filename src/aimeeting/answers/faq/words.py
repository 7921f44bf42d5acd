"""Words as the matcher reads them: normalised, tokenised, stemmed to one canonical form
(with a small table of general English synonyms), and the slips a typist makes. The word
lists here are general English; nothing here knows any particular event."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache

from aimeeting.closest import edit_distance
from aimeeting.safetext import folded, without_terminal_sequences

MAX_WORD_CHARS = 30
MAX_LOOKUPS = 64

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
    ok okay overall anyone anybody someone somebody pls plz
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# "about" is not a stop word: "what is the meeting about" asks for the subject.
# "how much" and "how many" are read before stop words go (see _PHRASES).

# Generic English: irregular forms and several words that mean one thing.
IRREGULAR = {
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
    "led": "lead",
    "shrank": "shrink",
    "shrunk": "shrink",
    "gave": "give",
    "given": "give",
    "wrote": "write",
    "written": "write",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "drew": "draw",
    "drawn": "draw",
    "froze": "freeze",
    "frozen": "freeze",
    "broke": "break",
    "broken": "break",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "sought": "seek",
    "bought": "buy",
    "brought": "bring",
    "sent": "send",
    "spent": "spend",
    "kept": "keep",
    "lost": "lose",
    "paid": "pay",
    "sold": "sell",
    "undertook": "undertake",
    "undertaken": "undertake",
    # Snowball makes "preside" "presid", as it does "president": presiding is chairing.
    **{"preside": "chair", "presides": "chair", "presided": "chair", "presiding": "chair"},
    # "backed the declaration" supported it ("come back" stays a particle)
    **{"backed": "support", "backing": "support"},
    # "the ministries concerned" are those involved, not worried: no "concern" to find
    "concerned": "concerned",
    "national": "national",  # an adjective ("national interest"), not a nation: Snowball
    "nationally": "national",  # makes it "nation", a country
}
_DEMONYMS = {
    **{"swiss": "switzerland", "french": "france", "japanese": "japan", "indian": "india"},
    **{"chinese": "china", "german": "germany", "italian": "italy", "canadian": "canada"},
    **{"korean": "korea", "spanish": "spain", "dutch": "netherlands", "emirati": "uae"},
    **{"british": "uk", "american": "usa", "americans": "usa", "european": "europe"},
    **{"brazilian": "brazil", "australian": "australia", "mexican": "mexico"},
    # Europe
    **{"austrian": "austria", "belgian": "belgium", "bulgarian": "bulgaria"},
    **{"croatian": "croatia", "cypriot": "cyprus", "czech": "czechia", "danish": "denmark"},
    **{"estonian": "estonia", "finnish": "finland", "greek": "greece", "hungarian": "hungary"},
    **{"irish": "ireland", "latvian": "latvia", "lithuanian": "lithuania", "maltese": "malta"},
    **{"polish": "poland", "portuguese": "portugal", "romanian": "romania"},
    **{"slovak": "slovakia", "slovenian": "slovenia", "swedish": "sweden"},
    **{"norwegian": "norway", "icelandic": "iceland", "ukrainian": "ukraine"},
    **{"russian": "russia", "turkish": "turkey", "serbian": "serbia", "moldovan": "moldova"},
    **{"luxembourgish": "luxembourg", "scottish": "scotland", "welsh": "wales"},
    # The Americas, Asia, Africa and Oceania
    **{"argentine": "argentina", "argentinian": "argentina", "chilean": "chile"},
    **{"peruvian": "peru", "colombian": "colombia", "bolivian": "bolivia"},
    **{"ecuadorian": "ecuador", "venezuelan": "venezuela", "uruguayan": "uruguay"},
    **{"indonesian": "indonesia", "vietnamese": "vietnam", "thai": "thailand"},
    **{"filipino": "philippines", "malaysian": "malaysia", "singaporean": "singapore"},
    **{"pakistani": "pakistan", "bangladeshi": "bangladesh", "saudi": "saudi"},
    **{"israeli": "israel", "iranian": "iran", "egyptian": "egypt", "qatari": "qatar"},
    **{"nigerian": "nigeria", "kenyan": "kenya", "ethiopian": "ethiopia"},
    **{"moroccan": "morocco", "rwandan": "rwanda", "ghanaian": "ghana"},
    **{"kazakh": "kazakhstan", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan"},
    **{"uzbek": "uzbekistan", "turkmen": "turkmenistan", "afghan": "afghanistan"},
    **{"mongolian": "mongolia", "nepali": "nepal", "georgian": "georgia"},
    **{"armenian": "armenia", "azerbaijani": "azerbaijan"},
}
"""A country's adjective is the country: "the Swiss president" is Switzerland's."""
SIZE_ASKED = re.compile(r"\bhow many members (?:does|do|did) (.+?) (?:have|has|had)\b")
"""'How many members does the group have' asks how big the group is: no count of members."""
EVENT_NOUNS = frozenset(
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
        "talks",
    ]
)
_SAYING = (
    "tell|tells|told|think|thinks|thought|explain|explained|describe|described|believe|"
    "believes|believed|feel|feels|felt"
)
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "found", the past of "find" ("was not found in the sources"), is not "founded", which
    # the stemmer makes "found" too: a sheet's every caveat would say "start" (first, as
    # "set up" below writes "found").
    (re.compile(r"\bfound\b"), " discovered "),
    (SIZE_ASKED, r" count \1 "),
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
    # "what did Kishida tell us", "what does Parmelin think": what they said. (A reader's
    # own "tell me", "explain", "describe" ask for the whole item, and stay stop words.)
    (
        re.compile(
            rf"\b(do|does|did)\b((?:\s+[\w-]+){{1,5}}?)\s+(?:{_SAYING})\b(?!\s+(?:me|you)\b)"
        ),
        r"\1\2 say ",
    ),
    # "what did the UAE want", with nothing after: not who the UAE is, but what it sought,
    # a word the sheet must say. ("want to host", "want from GPAI" say more to find.)
    (
        re.compile(r"\b(do|does|did)\b((?:\s+[\w-]+){1,5}?)\s+(?:want|wanted)(?=\s*[?.!]*\s*$)"),
        r"\1\2 seek ",
    ),
    (re.compile(r"\b(?:bring|brings|brought|bringing) together\b"), " attend "),
    (re.compile(r"\b(?:preside|presides|presided|presiding) over\b"), " chair "),
    # "how long did the meeting last": its dates (not a body's: "the Friends Group" goes
    # on); "what role does UNOOSA play": what it is ("play" is no misspelt "pay")
    (
        re.compile(
            rf"\bhow long (do|does|did|will|would)\b(\s+(?:the\s+)?(?:[\w-]+\s+)?"
            rf"(?:{'|'.join(sorted(EVENT_NOUNS))}|it))\s+last(?:ed)?\b"
        ),
        r" when \1\2 ",
    ),
    (re.compile(r"\bwhat role (?:do|does|did|will) (.+?) play\b"), r" what is \1 "),
    # "who is the current chair": who is, is now ("Current AI" stays a name)
    (re.compile(r"\b(who(?: is| are|s)) (?:the current|currently)\b"), r"\1 the "),
    # "America", "the Americans": the United States, not Latin or South America, nor
    # "Latin-American", "Pan-American", "the Organization of American States"
    (
        re.compile(r"(?<!latin )(?<!south )(?<!north )(?<!central )(?<!-)\bamerica(?:ns)?\b"),
        " usa ",
    ),
    (re.compile(r"\b(latin|south|north|central|pan|anglo)[\s-]+americans?\b"), r" \1americas "),
    (re.compile(r"\bamerican states\b"), " americas states "),
    (re.compile(r"\b(?:talk|talks|talked|talking) (?:about|of)\b"), " discuss "),
    # "who pushed for the fund", "lobbied for": who proposed it
    (
        re.compile(r"\b(?:push|pushes|pushed|pushing|lobby|lobbies|lobbied|lobbying) for\b"),
        " propose ",
    ),
    # "what is the summit supposed to produce": what it is to produce
    (re.compile(r"\bsupposed to\b"), " "),
    # "when did Raman take over": took office ("take over from Tarn" succeeds him, below)
    (
        re.compile(r"\b(?:take|takes|took|taken|taking) over\b(?! (?:as|the|hosting|from)\b)"),
        " tookoffice ",
    ),
    (re.compile(r"\bor not\b"), " "),  # "binding or not?", "did they sign or not": whether
    # "why did Sri Lanka pull out": withdraw (not "pull out a chair")
    (re.compile(r"\b(?:pull|pulls|pulled|pulling) out\b(?! (?:a|the|an)\b)"), " withdraw "),
    # "what did the industry make of it": what it said of it (not "made of plastic")
    (re.compile(r"\bmake of (?=it\b|this\b|that\b|the\b)"), " say about "),
    (
        re.compile(
            r"\b(?:run|runs|ran|running) (the |this |that |an? )?"
            r"(?=(?:event|meeting|summit|conference|forum|gathering)s?\b)"
        ),
        r" host \1",
    ),
    (re.compile(r"\bin the end\b(?! of)"), " "),  # "what came of it in the end": finally
    (re.compile(r"\bnext steps?\b"), " next "),  # "what are the next steps": what comes next
    (re.compile(r"\babout (?=\d)"), " "),  # "about 60", "about 29 May": roughly, no topic
    (re.compile(r"\b(?:is|are|was|were|be|been|being) represented\b"), " attend "),
    (re.compile(r"\brepresent(?:s|ed|ing)?\b"), " attend "),  # "who represented Ukraine"
    (
        # "how many organisations sent representatives (delegates)": took part
        re.compile(r"\b(?:send|sends|sent|sending) (?:a |an )?(?:representatives?|delegat\w+)\b"),
        " attend ",
    ),
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
    # Short forms people type: "jd vance vp", "intl orgs" ("govt" is a synonym below)
    (re.compile(r"\bvp\b"), " vice president "),
    (re.compile(r"\bint'?l\b"), " international "),
    (re.compile(r"\borgs\b"), " organisations "),
    (re.compile(r"\borg\b"), " organisation "),
    (re.compile(r"\bunited states(?: of america)?\b|\busa\b"), " usa "),
    (re.compile(r"\bunited kingdom\b|\bbritain\b"), " uk "),
    (re.compile(r"\bunited arab emirates\b"), " uae "),
    (re.compile(r"\beuropean union\b"), " eu "),
    (re.compile(r"\bin person\b|\bin-person\b"), " inperson "),
    (re.compile(r"\bstands? for\b"), " meaning "),
    # "which hotel" asks where, as "which city" does: for a building's name
    (re.compile(r"\b(?:which|what) (hotel|building|hall|centre|center)\b"), r" where \1 "),
    (re.compile(r"\bhappen(?:s|ed)? to\b"), " "),  # "what happened to X" asks about X
    (re.compile(r"\b(?:call|calls|called|calling) off\b"), " cancel "),
    (
        re.compile(r"\b(?:stay|stays|stayed|staying|opt|opts|opted|opting|sat|sit|sits) out\b"),
        " stayout ",
    ),
    (re.compile(r"\bputs? (?:its|their|his|her) names? to\b"), " sign "),
    (
        re.compile(
            r"\b(?:(?:leave|leaves|left|leaving|quit|quits|quitting) office"
            r"|(?:step|steps|stepped|stepping) down)\b"
        ),
        " leftoffice ",
    ),
    (re.compile(r"\b(?:take|takes|took|taken|taking) office\b"), " tookoffice "),
    (re.compile(r"\b(?:take|takes|took|taken|taking) over\b"), " succeed "),
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

_ANY_PHRASE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _PHRASES))
_DOLLAR_OF = re.compile(r"\b[A-Z]{1,3}\$")
"""A dollar with its country's letters: "US$", "C$", "NZ$"."""
# Uppercase abbreviations that would otherwise read as pronouns ("US" is not "us").
# "the us", typed in lower case, is the country too: the pronoun never follows "the".
_ABBREVIATIONS = (
    (re.compile(r"\bU\.?S\.?(?=\W|$)(?!\.\w)"), " usa "),
    (re.compile(r"\b([Tt]he) u\.?s\.?(?=\W|$)(?!\.\w)"), r"\1 usa "),
)

# Generic English synonyms; the first word of each group names it. None is about one event.
GROUPS = (
    "host organise organiser organising convene convener",
    "attend participate participant participation join come",
    "produce result outcome output achieve deliver yield agree agreement adopt approve decide "
    "decision",
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
    "say quote remark warn stress speak",
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
    "bind binding voluntary mandatory obligatory compulsory enforceable",
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
    "choose pick select choice",
    "succeed successor replace",
    "criticise criticize",
    "end finish conclude",
    "cut reduce reduction lower decrease",
    "lead head",
    "win victory",
    "compare comparison liken equivalent",
    "support endorse",
    # A verb and its noun, which the stemmer leaves apart ("advise", "advice")
    "advise advice",
    "abstain abstention",
    "fail failure",
    "grow growth",
    "respond response",
    "describe description",
    "explain explanation",
    "prove proof",
    "ratify ratification",
    "write draft",
)
WH_WORDS = frozenset({"who", "when", "where", "why", "count", "partof"})
"""Canonical words that say what kind of answer is wanted."""
ORDINALS: tuple[str, ...] = (
    *("first", "second", "third", "fourth", "fifth"),
    *("sixth", "seventh", "eighth", "ninth", "tenth"),
)
DONE = frozenset(
    ("found", "held", "set", "made", "built", "put", "run", "won", "begun", "chosen", "given")
)
"""Past participles that do not end in -ed or -en ("was the office set up", read "found")."""
MONTHS = [
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
NUMBER_WORDS = frozenset(
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
MAY_MONTH = "maymonth"
"""'May' as a month, a word of its own: 'may' alone is a stop word ('may I ask')."""
MONTH_WORDS = frozenset((*MONTHS, MAY_MONTH))
NUMBER = re.compile(r"\d")
PREPOSITIONS = frozenset(
    (
        *("in", "at", "on", "for", "from", "with", "by", "to", "after", "before", "since"),
        *("during", "under", "over", "between", "near"),
    )
)
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=\S)")


@cache
def _stemmer() -> Callable[[str], str]:
    """Snowball's English stemmer (PyStemmer, its C binding), imported only when needed."""
    import Stemmer  # type: ignore[import-not-found,unused-ignore]

    stem: Callable[[str], str] = Stemmer.Stemmer("english").stemWord
    return stem


def _normalise(text: str) -> str:
    """Casefolded text without accents, with multi-word expressions as single words."""
    text = unicodedata.normalize("NFKC", text)  # curly apostrophes: folded below
    text = without_terminal_sequences(text)  # pasted from a coloured terminal
    if "€" in text or "$" in text:  # a currency is a word to find: €109 billion is not $109
        # "US$140 million", "C$25 million": dollars, not a word about the United States
        text = _DOLLAR_OF.sub(" dollar ", text).replace("€", " euro ").replace("$", " dollar ")
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    # As a reader matches by eye, as search does: case, accents, invisible characters
    # inside a word ("Taka\u200bichi" pasted from a web page) and look-alikes aside.
    text = folded(text)
    if "nt" in text or "n't" in text:  # "didn't", "didnt": "did not", a word to find
        text = _NEGATED.sub(r"\1 not", text)
    if "'" in text:
        text = re.sub(r"'s\b", "", text)
    if "may" in text:  # the month, not the verb: "in May", "the May meeting", "May 2023"
        text = _MAY.sub(lambda m: f"{m.group(1) or ''} {MAY_MONTH}", text)
    if _NUMBERED.search(text):  # "4th" is "fourth"
        text = _NUMBERED.sub(lambda m: f" {ORDINALS[int(m.group(1)) - 1]} ", text)
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
def word_tokens(text: str) -> tuple[str, ...]:
    """Words as written (normalised), numbers with their decimal points kept together."""
    return tuple(
        (_WHOLE.sub(r"\1", word) if "." in word else word)[:MAX_WORD_CHARS]
        for word in _TOKEN.findall(_normalise(text))
    )


_WHOLE = re.compile(r"^(\d+)\.0+$")
"""'2.0' is 2 ('version 2')."""


def _stem(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _DEMONYMS:
        word = _DEMONYMS[word]
    elif word.endswith("s") and word[:-1] in _DEMONYMS:
        word = _DEMONYMS[word[:-1]]  # "the Estonians", "did the Lithuanians sign"
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
    return {_stem(word): group.split()[0] for group in GROUPS for word in group.split()}


@cache
def canonical_form(word: str) -> str:
    """The one form under which a word is indexed and looked up."""
    stem = _stem(word)
    return _canonical_table().get(stem, stem)


@cache
def wh_typos() -> dict[str, str]:
    """'wen', 'wher', 'hwo': a question word with a letter left out or two letters swapped.
    Short words are otherwise held to their own letters, and 'wen' is one letter from 'we'."""
    typos: dict[str, set[str]] = defaultdict(set)
    for wh in ("who", "when", "where", "why"):
        for typo in _slips(wh):
            # ... but not a word of its own: "were", "hen"
            if len(typo) >= 3 and typo not in STOPWORDS and typo.startswith(("w", "hw")):
                typos[typo].add(wh)
    return {typo: next(iter(whs)) for typo, whs in typos.items() if len(whs) == 1}


@cache
def stop_typos() -> frozenset[str]:
    """'wat', 'wich', 'whta': "what" and "which" with a letter left out or two swapped,
    read as what they are (stop words), not as words the sheet never uses."""
    return frozenset(
        typo
        for stop in ("what", "which")
        for typo in _slips(stop)
        if len(typo) >= 3 and typo not in STOPWORDS and typo.startswith("w")
    )


@cache
def event_stems() -> frozenset[str]:
    return frozenset(canonical_form(word) for word in EVENT_NOUNS)


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """The canonical content words of a text, in order (repeats kept)."""
    return tuple(canonical_form(word) for word in word_tokens(text) if word not in STOPWORDS)


def sentences_of(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def deletes(word: str) -> set[str]:
    """The word and each form of it with one letter left out (a symmetric-delete key set)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _slips(word: str) -> set[str]:
    """The word with a letter left out or two letters next to each other swapped."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (deletes(word) | swaps) - {word}


_DIGITS = re.compile(r"\D")


def typo_distance(word: str, known: str) -> int | None:
    """The edits from ``known`` to ``word`` when ``word`` may be it mistyped, else None.

    A short real word is often one letter from another ("cost", "host"), so short words
    may only have two letters swapped or one letter too many ("wehn", "whoo"), and words
    up to five letters must begin with the same letter. Longer words may be one edit off,
    or two from eight letters on.
    """
    if word.isdigit() or known.isdigit() or _DIGITS.sub("", word) != _DIGITS.sub("", known):
        return None  # 2027 is not a misspelt 2028, nor "mop4" a misspelt "mop5" or "mop"
    distance = edit_distance(word, known)
    if distance == 0 or (len(word) <= 5 and word[0] != known[0]):
        return None
    if len(word) <= 4:
        swapped = sorted(word) == sorted(known)
        plausible = distance == 1 and (
            swapped
            or len(word) == len(known) + 1
            # a letter left out inside a word, its ends kept: "grup" for "group"
            or (len(known) == len(word) + 1 and len(word) == 4 and word[-1] == known[-1])
        )
    else:
        plausible = distance <= (1 if len(word) <= 7 else 2)
    return distance if plausible else None


@cache
def month_stems() -> frozenset[str]:
    return frozenset(canonical_form(month) for month in MONTH_WORDS)


def month_stem(number: int) -> str:
    """The word a question's month is read as, for a month's number (1 to 12)."""
    return canonical_form(MAY_MONTH if number == 5 else MONTHS[number - 1])
