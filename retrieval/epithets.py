"""An office held by a place ("the Vell senator") quoted apart from the person it is.

Attribution may register "… a delay the Mapleford congressman said was costly" as a speaker
of its own, though the same sentence names the person ("Rep. Tom Hale wants …"). A reader
asking for either means both: the registry folds such a description into that person.
Sentences keep the speaker attribution gave them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.names import name_key

if TYPE_CHECKING:
    from retrieval.speakers import Speaker

__all__ = ["fold_epithets"]

# Elected offices news calls a named person by ("the Vell senator"), each with the chamber or post
# it is; "lawmaker" or "nominee" fit any. A role naming another post rules a person out.
_OFFICES = {"senator": "senate", "sen": "senate", "congressman": "house", "congresswoman": "house",
            "representative": "house", "rep": "house", "governor": "governor", "gov": "governor",
            "mayor": "mayor", "president": "president", "lawmaker": "", "legislator": "", "nominee": "",
            "candidate": ""}


def fold_epithets(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` with each place-and-office description folded into the one person it is.

    That person is quoted, named in every sentence the description is quoted in (else, when no
    one is, in the sentence before: a story goes on "The Vell senator said …" after naming
    her), and holds no other office by their role ("Gov. Ann Vell", named beside "the Vell
    congressman", is not him). Of several, the one whose role is that office.
    """
    folded: dict[int, Speaker] = {}  # the person's place in ``speakers`` -> the person, with the description
    dropped: set[int] = set()
    for k, epithet in enumerate(speakers):
        office = _office(epithet)
        if office is None:
            continue
        people = [j for j, person in enumerate(speakers)
                  if j != k and person.quoted and _OFFICES.get(name_key(person.name).split()[-1]) is None
                  and _holds(person, office)]
        named = [j for j in people if all(i in speakers[j].mentions for i in epithet.sentences)]
        if not named and not any(i in speakers[j].mentions for j in people for i in epithet.sentences):
            named = [j for j in people if min(epithet.sentences) - 1 in speakers[j].mentions]
        if len(named) > 1:  # "Senator from Vell" after a line naming Sen. Ana Ruiz and Tom Hale
            named = [j for j in named if office and office in _offices(speakers[j])]
        if len(named) == 1:
            person = folded.get(named[0], speakers[named[0]])
            folded[named[0]] = replace(person, aliases=(*person.aliases, epithet.name),
                                       sentences=tuple(sorted({*person.sentences, *epithet.sentences})))
            dropped.add(k)
    return [folded.get(k, s) for k, s in enumerate(speakers) if k not in dropped]


def _office(speaker: Speaker) -> str | None:
    """The post of a quoted "Vell senator" or "Senator from Vell" with no role; None for anyone else."""
    words = speaker.name.split()
    if not speaker.quoted or speaker.role or len(words) < 2:
        return None
    if len(words) == 2 and words[0][:1].isupper() and words[1].islower():
        return _OFFICES.get(words[1])
    from_place = len(words) > 2 and words[1] in ("from", "of") and words[2][:1].isupper()
    return _OFFICES.get(words[0].lower()) if from_place else None


def _offices(person: Speaker) -> set[str]:
    """The posts ``person``'s role names: {"senate"} for "Senator"."""
    return {_OFFICES[w] for w in name_key(person.role or "").split() if w in _OFFICES}


def _holds(person: Speaker, office: str) -> bool:
    """Whether ``person``'s role names no office other than ``office`` ("" fits any)."""
    return not office or not _offices(person) - {"", office}
