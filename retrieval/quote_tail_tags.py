"""A tag right after a quotation, whatever its verb (``“…,” Ed Lamb shot back``).

News closes a quotation with its speaker and any verb of manner (``mused``, ``retorted``,
``scoffed``, ``shot back``); no list of verbs of saying can hold them all. When the
sentence opens with the quotation and the words after it are only a name (perhaps
described: ``an angry Ed Lamb``), a role (``the mayor``) or a subject pronoun and one
verb (perhaps with a particle), ending the sentence or its clause or followed by a
phrase of time or manner (``with a laugh``) or, after a verb in the past, by ``and`` and what
the speaker did next (``barked and walked out``), that verb is the quotation's tag. So is
the verb right after the quotation when only a name (perhaps with its town after ``of``)
follows it to the end of the clause (``“…,” mused Ana Ruiz.``, ``beamed Ana Ruiz of Elmford,``).
"""

from __future__ import annotations

from retrieval.lexicon import PERSON_SUBJECTS, STOP_WORDS, TIME_WORDS
from retrieval.names import is_role_noun
from retrieval.tokens import Token

__all__ = ["quote_tail_cue"]

_SUBJECT_PRONOUNS = PERSON_SUBJECTS | {"i", "we"}
# "shot back", "chimed in", "piped up": particles that end a verb of manner.
_PARTICLES = frozenset({"back", "in", "up", "on", "out", "off", "along"})
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_NAME = 4  # words of the speaker's name between the quotation and the verb
# "shot back with a laugh", "quipped on Monday": what may follow the verb of a tag.
_TRAILING = TIME_WORDS | {"with", "to", "in", "at", "on", "during", "after", "before", "as", "while",
                          "when", "from"}


def quote_tail_cue(tokens: list[Token], k: int) -> int:
    """How many tokens the tag verb at ``k`` spans after an opening quotation (0 when it is none)."""
    verb = tokens[k]
    if k and not tokens[0].is_quote:
        return 0  # no quotation opens the sentence: read at every word of most sentences, so first
    if not verb.text.isalpha() or verb.capitalized or verb.low in STOP_WORDS or verb.low.endswith("ing"):
        return 0
    if _after_quote(tokens) == k:  # inverted: "“…,” mused Ana Ruiz." (not "“Elm Blues” won Best Song at …")
        end = k + 1
        while end < len(tokens) and tokens[end].is_word \
                and (tokens[end].capitalized or _of_place(tokens, k, end)):  # "mused Ana Ruiz of Elmford"
            end += 1
        ends = end == len(tokens) or not (tokens[end].is_word or tokens[end].is_quote)
        return 1 if end > k + 1 and ends else 0
    if not _subject_after_quote(tokens, k):
        return 0
    length = 2 if k + 1 < len(tokens) and tokens[k + 1].low in _PARTICLES else 1
    end = k + length
    # "barked and walked out" (a verb in the past), not "the Vell senator and …"
    if end < len(tokens) and tokens[end].low == "and":
        return length if verb.low.endswith("ed") else 0
    return length if end >= len(tokens) or not tokens[end].is_word or tokens[end].low in _TRAILING else 0


def _subject_after_quote(tokens: list[Token], k: int) -> bool:
    """Only a quotation (and its comma) and a name, a role or a subject pronoun stand before ``k``."""
    start = _after_quote(tokens)
    if not start:
        return False
    subject = tokens[start:k]
    if len(subject) == 1 and subject[0].low in _SUBJECT_PRONOUNS:
        return True
    if subject and subject[0].low in _ARTICLES:  # "an angry Ana Ruiz", "the senator"
        described = subject[1:]
        return 0 < len(described) <= _MAX_NAME and all(t.is_word and not t.possessive for t in described) \
            and (described[-1].capitalized or is_role_noun(described[-1].low))
    return 0 < len(subject) <= _MAX_NAME and all(t.is_word and t.capitalized for t in subject)


def _after_quote(tokens: list[Token]) -> int:
    """Where the words after a quotation opening the sentence (and its comma) start; 0 if none does."""
    if not tokens[0].is_quote:
        return 0
    return 2 if len(tokens) > 1 and tokens[1].text == "," else 1


def _of_place(tokens: list[Token], k: int, n: int) -> bool:
    """``of`` between a name of two words or more and a place: ``mused Ana Ruiz | of Elmford``."""
    return tokens[n].low == "of" and n > k + 2 and n + 1 < len(tokens) and tokens[n + 1].capitalized
