"""From a tag's speaker phrase to the entity it names.

The phrase may be a titled name (``U.S. Secretary of State Rex Tillerson``), a surname
of someone named before (``Pak said``), a pronoun (``he said``: the nearest earlier
person who fits), a definite description (``the official said``: the latest official;
``the company said``: the latest body that spoke) or an anonymous source (``a U.S.
official``, kept as one speaker).

Each resolution comes with a confidence: a rule-based estimate (not a calibrated
probability) of how often that way of naming leads to the right speaker; a full name
is surer than a surname, a surname than a pronoun.
"""

from __future__ import annotations

from retrieval.antecedents import agrees, antecedent, latest_speaker, named_after, named_before, window
from retrieval.clauses import clause_subject, participle_subject
from retrieval.entities import Entity
from retrieval.gender import gender_of, is_given_name
from retrieval.lexicon import (
    ANONYMOUS_SOURCES,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PRONOUNS,
)
from retrieval.mentions import (
    apposition_role,
    keys,
    known_person,
    plain_word,
    register_person,
    role_text,
    without_honorific,
)
from retrieval.merges import absorb_lede_description
from retrieval.names import Token, is_common_noun, is_role_noun, place_of, role_phrase_end, split_title
from retrieval.reading import Reading
from retrieval.tags import Tag

__all__ = ["resolve"]

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
# How nouns for people end ("neurosurgeon", "radioman", "24-year-old"), where no job list has them;
# papers end like people but print what others say.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "eon", "ant", "ent", "ee", "-old")
_PRINT = frozenset({"paper", "newspaper", "letter", "poster", "flier", "flyer", "number"})
# "one Democrat said", "a German said": an unnamed member of a party or a people, a source like
# "one official" ("another Democrat" is a second one), never a name.
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian", *DEMONYMS})
_PLURAL_ENDINGS = ("people", "men", "children")  # plurals without an s: "people at the market said"
# Cues that pass on what a source reported, said of outlets as often as of people.
_REPORT_CUES = frozenset({"according", "reported", "reports", "reporting"})
_OWNERS = {"his": "he", "her": "she", "its": "it", "their": "they"}  # the pronoun standing for the owner
# How sure each way of naming the speaker is.
_FULL_NAME, _SURNAME, _NEW_NAME, _BODY, _SOURCE, _REFERENCE = 0.95, 0.9, 0.75, 0.85, 0.9, 0.8


def resolve(reading: Reading, tag: Tag, i: int, before: int) -> tuple[Entity | None, float]:
    """Who ``tag`` in sentence ``i`` names, and how sure that is; pronouns look back from ``before``.

    A phrase of determiners alone (``several said``, ``one said … said another``) names
    nobody that can be told apart: the speaker stays unsure.
    """
    words = [t for t in tag.subject if t.low not in DETERMINERS]
    if not words:
        return None, 0.0
    determiner = tag.subject[0].low if tag.subject[0].low in DETERMINERS else None
    if words[0].low in ("in", "of"):  # "Two in three said": a share of those asked, each its own
        share = reading.span_text(tag.subject)
        return reading.table.new(share, "group", head=tag.subject[-1].low), _SOURCE
    if len(words) == 1 and words[0].low in PRONOUNS:
        pronoun = words[0].low
        same = _sentence_subject(reading, tag, i, pronoun) or _only_one_before(reading, tag, i, pronoun)
        excluded = _named_after_tag(reading, tag, i)
        plural = _plural_subject(reading, tag, i, before) if pronoun == "they" else None
        return same or plural or antecedent(reading, words[0].low, before, excluded), _REFERENCE
    after_role = _name_after_role(reading, tag, words, determiner, i)
    if after_role is not None:
        return after_role, _FULL_NAME
    apposition = apposition_role(reading, [*tag.subject, Token(",", 0, 0), *tag.apposition],
                                 len(tag.subject)) if tag.apposition else None
    if words[-1].capitalized and not role_phrase_end(words) and not _common_at_start(reading, words, i) \
            and not (determiner in _INDEFINITE and words[-1].low in _MEMBERS):
        return _named(reading, words, apposition, i, _reports(reading, tag, i))
    return _described(reading, words, determiner, i)


def _name_after_role(reading: Reading, tag: Tag, words: list[Token], determiner: str | None,
                     i: int) -> Entity | None:
    """``The leader of the Kestrel Trust, Tom Hale, warned``: the name set off after a job spoke.

    The job (a person's: ``leader``, ``spokeswoman``) is the person's role; a name of two or
    three capitalised words must follow it, else the description speaks for itself.
    """
    if determiner is None or not tag.apposition:
        return None
    _, name = split_title([t for t in tag.apposition if t.is_word])
    if not 2 <= len(name) <= 3 or not all(t.capitalized and t.text[:1].isalpha() for t in name):
        return None
    end = role_phrase_end(words) or next((n for n, t in enumerate(words) if t.low == "of" and n), len(words))
    if not _person_noun(words[end - 1].low):
        return None
    return register_person(reading, name, None, reading.span_text(tag.subject[1:]), i, None)


def _common_at_start(reading: Reading, words: list[Token], i: int) -> bool:
    """A common noun capitalised only because it opens the sentence: ``Police said``, ``Polls show``."""
    return (_opens_sentence(reading, words[0], i) and words[0].capitalized and is_common_noun(words[0].low)
            and all(not t.capitalized for t in words[1:]))


def _opens_sentence(reading: Reading, token: Token, i: int) -> bool:
    """``token`` is the first word of sentence ``i``."""
    first = next((t for t in reading.tokens[i] if t.is_word), None)
    return first is not None and first.start == token.start


def _named_after_tag(reading: Reading, tag: Tag, i: int) -> list[Entity]:
    """The people named after the pronoun ``tag`` stands on: ``He praised Cruz`` is not Cruz."""
    k = place_of(reading.tokens[i], tag.subject[-1], None)
    return named_after(reading, i, k) if k is not None else []


def _only_one_before(reading: Reading, tag: Tag, i: int, pronoun: str) -> Entity | None:
    """The one person the pronoun's own sentence names before it who fits: ``Rubio's plan, he says``.

    Two who fit (``Lamb and Rubio …, he said``) leave it to the sentences before, and so
    does a tag that closes its sentence: in ``People like Rubio, he said`` the words before
    are what was said. A quotation after the tag is what was said instead (``After Hale
    heard …, he grinned and said, “…”``).
    """
    tokens = reading.tokens[i]
    if not any(t.is_word or t.is_quote for t in tokens[tag.after:]):
        return None
    return _one_fitting_before(reading, i, place_of(tokens, tag.subject[0]), pronoun)


def _one_fitting_before(reading: Reading, i: int, k: int, pronoun: str) -> Entity | None:
    """The one person sentence ``i`` names before its token ``k`` whom ``pronoun`` fits (none if two)."""
    fits = {id(e): e for e in named_before(reading, i, k) if e.kind == "person" and agrees(e, pronoun)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _plural_subject(reading: Reading, tag: Tag, i: int, before: int) -> Entity | None:
    """The people a sentence opens with, for a "they" later in it: ``Kestrel Greens walked out as they said``.

    Else those the sentence before opened with: ``Ohio farmers are angry. They say …``.
    """
    tokens = reading.tokens[i]
    k = place_of(tokens, tag.subject[0])
    own = participle_subject(tokens, k) if k else []
    for subject in (own, clause_subject(reading.tokens[before - 1]) if before else []):
        words = [t for t in subject if t.is_word and t.low not in DETERMINERS]
        if words and words[-1].low.endswith("s") and not words[-1].low.endswith("ss") \
                and words[-1].low not in PRONOUNS and not words[-1].possessive:
            name = reading.span_text(words)
            return reading.table.exact(name) or reading.table.new(name, "group", head=words[-1].low)
    return None


def _sentence_subject(reading: Reading, tag: Tag, i: int, pronoun: str) -> Entity | None:
    """The person the pronoun's own sentence opened with: ``Sen. Ann Lee scolded him: “…,” she said``."""
    tokens = reading.tokens[i]
    k = place_of(tokens, tag.subject[0])
    subject = [t for t in participle_subject(tokens, k) if t.is_word] if k else []
    if not subject or subject[-1].low in PRONOUNS or not subject[-1].capitalized:
        return None
    _, name = split_title(subject)
    words = keys(name or subject)
    entity = known_person(reading, words, i) or reading.table.exact(" ".join(words))
    return entity if entity is not None and agrees(entity, pronoun) else None


def _reports(reading: Reading, tag: Tag, i: int) -> bool:
    """Whether the tag's cue reports rather than says: ``according to``, ``reported``."""
    return any(t.low in _REPORT_CUES for t in reading.tokens[i][tag.cue[0]:tag.cue[1]])


def _named(reading: Reading, words: list[Token], apposition: str | None,
           i: int, reports: bool) -> tuple[Entity | None, float]:
    first = words[0]
    if len(words) == 1 and not reading.table.with_word(first.low) and _opens_sentence(reading, first, i) \
            and plain_word(reading, first):
        return None, 0.0  # "Part of the blame, say farmers, …": a plain word opening the sentence
    role, name = split_title(words)
    if not name:  # "the State Department said": a body, not a person, named without the kind written
        own = next(n for n, t in enumerate(words) if t.capitalized)  # before it ("the event organizer …")
        return reading.table.body(reading.span_text(words[own:]), words[-1].low), _BODY
    role, honorific = without_honorific(role)
    if role or apposition or honorific or len(name) > 1:
        person = register_person(reading, name, role_text(reading, role), apposition, i, honorific)
        absorb_lede_description(reading, person, i)
        return person, _FULL_NAME
    known = known_person(reading, [name[0].low.replace(".", "")], i)
    written = reading.span_text(name)
    if written.isupper() and reading.text.startswith(":", name[-1].end):
        written = written.title()  # a transcript's "WALLACE: …" is Wallace; "FBI said" stays FBI
    entity = known
    if entity is None:
        entity = reading.table.new(written, "name")
        entity.reporter = reports  # "according to Valleywire": maybe an outlet, never "he" later
    reading.table.note(entity, i)
    return entity, _SURNAME if known is not None else _NEW_NAME


def _described(reading: Reading, words: list[Token], determiner: str | None,
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
        elif earlier is None and head in DOCUMENT_NOUNS:  # "the statement added": its author
            earlier = latest_speaker(reading, i, lambda e: e.kind in ("name", "institution", "group"))
        elif earlier is None and _epithet(words, end) and head.endswith("s"):
            earlier = antecedent(reading, "they", i)
        elif earlier is None and _epithet(words, end):  # "the 24-year-old said": the one person its
            earlier = _one_fitting_before(reading, i, place_of(reading.tokens[i], words[0]), "someone") \
                or antecedent(reading, "someone", i)  # sentence named before it, else the one before
        if earlier is not None:
            return earlier, _REFERENCE
    name = reading.span_text(words)
    if _common_at_start(reading, words, i):
        name = name[0].lower() + name[1:]  # "Protesters said": protesters, a description
    owner = _owner(reading, words, determiner, i) if determiner in _OWNERS else None
    if owner is not None and owner.kind != "group":  # "his surrogates": Donald Trump's surrogates
        name = f"{owner.name}'s {name}"
    if determiner == "another":  # "another diplomat": a second unnamed source, not the first
        name = f"a second {name}"  # (its own name: "another" alone would key it as the first)
    entity = reading.table.exact(name)
    if entity is None:
        plural = (head.endswith("s") and not head.endswith("ss")) or head.endswith(_PLURAL_ENDINGS)
        kind = "institution" if head in ORG_NOUNS else "group" if plural else "anonymous"
        entity = reading.table.new(name, kind, head=head)
        entity.gender = gender_of(head)
    return entity, _BODY if entity.kind == "institution" else _SOURCE


def _owner(reading: Reading, words: list[Token], determiner: str, i: int) -> Entity | None:
    """Whom ``his``/``her``/``their`` stands for: the one fitting person named before it in its sentence.

    ``Hale sold the mill, but his campaign said …`` is Hale's campaign; without such a
    person, the nearest one before.
    """
    pronoun = _OWNERS[determiner]
    found = _one_fitting_before(reading, i, place_of(reading.tokens[i], words[0]), pronoun)
    return found if found is not None else antecedent(reading, pronoun, i)


def _person_noun(head: str) -> bool:
    """A job or a noun for a person (``neurosurgeon``, ``24-year-old``), not an unnamed source."""
    return head not in ANONYMOUS_SOURCES and (is_role_noun(head) or head.endswith(_PERSON_ENDINGS))


def _epithet(words: list[Token], end: int) -> bool:
    """Whether a definite description (head at ``end - 1``) may stand for the person just named.

    Its head must name a person (a job, an age: ``the veteran defender``), not one of many
    (``the moderator``), an unnamed source (``the official``) or a thing (``the average``).
    A name in it makes it a post in that body (``the director of the Kestrel Trust``) or
    the body's own (``the Kestrel campaign``), unless the head is a public role (``the Ohio
    governor``).
    """
    head = words[end - 1].low
    if head in _ONE_OF_MANY or head in _PRINT or not _person_noun(head):
        return False
    if any(t.capitalized for t in words[end:]):
        return False
    return head in _PUBLIC_ROLES or not any(t.capitalized for t in words[: end - 1])


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
