"""A count of people opening a clause: ``About 200 farmers``, ``More than 40 growers``.

``About`` and ``Over`` are prepositions elsewhere, and ``Nearly`` is capitalised only
because it opens the sentence: read as an opening phrase or a name, the count's people
would be lost, or ``Nearly`` would speak.
"""

from __future__ import annotations

from retrieval.groups import number, people
from retrieval.names import is_role_noun
from retrieval.tokens import Token

__all__ = ["counted_people"]

_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over",
                            "approximately"})
_COMPARATIVES = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"),
                           ("up", "to")})
_MAX_MODIFIERS = 2  # words between the number and the people: "200 angry Vell farmers"


def counted_people(tokens: list[Token], start: int, k: int) -> list[Token]:
    """The words from ``start`` naming a count of people, before ``k``; else nothing."""
    n = start
    if n + 1 < k and (tokens[n].low, tokens[n + 1].low) in _COMPARATIVES:
        n += 2
    elif n < k and tokens[n].low in _APPROXIMATORS:
        n += 1
    if n == start or n >= k or not number(tokens[n]):
        return []
    for end in range(n + 1, min(k, n + 2 + _MAX_MODIFIERS)):
        if not tokens[end].is_word:
            return []
        if people(tokens[end]) or (is_role_noun(tokens[end].low) and tokens[end].low.endswith("s")):
            return tokens[start : end + 1]
    return []
