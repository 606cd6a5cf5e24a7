"""Verbs that report through the shape of their clause, whatever the verb.

A quotation in what follows a verb (``called Hale a “bully”``), in its ``that`` clause
(``Ruiz worried that the well was running “dry by June”``, ``he figures that …``) or right
after its comma at the end of the sentence (``Ruiz cracked, “…”``) shows that the verb
reports its subject's words, as does one before its object and ``as “…”`` (``pounding
Hale as a “fraud”``). ``cues.py`` and ``tags.py`` make these cues; negations are theirs to test.
"""

from __future__ import annotations

from retrieval.groups import PEOPLE_PLURALS
from retrieval.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    PERSON_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
)
from retrieval.names import is_common_noun
from retrieval.speech_words import CLAIM_NOUNS, SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["IRREGULAR_PAST", "THAT_LEADS", "characterizing_verbs", "clause_opener", "comma_quotation",
           "name_ends", "quote_follows", "quoted_that_clause", "that_after_phrase"]

_QUOTE_REACH = 25  # tokens after "called" in which its quotation must start
_SAY_WINDOW = 5  # words before a verb in -s where a verb of saying owns its "that" clause
# What may stand for the one characterised in "pounding Hale as a “fraud”".
_OBJECT_WORDS = frozenset({"him", "her", "them", "it", "his", "their", "its", "the", "a", "an", "this",
                           "that"})
_PARTICLES = frozenset({"after", "on", "off", "out", "down", "up"})
_AS_OPENERS = frozenset({"a", "an", "the", "being"})  # "as a “fraud”", "as being “unfair”"
_VERB_ENDINGS = ("ed", "s", "ing")
_MAX_OBJECT = 6  # words of the object between a verb and "as “…”"
_PHRASE_OPENERS = frozenset({"to", "in", "at", "on", "during"})  # "fretted to a crowd in Macon that"
_MAX_PHRASE = 7  # words of that phrase
THAT_LEADS = _PHRASE_OPENERS | {"that"}  # the words after a verb that may lead to its "that" clause
_CLAUSE_SUBJECTS = PERSON_SUBJECTS | {"it", "i", "we", "you", "there"}
# Past tenses without -ed of verbs that take a "that" clause or an object: "Lee found that …".
IRREGULAR_PAST = frozenset({"found", "thought", "felt", "knew", "saw", "held", "made", "took", "gave",
                            "kept", "sent", "brought", "sought", "spent", "won", "drew", "chose",
                            "spoke", "heard", "meant", "taught", "understood", "forgot", "swore"})


def quote_follows(tokens: list[Token], k: int) -> bool:
    """A quotation starts within the clause after ``k``: ``called Hale a “bully”``.

    A quotation right after a noun's verb names a thing: ``a group called “Acme Now”``.
    """
    if k + 1 < len(tokens) and tokens[k + 1].is_quote and k > 0 and _noun_like(tokens[k - 1]):
        return False
    for n in range(k + 1, min(len(tokens), k + _QUOTE_REACH)):
        token = tokens[n]
        if token.is_quote:
            return True
        if token.text == ";" or (token.low in ("that", "which", "who") and n > k + 1) \
                or (token.text == "." and not _abbreviation_stop(tokens, n)):
            return False
    return False


def _noun_like(token: Token) -> bool:
    """A lower-case word that may be a noun or makes a passive: ``group | called``, ``is | called``.

    Not ``he``, ``has``, ``also`` or ``repeatedly``: the verb after them is active.
    """
    adverb = (token.low in AUXILIARIES and token.low not in PASSIVE_AUXILIARIES) or token.low.endswith("ly")
    return token.is_word and not token.capitalized and token.low not in PRONOUNS and not adverb


def _abbreviation_stop(tokens: list[Token], n: int) -> bool:
    """The full stop at ``n`` ends an abbreviation (``Ruiz, D-Va., as``), not a clause."""
    if n + 1 >= len(tokens):
        return False
    following = tokens[n + 1]
    return following.text == "," or (following.is_word and not following.capitalized)


def quoted_that_clause(tokens: list[Token], k: int) -> bool:
    """A verb whose ``that`` clause quotes: ``Ruiz worried that the well was “dry by June”``.

    The quoted words in what someone worried, estimated or figures are that person's words.
    In -ed after an article or a preposition the word is no verb (``the hatred that``); in -s
    only after a name, a person or a common noun (``he figures that``, not ``amid fears that``).
    """
    if k == 0 or k + 2 >= len(tokens):
        return False
    low, before = tokens[k].low, tokens[k - 1]
    if len(low) <= 4 or low in STOP_WORDS or not before.is_word:
        return False
    that = k + 1 if tokens[k + 1].low == "that" else None
    if (low.endswith("ed") and not low.endswith("eed")) or low in IRREGULAR_PAST:
        that = that or that_after_phrase(tokens, k)  # "fretted to a crowd in Macon that …"
        subject = that is not None and before.low not in DETERMINERS and before.low not in PREPOSITIONS
    elif that is None:
        return False
    elif low.endswith("s") and not low.endswith("ss") and not before.possessive:
        # "Lee tells voters that “…”": the clause is the verb of saying's, "voters" no verb.
        subject = (before.low in PERSON_SUBJECTS or is_common_noun(before.low) or name_ends(tokens, k - 1)) \
            and not any(t.low in SPEECH_VERBS for t in tokens[max(0, k - _SAY_WINDOW) : k])
    else:
        return False
    return subject and quote_follows(tokens, that - 1)


def that_after_phrase(tokens: list[Token], k: int) -> int | None:
    """The ``that`` opening a clause after the word at ``k`` and a phrase of place, time or listener.

    ``fretted to a crowd in Macon that the …``, ``warned in 2014 that the …``: only words between,
    and a subject after ``that`` (``in a crash that killed`` holds a relative clause instead); not a
    claim's clause (``seized on Hale's claim that …``).
    """
    if tokens[k + 1].low not in _PHRASE_OPENERS:
        return None
    for n in range(k + 2, min(len(tokens) - 1, k + 2 + _MAX_PHRASE)):
        token = tokens[n]
        if not token.is_word or token.possessive or token.low in CLAIM_NOUNS:
            return None  # "seized on Hale's claim that …": the clause is the claim's
        if token.low == "that":
            following = tokens[n + 1]
            return n if clause_opener(following) and following.low != "that" else None
    return None


def clause_opener(token: Token) -> bool:
    """Whether ``token`` after ``that`` opens a clause as its subject: ``that | they``, ``the``, ``Hale``.

    Not a verb: ``a crash that | killed`` holds a relative clause instead.
    """
    return token.low in _CLAUSE_SUBJECTS or token.low in DETERMINERS \
        or (token.capitalized and token.low not in STOP_WORDS)


def name_ends(tokens: list[Token], j: int) -> bool:
    """A name ends at ``j``, not a name modifying a noun: ``Ruiz | hopes``, not ``some Ruiz | allies``."""
    before = tokens[j - 1] if j > 0 else None
    return tokens[j].capitalized and tokens[j].low not in STOP_WORDS and tokens[j].low not in PREPOSITIONS \
        and (before is None or not before.is_word or before.capitalized)


def comma_quotation(tokens: list[Token], k: int) -> bool:
    """``Ruiz cracked, “…”``, ``He jokes, “…”``: a verb after its subject, then a comma and a quotation.

    The quotation must end the sentence, the verb end in -ed or -s and the word before it be
    a name, a person or people (not ``held up the sign, “…”``).
    """
    if k == 0 or k + 2 >= len(tokens) or tokens[k + 1].text != "," or not tokens[k + 2].is_quote:
        return False
    low, before = tokens[k].low, tokens[k - 1]
    if not low.endswith(("ed", "s")) or low in STOP_WORDS or not before.is_word or before.possessive \
            or any(t.is_word for t in tokens[k + 3 :]):
        return False
    return before.low in PERSON_SUBJECTS or before.low.endswith(PEOPLE_PLURALS) \
        or is_common_noun(before.low) or (before.capitalized and before.low not in STOP_WORDS)


def characterizing_verbs(tokens: list[Token]) -> set[int]:
    """The verbs that characterise someone with a quotation: ``pounding Hale as a “fraud”``.

    Read from each ``as (a) “…”`` back over its object (a name, a pronoun, a short noun
    phrase: ``identified the judge as “…”``, ``defended his remarks as being “…”``) to the
    lower-case verb before it, past a particle (``gone after Hale as …``).
    """
    verbs = set()
    for m in range(2, len(tokens) - 1):
        if tokens[m].low != "as":
            continue
        quote = m + 2 if tokens[m + 1].low in _AS_OPENERS else m + 1
        if quote >= len(tokens) or not tokens[quote].is_quote:
            continue
        j = m - 1
        while j > 0 and m - j <= _MAX_OBJECT and tokens[j].is_word \
                and (tokens[j].capitalized or tokens[j].possessive or tokens[j].low in _OBJECT_WORDS):
            j -= 1
        j = _before_noun_phrase(tokens, j, m)
        if tokens[j].low in _PARTICLES and j > 0:
            j -= 1
        verb = tokens[j]
        if j < m - 1 and verb.is_word and not verb.capitalized and verb.low not in STOP_WORDS \
                and verb.low not in PREPOSITIONS:
            verbs.add(j)
    return verbs


def _before_noun_phrase(tokens: list[Token], j: int, m: int) -> int:
    """Past a common noun phrase ending at ``j`` to the word before its determiner (``the judge``).

    ``j`` itself when the words before ``as`` at ``m`` are no phrase opened by one, or the
    word before it does not end like a verb.
    """
    n = j
    while n > 0 and m - n <= _MAX_OBJECT and tokens[n].is_word and not tokens[n].capitalized \
            and tokens[n].low not in STOP_WORDS:
        n -= 1
    verb = n > 0 and n < j and tokens[n].low in DETERMINERS and tokens[n - 1].low.endswith(_VERB_ENDINGS)
    return n - 1 if verb else j  # not "the soil under the old mill as …"
