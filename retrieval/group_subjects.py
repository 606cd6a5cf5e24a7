"""A group that speaks, named with the place or body it belongs to: ``Farmers on both banks say``.

The plain subject reader stops at the small words inside such a phrase (``both``, ``each``,
``them``), so ``Majorities in every ward say`` or ``Most of them argued`` would be a tag
naming no one. Read here only when no other subject is found: a
clause opening with people (a plural of people or a share: ``majority``, ``many``), then
one phrase of a preposition, right before the verb.
"""

from __future__ import annotations

from retrieval.groups import people
from retrieval.lexicon import DETERMINERS, STOP_WORDS
from retrieval.names import is_role_noun
from retrieval.tokens import Token

__all__ = ["group_subject"]

# What opens a clause, so a subject may start after it.
_OPENERS = frozenset({"and", "but", "while", "although", "though", "because", "yet", "so"})
# The prepositions that tie a group to its place or side: "critics in both parties", "most of them".
_TIES = frozenset({"in", "on", "of", "at", "from", "across", "among", "around"})
# Shares of people standing as the head: "Majorities in …", "A majority of …", "Many in the crowd".
_SHARES = frozenset({"majority", "majorities", "many", "most", "some", "several", "others", "all",
                     "half", "minority"})
_RELATIVES = frozenset({"who", "whom", "which", "whose", "that", "to"})
_PLACE_ADVERBS = frozenset({"here", "there"})  # "Mill hands there argue"
_MAX_WORDS = 9  # the whole phrase, head and preposition's object: "Majorities in each of the Vell wards"
_MAX_OBJECT = 5


def group_subject(tokens: list[Token], j: int) -> list[Token]:
    """The group phrase ending at ``j`` (the word before the verb), or nothing."""
    if j >= 1 and tokens[j].low in _PLACE_ADVERBS:
        j -= 1
    start = j
    while start > 0 and j - start < _MAX_WORDS and tokens[start - 1].is_word \
            and tokens[start - 1].low not in _OPENERS:
        start -= 1
    if start < 0 or j < start or j - start >= _MAX_WORDS \
            or (start > 0 and tokens[start - 1].is_quote):
        return []
    words = tokens[start : j + 1]
    tie = next((n for n, t in enumerate(words) if t.low in _TIES), None)
    if tie is None or tie == 0 or not 1 <= len(words) - tie - 1 <= _MAX_OBJECT:
        return []
    head = words[tie - 1]
    if not _people_head(head) or any(_not_modifier(t) for t in words[: tie - 1]):
        return []
    # the tie's object: nouns and their small words, never a clause ("who", "that") nor a relative's
    # pronoun: in "…, several of whom argue" the speakers are named before, in another clause
    if any(t.low in _OPENERS or t.low in _RELATIVES for t in words[tie + 1 :]):
        return []
    return words


def _people_head(token: Token) -> bool:
    """``critics``, ``Partisans``, ``officials``, ``majority``: the people the phrase is about."""
    low = token.low
    return low in _SHARES or people(token) or (is_role_noun(low) and low.endswith("s"))


def _not_modifier(token: Token) -> bool:
    """A word before the head that is no determiner or adjective: a stop word or a verb form."""
    if token.low in DETERMINERS or token.low in _SHARES:
        return False
    return token.low in STOP_WORDS or token.low.endswith("ing")
