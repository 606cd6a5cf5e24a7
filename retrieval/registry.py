"""Freeze what was read into speakers: name, role, aliases, quoted sentences and mentions."""

from __future__ import annotations

import re
from collections import defaultdict

from retrieval.entities import Entity
from retrieval.names import name_key, strip_possessive
from retrieval.reading import Reading
from retrieval.speakers import Speaker

__all__ = ["build_speakers"]

_WORD = re.compile(r"[A-Z][\w’'.-]*")


def build_speakers(reading: Reading) -> dict[int, Speaker]:
    """Each quoted entity, and each person named, as a Speaker keyed by ``id(entity)``, in article order."""
    mentions = _mentions(reading)
    quoted: defaultdict[int, list[int]] = defaultdict(list)
    for i, entity in enumerate(reading.speaker_of):
        if entity is not None:
            quoted[id(entity)].append(i)
    order = sorted(reading.table.entities, key=lambda e: e.seen[0] if e.seen else len(reading.sentences))
    return {
        id(e): Speaker(name=e.name, role=e.role, aliases=_aliases(e),
                       sentences=tuple(quoted[id(e)]), mentions=tuple(mentions[id(e)]))
        for e in order if e.kind == "person" or id(e) in quoted
    }


def _mentions(reading: Reading) -> dict[int, list[int]]:
    """Sentences naming each entity, quotes included: its full name, or a word of a person's name."""
    entities = reading.table.entities
    mentions: dict[int, list[int]] = {id(e): [] for e in entities}
    keys = {id(e): f" {name_key(e.name)} " for e in entities}
    # For each word, the people it names outright (every word of a person's name is indexed)
    # and the other entities indexed under it, whose full name must be in the sentence. Worked
    # out once per word: a common first name or title is met in thousands of sentences.
    by_word: dict[str, tuple[list[int], list[tuple[int, str]]]] = {}
    for i, sentence in enumerate(reading.sentences):
        words = {strip_possessive(w).replace(".", "").lower() for w in _WORD.findall(sentence.text)}
        text_key = f" {name_key(sentence.text)} "
        named: set[int] = set()
        for w in words:
            if w not in by_word:
                by_word[w] = _indexed_under(reading, w, keys)
            people, others = by_word[w]
            named.update(people)
            named.update(e for e, key in others if key in text_key)
        for e in named:
            mentions[e].append(i)
    return mentions


def _indexed_under(reading: Reading, word: str,
                   keys: dict[int, str]) -> tuple[list[int], list[tuple[int, str]]]:
    """Entities indexed under ``word``: people with it in their name, and the rest with their keys."""
    people, others = [], []
    for e in reading.table.with_word(word):
        if e.kind == "person" and len(word) > 1 and word in e.name_words:
            people.append(id(e))
        else:
            others.append((id(e), keys[id(e)]))
    return people, others


def _aliases(entity: Entity) -> tuple[str, ...]:
    """Ways people may ask for this speaker: the name, each of its words, the role."""
    aliases = [entity.name]
    words = entity.name.split()
    if entity.kind == "person" and len(words) > 1:
        aliases.extend(w for w in words if len(w) > 1)
    if entity.role:
        aliases.append(entity.role)
    return tuple(dict.fromkeys(aliases))
