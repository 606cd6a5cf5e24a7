"""A quotation in the object of any verb whose subject is someone: ``Ruiz bemoaned a “rigged” count``.

Read only when a sentence has no other tag, and only for a quotation that stays inside its
sentence (``speech.py`` asks): the verb need not be one of saying (``Hale
assumed``, ``Lamb has long pushed his plan for “free buses”``), as the quoted words in what
a person does with their verb are that person's words more often than not. So are those in
the clause the verb opens with ``that`` (``Ruiz fired back that the “…”``), and those after a
participle hanging on the clause (``Ruiz stood firm, naming two foremen “the best”``, ``… waving
“mill strong”``): its subject is the clause's. A relative clause after the name opening the
sentence is that name's act: ``Hale, who signs his notes as “the mill boy,” …``. A work
speaks for itself too: ``The flyer targets the “sleepy board”``.
"""

from __future__ import annotations

from retrieval.appositions import apposition_subject, name_ending_at
from retrieval.clauses import participle_subject
from retrieval.cues import owned_claim
from retrieval.groups import PEOPLE_PLURALS
from retrieval.lexicon import (
    AUXILIARIES,
    DOCUMENT_NOUNS,
    NEGATIONS,
    PERSON_SUBJECTS,
    PREPOSITIONS,
    SENTENCE_CONJUNCTIONS,
    STOP_WORDS,
)
from retrieval.names import is_common_noun, is_name_word
from retrieval.participles import participle_use
from retrieval.phrases import subject_before
from retrieval.quoted_clauses import IRREGULAR_PAST, clause_opener, name_ends, quote_follows
from retrieval.speech_words import QUOTING_VERBS, SPEECH_VERBS
from retrieval.tags import Tag
from retrieval.time_phrases import before_time_phrase
from retrieval.tokens import Token, place_of

__all__ = ["object_quote_tag"]

# "has bemoaned", "is questioning": the auxiliaries of a verb whose subject acts (not "was told").
_PERFECT = frozenset({"has", "have", "had"})
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})
_BEFORE_VERB = _PERFECT | _PROGRESSIVE
# "would close", "was told", "did not": verbs before a verb whose subject does not plainly act.
_OTHER_VERBS = frozenset({"will", "would", "could", "can", "may", "might", "should", "shall", "did", "does",
                          "do", "been", "be", "being"})
_ADVERBS = AUXILIARIES - _BEFORE_VERB - _OTHER_VERBS  # "also", "still", "repeatedly"
# "when Hale mocked the “plan”, …": a subordinate clause's subject, whose quotation comes before its comma.
_SUBORDINATORS = frozenset({"when", "as", "while", "because", "though", "although", "if"})
# Verbs ``cues.py`` has judged already (``agreed to a “fair” deal``), and "declined to say, “…”".
_JUDGED = SPEECH_VERBS | QUOTING_VERBS | NEGATIONS
# "…, including two near Elm and “the old tannery”": participles that are prepositions, no acts.
_PREPOSITION_LIKE = frozenset({"including", "regarding", "concerning", "following"})
# "The flyer targets the “sleepy board”", "the video pans across “…”": a work speaks for itself.
_WORKS = DOCUMENT_NOUNS | {"ads", "advertisement", "video", "videos", "movie", "film", "documentary",
                           "post", "piece", "column", "cable", "photo", "flyer"}
# "After hearing the crowd chant “…”, Ruiz …": what was heard or seen is no act of the subject's.
_PERCEIVING = frozenset({"hearing", "seeing", "watching", "reading", "listening", "noticing"})
_PAIRS = frozenset({"and", "or"})  # "Ruiz and | her aides": a pair, not a clause joined on


def object_quote_tag(tokens: list[Token], text: str) -> Tag | None:
    """The tag of the first verb after someone with a quotation in its clause that names no title."""
    for k in range(1, len(tokens) - 1):
        token = tokens[k]
        if not token.is_word or token.capitalized or token.low in STOP_WORDS or token.low in PREPOSITIONS \
                or len(token.low) < 4 or token.low in _JUDGED:
            continue
        hanging = _hanging_participle(tokens, k, text)
        if hanging is not None:
            return hanging
        j = before_time_phrase(tokens, _before_adverbs(tokens, k - 1))  # "Hale repeatedly | last week mocked"
        if not _finite(tokens, j, token.low):
            continue
        if j >= 0 and tokens[j].low in _BEFORE_VERB:
            j = _before_adverbs(tokens, j - 1)  # "has long pushed", "is questioning"
        if j > 0 and tokens[j].low == "who":
            named = _named_before_who(tokens, j)  # the quotation in the relative clause: no comma first
            if named and _quotes_own_words(tokens, k, text, False) and not _comma_before_quote(tokens, k):
                return Tag(named, [], 2, k + 1, (k, k + 1))
            continue
        subject, apposition, start = _subject_ending(tokens, j)
        if not subject or not _someone(subject) or (not apposition and _named(subject)
                                                    and not name_ends(tokens, j)):
            continue  # not "some Ruiz | allies": a name modifying a noun
        opener = tokens[start].low if start >= 0 and tokens[start].is_word else ""
        if (opener and opener not in SENTENCE_CONJUNCTIONS and opener not in _SUBORDINATORS) \
                or _second_of_pair(tokens, start):
            continue
        if _quotes_own_words(tokens, k, text, opener in _SUBORDINATORS):
            return Tag(subject, apposition, 2, k + 1, (k, k + 1))
    return None


def _hanging_participle(tokens: list[Token], k: int, text: str) -> Tag | None:
    """``Ruiz stood firm, naming two foremen “the best”``: a participle hanging on its clause."""
    if not tokens[k].low.endswith("ing") or tokens[k].low in _PREPOSITION_LIKE \
            or participle_use(tokens, k) != "clause":
        return None
    subject = participle_subject(tokens, k)
    # "By backing the “river tax”, Ruiz …": the main clause's subject; not "After hearing them chant “…”"
    opening = not subject and k == 1 and tokens[k].low not in _PERCEIVING
    if opening:
        subject = participle_subject(tokens, len(tokens))
    if not subject or not _someone(subject) or not _quotes_own_words(tokens, k, text, opening):
        return None
    return Tag(subject, [], 2, k + 1, (k, k + 1))


def _named_before_who(tokens: list[Token], j: int) -> list[Token]:
    """The name opening the sentence that the ``who`` at ``j`` follows: ``Hale, who signs his notes …``.

    Not a name in the object of another verb (``Hale praised Lamb, who …``): whose words those are,
    the relative alone does not tell.
    """
    end = j - 2 if tokens[j - 1].text == "," else j - 1
    name = name_ending_at(tokens, end) if end >= 0 else []
    start = end + 1 - len(name)
    opens = start == 0 or tokens[start - 1].low in SENTENCE_CONJUNCTIONS
    return name if name and opens and _named(name) else []


def _comma_before_quote(tokens: list[Token], k: int) -> bool:
    """A comma stands between the verb at ``k`` and the first quotation after it."""
    n = next((n for n in range(k + 1, len(tokens)) if tokens[n].is_quote or tokens[n].text == ","), k)
    return tokens[n].text == ","


def _subject_ending(tokens: list[Token], j: int) -> tuple[list[Token], list[Token], int]:
    """The subject ending at ``j``, its apposition, and the token before it.

    After a comma the subject is the name the apposition follows: ``Ed Lamb, a retired
    judge, | welcomed the “fresh start”``, ``Ana Ruiz, who won in May, | is pledging to “…”``.
    """
    if j < 1 or tokens[j].text != ",":
        subject = subject_before(tokens, j)
        return subject, [], j - len(subject)
    found = apposition_subject(tokens, j)
    if found is None:
        return [], [], j
    subject, apposition = found
    return subject, apposition, place_of(tokens, subject[0]) - 1


def _second_of_pair(tokens: list[Token], start: int) -> bool:
    """The subject is the second of two joined by ``and`` or ``or``: ``Ruiz and her aides``.

    Whoever acted (``Ruiz and her aides``, ``Vell and Elm farmers``), it was not the second alone.
    """
    return start >= 1 and tokens[start].low in _PAIRS and tokens[start - 1].is_word \
        and tokens[start - 1].capitalized


def _quotes_own_words(tokens: list[Token], k: int, text: str, subordinate: bool) -> bool:
    """A quotation follows the verb at ``k`` in its clause, neither a title nor another's words.

    Not after a subordinate clause's comma (``when Hale spoke, the band played “…”``), nor
    after an owner of the words (``…, in Lee's words, “…”``).
    """
    ends = "," if subordinate else ""
    n = next((n for n in range(k + 1, len(tokens)) if tokens[n].is_quote or tokens[n].text == ends), k)
    quote = tokens[n]
    follows = quote_follows(tokens, k) or _in_that_clause(tokens, k, n)
    return quote.is_quote and follows and not _title(text[quote.start : quote.end]) \
        and not any(owned_claim(tokens, m) for m in range(k + 1, n))


def _in_that_clause(tokens: list[Token], k: int, n: int) -> bool:
    """The quotation at ``n`` is in the ``that`` clause of the verb at ``k``: ``found in May that “…”``.

    The ``that`` opens a clause (a subject follows it), not a relative one (``the farm that won “…”``),
    and belongs to the verb: no comma or other verb in ``-ing`` stands between them.
    """
    that = next((m for m in range(k + 1, n) if tokens[m].low == "that"), None)
    if that is None or that + 1 >= n or any(t.text == ";" or t.low in ("which", "who") for t in tokens[k:n]) \
            or any(t.text == "," or t.low.endswith("ing") for t in tokens[k + 1 : that]):
        return False
    return clause_opener(tokens[that + 1])


def _before_adverbs(tokens: list[Token], j: int) -> int:
    """The token before the adverbs ending at ``j``: ``Hale | also repeatedly``."""
    while j >= 0 and tokens[j].is_word and not tokens[j].capitalized \
            and (tokens[j].low in _ADVERBS or tokens[j].low.endswith("ly")):
        j -= 1
    return j


def _finite(tokens: list[Token], j: int, low: str) -> bool:
    """The word after ``j`` is a verb its subject does: ``mocks``, ``has mocked``, ``is mocking``."""
    before = tokens[j].low if j >= 0 else ""
    if low.endswith("ing"):
        return before in _PROGRESSIVE
    if before in _PROGRESSIVE or before in _OTHER_VERBS:
        return False  # "was told", "would close": a passive, or what someone might do
    past = low.endswith("ed") or low in IRREGULAR_PAST
    if before in _PERFECT:
        return past
    return past or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _someone(subject: list[Token]) -> bool:
    """A name, a pronoun for a person, people or a work: ``Ana Ruiz``, ``she``, ``farmers``, ``the ad``."""
    head = subject[-1]
    return head.low in PERSON_SUBJECTS or head.low in ("i", "we") or _named(subject) \
        or is_common_noun(head.low) or head.low.endswith(PEOPLE_PLURALS) or head.low in _WORKS


def _named(subject: list[Token]) -> bool:
    """The phrase ends with a name (``Ann Ruiz``), not a pronoun or a number opening a sentence (``He``)."""
    return is_name_word(subject[-1])


def _title(quoted: str) -> bool:
    """Words in title case name a work or a thing: ``“The Elm Street Years”``, ``“Vell Valley”``."""
    words = [w for w in quoted.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)
