"""Any article built from news fragments gives quotes whose spans are sound."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from retrieval import Engine, parse_article
from retrieval.errors import EmptyArticle

fragments = st.sampled_from([
    "“We will win,” ", "Mayor Ann Lee said", " said the official", ", he added", "She said",
    " that the plan failed", " according to the report", "“It is over.", " It is done,” ",
    "''Never,'' ", "WALLACE: ", "Lee continued:\n", "\n", ". ", ", ", " ― Ann Lee", '"', "’",
    "The agency said", " another official said", " Talks went on", " in May", "?",
])
articles = st.lists(fragments, min_size=1, max_size=30).map("".join)


@given(articles)
def test_quote_spans_are_sound(text: str):
    """Quotes are in order, each sentence in one quote; every span lies in its sentences and holds words."""
    try:
        engine = Engine(parse_article(text, source="t"))
    except EmptyArticle:
        return
    sentences = engine.sentences
    seen: list[int] = []
    for quote in engine.quotes:
        assert list(quote.sentences) == list(range(quote.sentences[0], quote.sentences[-1] + 1))
        seen.extend(quote.sentences)
        start, end = sentences[quote.sentences[0]].start, sentences[quote.sentences[-1]].end
        spans = [*quote.content, *(s for s in (quote.cue, quote.speaker_mention) if s)]
        assert all(start <= a < b <= end for a, b in spans)
        assert quote.content and all(any(c.isalnum() for c in text[a:b]) for a, b in quote.content)
        assert 0 <= quote.confidence <= 1 and (quote.speaker is None) == (quote.confidence == 0)
        assert all(engine.attributions[i].kind is not None for i in quote.sentences)
    assert seen == sorted(set(seen))
