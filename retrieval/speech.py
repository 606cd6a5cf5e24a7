"""Find each sentence's speech tag, resolve its speaker, and tell what kind of quote it is.

A quotation that runs over several sentences or paragraphs belongs to the tag in any
of them. Kinds: ``direct`` (the sentence is a quotation, perhaps with its tag),
``mixed`` (reported speech holding a quoted fragment) and ``indirect`` (reported, no quotes).
"""

from __future__ import annotations

from retrieval.clauses import participle_subject
from retrieval.colon_tags import signature, speaker_before_colon
from retrieval.cues import cue_length
from retrieval.entities import Entity
from retrieval.gender import PRONOUN_GENDER
from retrieval.object_quotes import object_quote_tag
from retrieval.reading import QuoteKind, Reading
from retrieval.resolution import resolve
from retrieval.subjects import read_subject
from retrieval.tags import Tag, find_tag
from retrieval.tokens import Token, tokens_of

__all__ = ["quote_groups", "read_speech"]

# How sure a tag is, by where it stands: next to a quotation, set off by commas, elsewhere.
_TAG_CONFIDENCE = (1.0, 0.95, 0.85)
_MAX_BLOCK = 8  # sentences of a block quotation's paragraph


def read_speech(reading: Reading) -> None:
    """Give every sentence with a tag its speaker, and every sentence its kind of quote."""
    for group in quote_groups(reading):
        _attribute_group(reading, group)


def quote_groups(reading: Reading) -> list[list[int]]:
    """Runs of consecutive sentences joined by one quotation that spans them."""
    groups: list[list[int]] = []
    previous: list[int] = []
    for i, spans in enumerate(reading.spans):
        if groups and set(spans) & set(previous):
            groups[-1].append(i)
        else:
            groups.append([i])
        previous = spans
    return groups


def _attribute_group(reading: Reading, group: list[int]) -> None:
    reading.unnoted = range(group[0], group[-1] + 1)  # speakers are noted after the group is read
    group_speaker, group_confidence = None, 0.0
    for i in group:
        # "Ruiz mocked the “plan”" speaks for its own quoting sentence only, not a quotation running on
        own = len(group) == 1 and reading.spans[i]
        tag = find_tag(reading.tokens[i]) or _turn_in_quotation(reading, i) \
            or (object_quote_tag(reading.tokens[i], reading.text) if own else None)
        if tag is None or _opens_block(reading, i, tag):
            continue  # "Hale added:" alone on its line speaks through the next paragraph
        reading.tags[i] = tag
        speaker, confidence = resolve(reading, tag, i, before=group[0]) if tag.subject else (None, 0.0)
        if speaker is not None:
            _learn_gender(speaker, reading.tokens[i][tag.after : tag.after + 4])
            reading.speaker_of[i] = speaker
            reading.confidence[i] = confidence * _TAG_CONFIDENCE[tag.priority]
            if group_speaker is None:
                group_speaker, group_confidence = speaker, reading.confidence[i]
    if group_speaker is None:
        group_speaker, group_confidence = _introduced(reading, group[0])
    if group_speaker is None:
        group_speaker, group_confidence = _signed(reading, group[-1])
    block = not any(reading.spans[i] for i in group) and group_speaker is not None
    for i in group:
        quoted, outside, starts_inside = _quote_shape(reading, i)
        if reading.speaker_of[i] is None and (block or (quoted and (not outside or starts_inside))):
            reading.speaker_of[i] = group_speaker
            reading.confidence[i] = group_confidence
        reading.kind_of[i] = _kind(reading, i, quoted, outside, starts_inside)
        speaker = reading.speaker_of[i]
        if speaker is not None:
            reading.table.note(speaker, i)
        read_subject(reading, i)
    reading.unnoted = range(0)


def _opens_block(reading: Reading, i: int, tag: Tag) -> bool:
    """``The mayor added:`` ending its paragraph: the words are in the next one, not here."""
    tokens = reading.tokens[i]
    return tag.after == len(tokens) - 1 and tokens[-1].text == ":" and i + 1 < len(reading.sentences) \
        and _paragraph_break(reading, i + 1)


def _paragraph_break(reading: Reading, i: int) -> bool:
    """Sentence ``i`` opens a paragraph."""
    return "\n" in reading.text[reading.sentences[i - 1].end : reading.sentences[i].start]


def _introduced(reading: Reading, first: int) -> tuple[Entity | None, float]:
    """``Lamb continued:`` and the quotation on the next line: the quote is Lamb's.

    So is a paragraph without quotation marks after such a line: a block quotation.
    """
    if not reading.tokens[first]:
        return None, 0.0
    j = first - 1
    if not reading.tokens[first][0].is_quote:  # a block quotation: back to its paragraph's start
        while j >= 0 and j > first - _MAX_BLOCK and not _paragraph_break(reading, j + 1):
            j -= 1
        if j < 0 or not _paragraph_break(reading, j + 1) or reading.spans[j + 1]:
            return None, 0.0
    if j < 0 or reading.tags[j] is not None or not reading.tokens[j]:
        return None, 0.0
    tokens = reading.tokens[j]
    if tokens[-1].text != ":":
        return None, 0.0
    tag = find_tag(tokens)
    if tag is None or not _opens_block(reading, j, tag) or not tag.subject:  # "Lamb:", "Lamb went on:"
        if not reading.tokens[first][0].is_quote:
            return None, 0.0  # a paragraph without marks is a quotation only after a verb of saying
        subject = participle_subject(tokens, len(tokens) - 1)
        if not subject or not (subject[-1].capitalized or subject[-1].low in PRONOUN_GENDER):
            return None, 0.0  # "Partial transcript as follows:" introduces no speaker
        tag = Tag(subject, [], 1, len(tokens))
    speaker, confidence = resolve(reading, tag, j, j)
    if speaker is None or (speaker.kind not in ("person", "name") and tag.cue == (0, 0)):
        return None, 0.0
    return speaker, confidence * _TAG_CONFIDENCE[1]


def _signed(reading: Reading, last: int) -> tuple[Entity | None, float]:
    """A quotation ending its paragraph, then ``- Ann Lee.`` alone on the next line: Lee's words."""
    line = last + 1
    count = len(reading.sentences)
    if line >= count or not reading.tokens[last] or not reading.tokens[last][-1].is_quote \
            or not _paragraph_break(reading, line):
        return None, 0.0
    name = signature(reading.tokens[line])
    if not name or (line + 1 < count and not _paragraph_break(reading, line + 1)):
        return None, 0.0
    speaker, confidence = resolve(reading, Tag(name, [], 0, len(reading.tokens[line])), line, line)
    return speaker, confidence * _TAG_CONFIDENCE[1]


def _turn_in_quotation(reading: Reading, i: int) -> Tag | None:
    """``"RUIZ: Do you accept …``: a transcript turn whose quotation marks take in its label.

    The label is read from the sentence's words as if unquoted; its speaker has no cue.
    """
    tokens = reading.tokens[i]
    if not tokens or not tokens[0].is_quote:
        return None
    sentence = reading.sentences[i]
    plain = tokens_of(reading.text, sentence.start, sentence.end, [])
    turn = speaker_before_colon([t for t in plain if t.is_word or t.text == ":"])
    return Tag(turn[0], [], 0, 0) if turn is not None else None


def _learn_gender(speaker: Entity, reported: list[Token]) -> None:
    """``Marsh said she agreed``, ``told reporters that he``: the speaker's own pronoun."""
    if speaker.gender is not None or speaker.kind not in ("person", "anonymous", "name"):
        return
    for token in reported:
        if not token.is_word:
            return
        if token.low in PRONOUN_GENDER:
            speaker.gender = PRONOUN_GENDER[token.low]
            return


def _quote_shape(reading: Reading, i: int) -> tuple[int, int, bool]:
    """Letters inside and outside quotes, and whether the first letter is quoted."""
    quoted = outside = 0
    first_quoted = None
    for token in reading.tokens[i]:
        if token.is_quote:
            letters = sum(map(str.isalnum, reading.text[token.start : token.end]))
            quoted += letters
            if first_quoted is None and letters:
                first_quoted = True
        elif token.is_word:
            outside += len(token.text)
            if first_quoted is None:
                first_quoted = False
    return quoted, outside, bool(first_quoted)


def _kind(reading: Reading, i: int, quoted: int, outside: int, starts_inside: bool) -> QuoteKind | None:
    speech = reading.speaker_of[i] is not None or reading.tags[i] is not None  # unsure speakers stay speech
    if not quoted:
        return "indirect" if speech else None
    if not outside or starts_inside or _only_tag_outside(reading.tokens[i]):
        return "direct"
    return "mixed" if speech else None


def _only_tag_outside(tokens: list[Token]) -> bool:
    """``Smith said: “…”`` — the words outside the quote are just its tag."""
    first = next((k for k, t in enumerate(tokens) if t.is_quote), None)
    if first is None or any(t.is_word for t in tokens[first:]):
        return False
    before = [t for t in tokens[:first] if t.is_word]
    return len(before) <= 8 and any(cue_length(tokens, k) for k in range(first))
