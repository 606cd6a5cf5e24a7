"""What a text says of a person's gender: job words, courtesy titles, given names, pronouns."""

from __future__ import annotations

from retrieval.lexicon import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS
from retrieval.names import name_key

__all__ = ["PRONOUN_GENDER", "gender_of"]

PRONOUN_GENDER = {"he": "m", "she": "f"}


def gender_of(text: str) -> str | None:
    """"f" or "m" from job words, courtesy titles or a given name in ``text``; None if it never says."""
    words = set(name_key(text).split())
    if words & (FEMALE_WORDS | FEMALE_NAMES):
        return "f"
    if words & (MALE_WORDS | MALE_NAMES):
        return "m"
    return None
