"""Whether chat text shows anything: a mention followed only by invisible characters asks nothing.

Zero-width spaces, joiners, byte-order marks and the Hangul and Braille "blank" letters people
use to send an empty-looking message are not whitespace to ``str.split``, so "@bot" and a zero-width space
would otherwise reach the engine as a question, and be echoed back as an invisible title.
"""

from __future__ import annotations

import unicodedata

__all__ = ["blank"]

# Letters and symbols that draw nothing: Hangul fillers and the Braille pattern blank.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Format characters (zero-width space, joiners, BOM, bidi marks), controls, and separators.
_INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp"})


def blank(text: str) -> bool:
    """Whether ``text`` shows nothing at all: empty, whitespace or invisible characters only."""
    return all(char in _BLANK_GLYPHS or unicodedata.category(char) in _INVISIBLE for char in text)
