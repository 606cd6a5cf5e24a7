"""1. Start-up: the wall time of ``article-bot ask --json`` against ``python -c "import rank_bm25"``.

rank_bm25 (and numpy under it) is the one heavy import the ask path needs, so the ratio
shows what everything else costs: our imports, reading and indexing the seed, answering.
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

from benchmarks.measure import ROOT, Budget, Row, median, time_commands

__all__ = ["run"]

QUESTION = "what did Hua say?"
RUNS = 31
RATIO_LIMIT = 1.5


def run() -> list[Row]:
    """Time both processes side by side and check the ratio."""
    _compile_bytecode()
    script = Path(sys.executable).with_name("article-bot")
    times = time_commands(
        {"ask": [str(script), "ask", "--json", QUESTION], "bm25": [sys.executable, "-c", "import rank_bm25"]},
        RUNS,
    )
    ask, bm25 = median(times["ask"]), median(times["bm25"])
    # Each round's two runs are neighbours in time, so the ratio of a pair shrugs off drift.
    ratio = median([a / b for a, b in zip(times["ask"], times["bm25"], strict=True)])
    return [
        Row("start-up", f'`article-bot ask --json "{QUESTION}"`', f"{ask * 1000:.0f} ms"),
        Row("start-up", '`python -c "import rank_bm25"`', f"{bm25 * 1000:.0f} ms"),
        Row("start-up", f"ratio (median of {RUNS} side-by-side pairs)", f"{ratio:.2f}",
            Budget("start-up ratio", ratio, RATIO_LIMIT)),
    ]


def _compile_bytecode() -> None:
    """Write the bytecode cache of our packages, as ``pip install`` does for rank_bm25's.

    An editable install run with PYTHONDONTWRITEBYTECODE set would otherwise recompile every
    module of ours on every start, while rank_bm25 and numpy load their installed bytecode.
    """
    for package in ("bot", "retrieval"):
        compileall.compile_dir(ROOT / package, quiet=1)
