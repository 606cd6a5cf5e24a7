"""Tags whose verb comes before its speaker: ``“…,” said the night clerk``, ``…, said Ana Ruiz.``.

Also the name after a description there: ``said a spokeswoman for the hotels, Ana Ruiz``.
Finding the verb is ``tags.py``'s job; this reads the speaker phrase after it.
"""

from __future__ import annotations

from retrieval.lexicon import PREPOSITIONS, TIME_WORDS
from retrieval.phrases import forward_phrase
from retrieval.speech_words import SPEECH_VERBS
from retrieval.tokens import Token
from retrieval.unparsed_tags import NOT_INVERTED, REPORTED_OPENERS

__all__ = ["INVERTED_VERBS", "inverted_after_quotation", "inverted_speaker"]

_Speaker = tuple[list[Token], list[Token], int]  # the speaker's words, its apposition, where it ends

INVERTED_VERBS = SPEECH_VERBS - NOT_INVERTED  # made once, not at every tag read
# What may follow the speaker in "said Hua on Thursday", "said the official, adding …".
_AFTER_INVERTED_SUBJECT = TIME_WORDS | PREPOSITIONS | {
    "during", "when", "while", "as", "adding", "speaking", "who", "according", "and", "but"}


def inverted_after_quotation(tokens: list[Token], k: int, length: int) -> bool:
    """``“…,” said the night clerk``: a verb of saying right after a quotation, its speaker after it.

    Not ``“…,” says he knew …``, where what follows opens what was said.
    """
    after = k + length
    return k > 0 and tokens[k - 1].is_quote and tokens[k].low in INVERTED_VERBS \
        and after < len(tokens) and tokens[after].is_word and tokens[after].low not in REPORTED_OPENERS


def inverted_speaker(tokens: list[Token], after: int) -> _Speaker | None:
    """The speaker after an inverted verb ending at ``after``: its words, any apposition, and where it ends.

    ``said Hua on Thursday`` gives ``Hua``; ``said the company would`` gives nothing.
    """
    subject = forward_phrase(tokens, after)
    named = _name_after_role(tokens, subject, after)
    if named is not None:
        return named
    if subject and _ends_phrase(tokens, after + len(subject)):
        return subject, [], after + len(subject)
    return None


def _name_after_role(tokens: list[Token], role: list[Token], start: int) -> _Speaker | None:
    """The person named after a description that follows an inverted verb.

    ``said a spokeswoman for the hotels, Ana Ruiz.``: the name comes last, the
    description (from ``start``) is its apposition.
    """
    if not role or role[-1].capitalized:
        return None
    comma = next((n for n in range(start, min(len(tokens), start + 8)) if not tokens[n].is_word), None)
    if comma is None or tokens[comma].text != ",":
        return None
    name = forward_phrase(tokens, comma + 1)
    end = comma + 1 + len(name)
    if len(name) < 2 or not all(t.capitalized for t in name) or not _ends_phrase(tokens, end):
        return None
    return name, tokens[start:comma], end


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """``said Hua on Thursday`` ends the speaker's name; ``said the company would`` does not.

    Nor does a quotation right after the name: in ``Lamb, a former adviser, said Ruiz
    “got it wrong”`` the name is the subject of what was said.
    """
    return k >= len(tokens) or (not tokens[k].is_word and not tokens[k].is_quote) \
        or tokens[k].low in _AFTER_INVERTED_SUBJECT
