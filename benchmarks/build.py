"""One engine build in a fresh process: its time, and its memory above the process's own baseline.

``python -m benchmarks.build ARTICLE`` prints JSON. Each build runs in a process of its
own, so no word cache or allocator state of an earlier build makes it look cheaper, and
the baseline (interpreter, numpy, the engine's modules) is this process's, not a parent's.
"""

from __future__ import annotations

import json
import sys
import time

import retrieval.ranking  # noqa: F401 (imported by complete(): a module, part of the baseline, not the build)
from benchmarks.measure import memory_kb
from retrieval import Engine
from retrieval.terms import tokenize


def measure(path: str) -> dict[str, float]:
    """Build the engine over ``path``: wall and CPU seconds, and KB above the baseline at peak and after."""
    baseline, _ = memory_kb()
    # The build's own CPU time, on this thread: the process's would add what numpy's OpenBLAS
    # threads burn spinning after import (about 8 ms here), which no build asks of them.
    start, cpu = time.perf_counter(), time.thread_time()
    engine = Engine.load(path)
    engine.complete()  # the index and lookups a search builds on first use are part of a build
    seconds, cpu = time.perf_counter() - start, time.thread_time() - cpu
    retained, peak = memory_kb()
    sentences = engine.sentences
    return {
        "build_s": seconds,
        "cpu_s": cpu,
        "peak_kb": peak - baseline,
        "retained_kb": retained - baseline,
        "sentences": len(sentences),
        "quoted": len(engine.speakers.quoted),
        "terms": len({term for s in sentences for term in tokenize(s.text)}),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
