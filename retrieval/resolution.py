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

from retrieval.antecedents import agrees, antecedent, named_after, one_fitting_before
from retrieval.appositions import after_place
from retrieval.body_names import ends_company
from retrieval.clauses import clause_subject, participle_subject
from retrieval.descriptions import (
    BODY,
    REFERENCE,
    SOURCE,
    common_at_start,
    described,
    opens_sentence,
    person_noun,
)
from retrieval.entities import Entity
from retrieval.lexicon import DETERMINERS, MEMBER_NOUNS, PRONOUNS, SENTENCE_CONJUNCTIONS
from retrieval.mentions import keys, known_person, plain_word, register_person, whole_words, without_honorific
from retrieval.merges import absorb_lede_description
from retrieval.name_jobs import apposition_role, role_text, ties_a_country
from retrieval.names import is_common_noun, is_given_name, role_phrase_end, split_title
from retrieval.reading import Reading
from retrieval.subjects import SUBORDINATORS
from retrieval.tags import Tag
from retrieval.tokens import Token, place_of

__all__ = ["resolve"]

# "one Democrat said": an unnamed member, a source like "one official" ("another Democrat" is a second one).
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# Cues that pass on what a source reported, said of outlets as often as of people.
_REPORT_CUES = frozenset({"according", "reported", "reports", "reporting"})
# What joins a clause to the one before it: "Dunmore ran the mill, and he said", "…; then he said".
_LINKS = frozenset({"and", "but", "yet", "so", "when", "as", "while", "after", "before", "because",
                    "though", "although"})
_LINK_ADVERBS = frozenset({"indeed", "then", "also", "later", "still"})
# How sure each way of naming the speaker is (descriptions.py has the rest).
_FULL_NAME, _SURNAME, _NEW_NAME = 0.95, 0.9, 0.75


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
        return reading.table.new(share, "group", head=tag.subject[-1].low), SOURCE
    if len(words) == 1 and words[0].low in PRONOUNS:
        pronoun = words[0].low
        same = _sentence_subject(reading, tag, i, pronoun) or _only_one_before(reading, tag, i, pronoun)
        excluded = _named_after_tag(reading, tag, i)
        plural = _plural_subject(reading, tag, i, before) if pronoun == "they" else None
        return same or plural or antecedent(reading, words[0].low, before, excluded), REFERENCE
    after_role = _name_after_role(reading, tag, words, determiner, i)
    if after_role is not None:
        return after_role, _FULL_NAME
    apposition = apposition_role(reading, [*tag.subject, Token(",", 0, 0), *tag.apposition],
                                 len(tag.subject)) if tag.apposition else None
    if ties_a_country(apposition, words):
        apposition = None  # "Even Indonesia, Vell's only ally, said": a country, with no job
    # the phrase as written: "The Council on …" is a body's name, capitalised mid-sentence, not "Experts on"
    if words[-1].capitalized and not role_phrase_end(tag.subject) and not common_at_start(reading, words, i) \
            and not (determiner in _INDEFINITE and words[-1].low in MEMBER_NOUNS):
        return _named(reading, words, apposition, i, _reports(reading, tag, i))
    return described(reading, words, determiner, i)


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
    if _place_after_place(reading, i, name):
        return None
    end = role_phrase_end(words) or next((n for n, t in enumerate(words) if t.low == "of" and n), len(words))
    if not person_noun(words[end - 1].low):
        return None
    return register_person(reading, name, None, reading.span_text(tag.subject[1:]), i, None)


def _place_after_place(reading: Reading, i: int, name: list[Token]) -> bool:
    """``a woman in Harborton, Vell County, told``: words after a place and its comma are its county or state.

    A given name opening them (``a nurse in Harborton, Ana Ruiz, said``) makes them a person.
    """
    k = place_of(reading.tokens[i], name[0], None)
    return k is not None and after_place(reading.tokens[i], k) and not is_given_name(name[0].low)


def _named_after_tag(reading: Reading, tag: Tag, i: int) -> list[Entity]:
    """The people named after the pronoun ``tag`` stands on: ``He praised Lamb`` is not Lamb."""
    k = place_of(reading.tokens[i], tag.subject[-1], None)
    return named_after(reading, i, k) if k is not None else []


def _only_one_before(reading: Reading, tag: Tag, i: int, pronoun: str) -> Entity | None:
    """The one person the pronoun's own sentence names before it who fits: ``Lamb's plan, he says``.

    Two who fit (``Lamb and Dunn …, he said``) leave it to the sentences before, and so
    does a tag that closes its sentence: in ``People like Dunn, he said`` the words before
    are what was said. A quotation after the tag is what was said instead (``After Hale
    heard …, he grinned and said, “…”``).
    """
    tokens = reading.tokens[i]
    if not any(t.is_word or t.is_quote for t in tokens[tag.after:]):
        return None
    k = place_of(tokens, tag.subject[0])
    if _opened_by_same_pronoun(tokens, k, pronoun):
        return None
    return one_fitting_before(reading, i, k, pronoun)


def _opened_by_same_pronoun(tokens: list[Token], k: int, pronoun: str) -> bool:
    """``When he rose after Lamb's toast, he said``: a clause opened by the same pronoun.

    Its pronoun is not Lamb, or the writer would have named him there; so neither is the
    tag's, which goes on with it (``When Lamb rose, he said`` is Lamb's).
    """
    n = next((n for n, t in enumerate(tokens[:k]) if t.is_word and t.low not in SENTENCE_CONJUNCTIONS), k)
    return n + 1 < k and tokens[n].low in SUBORDINATORS and tokens[n + 1].low == pronoun


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
    if entity is None and len(subject) == 1 and pronoun in ("he", "she") and _linked(tokens, k) \
            and _new_surname(reading, subject[0]):
        entity = _named(reading, subject, None, i, False)[0]  # "Dunmore ran the mill, and he said": new
    return entity if entity is not None and agrees(entity, pronoun) else None


def _linked(tokens: list[Token], k: int) -> bool:
    """The pronoun at ``k`` opens a clause joined to the one before: ``…, and he``, ``…; then he``.

    Not ``Elmford erred, he wrote``, where the clause before is what was said.
    """
    n = k - 1
    while n >= 0 and (tokens[n].text == "," or tokens[n].low in _LINK_ADVERBS):
        n -= 1
    return n >= 0 and (tokens[n].low in _LINKS or tokens[n].text == ";")


def _new_surname(reading: Reading, word: Token) -> bool:
    """A capitalised word no one known bears, that the article also writes capitalised mid-sentence.

    ``Dunmore`` in ``Dunmore ran the mill, and he said``; not ``Rather`` or ``Sadly``
    (capitalised only as first words), a party's members (``Democrats``) or a word of a
    name already known.
    """
    low = word.low
    if is_common_noun(low) or plain_word(reading, word) or reading.table.with_word(low) \
            or low.removesuffix("s") in MEMBER_NOUNS:
        return False
    text = reading.text  # "met Dunmore", "Ely, Dunmore": a space, after a word or a comma
    return any(n >= 2 and text[n - 1] == " " and (text[n - 2].isalpha() or text[n - 2] == ",")
               for n in whole_words(text, word.text))


def _reports(reading: Reading, tag: Tag, i: int) -> bool:
    """Whether the tag's cue reports rather than says: ``according to``, ``reported``."""
    return any(t.low in _REPORT_CUES for t in reading.tokens[i][tag.cue[0]:tag.cue[1]])


def _named(reading: Reading, words: list[Token], apposition: str | None,
           i: int, reports: bool) -> tuple[Entity | None, float]:
    first = words[0]
    if len(words) == 1 and not reading.table.with_word(first.low) and opens_sentence(reading, first, i) \
            and plain_word(reading, first):
        return None, 0.0  # "Part of the blame, say farmers, …": a plain word opening the sentence
    role, name = split_title(words)
    if not name:  # "the State Department said": a body, not a person, named without the kind written
        own = next(n for n, t in enumerate(words) if t.capitalized)  # before it ("the event organizer …")
        return reading.table.body(reading.span_text(words[own:]), words[-1].low), BODY
    role, honorific = without_honorific(role)
    if role or apposition or honorific or len(name) > 1:
        person = register_person(reading, name, role_text(reading, role), apposition, i, honorific)
        absorb_lede_description(reading, person, i)
        return person, _FULL_NAME
    known = known_person(reading, [name[0].low.replace(".", "")], i) or _company(reading, name[0].low)
    written = reading.span_text(name)
    if written.isupper() and reading.text.startswith(":", name[-1].end):
        written = written.title()  # a transcript's "RUIZ: …" is Ruiz; "FBI said" stays FBI
    entity = known
    if entity is None:
        entity = reading.table.new(written, "name")
        entity.reporter = reports  # "according to Valleywire": maybe an outlet, never "he" later
    reading.table.note(entity, i)
    return entity, _SURNAME if known is not None else _NEW_NAME


def _company(reading: Reading, low: str) -> Entity | None:
    """The company a bare first word names: "Kestrel said" after "Kestrel Foods said"."""
    return next((e for e in reading.table.with_word(low) if e.kind == "institution" and e.head
                 and ends_company(e.head) and e.name_words[0] == low), None)
