"""The speaker named after a description, right after a verb of saying: ``said party boss Ed Lamb``.

``phrases.forward_phrase`` lets lower-case words join a phrase only on the way to a job noun,
so that a name's verb (``Ed Lamb | urged Republicans``) is not read as part of it. Right after
a verb of saying no verb of the speaker's can follow, and any description may lead to the name.
"""

from __future__ import annotations

from retrieval.lexicon import DETERMINERS, PREPOSITIONS, STOP_WORDS, TIME_WORDS
from retrieval.speech_words import SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["described_name"]

# "say farmers | like Tom Hale": words after which a name is an example or a place, not the speaker.
_NOT_DESCRIPTION = PREPOSITIONS - {"of"} | {"like", "unlike", "including", "such", "among", "versus"}


def described_name(tokens: list[Token], k: int) -> list[Token]:
    """``said | party boss Ed Lamb,``, ``said | master of ceremonies Ana Ruiz``: a description, then a name.

    After a verb of saying the words before the name describe the speaker, whatever their case
    (``ranking``, ``boss``, ``1st``); the name has two capitalised words at least and ends the
    run of plain words. ``of`` joins lower-case words only: ``Ana Ruiz of Vell County`` is a
    name and its place, ``farmers like Tom Hale`` are not Tom Hale.
    """
    run = 0  # capitalised words ending the phrase so far
    n = k + (k < len(tokens) and tokens[k].low in DETERMINERS)
    while n < len(tokens) and tokens[n].is_word and n - k < 8:
        token = tokens[n]
        if token.low == "of":
            if run or n == k:
                return []
        elif token.low in STOP_WORDS or token.low in TIME_WORDS or token.low in _NOT_DESCRIPTION \
                or token.possessive or (token.low in SPEECH_VERBS and not token.capitalized):
            break
        run = run + 1 if token.capitalized else 0
        n += 1
    return tokens[k:n] if run >= 2 and n - run > k else []
