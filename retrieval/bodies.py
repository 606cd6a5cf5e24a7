"""Organisations and countries as speakers: "what did the State Department say?", "China".

A body speaks through people: the article quotes "State Department spokesman Mark Toner",
"Chinese Foreign Ministry spokeswoman Hua Chunying", "a U.S. official". The voices of a
body are the quoted speakers whose name or role holds every word of it, with demonyms read
as their country ("Chinese" → China) and the common names of a country as one
("the US", "U.S.", "United States", "America"). A speaker named only by a capital city
("Washington has said …") is that country's government.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from retrieval.lexicon import DEMONYMS, HONORIFICS, STOP_WORDS
from retrieval.names import name_key
from retrieval.role_words import acronyms
from retrieval.speakers import Speaker

__all__ = ["Bodies"]

# (the names of a body in a name key, in the order they are tried; the one word that stands for it).
# In a key of plain words they are replaced word by word; in one with signs, by a pattern
# compiled (0.04-0.12 ms each) only then.
_COUNTRY_NAMES = (
    (("united states of america", "united states", "usa", "us", "america", "american"), "unitedstates"),
    (("united kingdom", "uk", "britain", "great britain", "british"), "unitedkingdom"),
    (("european union", "eu"), "europeanunion"),
    (("united nations", "un"), "unitednations"),
)
_WORKPLACE_WORDS = frozenset({"at", "in", "from", "with", "near"})

# Capitals that news names for a country's government ("Washington has said …").
_CAPITALS = {
    "washington": "United States", "beijing": "China", "moscow": "Russia", "pyongyang": "North Korea",
    "seoul": "South Korea", "tokyo": "Japan", "london": "Britain", "paris": "France", "berlin": "Germany",
    "kiev": "Ukraine", "kyiv": "Ukraine", "tehran": "Iran", "ankara": "Turkey", "new delhi": "India",
    "brussels": "European Union", "jerusalem": "Israel", "damascus": "Syria", "baghdad": "Iraq",
    "kabul": "Afghanistan", "islamabad": "Pakistan", "ottawa": "Canada", "canberra": "Australia",
    "havana": "Cuba", "caracas": "Venezuela", "riyadh": "Saudi Arabia", "cairo": "Egypt",
    "taipei": "Taiwan", "hanoi": "Vietnam", "manila": "Philippines", "mexico city": "Mexico",
}


@lru_cache(maxsize=4096)
def _body_words(text: str) -> frozenset[str]:
    """Significant words of a body's name or a role: ``the U.S.`` → {"unitedstates"}."""
    key = name_key(text.replace("-", " "))
    words = set(key.split()) if key.replace(" ", "").isalnum() else None  # None: signs make other word edges
    for names, word in _COUNTRY_NAMES:
        if words is None:
            key = re.sub(rf"\b(?:{'|'.join(names)})\b", word, key)
        elif any(name in key if " " in name else name in words for name in names):
            key = _replaced(key.split(" "), names, word)
    return frozenset(DEMONYMS.get(w, w) for w in key.split() if w not in STOP_WORDS and w not in HONORIFICS)


def _replaced(words: list[str], names: tuple[str, ...], word: str) -> str:
    r"""``words`` joined, each run of them that spells one of ``names`` (the first that fits) made ``word``.

    What ``re.sub`` with ``\b(?:names)\b`` does on plain words, with no pattern to compile.
    """
    spelt = [name.split(" ") for name in names]
    kept: list[str] = []
    at = 0
    while at < len(words):
        found = next((n for n in spelt if words[at : at + len(n)] == n), None)
        kept.append(word if found else words[at])
        at += len(found) if found else 1
    return " ".join(kept)


class Bodies:
    """The quoted speakers indexed by the words of their name and role, to find who speaks for a body.

    Read once: testing every speaker's words for each question took milliseconds on an
    article quoting thousands of people.
    """

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        """Index the quoted ones of ``speakers`` (in their order)."""
        self._speakers = tuple(s for s in speakers if s.quoted)
        self._by_word: dict[str, set[int]] = {}
        for i, speaker in enumerate(self._speakers):
            country = _CAPITALS.get(name_key(speaker.name), "")
            named = f"{speaker.name} {country} {_spoken_for(speaker.role)}"
            for word in (*_body_words.__wrapped__(named), *acronyms(named)):  # "the NFA" too
                self._by_word.setdefault(word, set()).add(i)

    def voices(self, body: str) -> tuple[Speaker, ...]:
        """The quoted speakers that speak for ``body``: every word of it is in their name or role.

        A plural no name or role holds is its members: "the Greens" are the Green Party and
        its "Green leader" and "Green candidate".
        """
        wanted = _body_words(body)
        if not wanted:
            return ()
        found = self._having(wanted)
        members = frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in wanted)
        if not found and members != wanted:
            found = self._having(members)
        return tuple(self._speakers[i] for i in sorted(found))

    def _having(self, words: frozenset[str]) -> set[int]:
        """The speakers with every one of ``words`` in their name or role."""
        return set.intersection(*(self._by_word.get(word, set()) for word in words))


def _spoken_for(role: str | None) -> str:
    """The part of a role that names whom the person speaks for.

    Not a workplace ("nurse at the hospital"), nor a client ("Keefe's attorney" speaks
    for Keefe but is not Keefe).
    """
    role = role or ""
    # Each pattern is tried only where it can match: compiling it cost more than the rest.
    job = re.split(r"\s(?:at|in|from|with|near)\s", role, maxsplit=1)[0] \
        if not _WORKPLACE_WORDS.isdisjoint(role.split()) else role
    return re.sub(r"\S+(?:['’]s|s['’])(?=\s)", "", job) if "'" in job or "’" in job else job
