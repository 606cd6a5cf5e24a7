"""A description as a tag's speaker: ``the official``, ``a U.S. official``, ``his campaign``.

A definite description refers back (the latest official; the body just named; for an
epithet such as ``the 24-year-old``, the person just named); an indefinite one is a new
unnamed source, kept as one speaker; ``his``/``her`` name the owner.
"""

from __future__ import annotations

from retrieval.antecedents import antecedent, latest_speaker, one_fitting_before, window
from retrieval.clauses import clause_subject
from retrieval.entities import Entity
from retrieval.gender import gender_of, is_given_name
from retrieval.lexicon import ANONYMOUS_SOURCES, DETERMINERS, DOCUMENT_NOUNS, ORG_NOUNS, OWNER_PRONOUNS
from retrieval.mentions import keys
from retrieval.names import is_common_noun, is_person_noun, role_phrase_end, split_title
from retrieval.reading import Reading
from retrieval.tokens import Token, place_of

__all__ = ["BODY", "REFERENCE", "SOURCE", "common_at_start", "described", "opens_sentence", "person_noun"]

# How sure a description makes the speaker: a body, an unnamed source, a reference back.
BODY, SOURCE, REFERENCE = 0.85, 0.9, 0.8
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Who someone is to others, one of many: "the moderator", "the supporter", "the voter" said. An
# epithet for the last person named ("the 24-year-old", "the veteran defender") never is one of these.
_ONE_OF_MANY = frozenset({
    "moderator", "supporter", "voter", "insider", "customer", "participant", "respondent",
    "fan", "follower", "reader", "viewer", "user", "commenter", "critic", "observer", "protester",
    "demonstrator", "donor", "delegate", "attendee", "neighbor", "neighbour", "student", "worker",
    "nurse", "volunteer", "caller", "audience", "crowd"})
# Public roles that stand for the person just named even with a name in them: "the Ohio governor",
# "the GOP front-runner". Other heads after a name are that name's body or a new source: "the Kestrel
# campaign", "the Kestrel Herald newspaper", "the Kestrel employee".
_PUBLIC_ROLES = frozenset({
    "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
    "incumbent", "senator", "governor", "president", "secretary", "congressman", "congresswoman",
    "mayor", "lawmaker", "leader", "chairman", "chairwoman", "billionaire", "businessman", "mogul"})
# Papers end like nouns for people but print what others say.
_PRINT = frozenset({"paper", "newspaper", "letter", "poster", "flier", "flyer", "number"})
_PLURAL_ENDINGS = ("people", "men", "children")  # plurals without an s: "people at the market said"


def common_at_start(reading: Reading, words: list[Token], i: int) -> bool:
    """A common noun capitalised only because it opens the sentence: ``Police said``, ``Polls show``.

    Not the surname of someone met before: ``Backer said`` after "Ida Backer".
    """
    return (opens_sentence(reading, words[0], i) and words[0].capitalized and is_common_noun(words[0].low)
            and all(not t.capitalized for t in words[1:])
            and not (len(words) == 1 and reading.table.person_named([words[0].low], i) is not None))


def opens_sentence(reading: Reading, token: Token, i: int) -> bool:
    """``token`` is the first word of sentence ``i``."""
    first = next((t for t in reading.tokens[i] if t.is_word), None)
    return first is not None and first.start == token.start


def described(reading: Reading, words: list[Token], determiner: str | None,
               i: int) -> tuple[Entity, float]:
    """``a U.S. official`` (new or same anonymous source) or ``the official`` (refers back)."""
    end = role_phrase_end(words) or next(
        (n for n, t in enumerate(words) if t.low == "of" and n), len(words))
    head = words[end - 1].low
    # "the Hale administration", "the Kestrel campaign": a body its own name tells, never the one before
    own_body = head in ORG_NOUNS and any(t.capitalized for t in words[: end - 1])
    if determiner in _DEFINITE and not own_body:
        earlier = reading.table.latest(head, i)
        gender = gender_of(head)
        if earlier is None and head in ORG_NOUNS:  # "the agency said": the body just named or heard,
            earlier = antecedent(reading, "it", i) or _subject_body(reading, i, head)  # or the story's
        elif earlier is None and gender:  # "the woman said": the last woman who spoke
            earlier = latest_speaker(
                reading, i, lambda e: e.kind in ("person", "anonymous") and e.gender == gender)
        elif earlier is None and head in DOCUMENT_NOUNS:  # "the statement added": its author, a body or a
            # name; people only described ("farmers say … the letter says") are no author the text gives
            earlier = latest_speaker(reading, i, lambda e: e.kind in ("name", "institution"))
        elif earlier is None and _epithet(words, end) and head.endswith("s"):
            earlier = antecedent(reading, "they", i)
        elif earlier is None and _epithet(words, end):  # "the 24-year-old said": the one person its
            earlier = one_fitting_before(reading, i, place_of(reading.tokens[i], words[0]), "someone") \
                or antecedent(reading, "someone", i, _one_of_many_before(reading, i))  # sentence named
            # before it, else the one before who is not one of many
        if earlier is not None:
            return earlier, REFERENCE
    name = reading.span_text(words)
    if common_at_start(reading, words, i):
        name = name[0].lower() + name[1:]  # "Protesters said": protesters, a description
    owner = _owner(reading, words, determiner, i) if determiner in OWNER_PRONOUNS else None
    if owner is not None and owner.kind != "group":  # "his surrogates": Tom Hale's surrogates
        name = f"{owner.name}'s {name}"
    if determiner == "another":  # "another diplomat": a second unnamed source, not the first
        name = f"a second {name}"  # (its own name: "another" alone would key it as the first)
    asked = determiner == "those" and head.endswith("ed")  # "those polled say": the people asked, a group
    if asked:
        name = f"those {name}"  # ("polled" alone names no one a reader knows)
    entity = reading.table.exact(name)
    if entity is None:
        plural = asked or (head.endswith("s") and not head.endswith("ss")) or head.endswith(_PLURAL_ENDINGS)
        kind = "institution" if head in ORG_NOUNS else "group" if plural else "anonymous"
        entity = reading.table.new(name, kind, head=head)
        entity.gender = gender_of(head)
    return entity, BODY if entity.kind == "institution" else SOURCE


def _owner(reading: Reading, words: list[Token], determiner: str, i: int) -> Entity | None:
    """Whom ``his``/``her``/``their`` stands for: the one fitting person named before it in its sentence.

    ``Hale sold the mill, but his campaign said …`` is Hale's campaign; without such a
    person, the nearest one before.
    """
    pronoun = OWNER_PRONOUNS[determiner]
    found = one_fitting_before(reading, i, place_of(reading.tokens[i], words[0]), pronoun)
    return found if found is not None else antecedent(reading, pronoun, i)


def person_noun(head: str) -> bool:
    """A job or a noun for a person (``neurosurgeon``, ``24-year-old``), not an unnamed source."""
    return head not in ANONYMOUS_SOURCES and is_person_noun(head)


def _epithet(words: list[Token], end: int) -> bool:
    """Whether a definite description (head at ``end - 1``) may stand for the person just named.

    Its head must name a person (a job, an age: ``the veteran defender``), not one of many
    (``the moderator``), an unnamed source (``the official``) or a thing (``the average``).
    A name in it makes it a post in that body (``the director of the Kestrel Trust``) or
    the body's own (``the Kestrel campaign``), unless the head is a public role (``the Ohio
    governor``).
    """
    head = words[end - 1].low
    if head in _ONE_OF_MANY or head in _PRINT or not person_noun(head):
        return False
    if any(t.capitalized for t in words[end:]):
        return False
    return head in _PUBLIC_ROLES or not any(t.capitalized for t in words[: end - 1])


def _one_of_many_before(reading: Reading, i: int) -> list[Entity]:
    """The unnamed sources one of many (``a supporter``, ``another voter``) an epithet looks back over.

    "The governor said" never stands for "a second supporter" quoted just before.
    """
    return [e for j in window(i) for e in (reading.subject_of[j], reading.speaker_of[j])
            if e is not None and e.kind == "anonymous" and e.head in _ONE_OF_MANY]


def _subject_body(reading: Reading, i: int, head: str) -> Entity | None:
    """The body that is the subject of a recent sentence or of the lede.

    "Kestrel Systems cut its forecast …" makes a later "the company" Kestrel Systems.
    """
    for j in [*window(i), 0]:
        subject = [t for t in clause_subject(reading.tokens[j]) if t.is_word]
        if subject and subject[0].low == "the" and len(subject) > 1 and subject[1].capitalized:
            subject = subject[1:]  # "The Federal Aviation Administration fined …"
        if not subject or not subject[-1].capitalized or any(t.low in DETERMINERS for t in subject):
            continue
        if _names_a_person(reading, subject):
            continue  # "Referee Tom Baxendale waved play on", "Kofi Mensah headed": people
        return reading.table.body(reading.span_text(subject), head)
    return None


def _names_a_person(reading: Reading, words: list[Token]) -> bool:
    """A title and a name, a known given name, or a word of a known person's name."""
    role, name = split_title(words)
    return bool(role and name) or any(
        is_given_name(w)
        or any(e.kind == "person" for e in reading.table.with_word(w)) for w in keys(words))
