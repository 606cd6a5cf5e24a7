"""What a text says of a person's gender: job words, courtesy titles, given names, pronouns."""

from __future__ import annotations

from retrieval.given_names import FEMALE_GIVEN, MALE_GIVEN, UNISEX_GIVEN
from retrieval.lexicon import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS
from retrieval.names import name_key

__all__ = ["FEMALE", "MALE", "PRONOUN_GENDER", "gender_of", "is_given_name"]

PRONOUN_GENDER = {"he": "m", "she": "f"}
FEMALE = FEMALE_NAMES | FEMALE_GIVEN
MALE = MALE_NAMES | MALE_GIVEN


def gender_of(text: str) -> str | None:
    """"f" or "m" from job words, courtesy titles or a given name in ``text``; None if it never says."""
    words = name_key(text).split()
    if not FEMALE_WORDS.isdisjoint(words) or not FEMALE.isdisjoint(words):
        return "f"
    if not MALE_WORDS.isdisjoint(words) or not MALE.isdisjoint(words):
        return "m"
    return None


def is_given_name(word: str) -> bool:
    """Whether ``word`` (lower case) is a common given name."""
    return word in FEMALE or word in MALE or word in UNISEX_GIVEN
