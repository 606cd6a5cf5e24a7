"""The relations a question's prepositions state ("at the destination"), to find them in a sentence.

"What happens to the parcel at the depot?" is answered by "At the depot, parcels are
sorted by hand", not by "Each parcel is labelled with a depot code": both hold the
question's words, one keeps "depot" in the relation the question asks about. Stop words
are not indexed, so BM25 and the phrase pairs of ``retrieval.ranking`` can't see it.
"""

from __future__ import annotations

from retrieval.lazy_patterns import compiled
from retrieval.terms import term_of

__all__ = ["relations"]

# A preposition and the word it governs, past an article or a possessive: "at the destination",
# "in the Amazon", "during its flight".
_RELATION = (r"\b(at|in|on|for|from|to|with|by|during|after|before|about|into|over|under|between|"
             r"through|within|without|against|since|until)\s+(?:(?:the|an?|its|their|his|her)\s+)?([\w-]+)")


def relations(text: str) -> frozenset[tuple[str, str]]:
    """Each preposition of ``text`` with the term of the word it governs: ("at", "destin").

    Matched in lower case: twice as fast as a pattern ignoring case, and every question pays it.
    """
    found = ((preposition, term_of(word)) for preposition, word in compiled(_RELATION).findall(text.lower()))
    return frozenset((preposition, term) for preposition, term in found if term is not None)
