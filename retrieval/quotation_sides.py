"""Which side of a sentence a quotation stands on: an opening clause, an aside, or the rest.

A sentence may hold several speech tags; the one on the quotation's side is its tag
(``Although Hale spoke, Ruiz said, “…”``). ``tags.py`` ranks the tags it finds with this.
"""

from __future__ import annotations

from collections.abc import Callable

from retrieval.appositions import DASHES
from retrieval.lexicon import SENTENCE_CONJUNCTIONS
from retrieval.tokens import Token

__all__ = ["apart_from_quotation"]

# "Although Hale disputed it, Ruiz said, “…”": words opening a clause that ends at the sentence's first comma.
_SUBORDINATORS = frozenset({"although", "though", "while", "when", "whenever", "after", "before", "as",
                            "because", "since", "if", "once", "until", "whereas"})


def apart_from_quotation(tokens: list[Token]) -> Callable[[int], bool]:
    """Whether a cue at ``k`` stands apart from the quotation: one in a clause or an aside, the other not.

    ``When Hale heckled, “…” Ruiz said``, ``Although Hale spoke, Ruiz wrote, “…”``: the tag
    in the opening clause is not the quotation's; in ``Although Hale said it “…”, Ruiz
    wrote`` the main clause's is not. So with an aside between dashes or brackets: ``— as
    Hale claims, but Ruiz denies — “…?” asked Lamb``. Without such a clause or aside, or
    without a quotation (``While few said so, most said …``: either tag reports), nothing
    stands apart.
    """
    first = next((n for n, t in enumerate(tokens) if t.is_quote), None)
    if first is None:
        return _nowhere
    parts = _asides(tokens)
    start = 1 if tokens and tokens[0].low in SENTENCE_CONJUNCTIONS else 0
    if start < len(tokens) and tokens[start].low in _SUBORDINATORS:
        comma = next((n for n in range(start, len(tokens)) if tokens[n].text == ","), len(tokens))
        parts.append((start, comma))
    if not parts:
        return _nowhere
    return lambda k: any((begin <= k < end) != (begin <= first < end) for begin, end in parts)


def _asides(tokens: list[Token]) -> list[tuple[int, int]]:
    """The stretches between a pair of dashes (``--`` is one) or inside brackets."""
    dashes = [n for n, t in enumerate(tokens)
              if t.text in DASHES and not (n and tokens[n - 1].text in DASHES)]
    parts = list(zip(dashes[::2], dashes[1::2], strict=False))
    opened = None
    for n, token in enumerate(tokens):
        if token.text == "(":
            opened = n
        elif token.text == ")" and opened is not None:
            parts.append((opened, n))
            opened = None
    return parts


def _nowhere(k: int) -> bool:
    return False
