"""Speech tags whose speaker phrase cannot be read: the sentence is speech, the speaker unknown.

Read by ``tags.py`` only when no verb of saying has a subject it can read, so that the
sentence is still marked as speech and its quote is left without a speaker rather than
given a guessed one.
"""

from __future__ import annotations

from retrieval.cues import negated
from retrieval.lexicon import DAYS, PASSIVE_AUXILIARIES
from retrieval.oblique_tags import unnamed_subject
from retrieval.speech_words import CLAUSE_ONLY_VERBS, SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["NOT_INVERTED", "REPORTED_OPENERS", "unparsed_cue"]

# "…,” Ana Ruiz told the Herald": after "told" comes the listener, never the speaker.
NOT_INVERTED = frozenset({"told", "tells"})
# "… say that …", "… said he would …": what opens reported speech after a verb of saying.
REPORTED_OPENERS = frozenset({"that", "he", "she", "they", "we", "i"})  # not "it": "said it twice"
_PASSIVE_OR_TO = PASSIVE_AUXILIARIES | {"to"}  # made once, not at every tag read
# "Ruiz, Lamb and other growers said their orchards …", "… said Wednesday, “…”": after a subject
# that cannot be read, a clause opening with one of these is what a plain verb of saying reports.
_CLAUSE_STARTS = REPORTED_OPENERS | DAYS | {"the", "their", "his", "her", "its", "our", "there", "this",
                                             "these"}
_NOBODY = frozenset({"nobody", "none", "nothing", "neither"})
_PLAIN_SAY = frozenset({"say", "says", "said", "insist", "insists", "argue", "argues", "contend", "contends"})


def unparsed_cue(tokens: list[Token]) -> int | None:
    """A verb of saying that plainly reports speech, whose speaker phrase cannot be read.

    ``Those close to him say that …``, ``The network and its allies say …``, ``Another said he
    hoped …``, ``Ruiz, Lamb and other growers said their …``, ``…, had said, “…”``: the
    sentence is speech, but naming anyone would be a guess, so the verb is the cue of a tag
    with no subject. ``No one said …`` is none.
    """
    for k in range(1, len(tokens) - 1):
        token, following = tokens[k], tokens[k + 1]
        if token.low in SPEECH_VERBS and token.low not in NOT_INVERTED and not token.capitalized \
                and not negated(tokens, k) and tokens[k - 1].is_word \
                and tokens[k - 1].low not in _PASSIVE_OR_TO and not _no_one(tokens, k - 1) \
                and (following.low in REPORTED_OPENERS or following.is_quote or following.text == ":"
                     or (following.text == "," and tokens[k + 2 : k + 3] and tokens[k + 2].is_quote)
                     or (token.low in _PLAIN_SAY and following.low in _CLAUSE_STARTS)
                     or (unnamed_subject(tokens, k - 1) and token.low not in CLAUSE_ONLY_VERBS)):
            return k
    return None


def _no_one(tokens: list[Token], j: int) -> bool:
    """``No one | said``, ``nobody | says``: a subject denying that anyone spoke."""
    low = tokens[j].low
    return low in _NOBODY or (low == "one" and j > 0 and tokens[j - 1].low == "no")
