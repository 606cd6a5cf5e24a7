"""The subject of a verb of saying that follows a relative clause: ``Aides who met Lamb said``.

Reading leftwards from the verb finds the relative clause's last words (``… to discuss
the plan | said``), never the speaker; the speaker is the noun phrase ``who`` follows,
when it opens its clause (``Aides``, ``a county official``, ``But growers``, ``Ana
Ruiz, who chairs the board said``). A comma, a quotation or another clause inside the
relative (``… over who backed which bill that Lamb said``), a verb right after ``who``
(``those who said``) or a name there (``Bannon, who Lamb called``) is another
structure, left to the other readers.
"""

from __future__ import annotations

from retrieval.lexicon import SENTENCE_CONJUNCTIONS
from retrieval.phrases import subject_before
from retrieval.tokens import Token

__all__ = ["relative_head"]

_MAX_CLAUSE = 14  # words of a relative clause between "who" and the verb
_NEW_CLAUSE = frozenset({"that", "which", "whether", "because", "while", "when", "if", "although", "though"})


def relative_head(tokens: list[Token], j: int) -> list[Token]:
    """The phrase before the ``who`` whose clause ends at ``j``, or ``[]``."""
    if j < 1 or not tokens[j].is_word or tokens[j].low == "who":
        return []
    for n in range(j - 1, max(0, j - _MAX_CLAUSE) - 1, -1):
        token = tokens[n]
        if not token.is_word or token.low in _NEW_CLAUSE:
            return []
        if token.low == "who":
            return [] if tokens[n + 1].capitalized else _head_before(tokens, n)
    return []


def _head_before(tokens: list[Token], n: int) -> list[Token]:
    """The phrase ending before ``who`` at ``n`` (or before its comma), if it opens its clause."""
    end = n - 2 if n > 1 and tokens[n - 1].text == "," else n - 1
    head = subject_before(tokens, end) if end >= 0 else []
    start = end + 1 - len(head)
    opens = start == 0 or not tokens[start - 1].is_word or tokens[start - 1].low in SENTENCE_CONJUNCTIONS
    return head if head and opens else []
