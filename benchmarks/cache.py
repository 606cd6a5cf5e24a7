"""4. The analysis cache: ``article-bot ask`` twice on a 5 MB article, in fresh processes.

The first run reads the article and writes its analysis to an empty cache folder
(``XDG_CACHE_HOME`` points at a temporary one); the next runs read it back. Wall time is
what a user waits; CPU time (of the child process) is what the run costs on a busy machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, Budget, Row, median
from benchmarks.synthetic import SEED_SENTENCES, generate

__all__ = ["run"]

MEGABYTES = 5.0
CHARS_PER_SENTENCE = 125  # of the synthetic text, to size it
QUESTION = "what did the official say?"
SECOND_LIMIT_S = 0.5


def run(quick: bool = False) -> list[Row]:
    """Time a cold ask (build and store), then warm ones (read back), on one 5 MB article."""
    sentences = MEGABYTES * 1e6 / CHARS_PER_SENTENCE
    text = generate(sentences / SEED_SENTENCES).text
    script = Path(sys.executable).with_name("article-bot")
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(text, encoding="utf-8")
        environment = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / "cache")}
        command = [str(script), "ask", "--article", str(article), QUESTION]
        timed = [_timed(command, environment) for _ in range(2 if quick else 4)]
    (first_wall, first_cpu), warm = timed[0], timed[1:]
    wall, cpu = median([w for w, _ in warm]), median([c for _, c in warm])
    size = f"{len(text.encode()) / 1e6:.1f} MB"
    return [
        Row("cache", f"`ask` on a {size} article, first run (build and store): wall / CPU",
            f"{first_wall:.2f} s / {first_cpu:.2f} s"),
        Row("cache", f"`ask` again (read back; median of {len(warm)}): wall / CPU",
            f"{wall:.2f} s / {cpu:.2f} s", Budget("second ask, 5 MB", wall, SECOND_LIMIT_S, " s")),
    ]


def _timed(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=environment, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
