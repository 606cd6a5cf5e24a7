"""The BM25 peers rank like the engine on a tiny corpus; each is skipped when not installed."""

from __future__ import annotations

import pytest

from benchmarks.peers import PEERS
from retrieval.index import SentenceIndex, tokenize

SENTENCES = [
    "The trade deal was signed in Tokyo.",
    "Fishing rights were left for later talks.",
    "Steel tariffs hurt the trade deal, the minister said.",
    "Nobody mentioned the weather.",
]


@pytest.mark.parametrize("name", sorted(PEERS))
def test_a_peer_finds_the_sentences_the_engine_ranks_first(name: str):
    pytest.importorskip(name)
    search = PEERS[name]([tokenize(s) for s in SENTENCES])
    query = "steel tariffs trade"
    scores = SentenceIndex(SENTENCES).scores(query)
    engine_order = [i for i in sorted(range(len(SENTENCES)), key=lambda i: -scores[i]) if scores[i] > 0]
    assert search(tokenize(query)) == engine_order
