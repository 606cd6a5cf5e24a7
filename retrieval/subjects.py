"""Who each sentence is about: the person or body its main clause opens with.

Pronouns look first to the subjects of the sentences before them ("Anderson largely
agreed. … he said" is Anderson, whoever was quoted last), so every sentence's subject
is read in order: a name met before, a body, or a pronoun standing for the subject it
continues ("She has assumed a new role …" keeps the same woman in view).
"""

from __future__ import annotations

from retrieval.antecedents import antecedent, named_after, one_fitting_before
from retrieval.appositions import after_place
from retrieval.clauses import name_after_job, participle_subject
from retrieval.entities import Entity
from retrieval.lexicon import DEMONYMS, DETERMINERS, NOT_NAME_OPENERS, SENTENCE_CONJUNCTIONS
from retrieval.mentions import keys, known_person
from retrieval.names import is_common_noun, is_person_noun, split_title
from retrieval.reading import Reading
from retrieval.tokens import Token, place_of

__all__ = ["SUBORDINATORS", "read_subject"]

_PERSONAL = frozenset({"he", "she"})
# Opening a clause whose subject a pronoun after it may stand for: "When Hale arrived, he …".
SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "because", "since", "though",
                            "although"})
_NAME_WORDS = 3  # at most: "Zoltan Brevik", "Mary Ann Byrne"
_NOT_NAMES = NOT_NAME_OPENERS | {"neither", "either", "both", "only"}


def read_subject(reading: Reading, i: int) -> None:
    """Set ``reading.subject_of[i]``: the known entity sentence ``i`` opens with, if any."""
    tokens = reading.tokens[i]
    subject = [t for t in participle_subject(tokens, len(tokens)) if t.is_word]
    entity: Entity | None = None
    if len(subject) == 1 and subject[0].low in _PERSONAL:
        tag = reading.tags[i]
        said = tag is not None and tag.subject[:1] == subject[:1] and reading.speaker_of[i] is not None
        k = place_of(tokens, subject[0])
        entity = reading.speaker_of[i] if said else _topic(reading, i, k, subject[0].low) or antecedent(
            reading, subject[0].low, i, named_after(reading, i, k))
    elif subject and subject[-1].capitalized and not any(t.low in DETERMINERS for t in subject[:1]):
        _, name = split_title(subject)
        words = keys(name or subject)
        entity = known_person(reading, words, i) or reading.table.exact(" ".join(words))
        if entity is None and _new_name(name) and not _after_place(tokens, name[0]):
            entity = reading.table.new(reading.span_text(name), "name")
            reading.table.note(entity, i)
    elif subject and is_person_noun(subject[-1].low):
        entity = _named_after_job(reading, i, place_of(tokens, subject[-1]) + 1)
    reading.subject_of[i] = entity


def _named_after_job(reading: Reading, i: int, k: int) -> Entity | None:
    """``Hale's campaign manager, Ed Lamb, appeared …``: the person a job opening the sentence names.

    A later "he" stands for him, not for the owner (Hale) nor whoever spoke before.
    """
    _, name = split_title(name_after_job(reading.tokens[i], k))  # "Sen. Tom Hale": the name after his title
    return known_person(reading, keys(name), i) if name else None


def _topic(reading: Reading, i: int, k: int, pronoun: str) -> Entity | None:
    """The one person an opening ``As for Hale,`` or ``When Hale …,`` names, for the pronoun at ``k``.

    ``As for Hale, he kept it short``: the clause is about Hale, whoever spoke before. The name
    must follow the opening word as its subject: in ``After meeting Lamb, he …`` it is not.
    """
    tokens = reading.tokens[i]
    n = next((n for n, t in enumerate(tokens[:k]) if t.is_word and t.low not in SENTENCE_CONJUNCTIONS), k)
    if n >= k or tokens[n].low not in SUBORDINATORS:
        return None
    n += 2 if tokens[n].low == "as" and n + 1 < k and tokens[n + 1].low == "for" else 1
    return one_fitting_before(reading, i, k, pronoun) if n < k and tokens[n].capitalized else None


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
