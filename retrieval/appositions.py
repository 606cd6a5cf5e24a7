"""Read a speaker's name out of what surrounds it: appositions, dashes, brackets.

``Name, 54, a former banker, said``, ``Ida Moss -- co-author of X -- said``, ``Sen. X (R-Ga.)
said``, ``the Elm County Police Department which reported``: these only find words; the
speech tag around them is ``tags.py``'s.
"""

from __future__ import annotations

from retrieval.lexicon import DETERMINERS, PREPOSITIONS
from retrieval.phrases import CLAUSE_PREPOSITIONS, forward_phrase, subject_before
from retrieval.sentence_openings import opens_phrase
from retrieval.tokens import Token, place_of

__all__ = ["DASHES", "after_place", "apposition_subject", "before_parenthesis", "dashes_as_commas",
           "in_opening_place", "name_ending_at", "opening_apposition"]

MAX_APPOSITION = 30  # tokens from the verb back to the name of "Name, …, …, said"
_NICKNAME_CHARS = 30  # a quoted stretch this short may sit inside an apposition
DASHES = frozenset({"—", "–", "-", "―"})  # "--" comes as two "-"
_LOCATIVE = frozenset({"in", "at", "from", "near", "outside"})  # "in Dayton, Ohio": not "Of Hale, Lamb"
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "as", "because", "although", "though"})


def apposition_subject(tokens: list[Token], j: int) -> tuple[list[Token], list[Token]] | None:
    """``Name, 54, a former banker, said`` / ``Name, …, who said``: the leading name and its apposition.

    Walks left over the comma-separated parts and keeps the leftmost noun phrase that
    ends at a comma and is not the object of a preposition ("based in Charlotte,"),
    preferring a name to a description.
    """
    candidates: list[tuple[int, list[Token]]] = []  # right to left
    k = j
    while k >= 0 and j - k <= MAX_APPOSITION and not _long_quote(tokens[k]):
        if tokens[k].text == "," and k > 0:
            # "Rep. Ann Lee (D-Md.), chair of X, said": the name is before the brackets
            subject = subject_before(tokens, before_parenthesis(tokens, k - 1) if tokens[k - 1].text == ")"
                                     else k - 1)
            start = next((n for n in range(k) if tokens[n] is subject[0]), k) if subject else k
            before = tokens[start - 1].low if start > 0 else ""
            if start == 0 and len(subject) == 1 and opens_phrase(tokens, 0):
                break  # "Still, Tad Devine, an adviser, said": the clause starts after "Still,"
            # "…, and Smith, the chief, said": a new clause starts at a conjunction after a comma or
            # at the sentence's start; elsewhere what follows "and" is part of an object ("with his
            # wife and two daughters", "the Museum of History and Culture").
            conjunction = before in _CLAUSE_CONJUNCTIONS
            new_clause = conjunction and (start < 2 or tokens[start - 2].text == ",")
            if len(candidates) > 1 and _place_tail(tokens, k, candidates[-1][1]):
                candidates.pop()  # "in Dayton, Ohio, Tom Hale, 54, said": Ohio is where, not who
            if subject and not _governed(before, subject) and (new_clause or not conjunction
                                                           or _second_conjunct(tokens, start)):
                candidates.append((k, subject))
                if new_clause:
                    break
        k -= 1
    if not candidates:
        return None
    # "Keefe's attorney, Daniel Whitcomb, argued": a name beats the job that introduces it.
    named = [c for c in candidates if c[1][-1].capitalized]
    comma, subject = (named or candidates)[-1]
    start = next((n for n in range(comma + 1, j) if tokens[n].text != ","), j)  # "--" gives two commas
    apposition = [t for t in tokens[start:j] if t.low not in ("who", "which")]
    return subject, apposition


def _governed(before: str, subject: list[Token]) -> bool:
    """``subject`` is the object of the preposition ``before`` it (``based in | Charlotte,``).

    Not after a preposition that opens a clause: ``after | a woman in Harborton, Vell
    County, told`` has the woman for its subject.
    """
    return before in PREPOSITIONS and not (before in CLAUSE_PREPOSITIONS and subject[0].low in DETERMINERS)


def _second_conjunct(tokens: list[Token], start: int) -> bool:
    """``Hale and | Ruiz, however, said``: the pair before the comma opens the clause, so it is the subject.

    The pair opens the sentence or follows its opening phrase (``Still, Hale and Ruiz, …``);
    after a noun (``Two analysts, Hale and Ruiz, found``) it is an apposition, not the subject.
    """
    if start < 2 or tokens[start - 1].low != "and":
        return False
    left = subject_before(tokens, start - 2)
    n = place_of(tokens, left[0]) if left else None
    if n is None or n == 0:
        return n == 0
    return tokens[n - 1].text == "," and opens_phrase(tokens, 0) \
        and all(t.text != "," for t in tokens[: n - 1])


def in_opening_place(tokens: list[Token], k: int) -> bool:
    """Token ``k`` lies in the place phrase opening its sentence: ``In central Kestrel Falls, a nurse …``.

    What follows that phrase's comma is the sentence's subject, not an apposition of the place.
    """
    return bool(tokens) and tokens[0].low in _LOCATIVE and all(t.text != "," for t in tokens[:k])


def opening_apposition(tokens: list[Token], j: int) -> bool:
    """The clause up to the comma at ``j`` is a name and its apposition: ``Frank Lamb, a pollster,``.

    The verb after that comma is the name's, so what follows the verb is what was said:
    ``Frank Lamb, a pollster, said Ruiz and the mayor had lost`` is Lamb's. The name opens
    the sentence or a clause after a comma (``So far, Lamb, at the institute, said``).
    """
    if not any(_name_before_comma(tokens, c) for c in range(1, j)):
        return False  # the walk over the appositions is costly; most sentences fail here
    found = apposition_subject(tokens, j)
    if found is None or not found[1] or not found[0][-1].capitalized:
        return False
    start = place_of(tokens, found[0][0])
    return start == 0 or tokens[start - 1].text == ","


def _name_before_comma(tokens: list[Token], c: int) -> bool:
    """Token ``c`` is a comma closing capitalised words that open the sentence or follow a comma."""
    if tokens[c].text != ",":
        return False
    n = c - 1
    while n >= 0 and tokens[n].is_word and tokens[n].capitalized:
        n -= 1
    return n < c - 1 and (n < 0 or tokens[n].text == ",")


def _place_tail(tokens: list[Token], comma: int, subject: list[Token]) -> bool:
    """``Ohio`` in ``in Dayton, Ohio,``: one capitalised word after a place."""
    return len(subject) == 1 and subject[0] is tokens[comma + 1] and after_place(tokens, comma + 1)


def after_place(tokens: list[Token], k: int) -> bool:
    """Token ``k`` follows a place and its comma (``in Kestrel, | New Hampshire``): a state, not a person."""
    n = k - 2
    while n >= 0 and tokens[n].is_word and tokens[n].capitalized and tokens[n].low not in _LOCATIVE:
        n -= 1
    return k > 1 and tokens[k - 1].text == "," and 0 <= n < k - 2 and tokens[n].low in _LOCATIVE


def dashes_as_commas(tokens: list[Token], j: int) -> list[Token] | None:
    """The tokens with the pair of dashes closing at ``j`` read as commas; None without a pair.

    ``Ida Moss -- co-author of X -- said`` reads as ``Ida Moss, co-author of X, said``.
    """
    opening = _opening_dash(tokens, j)
    if opening is None:
        return None
    return [*tokens[:opening], *(_as_comma(t) for t in tokens[opening : j + 1]), *tokens[j + 1 :]]


def name_ending_at(tokens: list[Token], j: int) -> list[Token]:
    """The capitalised name (with its article) ending at ``j``, even after a preposition."""
    start = j + 1
    while start > 0 and tokens[start - 1].is_word and (tokens[start - 1].capitalized or (
            tokens[start - 1].low == "of" and start > 1 and tokens[start - 2].capitalized)):
        start -= 1  # "the American Federation of Farmers"
    if start > j:
        return []
    if start > 0 and tokens[start - 1].low in ("the", "a", "an"):
        start -= 1
    subject = forward_phrase(tokens, start)
    return subject if start + len(subject) == j + 1 else []


def before_parenthesis(tokens: list[Token], j: int) -> int:
    """The token before the bracket that ``)`` at ``j`` closes: ``Sen. David Perdue (R-Ga.) said``."""
    for n in range(j - 1, max(-1, j - 8), -1):
        if tokens[n].text == "(":
            return n - 1
    return -1


def _opening_dash(tokens: list[Token], j: int) -> int | None:
    """Where the dashes closing at ``j`` open: ``Ida Moss -- co-author of X -- said``; None without a pair."""
    n = j
    while n > 0 and tokens[n - 1].text in DASHES:
        n -= 1  # "--" is two tokens
    for m in range(n - 1, max(0, n - MAX_APPOSITION), -1):
        if tokens[m].is_quote:
            return None
        if tokens[m].text in DASHES:
            while m > 0 and tokens[m - 1].text in DASHES:
                m -= 1
            return m if m > 0 and tokens[m - 1].is_word else None
    return None


def _as_comma(token: Token) -> Token:
    """A dash read as the comma it stands for around an apposition."""
    return Token(",", token.start, token.end) if token.text in DASHES else token


def _long_quote(token: Token) -> bool:
    """A quotation, unless short enough to be a nickname inside an apposition (“Big Joe”)."""
    return token.is_quote and token.end - token.start > _NICKNAME_CHARS
