"""3. Scale: synthetic articles of 1× to 10,000× the seed (363,000 sentences).

For each size the text is generated once; then every build runs in a fresh process
(``benchmarks.build``: time, and memory above that process's own baseline), and one more
fresh process times the answers, cold and hot, beside bm25s and tantivy given the same
tokens (``benchmarks.answers``). Growth is the exponent k in cost ~ size**k between
sizes (1.0 is linear); the build's budget is on its CPU time, which other jobs on shared
cores disturb far less than its wall time (both are shown). ``--quick`` stops at 1,000×.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.answers import samples
from benchmarks.measure import Budget, Row, child, growth, median, percentile
from benchmarks.synthetic import generate

__all__ = ["SIZES", "run"]

SIZES = (1, 10, 100, 1000, 10_000)
QUICK_SIZES = SIZES[:-1]
BUILDS = {1: 5, 10: 5, 100: 3, 1000: 3, 10_000: 2}
ROUNDS = {1: 100, 10: 50, 100: 20, 1000: 10, 10_000: 5}
PEER_SIZE, P95_SIZE = 1000, 10_000
PEER_RATIO_LIMIT, P95_LIMIT_MS = 1.5, 5.0
GROWTH_LIMIT, KB_PER_SENTENCE_LIMIT = 1.05, 2.0


def measure(size: int, folder: Path) -> dict:
    """Build ``size``× in fresh processes, then time its answers; medians and samples."""
    synthetic = generate(size)
    article, asked = folder / f"synthetic-{size}x.txt", folder / f"questions-{size}x.json"
    article.write_text(synthetic.text, encoding="utf-8")
    asked.write_text(json.dumps(synthetic.questions), encoding="utf-8")
    builds = [child("benchmarks.build", str(article)) for _ in range(BUILDS[size])]
    answers = child("benchmarks.answers", str(article), str(asked), str(ROUNDS[size]), "0", "--peers")
    article.unlink()
    first = builds[0]
    return {
        "size": size, "sentences": first["sentences"], "quoted": first["quoted"], "terms": first["terms"],
        "build_s": median([b["build_s"] for b in builds]),
        "cpu_s": median([b["cpu_s"] for b in builds]),
        "peak_kb": median([b["peak_kb"] for b in builds]),
        "retained_kb": median([b["retained_kb"] for b in builds]),
        "answers": answers,
    }


def run(quick: bool = False) -> list[Row]:
    """Measure every size; budgets on growth, memory and answers at the sizes named above."""
    sizes = QUICK_SIZES if quick else SIZES
    with tempfile.TemporaryDirectory() as folder:
        results = []
        for size in sizes:
            start = time.perf_counter()
            results.append(measure(size, Path(folder)))
            print(f"  scale {size}×: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    rows = [_size_row(r) for r in results]
    rows += _peer_rows(next(r for r in results if r["size"] == PEER_SIZE))
    if P95_SIZE in sizes:
        rows += _p95_rows(results[-1])
    counts = [r["sentences"] for r in results]
    measures = (("cpu_s", "build CPU time"), ("build_s", "build wall time"), ("peak_kb", "peak memory"))
    for key, label in measures:
        values = [r[key] for r in results]
        steps = " → ".join(f"{growth(counts[:i + 1], values[:i + 1]):.2f}" for i in range(1, len(counts)))
        k = growth(counts, values)
        budget = Budget("build growth", k, GROWTH_LIMIT) if key == "cpu_s" else None
        rows.append(Row("scale", f"growth of {label}, {sizes[-2]:,}× → {sizes[-1]:,}× "
                                 f"(exponent per 10×: {steps})", f"{k:.2f}", budget))
    top = results[-1]
    per_sentence = top["peak_kb"] / top["sentences"]
    rows.append(Row("scale", f"{sizes[-1]:,}×: peak memory above baseline per sentence "
                             f"(retained {top['retained_kb'] / top['sentences']:.1f} KB)",
                    f"{per_sentence:.1f} KB", Budget("memory per sentence", per_sentence,
                                                     KB_PER_SENTENCE_LIMIT, " KB")))
    return rows


def _size_row(r: dict) -> Row:
    hot = samples([r["answers"]], "hot", False) + samples([r["answers"]], "hot", True)
    cold = samples([r["answers"]], "cold", False) + samples([r["answers"]], "cold", True)
    what = f"{r['size']:,}× ({r['sentences']:,} sentences, {r['terms']:,} terms, {r['quoted']:,} quoted)"
    return Row(
        "scale", what,
        f"build {_seconds(r['build_s'])} (CPU {_seconds(r['cpu_s'])}), peak +{r['peak_kb'] / 1024:.0f} MB; "
        "answer p50 hot "
        f"{percentile(hot, 50):.2f} ms, cold {percentile(cold, 50):.2f} ms",
    )


def _peer_rows(r: dict) -> list[Row]:
    """Search questions, hot: the engine beside each peer; the budget is against tantivy."""
    answers = r["answers"]
    engine = percentile(samples([answers], "hot", False), 50)
    where = f"{r['size']:,}× ({r['sentences']:,} sentences), search questions, hot p50"
    rows = [Row("scale", f"{where}: engine", f"{engine:.3f} ms")]
    for peer in ("bm25s", "tantivy"):
        if peer not in answers["hot"]:
            rows.append(Row("scale", f"{where}: {peer}", "not installed (pip install -e '.[bench]')"))
            continue
        theirs = percentile(samples([answers], "hot", False, peer), 50)
        ratio = percentile(samples([answers], "hot", False, f"engine beside {peer}"), 50) / theirs
        budget = Budget("answer ÷ tantivy", ratio, PEER_RATIO_LIMIT) if peer == "tantivy" else None
        rows.append(Row("scale", f"{where}: {peer} (same tokens); engine ÷ {peer}",
                        f"{theirs:.3f} ms; {ratio:.2f}", budget))
    return rows


def _p95_rows(r: dict) -> list[Row]:
    answers = r["answers"]
    where = f"{r['size']:,}× ({r['sentences']:,} sentences)"
    hot = samples([answers], "hot", False) + samples([answers], "hot", True)
    slowest = max(answers["hot"]["engine"].items(), key=lambda item: median(item[1]))
    p95 = percentile(hot, 95)
    return [
        Row("scale", f"{where}: search p50 / p95, hot",
            " / ".join(f"{percentile(samples([answers], 'hot', False), p):.2f}" for p in (50, 95)) + " ms"),
        Row("scale", f"{where}: speaker lookup p50 / p95, hot",
            " / ".join(f"{percentile(samples([answers], 'hot', True), p):.2f}" for p in (50, 95)) + " ms"),
        Row("scale", f"{where}: slowest question, median", f"{median(slowest[1]):.1f} ms ({slowest[0]!r})"),
        Row("scale", f"{where}: answer p95, hot (all questions)", f"{p95:.2f} ms",
            Budget("answer p95 at 10,000×", p95, P95_LIMIT_MS, " ms")),
    ]


def _seconds(s: float) -> str:
    return f"{s:.2f} s" if s >= 1 else f"{s * 1000:.0f} ms"

