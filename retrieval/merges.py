"""Entities that turn out to be one person: a surname met first, a description in the lede."""

from __future__ import annotations

from retrieval.entities import Entity
from retrieval.names import name_key
from retrieval.reading import Reading

__all__ = ["absorb_lede_description", "adopt_surname"]

_LEDE_WINDOW = 2  # "Portugal’s environment minister accused …" named within two sentences


def adopt_surname(reading: Reading, person: Entity) -> None:
    """``Mrs Hollis`` met before ``Leanne Hollis``: the surname alone was this person."""
    surname = person.name_words[-1] if len(person.name_words) > 1 else None
    for other in list(reading.table.with_word(surname)) if surname else ():
        if other is not person and other.kind in ("person", "name") and other.name_words == [surname]:
            reading.merge(person, other)


def absorb_lede_description(reading: Reading, person: Entity, i: int) -> None:
    """Merge a description from just before into the person it turns out to be.

    ``Portugal’s environment minister accused …`` then ``Environment Minister Duarte
    Menezes said``: the lede's description was Menezes all along.
    """
    role = set(name_key(person.role or "").split())
    for j in range(max(0, i - _LEDE_WINDOW), i):
        speaker = reading.speaker_of[j]
        if (speaker is not None and speaker is not person and speaker.kind == "anonymous"
                and speaker.head in role and len(role & set(speaker.name_words)) >= 2):
            reading.merge(person, speaker)
