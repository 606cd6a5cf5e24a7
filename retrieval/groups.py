"""Words naming people as a group: plurals of people, and counts and shares of them.

"Social conservatives say", "Nearly half said", "with 41 percent of growers warning": a group
speaks, not a person, and no pronoun later stands for one of them alone.
"""

from __future__ import annotations

from retrieval.lexicon import DETERMINERS, STOP_WORDS
from retrieval.names import is_role_noun
from retrieval.tokens import Token

__all__ = ["PEOPLE_PLURALS", "group", "number", "people", "share_after_with"]

PEOPLE_PLURALS = ("ers", "ors", "ists", "ans", "ents", "ants", "ives", "ics", "ees", "ites", "iates")
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten"})
_SHARE_WORDS = 6  # at most: "62 percent of likely Vell voters"
# Counts and shares of people standing alone as a subject: "Nearly half said", "those surveyed say".
_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "fourths", "fifths", "majority",
                     "majorities", "most", "many", "several", "others", "percent", "surveyed", "polled",
                     "questioned", "interviewed"})


def share_after_with(tokens: list[Token], j: int) -> list[Token]:
    """``with | 41 percent of growers | warning``: a share of people ending at ``j``, right after ``with``.

    The share is the subject of the participle after it, as a name is in ``with Ann Lee saying``.
    """
    n = j
    while n > 0 and j - n < _SHARE_WORDS and tokens[n].is_word and tokens[n].low != "with":
        n -= 1
    words = tokens[n + 1 : j + 1]
    if tokens[n].low != "with" or not words or not (number(words[0]) or words[0].text.endswith("%")):
        return []
    share = words[0].text.endswith("%") or any(t.low in ("percent", "in", "of") for t in words[1:])
    last = words[-1]  # people or the count itself: not "41 percent growth"
    of_people = number(last) or last.low == "percent" or last.text.endswith("%") or group([last]) \
        or is_role_noun(last.low)
    return words if share and of_people else []


def group(words: list[Token]) -> bool:
    """A plural noun for people opening its clause: ``Social conservatives say``, ``…, forecasters say``.

    People nouns end like ``-ers``, ``-ists``, ``-ans``, ``-ents`` (``television replays`` do not);
    a count or share stands for people too: ``Nearly half say``, ``Many said``, ``those polled say``.
    """
    content = [t for t in words if t.low not in DETERMINERS]
    last = (content or words)[-1] if words else None
    if last is None:
        return False
    if last.low.split("-")[-1] in _SHARES or (last.text.endswith("%") and last.text[:1].isdigit()):
        return True  # "two-thirds", "Majorities", "49%"
    return bool(content) and not last.capitalized and last.low.endswith(PEOPLE_PLURALS)


def people(token: Token) -> bool:
    """A plural naming people: ``parents``, ``voters``, ``Republicans``."""
    return token.is_word and token.low.endswith(PEOPLE_PLURALS) and token.low not in STOP_WORDS \
        and (token.capitalized or group([token]) or is_role_noun(token.low))


def number(token: Token) -> bool:
    """``10``, ``Six``, ``nine``: a count, as in "six in 10 voters"."""
    return token.text[:1].isdigit() or token.low in _NUMBER_WORDS
