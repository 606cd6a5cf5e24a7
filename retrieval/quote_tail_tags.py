"""A tag right after a quotation, whatever its verb (``“…,” Ed Lamb shot back``).

News closes a quotation with its speaker and any verb of manner (``mused``, ``retorted``,
``scoffed``, ``shot back``); no list of verbs of saying can hold them all. When the
sentence opens with the quotation and the words after it are only a name or a subject
pronoun and one verb (perhaps with a particle), ending the sentence or its clause or
followed by a phrase of time or manner (``with a laugh``), that verb is the quotation's tag.
"""

from __future__ import annotations

from retrieval.lexicon import STOP_WORDS, TIME_WORDS
from retrieval.names import Token

__all__ = ["quote_tail_cue"]

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# "shot back", "chimed in", "piped up": particles that end a verb of manner.
_PARTICLES = frozenset({"back", "in", "up", "on", "out", "off", "along"})
_MAX_NAME = 4  # words of the speaker's name between the quotation and the verb
# "shot back with a laugh", "quipped on Monday": what may follow the verb of a tag.
_TRAILING = TIME_WORDS | {"with", "to", "in", "at", "on", "during", "after", "before", "as", "while",
                          "when", "from"}


def quote_tail_cue(tokens: list[Token], k: int) -> int:
    """How many tokens the tag verb at ``k`` spans after an opening quotation (0 when it is none)."""
    verb = tokens[k]
    if not verb.is_word or verb.capitalized or verb.low in STOP_WORDS or verb.low.endswith("ing") \
            or not _subject_after_quote(tokens, k):
        return 0
    length = 2 if k + 1 < len(tokens) and tokens[k + 1].low in _PARTICLES else 1
    end = k + length
    return length if end >= len(tokens) or not tokens[end].is_word or tokens[end].low in _TRAILING else 0


def _subject_after_quote(tokens: list[Token], k: int) -> bool:
    """Only a quotation (and its comma) and a name or a subject pronoun stand before ``k``."""
    start = 1 if tokens[0].is_quote else 0
    if not start:
        return False
    if start < len(tokens) and tokens[start].text == ",":
        start += 1
    subject = tokens[start:k]
    if len(subject) == 1 and subject[0].low in _SUBJECT_PRONOUNS:
        return True
    return 0 < len(subject) <= _MAX_NAME and all(t.is_word and t.capitalized for t in subject)
