"""LuceneBM25 scores over postings exactly as rank-bm25's own loop over every sentence.

rank-bm25's ``BM25Okapi`` is given LuceneBM25's IDF (Okapi's own differs on purpose) and then
scores with its own code, so every other part of the formula is rank-bm25's.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from retrieval import Engine
from retrieval.bm25 import LuceneBM25
from retrieval.ranking import top
from retrieval.terms import tokenize

terms = st.sampled_from(["north", "korea", "missil", "china", "us", "sanction", "talk", "1.35", "thaad"])
corpora = st.lists(st.lists(terms, max_size=12), min_size=1, max_size=30).filter(any)
queries = st.lists(st.one_of(terms, st.just("absent")), max_size=6)


def _okapi_with_lucene_idf(corpus: list[list[str]], bm25: LuceneBM25) -> BM25Okapi:
    okapi = BM25Okapi(corpus, k1=bm25.k1, b=bm25.b)
    assert okapi.idf.keys() == bm25.idf.keys()  # the same terms
    okapi.idf = dict(bm25.idf)
    return okapi


@given(corpora, queries)
def test_postings_scores_equal_rank_bm25_loop(corpus, query):
    """For any corpus and query, the postings scores are bit for bit BM25Okapi.get_scores."""
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    okapi = _okapi_with_lucene_idf(corpus, bm25)
    assert np.array_equal(bm25.get_scores(query), okapi.get_scores(query))


@given(corpora, queries, st.integers(1, 12))
def test_contenders_hold_the_best_sentences(corpus, query, limit):
    """Looking only at the contenders finds the same best sentences as looking at all."""
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    scores = bm25.get_scores(query)
    contenders, values = bm25.contenders(query, scores, limit)
    assert np.array_equal(contenders, np.unique(contenders))  # ascending, each once
    assert np.array_equal(values, scores[contenders])
    assert top(scores, contenders, limit) == top(scores, limit=limit)


@given(corpora, queries, st.integers(1, 12), st.data())
def test_contenders_among_some_sentences_hold_the_best_of_those(corpus, query, limit, data):
    """Asked among some sentences only ("who said …?" among those quoted): the best of those."""
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    among = np.array(data.draw(st.lists(st.booleans(), min_size=len(corpus), max_size=len(corpus))))
    scores = bm25.get_scores(query)
    contenders, values = bm25.contenders(query, scores, limit, among)
    assert np.array_equal(contenders, np.unique(contenders)) and among[contenders].all()
    assert np.array_equal(values, scores[contenders])
    assert top(scores, contenders, limit) == top(scores, np.flatnonzero(among), limit)


@given(corpora, queries, st.integers(1, 12), st.booleans())
def test_search_scores_as_the_array_of_every_sentence(corpus, query, limit, few):
    """Scoring only the sentences holding a term, or every sentence in one array: the same floats."""
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    scores = bm25.get_scores(query)
    contenders, values, score_of = bm25.search(query, limit, most=10**6 if few else -1)
    if few:  # every sentence holding a term, scored one by one
        assert contenders.tolist() == np.flatnonzero(scores > 0).tolist()
    else:
        assert np.array_equal(contenders, bm25.contenders(query, scores, limit)[0])
    assert values.tolist() == scores[contenders].tolist()
    everyone = list(range(len(corpus)))
    assert score_of(everyone) == scores.tolist()
    assert all(type(score) is float for score in score_of(everyone))


def test_search_scores_one_by_one_up_to_the_postings_allowed():
    """Up to ``most`` postings, only the sentences holding a term are scored; past them, every sentence."""
    bm25 = LuceneBM25([["rare", "common"]] + [["common"]] * 9 + [["other"]] * 5, k1=1.2, b=0.75)
    assert bm25.search(["rare", "common"], 1, most=11)[0].tolist() == list(range(10))
    assert bm25.search(["rare", "common"], 1, most=10)[0].tolist() == [0]  # the array: only the best read


def test_contenders_skip_sentences_without_the_rarest_term_when_the_others_cannot_reach_it():
    """A rare term outweighs two common ones together: no sentence without it is even read."""
    corpus = [["rare", "common"]] * 3 + [["common", "other"]] * 20 + [["other"]] * 20
    query = ["rare", "common", "other"]
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    scores = bm25.get_scores(query)
    scores[3:] = np.inf  # would all be contenders, were they read
    assert bm25.contenders(query, scores, 2)[0].tolist() == [0, 1, 2]


def test_contenders_skip_the_sentences_of_the_commonest_terms_when_together_they_cannot_reach_it():
    """Two rare terms, neither enough alone: only their sentences are read, none of the common word's."""
    corpus = [["rare", "mid"]] * 3 + [["mid", "other"]] * 3 + [["common"]] * 200
    query = ["rare", "mid", "other", "common"]
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    scores = bm25.get_scores(query)
    best = top(scores, limit=2)
    scores[6:] = np.inf  # would all be contenders, were they read
    contenders = bm25.contenders(query, scores, 2)[0]
    assert contenders.tolist() == [0, 1, 2, 3, 4, 5]
    assert top(scores, contenders, 2) == best


def test_postings_scores_equal_rank_bm25_loop_on_the_seed(seed_engine: Engine):
    """On the seed article, every sentence's own words score the same both ways."""
    corpus = [tokenize(s.text) for s in seed_engine.sentences]
    bm25 = seed_engine.index._bm25
    okapi = _okapi_with_lucene_idf(corpus, bm25)
    for query in corpus:
        assert np.array_equal(bm25.get_scores(query), okapi.get_scores(query))


@given(corpora, terms)
def test_postings_list_the_sentences_holding_a_term(corpus, term):
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    assert bm25.holding(term).tolist() == [i for i, document in enumerate(corpus) if term in document]


def test_the_index_is_rank_bm25s_model_with_lucene_idf():
    """LuceneBM25 is a BM25Okapi: rank-bm25's parameters and statistics, Lucene's IDF, no doc_freqs copy."""
    corpus = [["north", "korea"], ["korea", "talk", "talk"], ["china"]]
    bm25 = LuceneBM25(corpus, k1=1.2, b=0.75)
    assert isinstance(bm25, BM25Okapi)
    assert (bm25.corpus_size, bm25.avgdl, bm25.doc_freqs) == (3, 2.0, [])
    assert bm25.idf["korea"] == np.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
