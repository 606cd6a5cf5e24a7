"""The people and bodies met while reading an article, indexed for the lookups attribution makes.

Every lookup goes through an index (exact name, a word of a name, the head noun of a
description, the last word of a role), so reading stays linear in the article's length.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from retrieval.names import name_key

__all__ = ["Entity", "EntityKind", "EntityTable"]

EntityKind = Literal["person", "name", "anonymous", "group", "institution"]


@dataclass(slots=True, eq=False)
class Entity:
    """A speaker or named person while the article is read; frozen into a Speaker at the end."""

    name: str
    kind: EntityKind
    role: str | None = None
    gender: str | None = None
    head: str | None = None  # "official" for "a U.S. official": what "the official" refers back to
    seen: list[int] = field(default_factory=list)  # sentences that name or quote it, sorted

    @property
    def name_words(self) -> list[str]:
        """The words of the name, lower case, for matching surnames."""
        return name_key(self.name).split()

    def seen_by(self, i: int) -> int:
        """The last sentence up to ``i`` that names or quotes it (-1 if none)."""
        k = bisect.bisect_right(self.seen, i)
        return self.seen[k - 1] if k else -1


class EntityTable:
    """All entities of one article, with the sentences that name each."""

    def __init__(self, sentences: int) -> None:
        """Make room for ``sentences`` sentences' worth of mentions."""
        self.entities: list[Entity] = []
        self.mentioned: list[list[Entity]] = [[] for _ in range(sentences)]
        self._by_key: dict[str, Entity] = {}
        self._by_word: defaultdict[str, list[Entity]] = defaultdict(list)

    def new(self, name: str, kind: EntityKind, head: str | None = None) -> Entity:
        """Register a new entity, findable by its name, each word of it, and its head noun."""
        entity = Entity(name=name, kind=kind, head=head)
        self.entities.append(entity)
        self._by_key[name_key(name)] = entity
        for word in self._words_of(entity):
            self._by_word[word].append(entity)
        return entity

    def set_role(self, entity: Entity, role: str | None) -> None:
        """Give ``entity`` its role if it has none; "the minister" can then find it."""
        if entity.role is None and role:
            entity.role = role
            for word in self._words_of(entity) - {*entity.name_words, entity.head}:
                self._by_word[word].append(entity)

    @staticmethod
    def _words_of(entity: Entity) -> set[str]:
        """Index words: the name's words, the head noun, the role's last word."""
        role = name_key(entity.role or "").split()
        return {w for w in (*entity.name_words, entity.head, *role[-1:]) if w}

    def note(self, entity: Entity, i: int) -> None:
        """Record that sentence ``i`` names or quotes ``entity``."""
        if i not in entity.seen:
            bisect.insort(entity.seen, i)
        if entity not in self.mentioned[i]:
            self.mentioned[i].append(entity)

    def exact(self, name: str) -> Entity | None:
        """The entity called ``name`` (any case, without "the")."""
        return self._by_key.get(name_key(name))

    def with_word(self, word: str) -> list[Entity]:
        """Entities whose name, head noun or role ends with ``word``."""
        return self._by_word.get(word, [])

    def latest(self, word: str, i: int) -> Entity | None:
        """Of the entities indexed under ``word``, the one seen last by ``i``."""
        found = [e for e in self.with_word(word) if e.seen_by(i) >= 0]
        return max(found, key=lambda e: e.seen_by(i)) if found else None

    def body(self, name: str, head: str) -> Entity:
        """The institution called ``name``, registered under its kind word ``head`` if new."""
        return self.exact(name) or self.new(name, "institution", head=head)

    def person_named(self, words: list[str], i: int) -> Entity | None:
        """A person whose name is ``words`` or contains them all (a surname alone).

        When two people share the surname, a bare surname means the one the story
        introduced first (its main subject): "said Ferrer" after Lucía and Pablo Ferrer.
        """
        exact = self.exact(" ".join(words))
        if exact is not None:
            return exact
        found = [e for e in self.with_word(words[-1])
                 if e.kind in ("person", "name") and len(e.name_words) > len(words)
                 and all(w in e.name_words for w in words)]
        known = [e for e in found if e.seen_by(i) >= 0] or found
        return min(known, key=lambda e: e.seen[0] if e.seen else i) if known else None

    def merge(self, into: Entity, gone: Entity) -> None:
        """``gone`` turned out to be ``into`` ("Portugal’s environment minister" is Duarte Menezes)."""
        self.entities.remove(gone)
        for i in gone.seen:
            self.note(into, i)
            self.mentioned[i].remove(gone)
        if self._by_key.get(name_key(gone.name)) is gone:
            del self._by_key[name_key(gone.name)]
        for word in self._words_of(gone):
            if gone in self._by_word.get(word, ()):
                self._by_word[word].remove(gone)
