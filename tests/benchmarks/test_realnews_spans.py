"""Quote-span scoring: a match covers at least 30 % of the gold content."""

from benchmarks.realnews_spans import SpanTally, match, score_spans
from retrieval import Quote


def quote(*content):
    return Quote(None, "direct", tuple(content), None, None, (0,), 0.0)


def test_a_match_covers_thirty_percent_of_the_gold_span():
    """3 of 10 gold characters is a match, 2 of 10 is not; gold pieces count together."""
    assert match(((0, 10),), ((7, 20),))
    assert not match(((0, 10),), ((8, 20),))
    assert match(((0, 5), (10, 15)), ((12, 20),))


def test_precision_and_recall_by_kind():
    """A gold quote no engine quote covers lowers recall; an engine quote covering none lowers precision."""
    tally = SpanTally()
    score_spans([("direct", ((0, 10),)), ("mixed", ((50, 60),))], (quote((0, 9)), quote((30, 40))), tally)
    assert tally.matched == {"direct": 1, "mixed": 0} and tally.gold == {"direct": 1, "mixed": 1}
    assert tally.right["direct"] == 1 and tally.quotes["direct"] == 2
    assert tally.f1(("direct", "mixed")) == (0.5, 0.5, 0.5)
