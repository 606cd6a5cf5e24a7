"""Quoted sentences with no tag of their own: they continue a neighbouring quote."""

from __future__ import annotations

from retrieval.antecedents import agrees
from retrieval.clauses import participle_subject
from retrieval.cues import cue_length
from retrieval.entities import Entity
from retrieval.lexicon import OWNER_PRONOUNS, PREPOSITIONS, TIME_WORDS
from retrieval.reading import Reading
from retrieval.tokens import place_of

__all__ = ["fill_continuations"]

# Words that may follow a tag standing alone: "Lee said as the vote began", "Lee said on Monday".
_TRAILING = PREPOSITIONS | TIME_WORDS | {"as", "while", "when", "before", "after"}
# Verbs that put a question to someone: the quotation after theirs is the answer.
_ASKING = frozenset({"asked", "asks", "ask"})
_CONTINUATION = 0.9  # how much surer a tag is than the tagless quote it reaches over
_RESUME_GAP = 2  # sentences between a speaker's quote and the one about them that a quote may follow
_PEOPLE = ("person", "name")
# A person's pronouns, by the "he" or "she" they agree with.
_PERSONAL = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
_AFTER_SUBJECT = 0.6  # a guess from who the sentence before is about, surer than none
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})  # "Hale was called “…”"


def fill_continuations(reading: Reading) -> None:
    """A quoted sentence with no tag continues the quote before it, or else the one after.

    Else it may resume the last speaker's quote over a sentence about them.
    """
    n = len(reading.sentences)
    for i in range(n):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "direct":
            _continue(reading, i, -1)
    for i in reversed(range(n)):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "direct":
            _continue(reading, i, +1)
    for i in range(1, n):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "direct" \
                and not _unread_inverted_tag(reading, i):
            if i > 1:
                _resume(reading, i)
            if reading.speaker_of[i] is None:
                _after_subject(reading, i)
    for i in range(n):
        if reading.speaker_of[i] is None and reading.kind_of[i] == "mixed" \
                and not _has_subject(reading, i):
            _own_subject(reading, i)


def _continue(reading: Reading, i: int, step: int) -> None:
    if _unread_inverted_tag(reading, i):
        return
    speaker = _neighbour_speaker(reading, i, step)
    if speaker is not None:
        reading.speaker_of[i] = speaker
        reading.continues[i] = i + step
        reading.confidence[i] = reading.confidence[i + step] * _CONTINUATION


def _resume(reading: Reading, i: int) -> None:
    """A quote resumes the last speaker after a sentence about them: ``“…,” said Lamb. Lamb backs Hale. “…”``.

    The sentence between names no one else first; the quote before it, at most two
    sentences further back, was theirs.
    """
    subject = reading.subject_of[i - 1] if reading.kind_of[i - 1] is None else None
    if subject is None or any(t.is_word for t in reading.tokens[i]):
        return  # a word outside the quotation may name another speaker: "Ruiz declined to say, “…”"
    for m in range(i - 2, max(-1, i - 2 - _RESUME_GAP), -1):
        if reading.speaker_of[m] is not None:
            if reading.speaker_of[m] is subject and reading.kind_of[m] in ("direct", "mixed"):
                reading.speaker_of[i] = subject
                reading.confidence[i] = reading.confidence[m] * _CONTINUATION * _CONTINUATION
            return


def _after_subject(reading: Reading, i: int) -> None:
    """A quote alone after a sentence about one person: ``Ed Lamb praised the plan. “It is overdue.”``.

    The sentence before quotes no one and opens with someone met before; the quotation
    has no word outside its marks (``Ruiz declined to say, “…”`` may name another
    speaker). The quote's later sentences, tagless too, go with it.
    """
    subject = reading.subject_of[i - 1] if reading.kind_of[i - 1] is None else None
    if subject is None or subject.kind not in _PEOPLE or _other_in_view(reading, i - 1, subject):
        return
    j = i
    while j < len(reading.sentences) and reading.speaker_of[j] is None and reading.kind_of[j] == "direct" \
            and not any(t.is_word for t in reading.tokens[j]):
        reading.speaker_of[j] = subject
        reading.confidence[j] = _AFTER_SUBJECT
        if j > i:
            reading.continues[j] = j - 1
        j += 1


def _own_subject(reading: Reading, i: int) -> None:
    """Words quoted where the tag names no one are the subject's: ``Hale put out a video that promised “…”``.

    The subject is a person met before (or the one a pronoun opening it stands for), not a
    capitalised word never shown to be one; the quotation comes after it, and the verb is
    no passive (``Hale was called a “menace”`` quotes someone else). A quotation in a clause
    before the subject (``As Lamb stood by “…”, Hale …``) may be another's.
    """
    subject = reading.subject_of[i]
    if subject is None or subject.kind != "person":
        return
    tokens = reading.tokens[i]
    words = [t for t in participle_subject(tokens, len(tokens)) if t.is_word]
    k = place_of(tokens, words[-1]) + 1 if words else len(tokens)
    if k < len(tokens) and tokens[k].low not in _PASSIVE and any(t.is_quote for t in tokens[k:]):
        reading.speaker_of[i] = subject
        reading.confidence[i] = _AFTER_SUBJECT


def _has_subject(reading: Reading, i: int) -> bool:
    """Whether sentence ``i``'s tag names its speaker, or an owner does (``her remark that “…”``).

    A speaker named and left unresolved stays unsure, and so does an owned claim's: the tag
    reads it as speech whose speaker it does not guess.
    """
    tag = reading.tags[i]
    if tag is None:
        return False
    cue = tag.cue[0]
    return bool(tag.subject) or (cue > 0 and reading.tokens[i][cue - 1].low in OWNER_PRONOUNS)


def _other_in_view(reading: Reading, j: int, subject: Entity) -> bool:
    """Sentence ``j`` refers by a pronoun to someone quoted just before, not to its subject.

    In ``“…,” says Ruiz. Hale backs her. “…”`` Ruiz, still in view, may go on as well as
    Hale speak; in ``“…,” says Lamb. Ruiz touted her plan. “…”`` only Ruiz is.
    """
    others = {id(e): e for m in range(max(0, j - 1 - _RESUME_GAP), j)
              if (e := reading.speaker_of[m]) is not None and e is not subject}
    pronouns = {_PERSONAL[t.low] for t in reading.tokens[j] if t.low in _PERSONAL}
    return any(agrees(e, p) and not agrees(subject, p) for e in others.values() for p in pronouns)


def _neighbour_speaker(reading: Reading, i: int, step: int) -> Entity | None:
    """The speaker a tagless quote continues, if the neighbour at ``step`` gives one.

    Before it: a quote, or reported speech (``Dr Adeyemi says the message is simple.
    ‘If you’re pregnant, …’``); after it: a quote.
    """
    j = i + step
    kinds = ("direct", "mixed", "indirect") if step < 0 else ("direct", "mixed")
    if not 0 <= j < len(reading.sentences):
        return None
    if step < 0 and _asked(reading, j):
        return None
    if reading.kind_of[j] in kinds or (step > 0 and _bare_tag(reading, j)):
        return reading.speaker_of[j]
    return None


def _asked(reading: Reading, j: int) -> bool:
    """``Lee asked, “Will you run?”``: the quotation after a question put to someone is the answer.

    So it is not the asker's: its speaker is the one asked, whom the tag does not name.
    """
    tag, tokens = reading.tags[j], reading.tokens[j]
    if tag is None or not tag.cue[1] or tokens[tag.cue[0]].low not in _ASKING or not tokens[-1].is_quote:
        return False
    return reading.text[tokens[-1].start : tokens[-1].end].rstrip("”’\"' ").endswith("?")


def _bare_tag(reading: Reading, j: int) -> bool:
    """``Lee said.``, ``Lee said on Monday as …`` after a quotation: a tag with no words of its own."""
    tag, tokens = reading.tags[j], reading.tokens[j]
    if tag is None or not tag.subject or not tag.cue[1] or reading.kind_of[j] != "indirect":
        return False
    first = next((t for t in tokens if t.is_word), None)
    follows = tokens[tag.cue[1]] if tag.cue[1] < len(tokens) else None
    return first is not None and first.start == tag.subject[0].start and (
        follows is None or not follows.is_word or follows.low in _TRAILING)


def _unread_inverted_tag(reading: Reading, i: int) -> bool:
    """``“…,” said the night clerk known as Red``, its speaker unread: its own, not the last one's.

    The quotation is followed by its verb of saying, so the sentence names who spoke; taking
    the neighbour's speaker would be a guess against it.
    """
    tokens = reading.tokens[i]
    return any(tokens[k].is_quote and tokens[k + 1].is_word and cue_length(tokens, k + 1)
               for k in range(len(tokens) - 1))
