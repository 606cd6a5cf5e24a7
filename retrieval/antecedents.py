"""Looking back: who a pronoun or a description refers to among the people met so far."""

from __future__ import annotations

from collections.abc import Callable, Collection

from retrieval.clauses import participle_subject
from retrieval.entities import Entity
from retrieval.gender import PRONOUN_GENDER
from retrieval.lexicon import COUNTRIES, DEMONYMS, NOT_NAME_OPENERS
from retrieval.mentions import keys, plain_word
from retrieval.names import is_common_noun, is_name_word, is_role_noun, split_title, title_chunk_end
from retrieval.reading import Reading
from retrieval.tokens import place_of

__all__ = ["agrees", "antecedent", "latest_speaker", "named_after", "named_before", "one_fitting_before",
           "window"]

# Verbs a place or a thing takes as often as a person: "Vellton needed", "Kestrel hosted".
_STATE_VERBS = frozenset({"needed", "seemed", "remained", "lied", "used", "hosted", "faced"})
_ANTECEDENT_WINDOW = 4  # sentences a pronoun may look back
# Words that end a clause and open another: what follows may refer ahead to a pronoun.
_CLAUSE_OPENERS = frozenset({"that", "and", "but", "or", "because", "though", "although", "while", "when",
                             "if", "as", "after", "before", "since", "who", "which", "whether"})


def window(before: int) -> range:
    """The sentences a reference may look back over, nearest first."""
    return range(before - 1, max(-1, before - 1 - _ANTECEDENT_WINDOW), -1)


def latest_speaker(reading: Reading, i: int, accept: Callable[[Entity], bool]) -> Entity | None:
    """The speaker of the nearest sentence before ``i`` (within the window) that ``accept`` takes."""
    for j in window(i):
        speaker = reading.speaker_of[j]
        if speaker is not None and accept(speaker):
            return speaker
    return None


def antecedent(reading: Reading, pronoun: str, before: int,
               excluded: Collection[Entity] = ()) -> Entity | None:
    """The earlier person or body that ``pronoun`` stands for, looking back from sentence ``before``.

    The subjects and speakers of the sentences before come first, nearest first; then
    anyone else they name. "he" and "she" skip anyone known to be of the other gender (a
    spokeswoman, a Donna, someone already called "she"), and a capitalised word never
    shown to be a person unless it spoke or led its sentence; never one of ``excluded``
    (those the pronoun's own clause names after it). Whoever is chosen among the subjects
    and speakers is then known to be of that gender; someone only named in passing may
    have been a wrong guess, which must not shut them out of later pronouns.
    """
    lone = _lone_surname(reading, before - 1) if pronoun in PRONOUN_GENDER and before else None
    if lone is not None and lone not in excluded:
        return lone
    candidates = [e for j in window(before)
                  for e in (reading.subject_of[j], reading.speaker_of[j],
                            *_named_in_passing(reading, j, pronoun))
                  if e is not None and agrees(e, pronoun) and e not in excluded]
    leading = {id(e) for j in window(before) for e in (reading.subject_of[j], reading.speaker_of[j])}
    people = [e for e in candidates if e.kind != "name" or id(e) in leading]
    chosen = next(iter(people or candidates), None)
    gender = PRONOUN_GENDER.get(pronoun)
    if chosen is not None and gender and id(chosen) in leading:
        chosen.gender = gender
    return chosen


def _named_in_passing(reading: Reading, j: int, pronoun: str) -> Collection[Entity]:
    """Whom sentence ``j`` names, less those a clause of the same "he" or "she" names after it.

    In ``She backed Tom Hale. “…,” she said`` the second "she" is the first one, never
    Hale, whom she backed.
    """
    mentioned = reading.table.mentioned[j]
    if not mentioned or pronoun not in PRONOUN_GENDER:
        return mentioned
    tokens = reading.tokens[j]
    objects = {id(e) for k, t in enumerate(tokens) if t.low == pronoun for e in named_after(reading, j, k)}
    return [e for e in mentioned if id(e) not in objects] if objects else mentioned


def _lone_surname(reading: Reading, j: int) -> Entity | None:
    """A surname met alone for the first time as the subject of a deed in sentence ``j``.

    ``Dunmore ignored the poll. “…,” he said`` is Dunmore, not whoever spoke before. One
    word in letters, never written in lower case nor part of a known name, then a verb in
    the past that tells an act (``ignored``); not ``Voters want`` (a plural noun ends in "s"
    as a verb may), an opener (``Sometimes tempers flared``) or ``Vellton needed``. It is
    registered only when a pronoun needs it.
    """
    if reading.subject_of[j] is not None or reading.speaker_of[j] is not None:
        return None
    tokens = reading.tokens[j]
    subject = [t for t in participle_subject(tokens, len(tokens)) if t.is_word]
    if len(subject) != 1:
        return None
    word = subject[0]
    if not word.text.isalpha() or not word.text[1:].islower() or word.low in NOT_NAME_OPENERS \
            or is_common_noun(word.low) or word.low in DEMONYMS or plain_word(reading, word) \
            or reading.table.with_word(word.low):
        return None
    k = place_of(tokens, word) + 1
    verb = tokens[k].low if k < len(tokens) and tokens[k].is_word and not tokens[k].capitalized else ""
    if verb in _STATE_VERBS or not verb.endswith("ed"):
        return None
    entity = reading.table.new(word.text, "name")
    reading.table.note(entity, j)
    return entity


def agrees(entity: Entity, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``entity`` (number, gender, person or body).

    "someone" is how an epithet ("the veteran defender") refers: any one person. A bare
    name first met as the source of a report (``KVLH-TV reported``) may be an outlet: never
    "he" or "she".
    """
    if pronoun == "someone":
        return entity.kind in ("person", "anonymous")
    if pronoun in ("he", "she"):  # never a thing that spoke: "the book says", "the tabloid noted"
        wrong = "f" if pronoun == "he" else "m"
        return entity.kind in ("person", "name", "anonymous") and entity.gender != wrong \
            and not (entity.kind == "name" and entity.reporter) \
            and (entity.kind != "anonymous" or entity.head is None or is_role_noun(entity.head)
                 or entity.gender is not None) \
            and not (entity.kind == "name" and entity.name.lower() in COUNTRIES)  # "Germany should …"
    if pronoun == "they":
        return entity.kind in ("group", "institution")
    return entity.kind in ("institution", "name")


def named_after(reading: Reading, i: int, k: int) -> list[Entity]:
    """The people met before whom the clause of token ``k`` in sentence ``i`` names after it.

    A pronoun never stands for someone its own clause names after it: in ``He praised
    Lamb`` or ``He called Lamb “chosen”``, "he" is not Lamb. The clause ends at a
    comma, a quotation or a word that opens another clause (``He notes that … Hale's``,
    ``Though she called …, Ruiz said``: news writing lets those refer ahead), and an
    owner (``his``, ``Hale's plan``) says nothing.
    """
    tokens = reading.tokens[i]
    stop = next((n for n in range(k + 1, len(tokens))
                 if not tokens[n].is_word or tokens[n].low in _CLAUSE_OPENERS), len(tokens))
    return [e for e, owner in _people_named(reading, i, k + 1, stop) if not owner]


def named_before(reading: Reading, i: int, k: int) -> list[Entity]:
    """The people met before whom sentence ``i`` names, owners included, before token ``k``."""
    return [e for e, _ in _people_named(reading, i, 0, k)]


def _people_named(reading: Reading, i: int, start: int, stop: int) -> list[tuple[Entity, bool]]:
    """Known people named by tokens ``start:stop`` of sentence ``i``, each with whether it owns what next."""
    tokens = reading.tokens[i]
    found = []
    n = start
    while n < stop:
        if not is_name_word(tokens[n]):
            n += 1
            continue
        end = min(title_chunk_end(tokens, n), stop)
        words = [t for t in tokens[n:end] if t.is_word]
        _, name = split_title(words)
        known = reading.table.person_named(keys(name), i) if name else None
        if known is not None:
            found.append((known, words[-1].possessive))
        n = max(end, n + 1)
    return found


def one_fitting_before(reading: Reading, i: int, k: int, pronoun: str) -> Entity | None:
    """The one person sentence ``i`` names before its token ``k`` whom ``pronoun`` fits (none if two)."""
    fits = {id(e): e for e in named_before(reading, i, k) if e.kind == "person" and agrees(e, pronoun)}
    return next(iter(fits.values())) if len(fits) == 1 else None
