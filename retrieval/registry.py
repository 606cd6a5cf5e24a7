"""Freeze what was read into speakers: name, role, aliases, quoted sentences and mentions."""

from __future__ import annotations

from collections import defaultdict

from retrieval.entities import Entity
from retrieval.reading import Reading
from retrieval.speakers import Speaker

__all__ = ["build_speakers"]


def build_speakers(reading: Reading) -> dict[int, Speaker]:
    """Each quoted entity, and each person named, as a Speaker keyed by ``id(entity)``, in article order."""
    mentions = reading.table.mentions(s.text for s in reading.sentences)
    # Each sentence's number as the int object its Sentence already holds, shared by every
    # speaker's tuples rather than one more int object for each of a long article's mentions.
    number = [s.index for s in reading.sentences]
    quoted: defaultdict[int, list[int]] = defaultdict(list)
    for i, entity in enumerate(reading.speaker_of):
        if entity is not None:
            quoted[id(entity)].append(number[i])
    order = sorted(reading.table.entities, key=lambda e: e.seen[0] if e.seen else len(reading.sentences))
    return {
        id(e): Speaker(name=e.name, role=e.role, aliases=_aliases(e),
                       sentences=tuple(quoted[id(e)]), mentions=tuple(number[i] for i in mentions[e]))
        for e in order if e.kind == "person" or id(e) in quoted
    }


def _aliases(entity: Entity) -> tuple[str, ...]:
    """Ways people may ask for this speaker: the name, each of its words, the role."""
    aliases = [entity.name]
    words = entity.name.split()
    if entity.kind == "person" and len(words) > 1:
        aliases.extend(w for w in words if len(w) > 1)
    if entity.role:
        aliases.append(entity.role)
    return tuple(dict.fromkeys(aliases))
