"""A full name asked ("Tom Hale") and the surname an article names that person by after the first mention.

"Hale scored …" answers "what did Tom Hale score?": the ranker (``retrieval.ranking``)
counts the given name as met wherever the surname is.
"""

from __future__ import annotations

from retrieval.gender import is_given_name
from retrieval.lazy_patterns import compiled
from retrieval.terms import term_of

__all__ = ["surnames"]

# A given name and a surname, as "Tom Hale"; it opens with the capital, its word boundary looked
# for behind it, so that the pattern is tried only at capitals.
_FULL_NAME = r"([A-Z](?<!\w[A-Z])[a-z]+)\s+([A-Z][\w’']+)"


def surnames(question: str) -> dict[str, str]:
    """The question's given names, each with the surname after it: "Tom Hale" → {"tom": "hale"}.

    After its first mention an article names a person by surname alone ("Hale scored …"):
    there, the given name is met too.
    """
    found: dict[str, str] = {}
    for given, surname in compiled(_FULL_NAME).findall(question):
        first = given.lower()
        last = term_of(surname) if is_given_name(first) else None
        if last is not None:
            found[term_of(given) or first] = last
    return found
