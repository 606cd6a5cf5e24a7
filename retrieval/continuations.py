"""Quoted sentences with no tag of their own: they continue a neighbouring quote."""

from __future__ import annotations

from retrieval.entities import Entity
from retrieval.reading import Reading

__all__ = ["fill_continuations"]

_CONTINUATION = 0.9  # how much surer a tag is than the tagless quote it reaches over


def fill_continuations(reading: Reading) -> None:
    """A quoted sentence with no tag continues the quote before it, or else the one after."""
    n = len(reading.sentences)
    for i in range(n):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "direct":
            _continue(reading, i, -1)
    for i in reversed(range(n)):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "direct":
            _continue(reading, i, +1)


def _continue(reading: Reading, i: int, step: int) -> None:
    speaker = _neighbour_speaker(reading, i, step)
    if speaker is not None:
        reading.speaker_of[i] = speaker
        reading.continues[i] = i + step
        reading.confidence[i] = reading.confidence[i + step] * _CONTINUATION


def _neighbour_speaker(reading: Reading, i: int, step: int) -> Entity | None:
    """The speaker a tagless quote continues, if the neighbour at ``step`` gives one.

    Before it: a quote, or reported speech (``Dr Adeyemi says the message is simple.
    ‘If you’re pregnant, …’``); after it: a quote.
    """
    j = i + step
    kinds = ("direct", "mixed", "indirect") if step < 0 else ("direct", "mixed")
    if 0 <= j < len(reading.sentences) and reading.kind_of[j] in kinds:
        return reading.speaker_of[j]
    return None
