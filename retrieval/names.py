"""The noun phrases that name people, read from a sentence's tokens (``tokens.py``).

Splits a phrase such as ``U.S. Secretary of State Rex Tillerson`` into the name and the
role, and tells name words, titles and job nouns apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.body_names import MEDIA_WORDS, ends_body
from retrieval.given_names import FEMALE_GIVEN, MALE_GIVEN, UNISEX_GIVEN
from retrieval.lexicon import (
    DAYS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NUMBER_WORDS,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PREPOSITIONS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VERB_LIKE_ROLES,
)
from retrieval.tokens import Token, strip_possessive

__all__ = [
    "inside_name",
    "is_common_noun",
    "is_given_name",
    "is_job_like",
    "is_name_word",
    "is_role_noun",
    "is_role_word",
    "is_tie",
    "is_title",
    "job_words",
    "name_key",
    "role_before_preposition",
    "role_phrase_end",
    "split_title",
    "title_chunk_end",
    "without_generation",
    "word_key",
]

# Title words that also name places and bodies: alone before a name they make no person.
_TITLE_MODIFIERS = frozenset({
    "national", "white", "house", "senate", "security", "state", "foreign", "defense", "defence",
    "former", "acting", "vice", "prime", "home", "health", "education", "energy", "commerce", "trade",
    "finance", "economy", "interior", "treasury", "crown", "air", "force", "army", "navy", "police",
    "department", "agency", "office", "council", "committee", "central"})
_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in", "on"})
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
_ANY_GIVEN = _GIVEN_NAMES | MALE_GIVEN | FEMALE_GIVEN | UNISEX_GIVEN
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname: "Martin Graves Jr."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "J.T.", "A."


def word_key(word: str) -> str:
    """A word of a name as ``name_key`` keys it: ``Official's`` → ``official``, ``O’Neill`` → ``o'neill``."""
    if word.isalpha():  # most are letters only: no possessive or marks to take off
        return word.lower()
    return strip_possessive(word).replace(".", "").replace("’", "'").lower()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key for names: ``U.S. Official's`` → ``us official``.

    Determiners go (``the official``), except a capitalised one inside a name (the
    ``One`` of ``Air Force One``), and never all words: ``One`` alone stays ``one``.
    """
    words = [(word_key(w), n > 0 and w[:1].isupper())
             for n, w in enumerate(text.split())]
    kept = [w for w, inside in words if w and (inside or w not in DETERMINERS)]
    return " ".join(kept or [w for w, _ in words if w])


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name or title (not ``The``, ``In`` or ``Thirteen``)."""
    return token.is_word and token.capitalized and token.low not in STOP_WORDS \
        and token.low not in NUMBER_WORDS


def split_title(words: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a capitalised phrase into (role, name).

    The name is the longest tail of capitalised words that are not title words, up
    to four, not right after "of": ``U.S. Secretary of State Rex Tillerson`` gives
    role ``U.S. Secretary of State`` and name ``Rex Tillerson``. A phrase ending in a
    body's noun (``… Commission``) names no person. A generation closing a name
    (``Martin Graves Jr.``) is the name's.
    """
    if len(words) > 2 and words[-1].low.rstrip(".") in _GENERATIONS:
        role, name = split_title(words[:-1])
        return (role, [*name, words[-1]]) if name else (words, [])
    if words and words[-1].capitalized and ends_body(words[-1].low) and not _given_name_before(words):
        return words, []  # "Securities and Exchange Commission", "Kestrel Valley News": a body, no person
    cut = len(words)
    while cut > 0 and len(words) - cut < 4:
        word = words[cut - 1]
        if (not word.capitalized or is_role_word(word) or word.low in TITLE_ABBREVIATIONS) \
                and not (cut == len(words) and word.capitalized and _title_as_surname(words)):
            break
        if cut == 1 and cut < len(words) and word.low in PARTY_MEMBERS:
            break  # "Democrat Ana Ruiz": a party before a name is no part of it
        if cut >= 2 and inside_name(words, cut - 2):
            if cut < len(words):  # "Commission on Presidential | Debates": one body's name, no person
                return words, []
            break
        if ("." in word.text and len(word.text) > 2 and not _initials_after_title(words, cut - 1)) \
                or (word.possessive and cut < len(words)) or _job_before_given_name(words, cut):
            break  # U.S., U.N., "Spain’s … Minister": a place, not a name ("Wang Yi’s" is one)
        cut -= 1
    return words[:cut], words[cut:]


def without_generation(name: list[Token]) -> list[Token]:
    """``Martin Graves Jr.`` without its ``Jr.``, whose full stop is no initial's."""
    return name[:-1] if len(name) > 1 and name[-1].low.rstrip(".") in _GENERATIONS else name


def _job_before_given_name(words: list[Token], cut: int) -> bool:
    """``Meteorologist Ed Lamb``: a word ending as jobs do, then a given name, opens no name.

    The job's capital is the sentence's; no job list has every job.
    """
    return (cut < len(words) and is_given_name(words[cut].low) and not is_given_name(words[cut - 1].low)
            and words[cut - 1].text[1:].islower() and is_job_like(words[cut - 1].low))


def is_given_name(word: str) -> bool:
    """Whether ``word`` (lower case) is a common given name."""
    return word in _ANY_GIVEN


def _initials_after_title(words: list[Token], k: int) -> bool:
    """Whether ``words[k]`` is a person's initials: "J.T." in "Rep. J.T. Lamb", not the place in "U.S. Steel".

    Letters with full stops are a person's only after a title, where no place is written.
    """
    return (k > 0 and k + 1 < len(words) and _INITIALS.fullmatch(words[k].text) is not None
            and (words[k - 1].low in TITLE_ABBREVIATIONS or words[k - 1].low in HONORIFICS))


def is_title(role: list[Token]) -> bool:
    """Whether title words before a name make it a person's.

    A job (``Sen.``, ``Secretary``) or a party alone (``Democrat Nia Porter``) does; words that
    also name places and bodies (``National League``, ``St. Clairsville``) alone do not.
    """
    return any((is_role_word(t) or t.low in TITLE_ABBREVIATIONS) and t.low not in _TITLE_MODIFIERS
               for t in role) or (len(role) == 1 and role[0].low in PARTY_MEMBERS)


def title_chunk_end(tokens: list[Token], k: int) -> int:
    """End of a run of name words, title words and ``of`` starting at ``k``."""
    end = k
    while end < len(tokens):
        token = tokens[end]
        if end > k and token.low in DAYS:
            break  # "On KTV Tuesday, …": a day after a name is when, not part of it
        if token.is_word and (is_name_word(token) or token.low in TITLE_WORDS):
            end += 1
            if token.possessive and not (end < len(tokens) and is_name_word(tokens[end])):
                break  # "Wang Yi’s proposal" ends here; "Spain’s Ecological Transition Minister" goes on
        elif inside_name(tokens, end) and end + 1 < len(tokens) and is_name_word(tokens[end + 1]):
            end += 1  # "Secretary of State", "Commission on Presidential Debates"
        elif token.text.isdigit() and end > k and tokens[end - 1].low in ORG_NOUNS:
            end += 1  # "School District 118"
        else:
            break
    return end


def _title_as_surname(words: list[Token]) -> bool:
    """``Sen. Tom White``, ``Anna Richardson White``: a title word just after a given name is a surname.

    A middle name may stand between; a title there (``Joe Biden White House``) makes it no name.
    """
    given = next((n for n in range(len(words) - 2, max(-1, len(words) - 4), -1)
                  if words[n].low in _GIVEN_NAMES), None)
    return given is not None and not any(is_role_word(t) for t in words[given + 1:-1])


def _given_name_before(words: list[Token]) -> bool:
    """``Alan Brewer``, ``Ann Baker``: a given name before a noun that also names bodies is a person."""
    return len(words) >= 2 and words[-2].low in _GIVEN_NAMES


def inside_name(tokens: list[Token], k: int) -> bool:
    """A small word inside a longer name: ``Secretary of State``, ``Commission on Presidential Debates``.

    "on" and "for" count only after a body's noun (``Committee for Economic Development``).
    """
    low = tokens[k].low
    return low == "of" or (low in ("on", "for") and k > 0 and tokens[k - 1].capitalized
                           and tokens[k - 1].low in ORG_NOUNS)


def is_role_word(token: Token) -> bool:
    """A job word: ``official``, ``spokeswoman``; capitalised titles count too (``Minister``).

    A tie to another capitalised is a name's (``Ally Hale``, ``Ida Backer``), never a title.
    """
    if token.capitalized:
        return token.low in TITLE_WORDS or (is_role_noun(token.low) and not is_tie(token.low))
    return is_role_noun(token.low)


def job_words(words: list[str], ends: frozenset[str] = PREPOSITIONS) -> list[str]:
    """A role's words up to its first of ``ends``: ``spokesman`` of ``spokesman for the ministry``."""
    return words[: next((n for n, w in enumerate(words) if w.lower() in ends), len(words))]


def is_tie(low: str) -> bool:
    """``ally``, ``rivals``: a noun for someone's tie to another (``RELATION_NOUNS``), singular or plural."""
    return low in RELATION_NOUNS or low.removesuffix("s") in RELATION_NOUNS


@lru_cache(maxsize=65536)
def is_role_noun(low: str) -> bool:
    """A job noun, singular or plural: ``senator``, ``senators``, ``attorneys``, ``secretaries``.

    Cached: asked of most words of every tag and name.
    """
    if low in ROLE_NOUNS:
        return True
    if low.endswith("ies"):
        singular = low[:-3] + "y"
    elif low.endswith("men"):
        singular = low[:-3] + "man"
    elif low.endswith("s"):
        singular = low[:-1]
    else:
        return False
    return singular in ROLE_NOUNS and singular not in VERB_LIKE_ROLES


# How nouns for people end ("neurosurgeon", "radioman", "24-year-old"), where no job list has them.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "eon", "ant", "ent", "ee", "-old")
_JOB_ENDINGS = ("ist", "ician", "grapher", "keeper", "maker", "writer", "worker", "holder", "eer", "-old")


def is_job_like(low: str) -> bool:
    """A job, or a noun ending as jobs do and given names don't: ``meteorologist``, ``beekeeper``.

    Not ``Luther``, ``former``, ``independent`` nor ``newspaper``: endings such as -er and -ent
    also make given names, adjectives and things.
    """
    return (is_role_noun(low) or low.endswith(_JOB_ENDINGS)) and low not in DOCUMENT_NOUNS \
        and low not in ORG_NOUNS and low not in MEDIA_WORDS


def is_person_noun(low: str) -> bool:
    """A job or a word ending as nouns for people do: ``senator``, ``neurosurgeon``, ``24-year-old``."""
    return is_role_noun(low) or low.endswith(_PERSON_ENDINGS)


def is_common_noun(low: str) -> bool:
    """A job, a kind of body or a document: ``police``, ``bank``, ``polls``; a capital opens a sentence."""
    return is_role_noun(low) or low in DOCUMENT_NOUNS or low in ORG_NOUNS


def role_before_preposition(tokens: list[Token], k: int) -> bool:
    """``spokesman for``, ``shareholder in``, ``a document on``: a job or document noun, then a preposition.

    The noun is lower case, or capitalised only as a sentence's first word (``Experts on …``).
    """
    return (k > 0 and tokens[k].low in _ROLE_PREPOSITIONS
            and (is_role_noun(tokens[k - 1].low) or is_job_like(tokens[k - 1].low)
                 or tokens[k - 1].low in DOCUMENT_NOUNS)
            and (not tokens[k - 1].capitalized or k == 1))


def role_phrase_end(words: list[Token]) -> int:
    """In ``spokesman for the ministry``, how many words make the job (1); 0 if not such a phrase.

    Nor is one ending in a title and a name: ``Union of Vell Growers Director Tom Hale`` is Hale.
    """
    end = next((k for k in range(1, len(words)) if role_before_preposition(words, k)), 0)
    role, name = split_title(words) if end and words[0].capitalized else ([], [])
    return 0 if len(name) > 1 and role and is_role_word(role[-1]) else end
