"""The subject of a clause, past whatever opens the sentence before it.

A participle (``Oduya rejected it, saying …``), a second verb (``… and said``) or a verb
before a colon (``Mook agreed: “…”``) reports what its clause's subject said. The
subject comes after any opening phrase (``In Madrid,``, ``Moreover,``, ``Looking out at
the crowd,``, ``Hours later,``) and may carry an apposition (``Lee, a director of X,``).
"""

from __future__ import annotations

from retrieval.counted_people import counted_people
from retrieval.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from retrieval.names import is_name_word, is_person_noun, is_role_noun, title_chunk_end
from retrieval.phrases import forward_phrase
from retrieval.sentence_openings import opening_end
from retrieval.speech_words import SPEECH_VERBS
from retrieval.time_phrases import after_time_phrase
from retrieval.tokens import Token

__all__ = ["clause_subject", "name_after_job", "participle_subject"]

_JOB_TAIL = 2  # lower-case words a job may go on with after its noun for a person
_MAX_APPOSITIONS = 4  # appositions, brackets and places passed over after a subject
_NOT_VERBS = DETERMINERS | PREPOSITIONS  # made once: a union written in a test is made at every call
# "Ruiz of Mapleford", "an aide inside Hale Tower", "Farmers on Elm Street": where someone is from.
_PLACE_PREPOSITIONS = frozenset({"of", "from", "at", "inside", "in", "with", "on"})
# "a spokesman for …", "a member on the board"; not "of": "a group of rabbis" counts, it places no one.
_ATTACHMENTS = (_PLACE_PREPOSITIONS - {"of"}) | {"for"}
_MAX_ATTACHMENT = 8  # words of such a phrase, its verb included
_DESCRIBING = frozenset({"the", "a", "an"})  # "The cheerful plumber kept it quiet, saying …"
_MAX_DESCRIPTION = 3  # words after the determiner


def clause_subject(tokens: list[Token]) -> list[Token]:
    """The subject that opens a sentence, before its verb.

    ``Kestrel Systems`` in ``Kestrel Systems cut its forecast``; an opening phrase such as
    ``In Madrid,`` is skipped. A pronoun is no body's name, so it is not returned here.
    """
    subject = participle_subject(tokens, len(tokens))
    return [] if len(subject) == 1 and subject[0].low in PRONOUNS else subject


def participle_subject(tokens: list[Token], k: int) -> list[Token]:
    """The subject of the clause a participle or a second verb hangs on.

    ``Oduya`` in ``Oduya rejected it, saying``, ``she`` in ``When she spoke, she declined,
    saying``, ``Lee`` in ``Lee, a director of X, tied it to …, saying``. An opening phrase
    (``In Madrid,``, ``Moreover,``, ``Looking out at the crowd,``) is skipped; the subject
    must be followed by its verb (``Chastened by …`` and ``Get those …`` have none).
    """
    start = opening_end(tokens, k)
    if start < k and tokens[start].low in PRONOUNS:
        subject = [tokens[start]]
    else:
        subject = counted_people(tokens, start, k) or _before_verb(forward_phrase(tokens, start)) \
            or _described_person(tokens, start, k)
        if subject and subject[-1].possessive and subject[-1].low not in PRONOUNS:
            return []
    follows = after_time_phrase(tokens, _after_apposition(tokens, start + len(subject), k))
    if subject and is_role_noun(subject[-1].low):  # a job: "One engineer at a bakery chain | declined"
        follows = _past_attachment(tokens, follows, k)
    if subject and follows < k and tokens[follows].is_word and not tokens[follows].capitalized \
            and tokens[follows].low not in _NOT_VERBS and not _time_opening(tokens, follows):
        name = name_after_job(tokens, start + len(subject)) if is_person_noun(subject[-1].low) \
            and not subject[-1].capitalized else []
        return name if len(name) > 1 else subject  # "Her aide, Ed Lamb,": a full name, not "Bill"
    if subject and follows == k - 1 and tokens[follows].low in PREPOSITIONS:
        return subject  # "Lamb, R-Vell., despite | admitting …": the participle is the verb
    return []


def _before_verb(subject: list[Token]) -> list[Token]:
    """``Ruiz | pressed county chairman Tom Hale``: an ``-ed`` word between two names is a verb."""
    for n in range(1, len(subject) - 1):
        word, before = subject[n], subject[n - 1]
        if word.low.endswith("ed") and not word.capitalized and word.is_word and "-" not in word.text \
                and before.capitalized and not before.possessive and subject[-1].capitalized:
            return subject[:n]
    return subject


def name_after_job(tokens: list[Token], k: int) -> list[Token]:
    """The name set off by a comma after a job ending at ``k``: ``Hale's campaign manager, | Ed Lamb,``.

    The job may go on with a lower-case word or two (``Ruiz's chief rival, …``); a place after
    "of" is no part of the name (``Sen. Tom Hale of Vell``). Nothing when no name follows.
    """
    stop = min(len(tokens), k + _JOB_TAIL)
    while k < stop and tokens[k].is_word and not tokens[k].capitalized and tokens[k].low not in STOP_WORDS:
        k += 1  # "Ruiz's chief rival, …": the job's last words
    if k + 1 >= len(tokens) or tokens[k].text != "," or not is_name_word(tokens[k + 1]):
        return []
    chunk = [t for t in tokens[k + 1 : title_chunk_end(tokens, k + 1)] if t.is_word]
    return chunk[: next((n for n, t in enumerate(chunk) if t.low == "of"), len(chunk))]


def _described_person(tokens: list[Token], start: int, k: int) -> list[Token]:
    """``The cheerful plumber``: a determiner and lower-case words ending in a noun for a person.

    No job list need hold the noun; an auxiliary or a verb in the past must follow it.
    """
    if start >= k or tokens[start].low not in _DESCRIBING:
        return []
    for end in range(start + 2, min(k, start + 1 + _MAX_DESCRIPTION) + 1):
        word = tokens[end - 1]
        if not word.is_word or word.capitalized or word.low in STOP_WORDS:
            return []
        if is_person_noun(word.low) and (end == k or tokens[end].low in AUXILIARIES
                                         or tokens[end].low.endswith("ed")):
            return tokens[start:end]
    return []


def _past_attachment(tokens: list[Token], n: int, k: int) -> int:
    """The verb after a phrase that places or employs a job's holder, else ``n``.

    ``One engineer at a bakery chain | declined``, ``A spokeswoman for Mayor Ed Lamb of
    Elmford | praised``: the phrase runs, without punctuation, to a verb in the past or an
    auxiliary.
    """
    if n >= k or tokens[n].low not in _ATTACHMENTS:
        return n
    for m in range(n + 1, min(k, n + _MAX_ATTACHMENT)):
        token = tokens[m]
        if not token.is_word:
            return n
        if not token.capitalized and (token.low in AUXILIARIES or token.low.endswith("ed")
                                      or token.low in SPEECH_VERBS):
            return m
    return n


def _time_opening(tokens: list[Token], k: int) -> bool:
    """``Hours | later,``: the words before were a time, not a subject."""
    return tokens[k].low in TIME_WORDS and k + 1 < len(tokens) and tokens[k + 1].text == ","


def _named_place(tokens: list[Token], n: int, end: int) -> int:
    """The token after the name a place preposition governs, from ``n``; ``n`` without one.

    ``Vermont``, ``Hale Tower``, ``the Vell Gazette``, ``the tiny Vell Gazette``: one
    lowercase word may come between ``the`` and the name.
    """
    m = n
    if m < end and tokens[m].low == "the":
        m += 1
        if m + 1 < end and tokens[m].is_word and not tokens[m].capitalized and tokens[m + 1].capitalized:
            m += 1
    start = m
    while m < end and tokens[m].is_word and tokens[m].capitalized:
        m += 1
    return m if m > start else n


def _after_apposition(tokens: list[Token], k: int, end: int) -> int:
    """The token after the appositions, brackets and home state that follow a subject.

    ``Lee, a director of X, | tied``; ``Sen. Ed Lamb (D-Vell.), | said``; ``Senator
    Ana Ruiz of Mapleford | endorsed``; ``An aide inside Hale Tower | tried``.
    """
    n, closed = k, False
    for _ in range(_MAX_APPOSITIONS):
        named = _named_place(tokens, n + 1, end) if n < end and tokens[n].low in _PLACE_PREPOSITIONS else n
        if named > n + 1:
            n = named  # "of Vermont", "inside Hale Tower", "of the tiny Vell Gazette"
            closed = True
        if n >= end or tokens[n].text not in (",", "("):
            return n
        if closed and tokens[n].text == "," and n + 1 < end and tokens[n + 1].is_word \
                and not tokens[n + 1].capitalized and tokens[n + 1].low not in DETERMINERS:
            return n + 1  # "(D-R.I.), | said"; "(D), a mayor, said" goes on past the apposition
        close = "," if tokens[n].text == "," else ")"
        m = next((m for m in range(n + 1, min(end, n + 30)) if tokens[m].text == close or tokens[m].is_quote),
                 end)
        if m >= end or tokens[m].is_quote:
            return k
        n, closed = (m if close == "," else m + 1), True
    return n
