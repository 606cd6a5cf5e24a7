"""Read the noun phrase that names a speaker, around a reporting cue.

``subject_before`` reads leftwards from the verb (``the official | said``),
``forward_phrase`` rightwards from it (``said | Tillerson``) and ``clause_subject``
finds the subject a participle or a second verb hangs on (``Oduya rejected it, saying``).
They only find words; who the words refer to is attribution's job.
"""

from __future__ import annotations

from retrieval.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from retrieval.names import Token, inside_name, role_before_preposition

__all__ = ["clause_subject", "forward_phrase", "participle_subject", "subject_before"]


def subject_before(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase ending at token ``j``: ``the official``, ``spokesman Mark Toner``."""
    if j < 0 or not tokens[j].is_word:
        return []
    if tokens[j].possessive:
        return []  # "Tillerson’s comments": an owner, not a speaker
    if tokens[j].low in PRONOUNS:
        return [tokens[j]]
    words: list[Token] = []
    while j >= 0 and tokens[j].is_word and len(words) < 12:
        token = tokens[j]
        if token.low in DETERMINERS:
            words.insert(0, token)
            if j >= 2 and role_before_preposition(tokens, j - 1):
                words.insert(0, tokens[j - 1])  # "a spokesman for | the ministry"
                j -= 2
                continue
            break
        if words and (role_before_preposition(tokens, j) or (
            inside_name(tokens, j) and words[0].capitalized and j > 0 and tokens[j - 1].capitalized
        )):
            words.insert(0, token)  # "spokesman for | Acme", "Secretary of | State", "Commission on | …"
            j -= 1
            continue
        if token.low in STOP_WORDS:
            break
        words.insert(0, token)  # possessives too: "Thornbury’s board", "Spain’s … Minister X"
        j -= 1
    return words if _names_someone(words) else []


def forward_phrase(tokens: list[Token], k: int) -> list[Token]:
    """The noun phrase starting at ``k``: ``Tillerson``, ``the official``, ``the health data firm X``.

    Lower-case words join only on the way to a job noun or a capitalised name.
    """
    words: list[Token] = []
    if k < len(tokens) and tokens[k].low in DETERMINERS:
        words.append(tokens[k])
        k += 1
    while k < len(tokens) and tokens[k].is_word:
        token = tokens[k]
        if token.low in TIME_WORDS or (token.low in STOP_WORDS and token.low != "of"):
            break
        noun = token.low in ROLE_NOUNS or token.low in DOCUMENT_NOUNS
        if not (token.capitalized or noun or _leads_to_name(tokens, k)):
            break
        if not (token.capitalized or noun or inside_name(tokens, k)
                or _leads_to_name(tokens, k, jobs_only=True)) and words and words[-1].capitalized:
            break  # "Ted Cruz | exhorted Republicans": after a name, only the way to a job joins it

        words.append(token)
        k += 1
    while words and words[-1].low == "of":
        words.pop()
    return words if _names_someone(words) else []


def _leads_to_name(tokens: list[Token], k: int, jobs_only: bool = False) -> bool:
    """A lower-case modifier within three words of a job noun or a name: ``health data firm X``.

    ``jobs_only`` asks for a job noun (``FBI forensic | accountant``), not a name.
    """
    for token in tokens[k + 1 : k + 4]:
        if not token.is_word or token.low in STOP_WORDS:
            return False
        if token.low in ROLE_NOUNS or (token.capitalized and not jobs_only):
            return True
    return False


def _names_someone(words: list[Token]) -> bool:
    """A name, a job, a document, or any "the …" phrase ("the veteran defender", "the 24-year-old")."""
    content = [t for t in words if t.low not in DETERMINERS]
    return bool(content) and (content[-1].capitalized or content[-1].low in ROLE_NOUNS
                              or content[-1].low in DOCUMENT_NOUNS or words[0].low == "the")



def clause_subject(tokens: list[Token]) -> list[Token]:
    """The subject that opens a sentence, before its verb.

    ``Kestrel Systems`` in ``Kestrel Systems cut its forecast``; an opening phrase such as
    ``In Madrid,`` is skipped.
    """
    return participle_subject(tokens, len(tokens))


def participle_subject(tokens: list[Token], k: int) -> list[Token]:
    """The subject of the clause a participle hangs on: ``Oduya`` in ``Oduya rejected it, saying``.

    An opening phrase such as ``In Madrid,`` is skipped.
    """
    start = 0
    if tokens and tokens[0].low in PREPOSITIONS:
        comma = next((n for n in range(k) if tokens[n].text == ","), None)
        start = comma + 1 if comma is not None else k
    subject = forward_phrase(tokens, start)
    follows = start + len(subject)
    if subject and not subject[-1].possessive and follows < k and tokens[follows].is_word \
            and not tokens[follows].capitalized:
        return subject
    return []
