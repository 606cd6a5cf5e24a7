"""Where a sentence's clause proper starts: past its dateline, heading and opening phrases.

``WASHINGTON, Dec. 8 (UPI) — …``, ``But``, ``When she arrived,``, ``Moreover,``, ``At a fair
in Dover, Del., on Monday,``: none of these is the subject of the clause that follows.
"""

from __future__ import annotations

from retrieval.counted_people import counted_people
from retrieval.lexicon import (
    AUXILIARIES,
    PERSON_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_CONJUNCTIONS,
    SENTENCE_OPENERS,
    STOP_WORDS,
    TIME_WORDS,
)
from retrieval.speech_words import SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["opening_end", "opens_phrase"]

_MAX_OPENINGS = 4  # opening phrases passed over before a subject
_MAX_DATELINE = 12  # tokens of "WASHINGTON, Dec. 8 (UPI) —"
_MAX_HEADING = 4  # words of a heading before its colon: "Campaign funding:"
_DASHES = frozenset({"—", "–", "-", "―", "--"})
# Words opening a clause of their own, whose subject comes right after them.
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "if", "because", "since",
                            "though", "although", "once", "until"})
# "Hours later, …": a time phrase that opens a sentence ends with one of these.
_TIME_AFTER = frozenset({"later", "earlier", "ago"})
_TIME_MODIFIERS = frozenset({"early", "late"})
_MAX_OPENING_WORDS = 6
# "Down at the docks, …", "Back in May, …": an adverb of place or time opening a phrase with its preposition.
_PLACE_ADVERBS = frozenset({"here", "there", "back", "out", "down", "up", "over"})
_STATE_PREFIXES = frozenset({"new", "north", "south", "east", "west"})  # "New Westland", "North Vell"
_PLACE_OR_TIME = frozenset({"on", "in", "at"})  # "On Monday he said", not "After he spoke, …"


def opening_end(tokens: list[Token], k: int) -> int:
    """Where the clause proper starts, after ``But``, ``When she arrived,`` or ``Moreover,``.

    Opening phrases may follow each other (``At a fair in Dover, Del., on Monday,``);
    a cue inside the first one belongs to its own clause (``When Hale … and said``).
    """
    start = _after_label(tokens, k)
    if start == 0 and k > 1 and tokens[0].text == "(":
        start = 1  # "(Ruiz rejected it, saying …)": an aside in brackets is a sentence too
    if start < k - 1 and _quoted_comma(tokens, start):
        start += 1  # "“…,” Rui Alves sings before asking her": the clause follows the quotation
    start = max(start, _after_so_that(tokens, k))
    while start < k - 1 and tokens[start].low in SENTENCE_CONJUNCTIONS and tokens[start + 1].text != ",":
        start += 1
    for _ in range(_MAX_OPENINGS):
        if start >= k or not (opens_phrase(tokens, start) or _place_abbreviation(tokens, start)) \
                or counted_people(tokens, start, k):  # "About 200 farmers": a subject, no opening
            break
        comma = next((n for n in range(start, k) if tokens[n].text == "," or _quoted_comma(tokens, n)), None)
        pronoun = _subject_pronoun(tokens, start, k)
        if pronoun is not None and (comma is None or pronoun < comma):
            return pronoun  # "On May 3 they published …": a subject pronoun ends the opening
        if comma is None:
            subordinate = tokens[start].low in _SUBORDINATORS and start + 1 < k
            return start + 1 if subordinate else k  # "When | Hale referred to it and said"
        start = comma + 1
    return start


def _after_so_that(tokens: list[Token], k: int) -> int:
    """Where a clause of result starts: ``The wait was so long that | Lamb said``; else 0."""
    for n in range(k - 2, 1, -1):
        if tokens[n].low == "that" and any(t.low in ("so", "such") for t in tokens[max(0, n - 3) : n]):
            return n + 1
    return 0


def _subject_pronoun(tokens: list[Token], start: int, k: int) -> int | None:
    """A subject pronoun right after a place or date opening the sentence: ``On May 3 | they``."""
    if tokens[start].low not in _PLACE_OR_TIME:
        return None
    for n in range(start + 2, min(k, start + _MAX_OPENING_WORDS)):
        if tokens[n].low in PERSON_SUBJECTS:
            before = tokens[n - 1]
            return n if before.capitalized or before.text[:1].isdigit() else None
    return None


def _quoted_comma(tokens: list[Token], n: int) -> bool:
    """A quotation ending an opening phrase, its comma inside: ``After saying it was “dire,” she …``."""
    following = tokens[n + 1] if n + 1 < len(tokens) else None
    return tokens[n].is_quote and following is not None and following.is_word \
        and (following.capitalized or following.low in PRONOUNS)


def _after_label(tokens: list[Token], k: int) -> int:
    """Where a sentence starts after its dateline or heading.

    ``WASHINGTON, Dec. 8 (UPI) — …``, ``Elmford (AFP) – …`` and ``Campaign funding: The
    campaign wants …``: the words before the dash or colon name no subject.
    """
    if len(tokens) > 1 and tokens[0].text.isupper() and len(tokens[0].text) > 1 and tokens[1].text == ",":
        dash = next((n for n in range(2, min(k, _MAX_DATELINE)) if tokens[n].text in _DASHES), None)
        if dash is not None:
            return dash + 1
    agency = next((n for n in range(1, min(k, _MAX_DATELINE) - 3) if tokens[n].text == "("
                   and tokens[n + 1].text.isupper() and tokens[n + 2].text == ")"
                   and tokens[n + 3].text in _DASHES), None)
    if agency is not None and all(t.capitalized for t in tokens[:agency]):
        return agency + 4  # "Elmford (AFP) – …": a place and its agency
    colon = next((n for n in range(1, min(k, _MAX_HEADING)) if tokens[n].text == ":"), None)
    if colon is not None and all(t.is_word for t in tokens[:colon]):
        return colon + 1
    return 0


def _place_abbreviation(tokens: list[Token], k: int) -> bool:
    """``N.H.,`` or ``Westland,`` between opening phrases: a state after its town (``Ely, | Westland,``).

    The state may take two words with a compass point or "New": ``Ely, | New Vell,`` (not
    ``On Monday, | Tom Hale,``).
    """
    two = k + 2 < len(tokens) and tokens[k].low in _STATE_PREFIXES and tokens[k + 1].capitalized \
        and tokens[k + 2].text == ","
    if k + 1 >= len(tokens) or (tokens[k + 1].text != "," and not two):
        return False
    after_town = k > 1 and tokens[k - 1].text == "," and tokens[k - 2].capitalized and tokens[k].capitalized
    return ("." in tokens[k].text and not two) or after_town


def opens_phrase(tokens: list[Token], k: int) -> bool:
    """A word that opens a phrase before the subject.

    A preposition, ``When``, ``Moreover,``, ``There,``, a time (``Last week,``) or a participle with
    its object (``Looking out``, ``Chastened by``).
    """
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.low in PREPOSITIONS or token.low in SENTENCE_OPENERS or token.low in TIME_WORDS \
            or (token.low in _TIME_MODIFIERS and k == 0):
        return True  # "Early in the race, …"
    if token.low in _PLACE_ADVERBS and following is not None \
            and (following.low in PREPOSITIONS or following.text == ","):
        return True  # "Down at the docks, …", "There, …"
    if any(tokens[n].low in _TIME_AFTER and tokens[n + 1].text == ","
           for n in range(k + 1, min(k + 4, len(tokens) - 1))):
        return True  # "Hours later,", "Two days ago,"
    if following is not None and token.low.endswith("ly") and (
            following.text == "," or (following.low.endswith(("ing", "ed")) and opens_phrase(tokens, k + 1))):
        return True  # "Separately, …", "Hastily blaming the storm, …"
    if not token.low.endswith(("ing", "ed")) or following is None:
        return False
    if token.low == "having" and any(t.text == "," for t in tokens[k + 2 :]):
        return True  # "Having said that it would rain, …"
    # "Looking out at …", "Chastened by …", "Turning gruff as the talk went on, …" (not "Lamb told")
    return following.low in STOP_WORDS or following.low in PREPOSITIONS or (
        k == 0 and following.is_word and not following.capitalized and following.low not in SPEECH_VERBS
        and following.low not in AUXILIARIES and any(t.text == "," for t in tokens[2:]))
