"""1. Start-up: the wall time of ``article-bot ask --json`` against bare interpreters.

rank_bm25 (and numpy under it) is the one heavy import a search needs, so the ratio to
``python -c "import rank_bm25"`` shows what everything else costs (the question timed is a
speaker lookup, which imports numpy but not rank_bm25; a search's own cost is shown beside it).
As numpy is most of that denominator, the project's own cost is also given outright: ``ask``
minus ``python -c "import numpy"`` (our imports, reading the seed, answering).
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

from benchmarks.measure import ROOT, Budget, Row, median, time_commands

__all__ = ["run"]

QUESTION = "what did Hua say?"
SEARCH = "what about sanctions?"  # a search also imports rank-bm25 and builds the index
RUNS = 31
RATIO_LIMIT, OWN_LIMIT_MS = 1.5, 40.0


def run(quick: bool = False) -> list[Row]:
    """Time the three processes side by side; check the ratio and the project's own cost."""
    _compile_bytecode()
    script = Path(sys.executable).with_name("article-bot")
    runs = RUNS // 3 if quick else RUNS
    times, cpu = time_commands({
        "ask": [str(script), "ask", "--json", QUESTION],
        "search": [str(script), "ask", "--json", SEARCH],
        "bm25": [sys.executable, "-c", "import rank_bm25"],
        "numpy": [sys.executable, "-c", "import numpy"],
    }, runs)
    ask, bm25, numpy = (median(times[name]) * 1000 for name in ("ask", "bm25", "numpy"))
    # Each round's runs are neighbours in time, so a pair's ratio or difference shrugs off drift.
    pairs = list(zip(times["ask"], times["bm25"], times["numpy"], strict=True))
    ratio = median([a / b for a, b, _ in pairs])
    own = median([(a - n) * 1000 for a, _, n in pairs])
    search = median([(s - n) * 1000 for s, n in zip(times["search"], times["numpy"], strict=True)])
    own_cpu = median([(a - n) * 1000 for a, n in zip(cpu["ask"], cpu["numpy"], strict=True)])
    return [
        Row("start-up", f'`article-bot ask --json "{QUESTION}"`', f"{ask:.0f} ms"),
        Row("start-up", '`python -c "import rank_bm25"` / `python -c "import numpy"`',
            f"{bm25:.0f} ms / {numpy:.0f} ms"),
        Row("start-up", f"ask ÷ import rank_bm25 (median of {runs} side-by-side pairs)", f"{ratio:.2f}",
            Budget("start-up ratio", ratio, RATIO_LIMIT)),
        Row("start-up", "own cost: ask − import numpy (median of the pairs)", f"{own:.0f} ms",
            Budget("start-up own cost", own, OWN_LIMIT_MS, " ms")),
        Row("start-up", f'own cost of a search, `ask --json "{SEARCH}"` − import numpy (no budget)',
            f"{search:.0f} ms"),
        Row("start-up", "own cost in CPU time (what it costs when cores are busy; no budget)",
            f"{own_cpu:.0f} ms"),
    ]


def _compile_bytecode() -> None:
    """Write the bytecode cache of our packages, as ``pip install`` does for rank_bm25's.

    An editable install run with PYTHONDONTWRITEBYTECODE set would otherwise recompile every
    module of ours on every start, while rank_bm25 and numpy load their installed bytecode.
    """
    for package in ("bot", "retrieval"):
        compileall.compile_dir(ROOT / package, quiet=1)
