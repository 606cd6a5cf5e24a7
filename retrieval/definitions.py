"""A term a question asks to be defined or named otherwise, and the sentence that does it.

"What is DECnet?" is answered by the sentence opening "DECnet is a suite of …"; "what is
another name for rotors?" by the one naming them again: "rotors (rotating discs)", "the
lamp, also called a torch". The ranker (``retrieval.ranking``) favours that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.lazy_patterns import compiled

__all__ = ["definer"]

# "What is X?" of a term of a few words, and a sentence opening by saying what it is.
_WHAT_IS = r"(?i)\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<term>[^?]{1,40}?)\s*\??\s*$"
_DEFINES = r"(?i)(?!\w)(?:\s*\([^)]*\))?,?\s+(?:is|are|was|were)\s+(?:a|an|the|one)\b"
_ARTICLE = r"(?i)(?:the|an?)\s+"
_TERM_WORDS = 4  # a longer "what is …?" asks about more than a term
# "Another name for X", "another way of referring to X": the first word of X.
_OTHER_NAME = (r"(?i)\b(?:another|other|different)\s+(?:term|name|word|way\s+of\s+referring\s+to)\s+"
               r"(?:for|of)\s+(?:the\s+|an?\s+)?(?P<word>[\w-]+)")
# The word named again, in brackets or by "also known as", "also called": "rotors (rotating discs)".
_NAMED_AGAIN = r"\w*\s*(?:\((?!\d)|,?\s+(?:also\s+)?(?:known\s+as|called)\b)"


def definer(question: str) -> Callable[[str], bool] | None:
    """A test of whether a sentence says what ``question`` asks a term to be or to be called, if it asks."""
    other = compiled(_OTHER_NAME).search(question) if "other" in question.lower() else None
    if other is not None:
        word = other.group("word")
        stem = word[:-1] if word.lower().endswith("s") else word  # "rotors" names "rotor" too
        again = re.compile(rf"(?i)\b{re.escape(stem)}{_NAMED_AGAIN}")
        return lambda text: again.search(text) is not None
    what_is = re.match(_WHAT_IS, question) if "what" in question[:8].lower() else None
    if what_is is None or len(what_is.group("term").split()) > _TERM_WORDS:
        return None
    term = what_is.group("term")
    return lambda text: _defines(text, term)


def _defines(text: str, term: str) -> bool:
    """Whether ``text`` opens by saying what ``term`` is: "DECnet is a suite of …"."""
    article = re.match(_ARTICLE, text)
    start = article.end() if article else 0
    return (text[start:start + len(term)].lower() == term.lower()
            and re.compile(_DEFINES).match(text, start + len(term)) is not None)
