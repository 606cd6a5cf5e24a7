"""The subject of a clause, past whatever opens the sentence before it.

A participle (``Oduya rejected it, saying …``), a second verb (``… and said``) or a verb
before a colon (``Mook agreed: “…”``) reports what its clause's subject said. The
subject comes after any opening phrase (``In Madrid,``, ``Moreover,``, ``Looking out at
the crowd,``, ``Hours later,``) and may carry an apposition (``Lee, a director of X,``).
"""

from __future__ import annotations

from retrieval.lexicon import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_CONJUNCTIONS,
    SENTENCE_OPENERS,
    STOP_WORDS,
    TIME_WORDS,
)
from retrieval.names import Token
from retrieval.phrases import forward_phrase

__all__ = ["clause_subject", "opens_phrase", "participle_subject"]

# "Hours later, …": a time phrase that opens a sentence ends with one of these.
_TIME_AFTER = frozenset({"later", "earlier", "ago"})


def clause_subject(tokens: list[Token]) -> list[Token]:
    """The subject that opens a sentence, before its verb.

    ``Kestrel Systems`` in ``Kestrel Systems cut its forecast``; an opening phrase such as
    ``In Madrid,`` is skipped. A pronoun is no body's name, so it is not returned here.
    """
    subject = participle_subject(tokens, len(tokens))
    return [] if len(subject) == 1 and subject[0].low in PRONOUNS else subject


def participle_subject(tokens: list[Token], k: int) -> list[Token]:
    """The subject of the clause a participle or a second verb hangs on.

    ``Oduya`` in ``Oduya rejected it, saying``, ``she`` in ``When she spoke, she declined,
    saying``, ``Lee`` in ``Lee, a director of X, tied it to …, saying``. An opening phrase
    (``In Madrid,``, ``Moreover,``, ``Looking out at the crowd,``) is skipped; the subject
    must be followed by its verb (``Chastened by …`` and ``Get those …`` have none).
    """
    start = _opening_end(tokens, k)
    if start < k and tokens[start].low in PRONOUNS:
        subject = [tokens[start]]
    else:
        subject = forward_phrase(tokens, start)
        if subject and subject[-1].possessive and subject[-1].low not in PRONOUNS:
            return []
    follows = _after_apposition(tokens, start + len(subject), k)
    if subject and follows < k and tokens[follows].is_word and not tokens[follows].capitalized \
            and tokens[follows].low not in DETERMINERS | PREPOSITIONS | TIME_WORDS:
        return subject
    return []


def _opening_end(tokens: list[Token], k: int) -> int:
    """Where the clause proper starts, after ``But``, ``When she arrived,`` or ``Moreover,``."""
    start = 0
    while start < k - 1 and tokens[start].low in SENTENCE_CONJUNCTIONS and tokens[start + 1].text != ",":
        start += 1
    if start < k and opens_phrase(tokens, start):
        comma = next((n for n in range(start, k) if tokens[n].text == ","), None)
        return comma + 1 if comma is not None else k
    return start


def opens_phrase(tokens: list[Token], k: int) -> bool:
    """A word that opens a phrase before the subject.

    A preposition, ``When``, ``Moreover,``, a time (``Last week,``) or a participle with
    its object (``Looking out``, ``Chastened by``).
    """
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.low in PREPOSITIONS or token.low in SENTENCE_OPENERS or token.low in TIME_WORDS:
        return True
    if any(tokens[n].low in _TIME_AFTER and tokens[n + 1].text == ","
           for n in range(k + 1, min(k + 4, len(tokens) - 1))):
        return True  # "Hours later,", "Two days ago,"
    if following is not None and following.text == "," and token.low.endswith("ly"):
        return True  # "Separately, …"
    return token.low.endswith(("ing", "ed")) and following is not None and (
        following.low in STOP_WORDS or following.low in PREPOSITIONS)


def _after_apposition(tokens: list[Token], k: int, end: int) -> int:
    """The token after an apposition or bracket that follows a subject: ``Lee, a director of X, | tied``."""
    if k >= end or tokens[k].text not in (",", "("):
        return k
    close = "," if tokens[k].text == "," else ")"
    for n in range(k + 1, min(end, k + 30)):
        if tokens[n].text == close and n + 1 < end and tokens[n + 1].is_word \
                and not tokens[n + 1].capitalized:
            return n + 1
        if tokens[n].is_quote:
            break
    return k
