"""Whether a word joins the speaker phrase it stands in: a modifier on its way to a job or a name.

``phrases.forward_phrase`` reads ``former senior state tax official`` and ``FBI forensic
official Ana Ruiz`` whole, but stops at ``Ed Lamb | urged Republicans``: a lower-case word
joins only when a job noun or a name lies just ahead, and small words join only inside a name
(``Tom de Hale``, ``said Will Hale``).
"""

from __future__ import annotations

from retrieval.lexicon import STOP_WORDS
from retrieval.names import is_role_noun
from retrieval.speech_words import SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["given_small_word", "job_ahead", "leads_to_name", "name_particle"]

_PARTICLES = frozenset({"de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "bin", "ibn"})


def name_particle(tokens: list[Token], k: int) -> bool:
    """``Tom de Hale``, ``Ana van Ruiz``: a small lower-case word between two parts of one name."""
    return tokens[k].low in _PARTICLES and k + 1 < len(tokens) and tokens[k + 1].capitalized


def given_small_word(tokens: list[Token], k: int) -> bool:
    """``said Will Hale,``: a small word in capitals inside a sentence, then one more capital, is a name."""
    end = k + 2
    return tokens[k].capitalized and end <= len(tokens) and tokens[k + 1].capitalized \
        and (end == len(tokens) or not tokens[end].is_word)


def leads_to_name(tokens: list[Token], k: int) -> bool:
    """A lower-case modifier within four words of a job or a name: ``former senior state tax official``."""
    for token in tokens[k + 1 : k + 5]:
        if not token.is_word or token.low in STOP_WORDS:
            return False
        if is_role_noun(token.low) or token.capitalized:
            return True
    return False


def job_ahead(tokens: list[Token], k: int) -> bool:
    """A job noun within three words that ends the phrase or comes before a name.

    ``FBI forensic | official Ana Ruiz``, ``the FBI forensic | official said``; not
    ``Lamb | visited farmers near the river``, where the name's verb takes an object.
    """
    for n in range(k + 1, min(len(tokens), k + 4)):
        token = tokens[n]
        if not token.is_word or token.low in STOP_WORDS:
            return False
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if is_role_noun(token.low) and not (following and following.is_word and is_role_noun(following.low)):
            return following is None or not following.is_word or following.capitalized \
                or following.low in SPEECH_VERBS  # "deputy campaign | manager, Tom Hale"
    return False
