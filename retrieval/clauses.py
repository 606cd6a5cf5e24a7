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
    PERSON_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_CONJUNCTIONS,
    SENTENCE_OPENERS,
    STOP_WORDS,
    TIME_WORDS,
)
from retrieval.names import is_person_noun, is_role_noun
from retrieval.phrases import forward_phrase
from retrieval.speech_words import SPEECH_VERBS
from retrieval.time_phrases import after_time_phrase
from retrieval.tokens import Token

__all__ = ["clause_subject", "opens_phrase", "participle_subject"]

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
_NOT_VERBS = DETERMINERS | PREPOSITIONS  # made once: a union written in a test is made at every call
_MAX_OPENING_WORDS = 6
# "Down at the docks, …", "Back in May, …": an adverb of place or time opening a phrase with its preposition.
_PLACE_ADVERBS = frozenset({"here", "there", "back", "out", "down", "up", "over"})
_STATE_PREFIXES = frozenset({"new", "north", "south", "east", "west"})  # "New Westland", "North Vell"
_PLACE_OR_TIME = frozenset({"on", "in", "at"})  # "On Monday he said", not "After he spoke, …"
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
    start = _opening_end(tokens, k)
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
        job = not subject[-1].capitalized and is_person_noun(subject[-1].low)
        return (job and _name_set_off(tokens, start + len(subject), follows)) or subject
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


def _name_set_off(tokens: list[Token], end: int, follows: int) -> list[Token]:
    """``Her neighbour, Paul Reid, was less sure:``: the name set off after a job is whom it means."""
    close = next((m for m in range(end + 1, min(follows, end + 6)) if tokens[m].text == ","), None)
    name = tokens[end + 1 : close] if close is not None and tokens[end].text == "," else []
    return name if 2 <= len(name) <= 4 and all(t.is_word and t.capitalized for t in name) else []


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


def _opening_end(tokens: list[Token], k: int) -> int:
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

    A preposition, ``When``, ``Moreover,``, a time (``Last week,``) or a participle with
    its object (``Looking out``, ``Chastened by``).
    """
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.low in PREPOSITIONS or token.low in SENTENCE_OPENERS or token.low in TIME_WORDS \
            or (token.low in _TIME_MODIFIERS and k == 0):
        return True  # "Early in the race, …"
    if token.low in _PLACE_ADVERBS and following is not None and following.low in PREPOSITIONS:
        return True  # "Down at the docks, …"
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
    # "Looking out at …", "Chastened by …", "Growing sharper as he spoke, …" (not "Manning told")
    return following.low in STOP_WORDS or following.low in PREPOSITIONS or (
        k == 0 and following.is_word and not following.capitalized and following.low not in SPEECH_VERBS
        and following.low not in AUXILIARIES and any(t.text == "," for t in tokens[2:]))


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
    for _ in range(_MAX_OPENINGS):
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
