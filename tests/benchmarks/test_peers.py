"""The BM25 peers rank like the engine on a tiny corpus; each is skipped when not installed."""

from __future__ import annotations

import pytest

from benchmarks.peers import PEERS
from retrieval.index import SentenceIndex
from retrieval.terms import tokenize

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


def test_each_peer_takes_turns_with_the_engine_alone(tmp_path):
    """A peer's ratio compares it with engine times taken beside it only, on search questions only."""
    from benchmarks.answers import measure

    article = tmp_path / "a.txt"
    article.write_text(" ".join(SENTENCES) + " “We will sign,” said Tom Hale.\n", encoding="utf-8")
    result = measure(str(article), ["what did Hale say?", "steel tariffs"], 2, 0, peers=True)
    assert set(result["hot"]["engine"]) == {"what did Hale say?", "steel tariffs"}
    installed = [name for name in PEERS if name in result["hot"]]
    if not installed:
        pytest.skip("no peer installed (pip install -e '.[bench]')")
    for name in installed:
        beside = result["hot"][f"engine beside {name}"]
        assert set(result["hot"][name]) == set(beside) == {"steel tariffs"}
        assert len(beside["steel tariffs"]) == 2
