"""A body a job names by its common noun alone: "Ed Lamb, the campaign's press secretary".

News names a body in full ("the Hale campaign") and then writes only its noun in a job
("the campaign's press secretary"). A reader asks for the body by its full name: its
voices are the people whose job names that noun, where the full name the article wrote
last before them, with that noun, is the one asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import STOP_WORDS
from retrieval.names import is_role_noun, name_key
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker

__all__ = ["owned_voices"]

_NAMED = r"(?:[A-Z][\w’'.-]*\s+){1,3}"  # "Hale ", "Vell County ", "Hale’s "


def owned_voices(body: str, speakers: Sequence[Speaker],
                 sentences: Sequence[Sentence]) -> tuple[Speaker, ...]:
    """The quoted ``speakers`` whose job is of the noun of ``body`` ("the Hale campaign") alone.

    Each is one only when the body of that noun written last before their first sentence (or
    in it) is ``body``: after "the Hale campaign" and "the Ruiz campaign", "the campaign's
    spokesman" speaks for the nearer.
    """
    words = [w for w in re.findall(r"[\w’'-]+", body) if w.lower() not in STOP_WORDS]
    if len(words) < 2 or not is_role_noun(words[-1].lower()):
        return ()  # a body's noun ("campaign", "board"), not a person's name ("Hale's lawyer")
    noun = re.escape(words[-1])
    owned = re.compile(rf"(?:the\s+)?{noun}(?:['’]s)?\s", re.IGNORECASE)
    named = re.compile(rf"{_NAMED}(?i:{noun})\b")
    asked = _plain(body)
    found = []
    for speaker in speakers:
        if speaker.sentences and speaker.role and owned.match(speaker.role):
            last = next((m[-1] for i in range(min(speaker.sentences), -1, -1)
                         if (m := named.findall(sentences[i].text))), None)
            if last is not None and _plain(last) == asked:
                found.append(speaker)
    return tuple(found)


def _plain(name: str) -> list[str]:
    """A body's name to compare: no possessive, "the" or case ("The Hale’s Campaign" is hale, campaign)."""
    return [w for w in name_key(name).split() if w not in STOP_WORDS]
