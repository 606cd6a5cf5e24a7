"""Whether the article answers a search question at all, or its sentences only come closest.

BM25 always finds something: "what is the weather in Tokyo?" meets a sentence that names
Tokyo. A question is taken as answerable when the article holds more than half of its
significant words (half will do when at least two are held). Words every question may use
without the article needing them ("name", "year", "happen") don't count. On reader
questions over 24 Wikipedia articles this keeps 97 % of the questions each article answers
and turns away 96 % of those taken from another article (``python -m benchmarks.search``).
"""

from __future__ import annotations

from functools import cache

from retrieval.index import SentenceIndex, tokenize

__all__ = ["answerable"]

# Words of the question's form, not of its subject: the answer needn't repeat them.
_FORM = (
    "name named called call type kind sort mean meaning term refer referred known happen happened "
    "one first main example part number year date time place reason way use used people person "
    "thing another other new describe described say said upon across among within via toward towards "
    "generally commonly usually typically currently originally")


@cache
def _form_words() -> frozenset[str]:
    """The index terms of the form words, worked out on first use (start-up time counts)."""
    return frozenset(tokenize(_FORM))


def answerable(question: str, index: SentenceIndex) -> bool:
    """Whether ``question``'s significant words are mostly in the article (see the module docstring)."""
    words = [t for t in dict.fromkeys(tokenize(question)) if t not in _form_words()]
    if not words:
        return True
    held = sum(index.knows(index.spelling(t)) for t in words)
    return 2 * held > len(words) or (2 * held == len(words) and held >= 2)
