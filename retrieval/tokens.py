"""Word tokens with quote marks folded away: how attribution reads a sentence.

Attribution reads a sentence as words outside quotes, with each quoted stretch
reduced to one ``QUOTE`` token: ``“…,” Hua told a briefing`` becomes
``QUOTE , Hua told a briefing``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.lexicon import ABBREVIATIONS, HONORIFICS, TITLE_ABBREVIATIONS
from retrieval.quotes import QuoteSpan

__all__ = ["QUOTE", "Token", "place_of", "strip_possessive", "tokens_of"]

QUOTE = "QUOTE"
# Dotted abbreviations (U.S.), titles and company suffixes with their full stop (Mr., Corp.),
# a middle initial (John F. Kennedy), words, single signs; abbreviations are only tried where a
# full stop follows a short run of letters. Each alternative is written after its first character,
# checked behind it (an abbreviation's ``\b`` as no word character before its first letter), so
# that the pattern opens with a set of characters and is tried only where a token can start.
_ABBREVIATED_WORDS = sorted(HONORIFICS | ABBREVIATIONS | TITLE_ABBREVIATIONS.keys(), key=len, reverse=True)
_SHORT = max(len(a.split(".")[0]) for a in _ABBREVIATED_WORDS)  # the longest run before a full stop


def _after_first_letters(words: list[str]) -> str:
    """``words`` (lower case, longest first) as read after their first letter: ``(?<=[mM])(?:rs|r)|…``."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:].replace(".", r"\."))
    return "|".join(f"(?<=[{first}{first.upper()}])(?:{'|'.join(after)})" for first, after in rests.items())


_WORD = re.compile(
    rf"[^\s](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"
    rf"|(?<!\w.)(?=[^\s.]{{0,{_SHORT - 1}}}\.)(?i:{_after_first_letters(_ABBREVIATED_WORDS)})\."
    rf"|(?<=[A-Z])\.(?=\s+[A-Z])|(?<=[\w$])[\w$%’'.-]*[\w$%]|(?<=[\w$])|(?<=[^\w\s]))"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")  # what _POSSESSIVE matches (a token holds no line break)


@dataclass(slots=True, init=False, repr=False, unsafe_hash=True)
class Token:
    """A word, a punctuation mark, or a whole quoted stretch (``text == QUOTE``).

    Never changed once made, but not declared ``frozen``: tokens are made by the hundred
    thousand, and a frozen class's fields can only be set through their slots' setters,
    which cost 2.5 times plain assignments (0.4 ms of the seed's analysis in a fresh process).
    Equal and hashed by text and place, as a frozen one would be.
    """

    text: str
    start: int
    end: int
    # Worked out once here, as attribution reads them millions of times on a long article:
    # lower case without a possessive or final full stop, one apostrophe for both (``Yi’s`` → ``yi``,
    # ``Mr.`` → ``mr``, ``O’Neill`` → ``o'neill``);
    # letters or digits, not punctuation and not a quote; a quoted stretch; a capital first
    # letter, as names and titles have; a possessive, owning the next word (``Wang Yi’s proposal``).
    low: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)
    is_quote: bool = field(init=False, repr=False, compare=False)
    capitalized: bool = field(init=False, repr=False, compare=False)
    possessive: bool = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int) -> None:
        """The token ``text[start:end]`` and what is worked out from its spelling."""
        self.start, self.end = start, end
        self.text, self.low, self.is_word, self.is_quote, self.capitalized, self.possessive = \
            _token_traits(text)


def place_of(tokens: list[Token], token: Token, default: int | None = 0) -> int | None:
    """Where ``token`` (a tag's or phrase's word) stands among its sentence's ``tokens``.

    By its offset, not identity: a sentence's tokens may be made again when read.
    """
    return next((n for n, t in enumerate(tokens) if t.start == token.start), default)


@lru_cache(maxsize=65536)
def _token_traits(text: str) -> tuple[str, str, bool, bool, bool, bool]:
    """A token's text (interned: words repeat) and what ``Token`` works out from it, in that order.

    Most words are letters only, with no possessive or full stop to take off: worked out at
    once, as a fresh process meets hundreds of them.
    """
    if text.isalpha() and text != QUOTE:
        return sys.intern(text), sys.intern(text.lower()), True, False, text[0].isupper(), False
    return (sys.intern(text), sys.intern(strip_possessive(text).lower().rstrip(".").replace("’", "'")),
            text != QUOTE and (text[0].isalnum() or text[0] == "$"), text == QUOTE, text[0].isupper(),
            text.endswith(_POSSESSIVE_ENDS) and len(text) > 2)


def tokens_of(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[Token]:
    """Tokens of ``text[start:end]``; each part inside a quotation becomes one QUOTE token."""
    tokens: list[Token] = []
    pos = start
    for span in quotes:
        if span.end <= start or span.start >= end:
            continue
        a, b = max(span.start, start), min(span.end, end)
        tokens.extend(_words(text, pos, a))
        tokens.append(Token(QUOTE, a, b))
        pos = b
    tokens.extend(_words(text, pos, end))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    return [Token(m[0], m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def strip_possessive(text: str) -> str:
    """``Wang Yi’s`` → ``Wang Yi``; ``Ross’s`` → ``Ross``."""
    tail = text[-3:]  # the pattern needs an apostrophe here: most words are returned at once
    return _POSSESSIVE.sub("", text) if len(text) > 2 and ("’" in tail or "'" in tail) else text
