"""A sentence that is only a name and its verb of saying (``Ana Ruiz agreed.``) tags the next one.

Verbs that report only with what was said (``agreed``, ``continued``) have nothing after
them here: the quotation follows in the next sentence, and the sentence is its tag.
A name, perhaps owned (``Vell College's Ana Ruiz``), then the verb, then the full stop.
"""

from __future__ import annotations

from retrieval.tokens import Token

__all__ = ["bare_tag"]

_MAX_NAME = 5  # words before the verb


def bare_tag(tokens: list[Token], k: int) -> bool:
    """The verb at ``k`` ends a sentence that is only a capitalised name and it (``Ana Ruiz agreed.``)."""
    rest = tokens[k + 1 :]
    if not 0 < k <= _MAX_NAME or len(rest) > 1 or (rest and rest[0].text not in (".", ":")):
        return False
    return all(t.is_word and t.capitalized for t in tokens[:k])
