"""A speaker's answer makes its results as they are read, and they are the ones made at once."""

from __future__ import annotations

import numpy as np

from retrieval import Engine
from retrieval.results import Results, result


def test_results_read_lazily_equal_results_made_at_once(seed_engine: Engine):
    order = np.array([5, 2, 9])
    scores = np.arange(len(seed_engine.attributions), dtype=float)
    made = tuple(result(seed_engine.attributions[i], float(i)) for i in (5, 2, 9))
    lazy = Results(order, seed_engine.attributions, scores)
    assert lazy == made and len(lazy) == 3 and lazy[1] == made[1] and lazy[-1] == made[-1]
    assert lazy[1:] == made[1:] and isinstance(lazy[1:], tuple)
    assert list(lazy) == list(made)


def test_unranked_results_score_zero_and_empty_ones_are_false(seed_engine: Engine):
    assert [r.score for r in Results(np.array([0, 1]), seed_engine.attributions)] == [0.0, 0.0]
    assert not Results(np.array([], dtype=int), seed_engine.attributions)


def test_a_speakers_answer_holds_every_sentence_in_article_order(seed_engine: Engine):
    speaker = seed_engine.speakers.quoted[0]
    answer = seed_engine.answer(f"what did {speaker.name} say?")
    assert [r.sentence.index for r in answer.results] == sorted(speaker.sentences)
    assert all(r.speaker == speaker for r in answer.results)
