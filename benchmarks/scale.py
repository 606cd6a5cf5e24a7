"""3. Scale: synthetic articles of 1x to 1000x the seed, each measured in a process of its own.

A fresh process per size keeps peak memory (``ru_maxrss``) and the stemmer's cache of one
size from leaking into the next. Each process builds the engine from the file a few times
(load + attribution + index), then times the engine's answers and bare ``rank-bm25``
(``BM25Okapi`` scores plus top-k over the same corpus and query tokens) side by side.

Run one size by hand with ``python -m benchmarks.scale 100``.
"""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from benchmarks.measure import ROOT, Budget, Row, growth, median
from benchmarks.synthetic import generate
from retrieval import Engine
from retrieval.index import tokenize
from retrieval.qa import SEARCH_LIMIT

__all__ = ["SCALES", "measure", "run"]

SCALES = (1, 10, 100, 1000)
BUILDS = {1: 9, 10: 7, 100: 5, 1000: 3}
ROUNDS = {1: 200, 10: 100, 100: 20, 1000: 5}
BUILD_LIMIT_S, ANSWER_LIMIT_MS, RSS_LIMIT_MB, BARE_RATIO_LIMIT = 5.0, 100.0, 500.0, 2.0
GROWTH_LIMIT = 1.1  # 1.0 is linear; the rest allows for timing noise between two sizes


def measure(scale: int) -> dict[str, float]:
    """Build and query the engine over a ``scale``-times article; figures in s, ms and MB."""
    synthetic = generate(scale)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"synthetic-{scale}x.txt"
        path.write_text(synthetic.text, encoding="utf-8")
        builds = []
        for _ in range(BUILDS[scale]):
            engine = None  # let the last engine go before building the next
            gc.collect()
            start = time.perf_counter()
            engine = Engine.load(path)
            builds.append(time.perf_counter() - start)
    assert engine is not None
    questions = synthetic.questions
    ranked = [q for q in questions if engine.answer(q).intent != "speaker"]  # answered by ranking all
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the bare index exists

    bare = BM25Okapi([tokenize(s.text) for s in engine.sentences])
    engine_ms: dict[str, list[float]] = {q: [] for q in questions}
    bare_ms: dict[str, list[float]] = {q: [] for q in questions}
    for _ in range(ROUNDS[scale]):
        for question in questions:
            start = time.perf_counter()
            engine.answer(question)
            middle = time.perf_counter()
            scores = bare.get_scores(engine.index.query_terms(question))
            np.argsort(scores)[::-1][:SEARCH_LIMIT]
            end = time.perf_counter()
            engine_ms[question].append((middle - start) * 1000)
            bare_ms[question].append((end - middle) * 1000)
    per_question = {q: median(engine_ms[q]) for q in questions}
    return {
        "sentences": len(engine.attributions),
        "speakers": len(engine.speakers.quoted),
        "build_s": median(builds),
        "answer_ms": median(list(per_question.values())),
        "bare_ms": median([median(bare_ms[q]) for q in questions]),
        "ratio": median([per_question[q] / median(bare_ms[q]) for q in ranked]),
        "rss_mb": rss_mb,
    }


def run() -> list[Row]:
    """Measure every size in its own process and check the budgets at the largest."""
    results = []
    rows = []
    for scale in SCALES:
        output = subprocess.run(
            [sys.executable, "-m", "benchmarks.scale", str(scale)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        r = json.loads(output)
        results.append(r)
        rows.append(Row(
            "scale",
            f"{scale}× ({r['sentences']:,} sentences, {r['speakers']:,} quoted)",
            f"build {_seconds(r['build_s'])}, answer p50 {r['answer_ms']:.2f} ms "
            f"(bare rank-bm25 {r['bare_ms']:.2f} ms), peak RSS {r['rss_mb']:.0f} MB",
        ))
    top = results[-1]
    largest = f"{SCALES[-1]}×"
    rows += [
        Row("scale", f"{largest} build", _seconds(top["build_s"]),
            Budget("build", top["build_s"], BUILD_LIMIT_S, " s")),
        Row("scale", f"{largest} answer p50", f"{top['answer_ms']:.1f} ms",
            Budget("answer p50", top["answer_ms"], ANSWER_LIMIT_MS, " ms")),
        Row("scale", f"{largest} peak RSS", f"{top['rss_mb']:.0f} MB",
            Budget("peak RSS", top["rss_mb"], RSS_LIMIT_MB, " MB")),
        Row("scale", f"{largest} answer ÷ bare rank-bm25 (ranking questions)", f"{top['ratio']:.2f}",
            Budget("answer vs bare", top["ratio"], BARE_RATIO_LIMIT)),
    ]
    sizes = [r["sentences"] for r in results]
    for key, label in (("build_s", "build"), ("answer_ms", "answer p50"), ("rss_mb", "peak RSS")):
        values = [r[key] for r in results]
        steps = " → ".join(f"{growth(sizes[:i + 1], values[:i + 1]):.2f}" for i in range(1, len(sizes)))
        k = growth(sizes, values)
        rows.append(Row("scale", f"growth of {label} (exponent per 10×: {steps})", f"{k:.2f}",
                        Budget(f"{label} growth", k, GROWTH_LIMIT)))
    return rows


def _seconds(s: float) -> str:
    return f"{s:.2f} s" if s >= 1 else f"{s * 1000:.0f} ms"


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
