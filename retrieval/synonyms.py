"""Words readers use for an article's words: "who won?" of "Eastvale beat Harborton".

A reader asks in their own words, and a question sharing few words with its answer is
where a search fails. These are general English groups, nothing from any one article. A
question's word the article lacks is read as the first word of its group the article has
(``SentenceIndex.spelling``), before any word spelt like it: "who won?" of "Eastvale beat
Harborton 2-1" is answered, not refused. Past forms a stemmer leaves apart and ``verb_forms``
keeps apart, as they are nouns too ("fell", "rose", "won"), join their verbs here, since
only a word the article lacks is read otherwise. Meeting a word the article has by one of
its group too (for half its weight, in the re-ranking) moved no question, on XQuAD or on
invented news; nor does this reading move more than two of XQuAD's tuned questions (their
paraphrases are rarely of these words).
"""

from __future__ import annotations

from functools import cache

from retrieval.terms import tokenize

__all__ = ["synonyms"]

# Groups of words that a reader may use for one another in a question about a news story.
_GROUPS = (
    # "won" joins "beat", never "win": "an election win" is no answer to "who won in France?".
    "won beat victory",
    "win victory",
    "lose defeat",
    "get receive obtain",
    "sell sale",
    "buy purchase acquire",
    "survey poll",
    "begin start commence",
    "kill die death dead",
    "grow expand increase rise rose",
    "fall fell drop decline decrease",
    "replace successor",
    "decide determine",
    "ban prohibit forbid outlaw",
    "allow permit",
    "build construct",
    "end finish conclude",
    "choose select pick",
    "happen occur",
    "come attend",
    "need require",
    "hurt injure injury wound",
    "arrest detain",
    "accuse charge",
    "jail prison",
    "big large huge",
    "fast quick rapid",
    "aim goal",
    "car vehicle",
    "child kid",
    "delay postpone",
)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Each word's term with the terms of the other words of its group, worked out on first use."""
    table: dict[str, list[str]] = {}
    for group in _GROUPS:
        terms = list(dict.fromkeys(tokenize(group)))
        for term in terms:
            table.setdefault(term, []).extend(other for other in terms if other != term)
    return {term: tuple(others) for term, others in table.items()}


def synonyms(term: str) -> tuple[str, ...]:
    """The terms a reader may use for ``term`` ("beat" for "won"), in their groups' order; mostly none."""
    return _table().get(term, ())
