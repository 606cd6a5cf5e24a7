"""A quotation after an ``as`` clause whose subject wrote, sang or said it, whatever the verb.

``As the poet Ed Lamb wrote in 1990, “…”``, ``As the Elm Singers sang, “…”``, ``As Ana Ruiz,
a judge and author of “Dry Years,” put it, “…”``: the clause introduces the words that end
the sentence, so its subject is their speaker. Only a name, a person or people may be that
subject (not ``As a result,``), a verb must follow it, and the quotation must close the
sentence (not ``As Hale spoke, “Shame!” rang out``). ``tags.py`` makes the tag, and reads
it only when no other tag is found.
"""

from __future__ import annotations

from retrieval.groups import PEOPLE_PLURALS
from retrieval.lexicon import PERSON_SUBJECTS, PREPOSITIONS
from retrieval.names import is_role_noun
from retrieval.phrases import forward_phrase
from retrieval.tokens import Token

__all__ = ["as_clause_speaker"]

_JOINS = frozenset({"and", "or"})  # "author of “Dry Years” | and a judge": the apposition goes on
_MAX_CLAUSE = 30  # tokens from "as" to the comma before the quotation


def as_clause_speaker(tokens: list[Token]) -> tuple[list[Token], int, int] | None:
    """The subject of the ``as`` clause before a closing quotation, its verb's index and the quotation's."""
    quote = next((n for n, t in enumerate(tokens) if t.is_quote and n > 2
                  and tokens[n - 1].text in (",", ":") and not _words_after(tokens, n)), None)
    if quote is None:
        return None
    for a in range(max(0, quote - _MAX_CLAUSE), quote - 3):
        if tokens[a].low == "as" and (a == 0 or tokens[a - 1].text == ","):
            return _clause(tokens, a, quote)
    return None


def _clause(tokens: list[Token], a: int, quote: int) -> tuple[list[Token], int, int] | None:
    """``as | Ed Lamb, a judge, | put it, “…”``: the subject and the verb after it, if someone."""
    subject = forward_phrase(tokens, a + 1)
    if not subject or not _someone(subject):
        return None
    verb = a + 1 + len(subject)
    if tokens[verb].text == ",":  # "As Ana Ruiz, a judge and author of “Dry Years,” | put it"
        verb = _after_apposition(tokens, verb, quote)
    if verb is None or verb >= quote - 1:
        return None
    token = tokens[verb]
    if not token.is_word or token.capitalized or token.low in PREPOSITIONS:
        return None
    return subject, verb, quote


def _after_apposition(tokens: list[Token], comma: int, quote: int) -> int | None:
    """The word after the comma closing the apposition that opens at ``comma``.

    That comma may be inside a quotation the apposition ends with: ``author of “Dry Years,” | put``.
    """
    for n in range(comma + 1, quote - 1):
        if (tokens[n].text == "," or tokens[n].is_quote) and tokens[n + 1].is_word \
                and tokens[n + 1].low not in _JOINS:
            return n + 1
    return None


def _someone(subject: list[Token]) -> bool:
    """A name, a person or people: ``Ed Lamb``, ``the columnist``, ``the Elm Singers``, ``farmers``."""
    head = subject[-1]
    return head.capitalized or head.low in PERSON_SUBJECTS or is_role_noun(head.low) \
        or head.low.endswith(PEOPLE_PLURALS)


def _words_after(tokens: list[Token], n: int) -> bool:
    """A word follows the quotation at ``n``: it does not close the sentence."""
    return any(t.is_word for t in tokens[n + 1 :])
