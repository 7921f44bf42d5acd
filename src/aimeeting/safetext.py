"""The one policy for characters that could act on a terminal: find them, or make them visible.

Policy, by Unicode class (documented in docs/briefing-format.md):
- C0 and C1 controls (category Cc, which includes ESC and DEL), except newline and tab:
  rejected in briefing text; shown as escapes (``\\x1b``) anywhere else.
- Format characters (category Cf: bidirectional overrides and isolates, zero-width space,
  word joiner, BOM, tag characters, soft hyphen ...), except ZWNJ and ZWJ, which real
  scripts and emoji need: rejected in briefing text; shown as ``\\u202e`` elsewhere.
- Line and paragraph separators (Zl, Zp) and lone surrogates (Cs): treated the same way.
- The 66 noncharacters (U+FDD0..U+FDEF and the last two code points of every plane, such
  as U+FFFE and U+FFFF): treated the same way, since XML (the SVG export) forbids some
  and no text needs any.
- Blank letters (``BLANK_LETTERS``: the Hangul fillers, the combining grapheme joiner,
  the Khmer inherent vowels, the braille blank): treated the same way. They are letters
  or marks that show nothing, so "Tarn" and "Tarn" plus one look alike.
"""

import functools
import os
import re
from array import array
from collections.abc import Sequence

BLANK_LETTERS = "\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0"
"""Letters and marks that show nothing: fillers of Hangul and Khmer, the combining
grapheme joiner, the braille blank."""

# The class, written out so that importing costs nothing; tests/test_safetext.py rebuilds it
# from unicodedata and fails if it drifts. Keep ZWNJ (U+200C) and ZWJ (U+200D) out of it.
UNSAFE_PATTERN = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891"
    "\u08e2\u180e\u200b\u200e-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ud800-\udfff\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\ufdd0-\ufdef\ufffe\uffff"
    + BLANK_LETTERS
    + "".join(
        chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0x10000, 0x110000, 0x10000)
    )
    + "]"
)


@functools.cache
def unsafe_chars() -> re.Pattern[str]:
    """The class compiled, once, when first needed: compiling costs about a millisecond,
    which --version and --help need not pay."""
    return re.compile(UNSAFE_PATTERN)


def find_unsafe(text: str) -> str | None:
    """Return the first character of ``text`` that the policy forbids, or None."""
    if text.isascii() and text.isprintable():  # most text: no need for the whole class
        return None
    match = unsafe_chars().search(text)
    return match.group() if match else None


def describe_char(char: str) -> str:
    """Name a character for an error message, e.g. ``U+001B``."""
    return f"U+{ord(char):04X}"


def escape_char(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def make_visible(text: str, *, keep_newlines: bool = True) -> str:
    """Replace every forbidden character by a visible escape; a no-op for clean text."""
    if not keep_newlines:
        text = text.replace("\n", "\\n").replace("\t", "\\t")
    return unsafe_chars().sub(lambda m: escape_char(m.group()), text)


MAX_NAME_CHARS = 120
"""Longest file name shown whole: a longer one is shortened in the middle, so that the
message's reason, which comes after the name, still fits in one line."""


def display_name(path: str | os.PathLike[str]) -> str:
    """A file name safe to print: it is data too, and may hold escape sequences."""
    name = make_visible(os.fsdecode(path), keep_newlines=False)
    if len(name) > MAX_NAME_CHARS:
        name = f"{name[:80]}…{name[-30:]} (a name of {len(name)} characters)"
    return name


_TERMINAL_SEQUENCE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colour, cursor (7-bit or 8-bit)
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: a link, a title
    r"|\x1b[ -/]+[0-~]"  # a character set, as tput sgr0 ends: ESC ( B
    r"|\x1b.?"  # any other escape, or a lone ESC
)


@functools.cache
def _terminal_sequence() -> re.Pattern[str]:
    return re.compile(_TERMINAL_SEQUENCE)  # when first needed, as unsafe_chars is


def without_terminal_sequences(text: str) -> str:
    """Typed words without the control sequences a coloured terminal pastes with them
    ("\\x1b[1mwho\\x1b(B\\x1b[m" is "who"): each is a space."""
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        return _terminal_sequence().sub(" ", text)
    return text


def composed(text: str) -> str:
    """Text in Unicode's composed form (NFC), as people type it: text stored decomposed
    (as macOS and PDFs produce it) then matches what is typed."""
    import unicodedata

    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=8192)
def _folded_char(char: str) -> str:
    import unicodedata

    bare = unicodedata.normalize("NFKD", char.casefold())
    # Accents go; kana's voicing marks stay (ビ is not ヒ), and what is left is composed
    # again, so a Hangul syllable stays one letter (구 is no part of 국).
    # Invisible format characters (a soft hyphen, a zero-width space, a joiner) go too.
    kept = "".join(
        c
        for c in bare
        if not (unicodedata.combining(c) or unicodedata.category(c) == "Cf") or c in _KANA_VOICING
    )
    return unicodedata.normalize("NFC", kept).translate(_LOOK_ALIKES)


_KANA_VOICING = "\u3099\u309a"
_LOOK_ALIKES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u02bc", "'"),  # apostrophes: Japan’s is japan's
        "\u02bb": "",  # the Hawaiian okina, which readers leave out: Hawaiʻi is hawaii
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),  # hyphens, dashes
        **{"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe"},
    }
)
"""Letters a reader takes for others, which Unicode does not decompose: Łódź is lodz."""


def folded(text: str) -> str:
    """Text as a reader matches it by eye: case, accents and compatibility forms aside
    ('José' is 'jose', 'ﬁrst' 'first', 'ＡＩ' 'ai', 'Japan’s' "japan's"), however it is
    stored (composed or not)."""
    return text.casefold() if text.isascii() else "".join(map(_folded_char, text))


def folded_with_origin(text: str) -> tuple[str, Sequence[int] | None]:
    """``folded(text)``, and for each of its characters the index in ``text`` it comes
    from, so that a word found in it can be shown where it is written; None when each
    character folds to one (then the indexes are the same)."""
    if text.isascii():
        return text.casefold(), None
    pieces = [_folded_char(char) for char in text]
    result = "".join(pieces)
    if len(result) == len(text) and all(len(piece) == 1 for piece in pieces):
        return result, None
    # An array, not a tuple: four bytes an index, where a tuple of ints takes about nine
    # times that for a long text.
    return result, array("I", (i for i, piece in enumerate(pieces) for _ in piece))
