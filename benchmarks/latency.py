"""2. Answer latency: ``Engine.answer`` in process over the seed article's evaluation questions."""

from __future__ import annotations

import json
import time

from benchmarks.measure import ROOT, Budget, Row, percentile
from retrieval import Engine

__all__ = ["run"]

SEED = ROOT / "seeds" / "tillerson-tokyo-2017.txt"
QUESTIONS = ROOT / "tests" / "data" / "questions" / "tillerson-tokyo-2017.json"
ROUNDS = 100
P50_LIMIT_MS, P95_LIMIT_MS = 1.0, 5.0


def run() -> list[Row]:
    """Answer every question ``ROUNDS`` times; percentiles over all the answers timed."""
    engine = Engine.load(SEED)
    questions = [q["q"] for q in json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    for question in questions:  # the first answers fill the stemmer's cache
        engine.answer(question)
    samples = []
    for _ in range(ROUNDS):
        for question in questions:
            start = time.perf_counter()
            engine.answer(question)
            samples.append((time.perf_counter() - start) * 1000)
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    what = f"{len(questions)} seed questions × {ROUNDS}"
    return [
        Row("latency", f"answer p50 ({what})", f"{p50:.3f} ms",
            Budget("answer p50", p50, P50_LIMIT_MS, " ms")),
        Row("latency", "answer p95", f"{p95:.3f} ms", Budget("answer p95", p95, P95_LIMIT_MS, " ms")),
    ]
