"""Answers, and their sentences made into ``Result`` records only as they are read.

"What did the official say?" can hold thousands of sentences on a long article; a front
end shows a page of them. Keeping their numbers in an array and making each record when
it is read keeps such an answer as quick as one holding ten, and a search's ten are made
only if shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from retrieval.attribution import Attribution, QuoteKind
from retrieval.questions import Intent
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker

__all__ = ["Answer", "Result", "Results", "result"]


@dataclass(frozen=True, slots=True)
class Result:
    """One sentence of an answer, with who said it and how well it matched (0 when unranked)."""

    sentence: Sentence
    speaker: Speaker | None
    kind: QuoteKind | None
    score: float


def result(attribution: Attribution, score: float) -> Result:
    """The record of ``attribution``'s sentence, matched with ``score``."""
    return Result(attribution.sentence, attribution.speaker, attribution.kind, score)


class Results(Sequence[Result]):
    """Sentences ``order`` (numbers, in the order shown) of an article's ``attributions``.

    Each sentence scores ``scores[i]`` (an array over the article, or the ranked sentences'
    scores by number), or 0 when unranked (``scores`` None). Indexing gives a
    ``Result``, slicing a tuple of them; it equals any sequence of the same results.
    """

    __slots__ = ("_attributions", "_order", "_scores")

    def __init__(self, order: np.ndarray, attributions: Sequence[Attribution],
                 scores: np.ndarray | Mapping[int, float] | None = None) -> None:
        self._order = order
        self._attributions = attributions
        self._scores = scores

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, key: int) -> Result: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[Result, ...]: ...
    def __getitem__(self, key: int | slice) -> Result | tuple[Result, ...]:
        if isinstance(key, slice):
            return tuple(map(self._result, self._order[key].tolist()))
        return self._result(int(self._order[key]))

    def __iter__(self) -> Iterator[Result]:
        return map(self._result, self._order.tolist())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, which hash otherwise

    def __repr__(self) -> str:
        return f"Results({len(self)} sentences)"

    def _result(self, i: int) -> Result:
        return result(self._attributions[i], 0.0 if self._scores is None else float(self._scores[i]))


@dataclass(frozen=True, slots=True)
class Answer:
    """What the engine found; ``message`` speaks to the user when results alone can't."""

    question: str
    intent: Intent
    speaker: Speaker | None
    results: Sequence[Result]  # made as read; a speaker's answer holds every sentence quoted
    mentions: tuple[int, ...] = ()
    message: str | None = None
    closest: bool = False  # the results only come nearest: the article doesn't answer the question
