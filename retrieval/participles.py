"""How an ``-ing`` verb of saying reports: hanging on a clause, in the progressive, or after a name.

``…, saying``, ``began by saying``, ``…, turning to roads and admitting that …`` report the
clause's subject; ``Hale is telling`` is the verb itself; ``footage of Ann Lee asking, “…”``
gives the name before it. ``cues.py`` makes these cues and ``tags.py`` reads their speakers.
"""

from __future__ import annotations

from retrieval.appositions import DASHES
from retrieval.groups import share_after_with
from retrieval.lexicon import DOCUMENT_NOUNS, PREPOSITIONS, PRONOUNS, TIME_PHRASE_WORDS, TIME_WORDS
from retrieval.quoted_clauses import quote_follows
from retrieval.speech_words import COMMUNICATION_NOUNS
from retrieval.tokens import Token

__all__ = ["before_adverbs", "participle_use"]

# "tweets … saying", "a statement saying", "a sign saying": things said, after which a participle reports.
_SAID_THINGS = COMMUNICATION_NOUNS | DOCUMENT_NOUNS | {"tweet", "tweets", "post", "posts", "message",
                                                      "messages", "video", "ad", "advertisement", "sign",
                                                      "signs", "banner", "banners", "placard", "placards"}
# "…, only saying", "began by saying": what may stand between a clause and its participle,
# prepositions and adverbs (the adverbs are skipped when looking back from the participle).
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "while", "when", "in", "before", "despite", "for",
                                      "upon"})
_PARTICIPLE_ADVERBS = frozenset({"only", "also", "again", "then", "even", "first", "already", "still"})
_PARTICIPLE_LINKS = _PARTICIPLE_PREPOSITIONS | _PARTICIPLE_ADVERBS
_CLAUSE_BREAKS = DASHES | {","}  # "…, saying", "would not concede — only saying"
_JOINERS = frozenset({"and", "but"})  # "…, calling it “…” but insisting …": a second participle
_JOINED_REACH = 12  # tokens back from "and" to the first participle
_BE = frozenset({"is", "are", "was", "were", "been", "be", "am"})


def participle_use(tokens: list[Token], k: int) -> str | None:
    """How the ``-ing`` cue at ``k`` reports speech, if it does.

    "clause": it hangs on a clause whose subject spoke (``…, saying``, ``began by
    saying``); "progressive": it is the verb (``Hale is telling``, ``He’s claiming``);
    "named": the name right before it speaks the quotation after it (``footage of Ann Lee
    asking, “…”``).
    """
    j = before_adverbs(tokens, k)
    if j < 0:
        return None
    adjacent = j  # "with Ann Lee (reportedly) | shouting": nothing but adverbs between
    if tokens[j].text in _CLAUSE_BREAKS or tokens[j].low in _PARTICIPLE_LINKS or tokens[j].is_quote:
        return "clause"  # "… of “farm values,” saying": the comma is inside the quotation
    if tokens[j].low in _JOINERS and _after_participle(tokens, j):
        return "clause"  # "…, turning to roads and admitting that …"
    while j > 0 and (tokens[j].low in TIME_WORDS or tokens[j].low in TIME_PHRASE_WORDS):
        j -= 1  # "a string of posts late Monday | saying"
    if tokens[j].low in _SAID_THINGS and not tokens[j].capitalized:
        return "clause"  # "released a statement saying …"
    if tokens[j].low in _BE or (tokens[j].possessive and tokens[j].low in PRONOUNS):
        return "progressive"
    if j == adjacent and share_after_with(tokens, j):
        return "named"  # "…, with 41 percent of growers warning …": the share is the subject
    if j == adjacent and j > 0 and tokens[j].capitalized and tokens[j].is_word:
        before = _before_name(tokens, j)
        if before == "with":  # "…, with Sen. Ed Lamb calling it “…”": the name is the clause's subject
            return "named"
        if quote_follows(tokens, k):
            # "footage of Ann Lee asking, “…”": the name before it speaks; not "on Facebook writing"
            return "named" if before == "of" or before not in PREPOSITIONS else "clause"
    return None


def before_adverbs(tokens: list[Token], k: int) -> int:
    """The token before the adverbs that precede ``k``: ``Ann Lee | reportedly shouting``."""
    j = k - 1
    while j > 0 and (tokens[j].low in _PARTICIPLE_ADVERBS
                     or (tokens[j].low.endswith("ly") and not tokens[j].capitalized)):
        j -= 1
    return j


def _after_participle(tokens: list[Token], j: int) -> bool:
    """The ``and`` at ``j`` joins a participle hanging on the clause: ``, calling it … but | insisting``."""
    for n in range(j - 1, max(0, j - _JOINED_REACH), -1):
        token = tokens[n]
        if token.text in _CLAUSE_BREAKS or not (token.is_word or token.is_quote):
            return False
        if token.low.endswith("ing") and not token.capitalized \
                and (tokens[n - 1].text in _CLAUSE_BREAKS or tokens[n - 1].low in _PARTICIPLE_PREPOSITIONS):
            return True
    return False


def _before_name(tokens: list[Token], j: int) -> str:
    """The word before the capitalised name ending at ``j`` ("of", "on", "with"), or ""."""
    n = j
    while n > 0 and tokens[n - 1].is_word and tokens[n - 1].capitalized:
        n -= 1
    return tokens[n - 1].low if n > 0 else ""
