"""Every quote once, as quote-extraction tools give it: speaker, kind, and the spans of its parts.

A quote is a run of sentences with one speaker that one quotation spans, or a tagless
quoted sentence continuing its neighbour's quote. Its ``content`` is the quoted words
(marks and tag left out) for a direct quote, and the reported clause (the sentence
without its tag, quoted fragments included) for mixed and indirect ones; ``cue`` is the
reporting verb and ``speaker_mention`` the words naming the speaker, both from the
quote's tag. Spans are character offsets into ``Article.text``, ``[start, end)``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass

from retrieval.lexicon import PREPOSITIONS, TIME_WORDS
from retrieval.reading import QuoteKind, Reading
from retrieval.speakers import Speaker
from retrieval.speech_words import PARTICIPLE_CUES, SPEECH_VERBS
from retrieval.tags import Tag
from retrieval.tokens import Token, place_of

__all__ = ["Quote", "Span", "collect_quotes"]

Span = tuple[int, int]
_NO_SPAN = (-1, -1)
_MARKS = "“”\"‘’'«»"
_EDGE = " \t\n,;:—–"
_SHORT = 4  # words: less than this before a tag is no speech of its own
_NEAR = 3  # words between a subject and its verb: "Perdue (R-Ga.) said", "Lee has long said"
_TOLD = frozenset({"told", "tells", "tell", "telling"})
# After a tag, words that start the reporter's own tail: "said on Monday", "said, adding …".
_TRAILING = PREPOSITIONS | TIME_WORDS | {"adding", "although", "though", "while", "as", "because",
                                         "when", "after", "before", "speaking", "citing", "who"}
_TRAILING_OR_JOINED = _TRAILING | {"and", "but"}  # made once, not at every test


@dataclass(frozen=True, slots=True, init=False, repr=False)
class Quote:
    """One quote; ``sentences`` are 0-based and ``confidence`` is how sure its speaker is (0 if none).

    Its spans and sentences are kept packed as 64-bit integers in one ``bytes``, not as
    tuples of tuples of int objects: a long article has a quote for every other sentence,
    and the tuples were most of a quote's memory. The properties give them as tuples.
    """

    speaker: Speaker | None
    kind: QuoteKind
    confidence: float
    # cue start and end, speaker mention start and end (-1 for none), the number of content
    # spans, their starts and ends, then the sentences
    packed: bytes

    def __init__(self, speaker: Speaker | None, kind: QuoteKind, content: tuple[Span, ...],
                 cue: Span | None, speaker_mention: Span | None, sentences: tuple[int, ...],
                 confidence: float) -> None:
        numbers = array("q", [*(cue or _NO_SPAN), *(speaker_mention or _NO_SPAN), len(content)])
        for start, end in content:
            numbers.extend((start, end))
        numbers.extend(sentences)
        for name, value in (("speaker", speaker), ("kind", kind), ("confidence", confidence),
                            ("packed", numbers.tobytes())):
            object.__setattr__(self, name, value)

    @property
    def content(self) -> tuple[Span, ...]:
        """The spans of the quote's words (see the module's docstring)."""
        numbers = self._numbers()
        ends = 5 + 2 * numbers[4]
        return tuple(zip(numbers[5:ends:2], numbers[6:ends:2], strict=True))

    @property
    def cue(self) -> Span | None:
        """The span of the reporting verb, if the quote has a tag."""
        return self._span(0)

    @property
    def speaker_mention(self) -> Span | None:
        """The span of the words naming the speaker in the quote's tag, if any."""
        return self._span(2)

    @property
    def sentences(self) -> tuple[int, ...]:
        """The sentences the quote runs over, in order."""
        numbers = self._numbers()
        return tuple(numbers[5 + 2 * numbers[4] :])

    def __repr__(self) -> str:
        return (f"Quote(speaker={self.speaker!r}, kind={self.kind!r}, content={self.content!r}, "
                f"cue={self.cue!r}, speaker_mention={self.speaker_mention!r}, "
                f"sentences={self.sentences!r}, confidence={self.confidence!r})")

    def _numbers(self) -> memoryview:
        return memoryview(self.packed).cast("q")

    def _span(self, at: int) -> Span | None:
        numbers = self._numbers()
        return (numbers[at], numbers[at + 1]) if numbers[at] >= 0 else None


def collect_quotes(reading: Reading, speakers: dict[int, Speaker]) -> tuple[Quote, ...]:
    """The article's quotes in order, given each entity's Speaker (keyed by ``id``).

    Speech that reports no words ("Lee agreed.") is no quote.
    """
    quotes = (_quote(reading, run, speakers) for run in _runs(reading))
    return tuple(q for q in quotes if q is not None)


def _runs(reading: Reading) -> Iterator[list[int]]:
    """Sentences of speech grouped into quotes: consecutive ones that carry on one quote.

    Each run is given as soon as it ends, not listed with all the others first.
    """
    run: list[int] = []
    for i, kind in enumerate(reading.kind_of):
        if kind is None:
            continue
        if run and run[-1] == i - 1 and _carries_on(reading, i - 1, i):
            run.append(i)
        else:
            if run:
                yield run
            run = [i]
    if run:
        yield run


def _carries_on(reading: Reading, a: int, b: int) -> bool:
    """Whether sentence ``b`` belongs to the quote of the sentence ``a`` just before it."""
    if reading.speaker_of[a] is not reading.speaker_of[b]:
        return False
    if set(reading.spans[a]) & set(reading.spans[b]):
        return True  # one quotation runs over both
    direct = reading.kind_of[a] == reading.kind_of[b] == "direct"
    return direct and (reading.continues[b] == a or reading.continues[a] == b)


def _quote(reading: Reading, run: list[int], speakers: dict[int, Speaker]) -> Quote | None:
    """The quote ``run`` makes; None when it reports no words."""
    kinds = {reading.kind_of[i] for i in run}
    kind: QuoteKind = kinds.pop() if len(kinds) == 1 else "mixed"  # type: ignore[assignment]
    content: list[Span] = []
    tags = [reading.tags[i] for i in run]  # each made once: a tag is made again when read
    for i, tag in zip(run, tags, strict=True):
        for piece in _content(reading, i, tag):
            if content and _joined(reading.text, content[-1], piece):
                content[-1] = (content[-1][0], piece[1])
            else:
                content.append(piece)
    if not content:
        return None
    tagged = [(i, tag) for i, tag in zip(run, tags, strict=True) if tag is not None]
    tag_at = next((pair for pair in tagged if pair[1].subject), tagged[0] if tagged else None)
    cue = mention = None
    if tag_at is not None:
        i, tag = tag_at
        tokens = reading.tokens[i]
        cue = (tokens[tag.cue[0]].start, tokens[tag.cue[1] - 1].end) if tag.cue[1] else None
        mention = (tag.subject[0].start, tag.subject[-1].end) if tag.subject else None
    entity = reading.speaker_of[run[0]]
    return Quote(speaker=speakers[id(entity)] if entity is not None else None, kind=kind,
                 content=tuple(content), cue=cue, speaker_mention=mention, sentences=tuple(run),
                 confidence=max(reading.confidence[i] for i in run) if entity is not None else 0.0)


def _content(reading: Reading, i: int, tag: Tag | None) -> list[Span]:
    """The quoted words of a direct sentence; the reported clause of another.

    A direct quote's speaker may go on in reported speech after the tag (``“…,” the mayor
    said, adding that repairs would need “two weeks”``, ``…, though he added that …``): that
    clause is the speaker's too.
    """
    if reading.kind_of[i] == "direct" or tag is None or not tag.cue[1]:
        tokens = reading.tokens[i]
        quoted = [piece for t in tokens if t.is_quote
                  for piece in _trimmed(reading.text, t.start, t.end, quoted=True)]
        goes_on = next((n for n in range(tag.cue[1] if tag else len(tokens), len(tokens) - 1)
                        if (tokens[n].low in PARTICIPLE_CUES and tokens[n - 1].text == ",")
                        or (tokens[n].low in SPEECH_VERBS and tokens[n + 1].low == "that")), None)
        if goes_on is None:
            return quoted
        end = reading.sentences[i].end
        return [p for p in quoted if p[1] <= tokens[goes_on].start] + _trimmed(
            reading.text, tokens[goes_on].end, end, quoted=False)
    return _clause(reading, i, tag)


def _clause(reading: Reading, i: int, tag: Tag) -> list[Span]:
    """The sentence without its tag: the clause after the tag, or before it when the tag ends it.

    ``Lee said the vote was fair`` reports what follows the verb; in ``The vote was fair,
    Lee said on Monday, adding …`` what follows the tag is the reporter's, and ``according
    to X`` leaves the rest of the sentence. A subject far from its verb (``Lee said …,
    arguing …``) leaves everything between them too.
    """
    sentence, tokens, text = reading.sentences[i], reading.tokens[i], reading.text
    cue = (tokens[tag.cue[0]].start, tokens[tag.cue[1] - 1].end)
    if tag.subject and _apart(tokens, tag):
        subject = (tag.subject[0].start, tag.subject[-1].end)
        first, second = sorted((subject, cue))
        return [*_trimmed(text, sentence.start, first[0], quoted=False),
                *_trimmed(text, first[1], second[0], quoted=False),
                *_trimmed(text, second[1], sentence.end, quoted=False)]
    phrase = [*tag.subject, *tag.apposition]
    start = min([cue[0], *(t.start for t in phrase)])
    end = max([cue[1], *(t.end for t in phrase)])
    before = _trimmed(text, sentence.start, start, quoted=False)
    after = _trimmed(text, end, sentence.end, quoted=False)
    if not tag.subject:  # "Those close to him say that …": the speech follows the verb
        return after
    if tokens[tag.cue[0]].low == "according":  # "Y, according to X" or "According to X, Y"
        return before or after
    at = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    follows = tokens[at] if at < len(tokens) else None
    trailing = follows is None or not follows.is_word or (follows.low in _TRAILING and not follows.possessive)
    if before and tokens[0].low in PREPOSITIONS and tokens[0].start >= sentence.start:
        trailing = trailing and not after  # "In a statement, X condemned …": an opening phrase, no speech
    if trailing and after and follows is not None and follows.is_word and _words(text, before) < _SHORT:
        trailing = False  # "MACAU – Adelson said on Friday he met …": a date, then the speech
    if before and after and follows is not None and follows.text == "," and _parenthetical(tokens, at):
        return before + after  # "It was, the president said, a stone …": speech on both sides
    if tokens[tag.cue[0]].low in _TOLD:  # "…, Lee told Reuters": the listener, then maybe "that …"
        trailing = not any(t.low == "that" for t in tokens[tag.cue[1] :])
    return before if before and (trailing or not after) else after or before


def _apart(tokens: list[Token], tag: Tag) -> bool:
    """Whether more than a few words (an apposition aside) stand between the subject and its verb."""
    first = place_of(tokens, tag.subject[0])
    last = first + len(tag.subject) - 1
    gap = tokens[last + 1 : tag.cue[0]] if last < tag.cue[0] else tokens[tag.cue[1] : first]
    aside = {t.start for t in tag.apposition}
    return sum(t.is_word and t.start not in aside for t in gap) > _NEAR


def _words(text: str, pieces: list[Span]) -> int:
    return sum(len(text[a:b].split()) for a, b in pieces)


def _parenthetical(tokens: list[Token], comma: int) -> bool:
    """A tag set off by commas inside the speech: what follows its comma carries the speech on."""
    nxt = tokens[comma + 1] if comma + 1 < len(tokens) else None
    return nxt is not None and (nxt.is_quote or (nxt.is_word and nxt.low not in _TRAILING_OR_JOINED))


def _trimmed(text: str, start: int, end: int, quoted: bool) -> list[Span]:
    """``text[start:end]`` cut at line breaks, without edge punctuation; [] for a piece with no letters.

    Quoted words lose their marks and a closing comma but keep their own full stop;
    a reported clause loses the sentence's full stop.
    """
    left = _EDGE + _MARKS if quoted else _EDGE
    right = _EDGE + _MARKS if quoted else _EDGE + "."
    pieces = []
    for part_start, part_end in _lines(text, start, end):
        while part_start < part_end and text[part_start] in left:
            part_start += 1
        while part_end > part_start and text[part_end - 1] in right:
            part_end -= 1
        if any(ch.isalnum() for ch in text[part_start:part_end]):
            pieces.append((part_start, part_end))
    return pieces


def _lines(text: str, start: int, end: int) -> list[Span]:
    lines, at = [], start
    while (newline := text.find("\n", at, end)) != -1:
        lines.append((at, newline))
        at = newline + 1
    lines.append((at, end))
    return lines


def _joined(text: str, before: Span, after: Span) -> bool:
    """Two quoted pieces with only spaces between them (no line break) are one stretch of a quotation."""
    gap = text[before[1] : after[0]]
    return not gap.strip() and "\n" not in gap
