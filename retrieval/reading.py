"""The record that attribution's passes share while they read one article.

Each pass (``mentions``, ``speech``, ``continuations``, ``registry``) reads the
sentences' tokens and fills in, sentence by sentence, who spoke and what kind of
quote it is; the entity table keeps the people and bodies met so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from retrieval.article import Article
from retrieval.entities import Entity, EntityTable
from retrieval.names import Token, strip_possessive, tokens_of
from retrieval.quotes import QuoteSpan, find_quotes
from retrieval.sentences import Sentence
from retrieval.tags import Tag

__all__ = ["QuoteKind", "Reading"]

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(slots=True, eq=False)
class Reading:
    """One article as the passes see it, and what they have decided so far (per sentence)."""

    text: str
    sentences: list[Sentence]
    quotes: list[QuoteSpan]
    spans: list[list[int]]  # for each sentence, the indices of the quotations overlapping it
    tokens: list[list[Token]]
    table: EntityTable
    speaker_of: list[Entity | None]
    kind_of: list[QuoteKind | None]
    tags: list[Tag | None]  # each sentence's speech tag, even one whose speaker is unsure
    confidence: list[float]  # how sure the speaker of each sentence is (0 without one)
    continues: list[int | None]  # the neighbour whose quote a tagless quoted sentence continues
    subject_of: list[Entity | None]  # the known person or body each sentence opens with

    @classmethod
    def start(cls, article: Article, sentences: list[Sentence]) -> Reading:
        """Find the quotations and tokenize each sentence; nothing is attributed yet."""
        quotes = find_quotes(article.text, article.body_start)
        spans = _spans_per_sentence(quotes, sentences)
        tokens = [tokens_of(article.text, s.start, s.end, [quotes[j] for j in overlapping])
                  for s, overlapping in zip(sentences, spans, strict=True)]
        n = len(sentences)
        return cls(article.text, sentences, quotes, spans, tokens, EntityTable(n),
                   [None] * n, [None] * n, [None] * n, [0.0] * n, [None] * n, [None] * n)

    def span_text(self, tokens: list[Token]) -> str:
        """The article's own spelling of a run of tokens, without a trailing possessive."""
        words = [t for t in tokens if t.is_word]
        return strip_possessive(self.text[words[0].start : words[-1].end])

    def merge(self, person: Entity, other: Entity) -> None:
        """``other`` was ``person`` all along: its sentences, role and gender go to ``person``."""
        for k, speaker in enumerate(self.speaker_of):
            if speaker is other:
                self.speaker_of[k] = person
        self.table.set_role(person, other.role)
        person.gender = person.gender or other.gender
        self.table.merge(person, other)


def _spans_per_sentence(quotes: list[QuoteSpan], sentences: list[Sentence]) -> list[list[int]]:
    """For each sentence, the indices of the quotations overlapping it (one sweep, both in order)."""
    result = []
    first = 0
    for sentence in sentences:
        while first < len(quotes) and quotes[first].end <= sentence.start:
            first += 1
        j = first
        overlapping = []
        while j < len(quotes) and quotes[j].start < sentence.end:
            overlapping.append(j)
            j += 1
        result.append(overlapping)
    return result
