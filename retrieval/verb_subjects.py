"""Whether a verb that is also a noun follows someone: ``Lamb claims …``, not ``his claims``.

``claims``, ``notes``, ``insist`` report speech only as verbs; this tells a verb from a noun
by the word before it (a pronoun, a name, a plural of people, a job after its article) and
by the clause's subject after it (``clause_openings.py``).
"""

from __future__ import annotations

from retrieval.clause_openings import clause_subject_follows
from retrieval.groups import PEOPLE_PLURALS
from retrieval.lexicon import DETERMINERS, PERSON_SUBJECTS, STOP_WORDS
from retrieval.names import is_role_noun
from retrieval.tokens import Token

__all__ = ["after_speaker"]

_BETWEEN = frozenset({"also", "even", "still", "now", "again"})  # "Lamb also claims"


def after_speaker(tokens: list[Token], k: int) -> bool:
    """The verb at ``k`` follows someone and a clause's subject follows it: ``lawmakers claim it …``.

    After ``he``, ``she``, ``they``, a plural of people, a job or a name inside the sentence, and
    before a subject pronoun, the word is a verb of saying (not ``his claims``, ``Elmford
    claims as …``, ``continues his …``; a capital opening the sentence may be no name).
    """
    if k == 0 or k + 1 >= len(tokens) or not clause_subject_follows(tokens, k):
        return False
    j = k - 1
    while j > 0 and tokens[j].low in _BETWEEN:  # "Lamb also claims", "growers even insist"
        j -= 1
    before = tokens[j]
    # "Lamb claims he …" opening the sentence; "New claims …" opens with no name, nor a pronoun after it
    opening = j == 0 and tokens[k + 1].low in PERSON_SUBJECTS
    return before.is_word and not before.possessive and (
        before.low in PERSON_SUBJECTS or before.low.endswith(PEOPLE_PLURALS) or _plural_subject(tokens, j, k)
        or (before.capitalized and (j > 0 or opening) and before.low not in STOP_WORDS)
        or _described_subject(tokens, j))


def _described_subject(tokens: list[Token], j: int) -> bool:
    """A job or body after its article at ``j``: ``The candidate claims …``, ``the company notes …``."""
    return j > 0 and tokens[j - 1].low in DETERMINERS and not tokens[j].capitalized \
        and is_role_noun(tokens[j].low)


def _plural_subject(tokens: list[Token], j: int, k: int) -> bool:
    """A plural at ``j`` before a verb without ``-s``: ``Farm groups insist`` (not ``his claims``)."""
    before = tokens[j].low
    return not tokens[k].low.endswith("s") and before.endswith("s") and not before.endswith("ss") \
        and before not in STOP_WORDS
