"""Benchmark helpers: memory read from this process alone, growth exponents, latency samples."""

from __future__ import annotations

import json

from benchmarks.answers import measure, samples
from benchmarks.measure import growth, memory_kb
from tests.conftest import DATA, SEED


def test_memory_is_this_process_now_and_at_its_peak():
    now, peak = memory_kb()
    assert 0 < now <= peak


def test_growth_is_one_for_cost_in_proportion_to_size():
    assert growth([10, 100, 1000], [1.0, 10.0, 100.0]) == 1.0
    assert round(growth([10, 100], [1.0, 100.0]), 6) == 2.0


def test_answers_are_timed_cold_once_and_hot_each_round_lookups_apart():
    questions = [q["q"] for q in json.loads((DATA / "questions" / "tillerson-tokyo-2017.json")
                                            .read_text(encoding="utf-8"))["questions"]]
    result = measure(str(SEED), questions, rounds=3, shuffle=1, peers=False)
    lookups = [q for q, intent in result["intents"].items() if intent == "speaker"]
    assert 0 < len(lookups) < len(questions)
    assert len(samples([result], "cold", True)) == len(lookups)
    assert len(samples([result], "hot", False)) == 3 * (len(questions) - len(lookups))
