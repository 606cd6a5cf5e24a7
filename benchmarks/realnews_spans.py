"""Quote spans against PolNeAR's content spans, as quote extractors are scored.

A gold attribution is *matched* when some quote of ``Engine.quotes`` has content
overlapping at least 30 % of the gold content's characters (all its pieces together);
an engine quote is *right* when it matches at least one gold attribution of any kind.
Matching is not one-to-one: a quote the engine keeps whole over two sentences may match
two gold attributions the annotators split. Recall is reported by gold kind, precision
by the engine's kind; the headline F1 counts gold quotes with quotation marks or a verb
of saying (direct, mixed, indirect-speech-verb), the kinds a quote extractor looks for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from retrieval import Quote

__all__ = ["MIN_COVER", "SPEECH_KINDS", "SpanTally", "match", "score_spans"]

MIN_COVER = 0.30
SPEECH_KINDS = ("direct", "mixed", "indirect-speech-verb")

Span = tuple[int, int]


@dataclass
class SpanTally:
    """Gold attributions matched, by gold kind; engine quotes right, by engine kind."""

    gold: Counter = field(default_factory=Counter)
    matched: Counter = field(default_factory=Counter)
    quotes: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)

    def f1(self, kinds: tuple[str, ...]) -> tuple[float, float, float]:
        """Precision (all engine quotes), recall over gold ``kinds``, and their F1."""
        quotes = sum(self.quotes.values())
        precision = sum(self.right.values()) / quotes if quotes else 0.0
        gold = sum(self.gold[k] for k in kinds)
        recall = sum(self.matched[k] for k in kinds) / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def match(gold: tuple[Span, ...], content: tuple[Span, ...]) -> bool:
    """Whether ``content`` covers at least MIN_COVER of the characters of ``gold``."""
    length = sum(b - a for a, b in gold)
    overlap = sum(max(0, min(b, d) - max(a, c)) for a, b in gold for c, d in content)
    return length > 0 and overlap >= MIN_COVER * length


def score_spans(golds: list[tuple[str, tuple[Span, ...]]], quotes: tuple[Quote, ...],
                tally: SpanTally) -> None:
    """Add one article: ``golds`` are (kind, content spans) of its gold attributions."""
    for kind, gold in golds:
        tally.gold[kind] += 1
        tally.matched[kind] += any(match(gold, q.content) for q in quotes)
    for q in quotes:
        tally.quotes[q.kind] += 1
        tally.right[q.kind] += any(match(gold, q.content) for _, gold in golds)
