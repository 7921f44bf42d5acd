"""Language tags, the one home of "is this English": BCP 47, case-insensitive, any region.
Also the English names of the languages a briefing is likely to name."""

from __future__ import annotations

_NAMES = {
    "ar": "Arabic",
    "bn": "Bengali",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "ms": "Malay",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sw": "Swahili",
    "ta": "Tamil",
    "th": "Thai",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}


def primary_language(code: str) -> str:
    """The primary subtag of a BCP 47 tag, case-folded: 'en-GB' and 'EN' are both 'en'."""
    return code.split("-", 1)[0].casefold()


def language_name(code: str) -> str:
    """'ja' -> 'Japanese'; a code not in the table is shown as the code itself."""
    return _NAMES.get(primary_language(code), f"language '{code}'")


# Every two-letter code of ISO 639-1, as one string to keep the table short.
_ISO_639_1_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
    ve vi vo wa wo xh yi yo za zh zu"""
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def is_known_language(code: str) -> bool:
    """Whether a tag's language could be real: a two-letter one must be in ISO 639-1."""
    primary = primary_language(code)
    return len(primary) != 2 or primary in _ISO_639_1


def is_english(code: str) -> bool:
    """English in any region or script: 'en', 'en-GB', 'EN-us' (BCP 47 is case-insensitive)."""
    return primary_language(code) == "en"


# Writing systems by the first word of a letter's Unicode name, and the languages a
# briefing is likely to name that are written in each (the first is the guess for text
# in that script when no language is given).
_SCRIPTS = {
    "DEVANAGARI": ("hi", "mr", "ne"),
    "BENGALI": ("bn",),
    "TAMIL": ("ta",),
    "ARABIC": ("ar", "fa", "ur"),
    "HEBREW": ("he",),
    "CYRILLIC": ("ru", "uk"),
    "GREEK": ("el",),
    "THAI": ("th",),
    "HANGUL": ("ko",),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "CJK": ("zh", "ja"),
}


_SCRIPT_WORDS: dict[str, str] = {}  # a letter -> the first word of its Unicode name


def script_of(text: str) -> str:
    """The writing system most of the letters of ``text`` are in: 'LATIN', 'DEVANAGARI',
    'CJK' ... ('' for text without letters). Japanese mixes kana into its kanji, so any
    kana makes CJK text Japanese ('HIRAGANA')."""
    if text.isascii():  # the common case, without looking up a name per letter
        return "LATIN" if any(char.isalpha() for char in text) else ""
    import unicodedata
    from collections import Counter

    counts: dict[str, int] = {}
    for char, count in Counter(text).items():  # counted in C; each distinct letter once
        if not char.isalpha():
            continue
        name = _SCRIPT_WORDS.get(char)
        if name is None:  # each letter's name is looked up once per run
            name = _SCRIPT_WORDS[char] = unicodedata.name(char, "").split(" ")[0]
        counts[name] = counts.get(name, 0) + count
    if not counts:
        return ""
    if "CJK" in counts and (counts.get("HIRAGANA") or counts.get("KATAKANA")):
        return "HIRAGANA"
    return max(counts, key=lambda name: counts[name])


_SCRIPT_NAMES = {"CJK": "Han", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}


def script_name(script: str) -> str:
    """A script as people name it: 'Devanagari', 'Han' (Chinese characters), 'Japanese'."""
    return _SCRIPT_NAMES.get(script, script.capitalize())


def guess_language(text: str) -> str | None:
    """The language text in a non-Latin script is most likely in ('hi' for Devanagari),
    or None when the script says nothing (Latin, or no letters)."""
    languages = _SCRIPTS.get(script_of(text))
    return languages[0] if languages else None


def uses_latin_script(code: str) -> bool:
    """Whether a language is written in the Latin script (as far as the table knows)."""
    primary = primary_language(code)
    return not any(primary in codes for codes in _SCRIPTS.values())
