"""The record that attribution's passes share while they read one article.

Each pass (``mentions``, ``speech``, ``continuations``, ``registry``) reads the
sentences' tokens and fills in, sentence by sentence, who spoke and what kind of
quote it is; the entity table keeps the people and bodies met so far.

A token is a Python object of about 150 bytes and a sentence has a dozen: kept for every
sentence of a long article, they were most of a build's peak memory (1.9 KB a sentence).
So a sentence's tokens are made when a pass first reads them and only the latest few
thousand sentences' are kept; an article shorter than that is tokenized once, as before,
and a longer one again by each pass that sweeps it.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal, overload

from retrieval.article import Article
from retrieval.entities import Entity, EntityTable
from retrieval.quotes import QuoteSpan, find_quotes
from retrieval.sentences import Sentence
from retrieval.tags import Tag
from retrieval.tokens import Token, strip_possessive, tokens_of

__all__ = ["QuotationsOf", "QuoteKind", "Reading", "SentenceTags", "SentenceTokens"]

QuoteKind = Literal["direct", "indirect", "mixed"]
KEPT = 2048  # sentences whose tokens are kept at once (about 4 MB)
_RECENT_TAGS = 64  # tags kept as made, besides their packed places
_START = attrgetter("start")


@dataclass(slots=True, eq=False, repr=False)
class Reading:
    """One article as the passes see it, and what they have decided so far (per sentence)."""

    text: str
    sentences: list[Sentence]
    quotes: list[QuoteSpan]
    spans: QuotationsOf  # for each sentence, the indices of the quotations overlapping it
    tokens: SentenceTokens
    table: EntityTable
    speaker_of: list[Entity | None]
    kind_of: list[QuoteKind | None]
    tags: SentenceTags  # each sentence's speech tag, even one whose speaker is unsure
    confidence: array[float]  # how sure the speaker of each sentence is (0 without one): no float objects
    continues: list[int | None]  # the neighbour whose quote a tagless quoted sentence continues
    subject_of: list[Entity | None]  # the known person or body each sentence opens with
    unnoted: range = range(0)  # sentences whose speaker is set but not yet noted in the table

    @classmethod
    def start(cls, article: Article, sentences: list[Sentence]) -> Reading:
        """Find the quotations and tokenize each sentence; nothing is attributed yet."""
        quotes = find_quotes(article.text, article.body_start)
        spans = QuotationsOf(quotes, sentences)
        tokens = SentenceTokens(article.text, sentences, quotes, spans)
        n = len(sentences)
        return cls(article.text, sentences, quotes, spans, tokens, EntityTable(n),
                   [None] * n, [None] * n, SentenceTags(tokens), array("d", bytes(8 * n)),
                   [None] * n, [None] * n)

    def span_text(self, tokens: list[Token]) -> str:
        """The article's own spelling of a run of tokens, without a trailing possessive."""
        words = [t for t in tokens if t.is_word]
        return strip_possessive(self.text[words[0].start : words[-1].end])

    def merge(self, person: Entity, other: Entity) -> None:
        """``other`` was ``person`` all along: its sentences, role and gender go to ``person``.

        A sentence quoting ``other`` is one the table saw it in, or one whose speaker is not
        yet noted: looking only there, not through every sentence, keeps a long build linear.
        """
        speaker_of = self.speaker_of
        for k in (*other.seen, *self.unnoted):
            if speaker_of[k] is other:
                speaker_of[k] = person
        self.table.set_role(person, other.role)
        person.gender = person.gender or other.gender
        self.table.merge(person, other)


class QuotationsOf(Sequence[range]):
    """For each sentence, the indices of the quotations overlapping it, as a ``range``.

    Quotations and sentences both come in article order, so a sentence's quotations are a
    run of indices: two integers in two arrays for each sentence, found in one sweep, rather
    than a tuple of int objects for each.
    """

    def __init__(self, quotes: Sequence[QuoteSpan], sentences: Sequence[Sentence]) -> None:
        self._first, self._end = array("q"), array("q")
        first = 0
        for sentence in sentences:
            while first < len(quotes) and quotes[first].end <= sentence.start:
                first += 1
            end = first
            while end < len(quotes) and quotes[end].start < sentence.end:
                end += 1
            self._first.append(first)
            self._end.append(end)

    def __len__(self) -> int:
        return len(self._first)

    @overload
    def __getitem__(self, i: int) -> range: ...
    @overload
    def __getitem__(self, i: slice) -> list[range]: ...
    def __getitem__(self, i: int | slice) -> range | list[range]:
        if isinstance(i, slice):
            return list(map(range, self._first[i], self._end[i]))
        return range(self._first[i], self._end[i])

    def __iter__(self) -> Iterator[range]:
        return map(range, self._first, self._end)


class SentenceTokens(dict[int, list[Token]]):
    """Each sentence's tokens (``tokens_of``, quotations folded), made when first read.

    The latest ``kept`` sentences' tokens are kept, in the order they were made: passes sweep
    the article in order and look back only a few sentences. A dict of those, so that reading
    one kept (most reads) is a plain lookup; ``__missing__`` makes the others. Its length is
    the number of sentences; ``tokens[i]`` takes any integer index a list would (no slices).
    """

    def __init__(self, text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan],
                 spans: Sequence[Sequence[int]], kept: int = KEPT) -> None:
        super().__init__()
        self._text, self._sentences, self._quotes, self._spans = text, sentences, quotes, spans
        self._limit = kept

    def __len__(self) -> int:
        return len(self._sentences)

    def __missing__(self, i: int) -> list[Token]:
        n = range(len(self._sentences))[i]  # negative counts from the end; out of range raises IndexError
        found = dict.get(self, n)
        if found is None:
            found = self._tokens_of(n)
            if dict.__len__(self) >= self._limit:
                del self[next(iter(self))]  # the oldest made
            self[n] = found
        return found

    def _tokens_of(self, i: int) -> list[Token]:
        sentence = self._sentences[i]
        return tokens_of(self._text, sentence.start, sentence.end, [self._quotes[j] for j in self._spans[i]])


class SentenceTags(Sequence[Tag | None]):
    """Each sentence's speech tag, None for most, set by the speech pass and read by later ones.

    A tag's words are tokens of its own sentence, which ``SentenceTokens`` makes again when
    asked. Holding them for every tagged sentence of a long article was the largest part of a
    reading's memory, so a tag is kept as the places of its tokens in its sentence (and its
    numbers), packed in a ``bytes``, and made again from the sentence's tokens when read; the
    latest few set or made are kept as they are, as passes read a tag again soon after. A tag
    naming tokens from elsewhere is kept as it is.
    """

    def __init__(self, tokens: SentenceTokens, recent: int = _RECENT_TAGS) -> None:
        self._tokens = tokens
        self._size = len(tokens)
        self._kept: dict[int, bytes | Tag] = {}
        self._recent: dict[int, Tag] = {}  # the latest tags set or made, oldest first
        self._limit = recent

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, i: int) -> Tag | None: ...
    @overload
    def __getitem__(self, i: slice) -> list[Tag | None]: ...
    def __getitem__(self, i: int | slice) -> Tag | list[Tag | None] | None:
        if isinstance(i, slice):
            return [self[j] for j in range(self._size)[i]]
        if not 0 <= i < self._size:
            i = range(self._size)[i]  # negative counts from the end; out of range raises IndexError
        kept = self._kept.get(i)
        if not isinstance(kept, bytes):
            return kept
        tag = self._recent.get(i)
        if tag is None:
            priority, after, cue_start, cue_end, subject, *places = memoryview(kept).cast("i")
            tokens = self._tokens[i]
            words = [tokens[k] for k in places]
            tag = Tag(words[:subject], words[subject:], priority, after, (cue_start, cue_end))
            self._remember(i, tag)
        return tag

    def __setitem__(self, i: int, tag: Tag | None) -> None:
        i = range(self._size)[i]
        self._recent.pop(i, None)
        if tag is None:
            self._kept.pop(i, None)
            return
        tokens = self._tokens[i]
        words = [*tag.subject, *tag.apposition]
        places = [bisect.bisect_left(tokens, t.start, key=_START) for t in words]
        if any(k >= len(tokens) or tokens[k] is not t for k, t in zip(places, words, strict=True)):
            self._kept[i] = tag
            return
        self._kept[i] = array("i", [tag.priority, tag.after, *tag.cue, len(tag.subject), *places]).tobytes()
        self._remember(i, tag)

    def _remember(self, i: int, tag: Tag) -> None:
        if len(self._recent) >= self._limit:
            del self._recent[next(iter(self._recent))]
        self._recent[i] = tag
