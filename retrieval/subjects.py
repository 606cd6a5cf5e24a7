"""Who each sentence is about: the person or body its main clause opens with.

Pronouns look first to the subjects of the sentences before them ("Anderson largely
agreed. … he said" is Anderson, whoever was quoted last), so every sentence's subject
is read in order: a name met before, a body, or a pronoun standing for the subject it
continues ("She has assumed a new role …" keeps the same woman in view).
"""

from __future__ import annotations

from retrieval.antecedents import antecedent, named_after
from retrieval.appositions import after_place
from retrieval.clauses import participle_subject
from retrieval.entities import Entity
from retrieval.lexicon import DAYS, DEMONYMS, DETERMINERS, MONTHS, SENTENCE_OPENERS, STOP_WORDS
from retrieval.mentions import keys, known_person
from retrieval.names import Token, is_common_noun, place_of, split_title
from retrieval.reading import Reading

__all__ = ["read_subject"]

_PERSONAL = frozenset({"he", "she"})
_NAME_WORDS = 3  # at most: "Zoltan Brevik", "Mary Ann Byrne"
_NOT_NAMES = STOP_WORDS | SENTENCE_OPENERS | DAYS | MONTHS | {"neither", "either", "both", "only"}


def read_subject(reading: Reading, i: int) -> None:
    """Set ``reading.subject_of[i]``: the known entity sentence ``i`` opens with, if any."""
    tokens = reading.tokens[i]
    subject = [t for t in participle_subject(tokens, len(tokens)) if t.is_word]
    entity: Entity | None = None
    if len(subject) == 1 and subject[0].low in _PERSONAL:
        tag = reading.tags[i]
        said = tag is not None and tag.subject[:1] == subject[:1] and reading.speaker_of[i] is not None
        k = place_of(tokens, subject[0])
        entity = reading.speaker_of[i] if said else antecedent(reading, subject[0].low, i,
                                                               named_after(reading, i, k))
    elif subject and subject[-1].capitalized and not any(t.low in DETERMINERS for t in subject[:1]):
        _, name = split_title(subject)
        words = keys(name or subject)
        entity = known_person(reading, words, i) or reading.table.exact(" ".join(words))
        if entity is None and _new_name(name) and not _after_place(tokens, name[0]):
            entity = reading.table.new(reading.span_text(name), "name")
            reading.table.note(entity, i)
    reading.subject_of[i] = entity


def _after_place(tokens: list[Token], first: Token) -> bool:
    """``Campaigning in Kestrel, New Hampshire, Hale …``: the words read as a subject are a state."""
    return after_place(tokens, place_of(tokens, first))


def _new_name(name: list[Token]) -> bool:
    """A person's name met for the first time as a sentence's subject: ``Zoltan Brevik shrugged it off``.

    A later "he said" stands for it rather than for someone before it. Two or three
    capitalised words, none a small word, a day, a people or a common noun: not
    ``Neither Ana Ruiz``, ``Ohio Senators``, ``Often``.
    """
    return 1 < len(name) <= _NAME_WORDS and all(
        t.capitalized and t.text[0].isalpha() and not any(c in t.text for c in ".’'")
        and t.low not in _NOT_NAMES and t.low not in DEMONYMS and not is_common_noun(t.low) for t in name)
