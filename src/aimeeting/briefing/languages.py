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


def is_english(code: str) -> bool:
    """English in any region or script: 'en', 'en-GB', 'EN-us' (BCP 47 is case-insensitive)."""
    return primary_language(code) == "en"
