"""Looking back: who a pronoun or a description refers to among the people met so far."""

from __future__ import annotations

from collections.abc import Callable

from retrieval.entities import Entity
from retrieval.gender import PRONOUN_GENDER
from retrieval.reading import Reading

__all__ = ["agrees", "antecedent", "latest_speaker", "window"]

_ANTECEDENT_WINDOW = 4  # sentences a pronoun may look back


def window(before: int) -> range:
    """The sentences a reference may look back over, nearest first."""
    return range(before - 1, max(-1, before - 1 - _ANTECEDENT_WINDOW), -1)


def latest_speaker(reading: Reading, i: int, accept: Callable[[Entity], bool]) -> Entity | None:
    """The speaker of the nearest sentence before ``i`` (within the window) that ``accept`` takes."""
    for j in window(i):
        speaker = reading.speaker_of[j]
        if speaker is not None and accept(speaker):
            return speaker
    return None


def antecedent(reading: Reading, pronoun: str, before: int) -> Entity | None:
    """The earlier person or body that ``pronoun`` stands for, looking back from sentence ``before``.

    The subjects and speakers of the sentences before come first, nearest first; then
    anyone else they name. "he" and "she" skip anyone known to be of the other gender (a
    spokeswoman, a Donna, someone already called "she"), and a capitalised word never
    shown to be a person unless it spoke or led its sentence. Whoever is chosen is then
    known to be of that gender.
    """
    candidates = [e for j in window(before)
                  for e in (reading.subject_of[j], reading.speaker_of[j], *reading.table.mentioned[j])
                  if e is not None and agrees(e, pronoun)]
    leading = {id(e) for j in window(before) for e in (reading.subject_of[j], reading.speaker_of[j])}
    people = [e for e in candidates if e.kind != "name" or id(e) in leading]
    chosen = next(iter(people or candidates), None)
    gender = PRONOUN_GENDER.get(pronoun)
    if chosen is not None and gender:
        chosen.gender = gender
    return chosen


def agrees(entity: Entity, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``entity`` (number, gender, person or body).

    "someone" is how an epithet ("the veteran defender") refers: any one person.
    """
    if pronoun == "someone":
        return entity.kind in ("person", "anonymous")
    if pronoun in ("he", "she"):
        wrong = "f" if pronoun == "he" else "m"
        return entity.kind in ("person", "name", "anonymous") and entity.gender != wrong
    if pronoun == "they":
        return entity.kind in ("group", "institution")
    return entity.kind in ("institution", "name")
