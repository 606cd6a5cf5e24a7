"""The people and bodies met while reading an article, indexed for the lookups attribution makes.

Every lookup goes through an index (exact name, a word of a name, the head noun of a
description, the last word of a role) and never scans a list that grows with the article:
a 10,000-sentence article holds thousands of people, hundreds of them called "minister"
and dozens called "Anna", so each lookup costs the same at any length.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count
from typing import Literal

from retrieval.lexicon import DETERMINERS
from retrieval.names import job_words, name_key, word_key

__all__ = ["Entity", "EntityKind", "EntityTable"]

EntityKind = Literal["person", "name", "anonymous", "group", "institution"]
_NAMED = ("person", "name")  # the kinds a bare name word can refer to
# A word: ``[\w$][\w$’'.&-]*[\w$]|[\w$]``, read as the whole run of those characters, whose
# trailing marks ``_word_entry`` drops (the same words, with no backtracking in the pattern).
_WORD = re.compile(r"[\w$][\w$’'.&-]*")
_WORD_TAIL = "’'.&-"
_LOOK_BACK = 64  # sentences ``latest`` walks back before it asks every candidate instead


@dataclass(slots=True, eq=False, repr=False)
class Entity:
    """A speaker or named person while the article is read; frozen into a Speaker at the end."""

    name: str
    kind: EntityKind
    role: str | None = None
    gender: str | None = None
    head: str | None = None  # "official" for "a U.S. official": what "the official" refers back to
    # first met as the source of a report ("according to Valleywire", "KVLH-TV reported"): as likely an
    # outlet as a person, so never what "he" or "she" stands for
    reporter: bool = False
    seen: list[int] = field(default_factory=list)  # sentences that name or quote it, sorted
    name_words: list[str] = field(init=False, repr=False)  # the name's words, lower case, for surnames

    def __post_init__(self) -> None:
        self.name_words = name_key(self.name).split()

    def seen_by(self, i: int) -> int:
        """The last sentence up to ``i`` that names or quotes it (-1 if none)."""
        k = bisect.bisect_right(self.seen, i)
        return self.seen[k - 1] if k else -1


class EntityTable:
    """All entities of one article, with the sentences that name each."""

    def __init__(self, sentences: int) -> None:
        """Make room for ``sentences`` sentences' worth of mentions."""
        self._entities: dict[Entity, None] = {}  # an ordered set: registration order
        # each sentence's entities: tuples, most of them the one empty tuple (a list for every
        # sentence of a long article cost more than the entities themselves)
        self.mentioned: list[tuple[Entity, ...]] = [()] * sentences
        self._by_key: dict[str, Entity] = {}
        # word -> entities indexed under it, each with its registration number (ties go to the first)
        self._by_word: defaultdict[str, dict[Entity, int]] = defaultdict(dict)
        self._words: dict[Entity, tuple[str, ...]] = {}  # each entity's index words (a few: a tuple)
        self._order = count()

    @property
    def entities(self) -> list[Entity]:
        """Every entity still in the table, in the order they were registered."""
        return list(self._entities)

    def new(self, name: str, kind: EntityKind, head: str | None = None) -> Entity:
        """Register a new entity, findable by its name, each word of it, and its head noun."""
        entity = Entity(name=name, kind=kind, head=head)
        self._entities[entity] = None
        self._by_key[name_key(name)] = entity
        self._words[entity] = ()
        self._index(entity, self._words_of(entity))
        return entity

    def set_role(self, entity: Entity, role: str | None) -> None:
        """Give ``entity`` its role if it has none; "the minister" can then find it."""
        if entity.role is None and role:
            entity.role = role
            self._index(entity, self._words_of(entity))

    def _index(self, entity: Entity, words: Iterable[str]) -> None:
        for word in words:
            if word not in self._words[entity]:
                self._words[entity] = (*self._words[entity], word)
                self._by_word[word][entity] = next(self._order)

    @staticmethod
    def _words_of(entity: Entity) -> set[str]:
        """Index words: the name's words, the head noun, the role's job noun.

        The job noun is the role's last word before a preposition: "a lawyer for the union" is
        found as "the lawyer", never as "the union".
        """
        role = name_key(entity.role or "").split()
        return {w for w in (*entity.name_words, entity.head, *job_words(role)[-1:]) if w}

    def note(self, entity: Entity, i: int) -> None:
        """Record that sentence ``i`` names or quotes ``entity``."""
        seen = entity.seen
        if not seen or i > seen[-1]:  # reading goes forward: nearly always an append
            seen.append(i)
        else:
            k = bisect.bisect_left(seen, i)
            if seen[k] != i:
                seen.insert(k, i)
        if entity not in self.mentioned[i]:
            self.mentioned[i] = (*self.mentioned[i], entity)

    def exact(self, name: str) -> Entity | None:
        """The entity called ``name`` (any case, without "the")."""
        return self._by_key.get(name_key(name))

    def with_word(self, word: str) -> list[Entity]:
        """Entities whose name, head noun or role ends with ``word``, in the order they were indexed."""
        return list(self._by_word.get(word, ()))

    def latest(self, word: str, i: int) -> Entity | None:
        """Of the entities indexed under ``word``, the one seen last by ``i``.

        Walks back over the sentences' mentions (few per sentence) rather than asking
        every entity under the word, which for "minister" may be hundreds.
        """
        indexed = self._by_word.get(word)
        if not indexed:
            return None
        if len(indexed) > _LOOK_BACK:
            for j in range(min(i, len(self.mentioned) - 1), max(-1, i - _LOOK_BACK), -1):
                here = [e for e in self.mentioned[j] if e in indexed]
                if here:
                    return min(here, key=indexed.__getitem__)
        found = [(e.seen_by(i), -n, e) for e, n in indexed.items()]
        last, _, entity = max(found, key=lambda t: t[:2])
        return entity if last >= 0 else None

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
        # Read each time a name is met (a hundred times in the seed): no lambda or list copy for one word.
        rarest = words[0] if len(words) == 1 else min(words, key=lambda w: len(self._by_word.get(w, ())))
        indexed = self._by_word.get(rarest)
        if not indexed:
            return None
        found = [e for e in indexed if e.kind in _NAMED and len(e.name_words) > len(words)
                 and all(w in e.name_words for w in words)]
        known = [e for e in found if e.seen_by(i) >= 0] or found
        return min(known, key=lambda e: e.seen[0] if e.seen else i) if known else None

    def merge(self, into: Entity, gone: Entity) -> None:
        """``gone`` turned out to be ``into`` ("Portugal’s environment minister" is Duarte Menezes)."""
        del self._entities[gone]
        for i in gone.seen:
            self.note(into, i)
            self.mentioned[i] = tuple(e for e in self.mentioned[i] if e is not gone)
        if self._by_key.get(name_key(gone.name)) is gone:
            del self._by_key[name_key(gone.name)]
        for word in self._words.pop(gone):
            del self._by_word[word][gone]

    def mentions(self, sentences: Iterable[str]) -> dict[Entity, list[int]]:
        """The sentences naming each entity, quotes included, in order.

        A sentence names an entity when it holds the entity's whole name (with a capital
        somewhere in it), or a word of a person's name outside any whole name it holds:
        "Anna Lee" names Anna Lee and no other Anna, and "Lee" alone names the Lee the
        story introduced first, as a tag "Lee said" would.
        """
        by_key: defaultdict[tuple[str, ...], list[Entity]] = defaultdict(list)
        for entity in self._entities:
            by_key[tuple(name_key(entity.name).split())].append(entity)
        lengths: defaultdict[str, set[int]] = defaultdict(set)  # first word -> lengths of names it starts
        for key in by_key:
            if key:
                lengths[key[0]].add(len(key))
        first: dict[str, Entity | None] = {}  # a name word -> the person it names alone
        found: dict[Entity, list[int]] = {e: [] for e in self._entities}
        for i, text in enumerate(sentences):
            for entity in self._named_in(text, by_key, lengths, first):
                found[entity].append(i)
        return found

    def _named_in(self, text: str, by_key: dict[tuple[str, ...], list[Entity]],
                  lengths: dict[str, set[int]], first: dict[str, Entity | None]) -> Iterator[Entity]:
        """The entities one sentence names (see ``mentions``), each once."""
        # Each word's name key and capital, less determiners unless capitalised.
        words = [entry for entry in map(_word_entry, _WORD.findall(text)) if entry is not None]
        named: dict[Entity, None] = {}
        covered: set[int] = set()  # the places of the words inside a whole name
        # Most words start no name: only those that do are looked at again.
        for p in [p for p, (word, _) in enumerate(words) if word in lengths]:
            for n in lengths[words[p][0]]:
                if p + n > len(words):
                    continue
                span = words[p : p + n]
                key = tuple(w for w, _ in span)
                if key in by_key and any(capital for _, capital in span):
                    named.update(dict.fromkeys(by_key[key]))
                    covered.update(range(p, p + n))
        for p, (word, capital) in enumerate(words):
            if capital and len(word) > 1 and p not in covered:
                if word not in first:
                    first[word] = self._first_person_with(word)
                if first[word] is not None:
                    named[first[word]] = None
        return iter(named)

    def _first_person_with(self, word: str) -> Entity | None:
        """Of the people with ``word`` in their name, the one the story introduced first."""
        never = len(self.mentioned)
        people = [(e.seen[0] if e.seen else never, n, e) for e, n in self._by_word.get(word, {}).items()
                  if e.kind == "person" and word in e.name_words]
        return min(people, key=lambda t: t[:2])[2] if people else None


@lru_cache(maxsize=65536)
def _word_entry(run: str) -> tuple[str, bool] | None:
    """A word (a run ``_WORD`` found, less its trailing marks) as ``_named_in`` reads it.

    That is its ``word_key`` (a word has no spaces to split) and whether it is capitalised;
    None for a determiner in lower case. Cached: words repeat. Most words are letters in
    lower case, their own key: worked out at once, as a fresh process meets hundreds of them.
    """
    if run.isalpha() and run.islower():
        return None if run in DETERMINERS else (run, False)
    word = run.rstrip(_WORD_TAIL)
    key, capital = word_key(word), word[0].isupper()
    return (key, capital) if capital or key not in DETERMINERS else None
