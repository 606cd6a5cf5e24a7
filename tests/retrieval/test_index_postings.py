"""LuceneBM25 scores over postings exactly as rank-bm25's own loop over every sentence."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from retrieval import Engine
from retrieval.index import LuceneBM25, tokenize

terms = st.sampled_from(["north", "korea", "missil", "china", "us", "sanction", "talk", "1.35", "thaad"])
corpora = st.lists(st.lists(terms, max_size=12), min_size=1, max_size=30).filter(any)
queries = st.lists(st.one_of(terms, st.just("absent")), max_size=6)


@given(corpora, queries)
def test_postings_scores_equal_rank_bm25_loop(corpus, query):
    """For any corpus and query, the postings scores are bit for bit BM25Okapi.get_scores."""
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    assert np.array_equal(bm25.get_scores(query), BM25Okapi.get_scores(bm25, query))


def test_postings_scores_equal_rank_bm25_loop_on_the_seed(seed_engine: Engine):
    """On the seed article, every sentence's own words score the same both ways."""
    bm25 = seed_engine.index._bm25
    for sentence in seed_engine.sentences:
        query = tokenize(sentence.text)
        assert np.array_equal(bm25.get_scores(query), BM25Okapi.get_scores(bm25, query))
