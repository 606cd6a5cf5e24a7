"""What a text says of a person's gender: job words, courtesy titles, given names, pronouns."""

from __future__ import annotations

from retrieval.given_names import FEMALE_GIVEN, MALE_GIVEN
from retrieval.lexicon import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS
from retrieval.names import is_given_name, name_key

__all__ = ["FEMALE", "MALE", "PERSON_NOUNS", "PRONOUN_GENDER", "asked_gender", "gender_of", "is_given_name"]

PRONOUN_GENDER = {"he": "m", "she": "f"}
# What a reader calls someone by their sex alone: "the woman", "the Chinese man".
PERSON_NOUNS = {"woman": "f", "lady": "f", "man": "m", "gentleman": "m", "guy": "m"}
_OWN_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})  # "her lawyer" is not a woman
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


def asked_gender(text: str) -> str | None:
    """The sex a reader's words give ("the spokeswoman", "Mrs. Hale", "the lady"), never by a pronoun."""
    words = [w for w in name_key(text).split() if w not in _OWN_PRONOUNS]
    return gender_of(" ".join(words)) or next((PERSON_NOUNS[w] for w in words if w in PERSON_NOUNS), None)
