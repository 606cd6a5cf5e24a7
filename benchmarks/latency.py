"""2. The seed article (935 words): how long reading it takes, and its answers, cold and hot.

Each of ``PROCESSES`` fresh processes reads the seed, answers every evaluation question once
in its own order (cold), then ``ROUNDS`` more times (hot). Search questions, which rank the
article, are reported apart from speaker lookups, which rank nothing. Reading (analysing)
it is timed in fresh processes too, so first-use costs count, as they do for ``ask``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from benchmarks.answers import samples
from benchmarks.measure import ROOT, Budget, Row, child, median, percentile

__all__ = ["QUESTIONS", "SEED", "run"]

SEED = ROOT / "seeds" / "tillerson-tokyo-2017.txt"
QUESTIONS = ROOT / "tests" / "data" / "questions" / "tillerson-tokyo-2017.json"
PROCESSES, ROUNDS = 15, 40
HOT_LIMIT_MS, COLD_LIMIT_MS, BUILD_LIMIT_MS = 0.1, 0.5, 10.0


def run(quick: bool = False) -> list[Row]:
    """Time the seed's questions in fresh processes; p50 and p95 per kind of question."""
    questions = [q["q"] for q in json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    with tempfile.TemporaryDirectory() as folder:
        asked = Path(folder) / "questions.json"
        asked.write_text(json.dumps(questions), encoding="utf-8")
        results = [child("benchmarks.answers", str(SEED), str(asked), str(ROUNDS), str(n))
                   for n in range(PROCESSES // 3 if quick else PROCESSES)]
    rows = []
    for which in ("hot", "cold"):
        for lookups, kind in ((False, "search"), (True, "speaker lookup")):
            ms = samples(results, which, lookups)
            rows.append(Row("latency", f"seed, {which}, {kind}: p50 / p95 ({len(ms)} answers)",
                            f"{percentile(ms, 50):.3f} / {percentile(ms, 95):.3f} ms"))
    hot = samples(results, "hot", False) + samples(results, "hot", True)
    cold = samples(results, "cold", False) + samples(results, "cold", True)
    hot_p50, cold_p50 = percentile(hot, 50), percentile(cold, 50)
    builds = [child("benchmarks.build", str(SEED)) for _ in range(PROCESSES // 3 if quick else PROCESSES)]
    build_ms, build_wall_ms = (median([b[key] for b in builds]) * 1000 for key in ("cpu_s", "build_s"))
    return [
        *rows,
        Row("latency", f"seed analysed in a fresh process, CPU (wall {build_wall_ms:.1f} ms; "
                       f"median of {len(builds)})", f"{build_ms:.1f} ms",
            Budget("1,000-word article analysed", build_ms, BUILD_LIMIT_MS, " ms")),
        Row("latency", "seed answer p50, hot (all questions)", f"{hot_p50:.3f} ms",
            Budget("seed hot p50", hot_p50, HOT_LIMIT_MS, " ms")),
        Row("latency", "seed answer p50, cold (each question's first answer)", f"{cold_p50:.3f} ms",
            Budget("seed cold p50", cold_p50, COLD_LIMIT_MS, " ms")),
    ]
