"""Whether what was said follows a verb or noun of saying: a "that" clause, a quotation, a clause.

A verb such as "claims" or "notes" reports only with its clause ("Lamb claims his farm is …",
"notes that …"); these tests tell that from an object ("claims the seat").
"""

from __future__ import annotations

from retrieval.lexicon import DAYS, STOP_WORDS, TIME_PHRASE_WORDS
from retrieval.quoted_clauses import quote_follows
from retrieval.time_phrases import after_time_phrase
from retrieval.tokens import Token

__all__ = ["clause_follows", "clause_follows_phrase", "clause_subject_follows"]

# What follows a verb that reports only with its clause: "claims that", "wondered whether".
_DAY_OPENERS = DAYS | TIME_PHRASE_WORDS  # what a phrase naming a day opens with: "Monday night", "on Friday"
_CLAUSE_OPENERS = frozenset({"that", "whether", "if", "why", "how", ":"})
# "vows to “fix” the roads": promises report what was promised with "to" and a quotation.
_PROMISE_VERBS = frozenset({"vows", "promises", "pledges", "vow", "promise", "pledge"})  # verbs and nouns
_CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "there",  # "claim | it will …"
                              "they're", "we're"})  # "insist | they’re fighting …"
# "claims | his farm is …": a short noun phrase opening with these, then a finite verb, is a clause.
_NOUN_OPENERS = frozenset({"the", "his", "her", "its", "their", "this", "these", "those", "such", "a", "an"})
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                     "may", "might", "should", "does", "did", "must"})
_LINKING = frozenset({"however", "instead", "too", "also"})  # "suggest, however, that" needs no commas
_MAX_CLAUSE_SUBJECT = 3  # words of that noun phrase: "the county fee"
_MAX_PHRASE = 7  # words of a phrase between a verb and what was said: "on Monday via a post"


def clause_follows(tokens: list[Token], k: int) -> bool:
    """What was said follows ``k``: ``that …``, ``whether …``, ``: “…”``, ``, “…”`` or a quotation.

    After a promise, ``to`` with a quotation in its clause: ``vows to “fix” the roads``. A day
    may come first: ``boasted Friday night that …``.
    """
    if k + 1 >= len(tokens):
        return False
    following = tokens[k + 1].low
    if following == "to" and tokens[k].low in _PROMISE_VERBS:  # "vows to “fix” the roads"
        return quote_follows(tokens, k)
    if _opens_clause(tokens, k + 1) or (_adverb(tokens[k + 1]) and _opens_clause(tokens, k + 2)):
        return True  # "claims that", "acknowledged privately that"
    n = after_time_phrase(tokens, k + 1) if following in _DAY_OPENERS else k + 1
    return n > k + 1 and _opens_clause(tokens, n)


def clause_follows_phrase(tokens: list[Token], k: int) -> bool:
    """What was said follows a short phrase after ``k``: ``said | in a statement | that …``.

    Only words stand between: a comma or another clause ends the phrase.
    """
    for n in range(k, min(len(tokens) - 1, k + _MAX_PHRASE)):
        if not tokens[n].is_word or tokens[n].low in _CLAUSE_OPENERS:
            return False
        if _opens_clause(tokens, n + 1) and tokens[n + 1].text != ",":
            return True
    return False


def _adverb(token: Token) -> bool:
    """``privately``, ``however``: a word that may stand between a verb of saying and its ``that``."""
    return token.is_word and not token.capitalized and (token.low.endswith("ly") or token.low in _LINKING)


def _opens_clause(tokens: list[Token], n: int) -> bool:
    """What was said starts at ``n``: ``that``, ``whether``, ``:``, a quotation or ``, “…”``."""
    return n < len(tokens) and (tokens[n].is_quote or tokens[n].low in _CLAUSE_OPENERS or (
        tokens[n].text == "," and n + 1 < len(tokens) and tokens[n + 1].is_quote))


def clause_subject_follows(tokens: list[Token], k: int) -> bool:
    """A clause's subject comes right after the verb at ``k``: ``claim | it will``, ``notes | the fee is``.

    Not ``claims the title``, ``notes the date of the vote``: no finite verb ends the noun phrase.
    """
    first = tokens[k + 1]
    if first.low in _CLAUSE_SUBJECTS:
        return True
    # "insist | delegates must …", "suggest | Ed Lamb has …": a bare plural or a name opens it too
    bare = first.is_word and first.low not in STOP_WORDS and (first.capitalized or first.low.endswith("s"))
    if first.low not in _NOUN_OPENERS and not bare:
        return False
    start = k + 1 if bare else k + 2
    while start < len(tokens) and tokens[start].low in _NOUN_OPENERS:  # "suggest such | a move could"
        start += 1
    for n in range(start, min(len(tokens), k + 3 + _MAX_CLAUSE_SUBJECT)):
        if tokens[n].low in _FINITE:
            return n > start
        if not tokens[n].is_word or tokens[n].low in STOP_WORDS:
            return False  # "claims the seat that was empty": a relative clause, no report
    return False
