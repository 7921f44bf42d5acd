"""English names of the languages a briefing is likely to name, for "translated from …"."""

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


def language_name(code: str) -> str:
    """'ja' -> 'Japanese'; a code not in the table is shown as the code itself."""
    return _NAMES.get(code.split("-", 1)[0].casefold(), f"language '{code}'")


def is_english(code: str) -> bool:
    return code.split("-", 1)[0].casefold() == "en"
