"""Time phrases that stand between a speaker and the verb: ``Ruiz on Tuesday said``.

``tags.py``, ``phrases.py`` and ``clauses.py`` pass over them to join a subject to its
verb; they tell when, never who.
"""

from __future__ import annotations

from retrieval.lexicon import DAYS, MONTHS, TIME_PHRASE_WORDS, TIME_UNITS
from retrieval.tokens import Token

__all__ = ["after_time_phrase", "before_time_phrase"]

_TIME_DEICTICS = frozenset({"last", "this", "next", "that", "each", "every", "past"})  # "this past week"
# "less than two weeks ago", "a few days ago": a span counted back from now.
_AGO_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hours"})
_AGO_COUNTS = frozenset({"a", "an", "two", "three", "four", "five", "six", "few", "several", "less", "more",
                         "than", "about", "nearly", "just", "only"})


def before_time_phrase(tokens: list[Token], j: int) -> int:
    """The last token before a time phrase ending at ``j``: ``Ruiz | on Tuesday``, ``X | late Friday``.

    A month counts only after a word of time (``in May``: ``Theresa May`` is a name), a
    week or year only after ``last``, ``this`` or ``next``, a year's number after ``in``.
    """
    n = _before_ago(tokens, j)
    anchored = n < j
    while n >= 0 and tokens[n].is_word:
        low, before = tokens[n].low, tokens[n - 1].low if n > 0 else ""
        if tokens[n].text.isupper() and len(low) > 1:
            break  # "USA TODAY": a name in capitals, not a day
        if low in DAYS or (low in MONTHS and before in TIME_PHRASE_WORDS) \
                or (low in TIME_UNITS and before in _TIME_DEICTICS) or (_year(low) and before == "in"):
            anchored = True
        elif (tokens[n].capitalized and n > 0) or (low not in TIME_PHRASE_WORDS and low != "past"):
            break
        n -= 1
    return n if anchored else j


def _before_ago(tokens: list[Token], j: int) -> int:
    """The token before ``less than two weeks ago`` ending at ``j``, else ``j``."""
    if j < 2 or tokens[j].low != "ago" or tokens[j - 1].low not in _AGO_UNITS:
        return j
    n = j - 2
    while n >= 0 and (tokens[n].low in _AGO_COUNTS or tokens[n].low.isdigit()):
        n -= 1
    return n if n < j - 2 else j


def _year(low: str) -> bool:
    """``2010``: a year's number."""
    return len(low) == 4 and low.isdigit() and low[:2] in ("19", "20")


def after_time_phrase(tokens: list[Token], k: int) -> int:
    """The first token after a time phrase starting at ``k``: ``The campaign on Monday | also said``.

    The phrase names a day or a span of time pointed at: ``ruled this month | that``.
    """
    n = k
    anchored = False
    while n < len(tokens) and tokens[n].is_word and not tokens[n].text.isupper():
        low = tokens[n].low
        unit = low in TIME_UNITS and n > k and tokens[n - 1].low in _TIME_DEICTICS  # "this month"
        if not (unit or low in TIME_PHRASE_WORDS or low in DAYS):
            break
        anchored = anchored or unit or low in DAYS
        n += 1
    return n if anchored else k
