"""Language tags, the one home of "is this English": BCP 47, case-insensitive, any region.
Also the English name of every two-letter (ISO 639-1) language."""

from __future__ import annotations


def primary_language(code: str) -> str:
    """The primary subtag of a BCP 47 tag, case-folded: 'en-GB' and 'EN' are both 'en'."""
    return code.split("-", 1)[0].casefold()


def language_name(code: str) -> str:
    """'ja' -> 'Japanese'; a code not in the table is shown as the code itself."""
    return _NAMES.get(primary_language(code), f"language '{code}'")


# Every two-letter code of ISO 639-1 with its English name (spaces written as "_"), as
# one string to keep the table short.
_ISO_639_1_NAMES = """
    aa:Afar ab:Abkhazian ae:Avestan af:Afrikaans ak:Akan am:Amharic an:Aragonese
    ar:Arabic as:Assamese av:Avaric ay:Aymara az:Azerbaijani ba:Bashkir be:Belarusian
    bg:Bulgarian bh:Bihari bi:Bislama bm:Bambara bn:Bengali bo:Tibetan br:Breton
    bs:Bosnian ca:Catalan ce:Chechen ch:Chamorro co:Corsican cr:Cree cs:Czech
    cu:Church_Slavonic cv:Chuvash cy:Welsh da:Danish de:German dv:Dhivehi dz:Dzongkha
    ee:Ewe el:Greek en:English eo:Esperanto es:Spanish et:Estonian eu:Basque fa:Persian
    ff:Fula fi:Finnish fj:Fijian fo:Faroese fr:French fy:Western_Frisian ga:Irish
    gd:Scottish_Gaelic gl:Galician gn:Guarani gu:Gujarati gv:Manx ha:Hausa he:Hebrew
    hi:Hindi ho:Hiri_Motu hr:Croatian ht:Haitian_Creole hu:Hungarian hy:Armenian
    hz:Herero ia:Interlingua id:Indonesian ie:Interlingue ig:Igbo ii:Nuosu ik:Inupiaq
    io:Ido is:Icelandic it:Italian iu:Inuktitut ja:Japanese jv:Javanese ka:Georgian
    kg:Kongo ki:Kikuyu kj:Kwanyama kk:Kazakh kl:Greenlandic km:Khmer kn:Kannada
    ko:Korean kr:Kanuri ks:Kashmiri ku:Kurdish kv:Komi kw:Cornish ky:Kyrgyz la:Latin
    lb:Luxembourgish lg:Ganda li:Limburgish ln:Lingala lo:Lao lt:Lithuanian
    lu:Luba-Katanga lv:Latvian mg:Malagasy mh:Marshallese mi:Maori mk:Macedonian
    ml:Malayalam mn:Mongolian mr:Marathi ms:Malay mt:Maltese my:Burmese na:Nauru
    nb:Norwegian_Bokmål nd:North_Ndebele ne:Nepali ng:Ndonga nl:Dutch
    nn:Norwegian_Nynorsk no:Norwegian nr:South_Ndebele nv:Navajo ny:Chichewa oc:Occitan
    oj:Ojibwe om:Oromo or:Odia os:Ossetian pa:Punjabi pi:Pali pl:Polish ps:Pashto
    pt:Portuguese qu:Quechua rm:Romansh rn:Kirundi ro:Romanian ru:Russian rw:Kinyarwanda
    sa:Sanskrit sc:Sardinian sd:Sindhi se:Northern_Sami sg:Sango si:Sinhala sk:Slovak
    sl:Slovenian sm:Samoan sn:Shona so:Somali sq:Albanian sr:Serbian ss:Swati
    st:Southern_Sotho su:Sundanese sv:Swedish sw:Swahili ta:Tamil te:Telugu tg:Tajik
    th:Thai ti:Tigrinya tk:Turkmen tl:Tagalog tn:Tswana to:Tongan tr:Turkish ts:Tsonga
    tt:Tatar tw:Twi ty:Tahitian ug:Uyghur uk:Ukrainian ur:Urdu uz:Uzbek ve:Venda
    vi:Vietnamese vo:Volapük wa:Walloon wo:Wolof xh:Xhosa yi:Yiddish yo:Yoruba za:Zhuang
    zh:Chinese zu:Zulu"""
_NAMES = dict(
    (code, name.replace("_", " "))
    for code, name in (entry.split(":", 1) for entry in _ISO_639_1_NAMES.split())
)
_ISO_639_1 = frozenset(_NAMES)


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
