"""Whether a speaker has a name of their own, and whether what a reader typed names them by it.

A speaker question names someone by their name ("Hua"), by words of a description ("the
official") or by no name at all (a whole clause); these checks tell the three apart.
"""

from __future__ import annotations

from retrieval.names import name_key
from retrieval.role_words import acronyms
from retrieval.speakers import Speaker

__all__ = ["asked_by_name", "name_like", "proper_name"]

_NAME_WORDS = 5  # "the Chinese Foreign Ministry spokeswoman"; a longer "who" is a clause


def proper_name(speaker: Speaker) -> bool:
    """Whether the speaker has a name ("Hua Chunying"), not only a description ("U.S. official")."""
    return all(w[:1].isupper() for w in speaker.name.split())


def asked_by_name(speaker: Speaker, typed: str) -> bool:
    """Whether ``typed`` uses the speaker's own name ("Hua"), not words of a description ("the official")."""
    own = {*name_key(speaker.name).split(), *acronyms(speaker.name)}  # "the NFA" is a name too
    return proper_name(speaker) and bool(set(name_key(typed).split()) & own)


def name_like(text: str) -> bool:
    """Whether ``text`` could name a person or body: a few words, not a clause ("the reason it gave")."""
    return len(text.split()) <= _NAME_WORDS
