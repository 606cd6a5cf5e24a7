"""Timing helpers and the budget table that ``python -m benchmarks`` prints.

The machines these run on are small and noisy, so every figure is a median over repeated
runs and every comparison is a ratio of two things timed side by side in the same run.
"""

from __future__ import annotations

import json
import math
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ROOT", "Budget", "Row", "child", "growth", "median", "memory_kb", "percentile", "render",
           "time_commands"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Budget:
    """One figure checked against its limit: PASS when ``value <= limit``."""

    name: str
    value: float
    limit: float
    unit: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.limit


@dataclass(frozen=True, slots=True)
class Row:
    """A line of the results table: what was measured, the figure, and its budget if it has one."""

    section: str
    what: str
    figure: str
    budget: Budget | None = None


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank ``p``-th percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def growth(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The exponent k in value ~ size**k between the two largest sizes (1.0 is linear)."""
    return math.log(values[-1] / values[-2]) / math.log(sizes[-1] / sizes[-2])


def memory_kb() -> tuple[int, int]:
    """This process's resident memory now and at its peak (VmRSS, VmHWM), in KB.

    Unlike ``ru_maxrss``, which Linux carries over from the parent through ``exec``,
    VmHWM belongs to this process's own address space, so a fresh process starts afresh.
    """
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def child(module: str, *args: str) -> dict:
    """Run ``python -m module args`` in a fresh process and read the JSON it prints."""
    done = subprocess.run([sys.executable, "-m", module, *args], check=True, capture_output=True,
                          text=True, cwd=ROOT)
    return json.loads(done.stdout)


def time_commands(commands: dict[str, list[str]], runs: int,
                  ) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU time of each command, in seconds, over ``runs`` rounds that interleave them.

    Interleaving spreads any background noise over all commands alike, so ratios stay fair.
    CPU time (the child's user and system time) is what a run costs; on a busy machine the
    wall time also counts the waits for a core.
    """
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def render(rows: Sequence[Row]) -> str:
    """The table: section, measurement, figure, then the budget and PASS/FAIL where there is one."""
    header = ("", "measurement", "figure", "budget", "")
    lines = [
        (r.section, r.what, r.figure,
         f"≤ {_number(r.budget.limit)}{r.budget.unit}" if r.budget else "",
         ("PASS" if r.budget.passed else "FAIL") if r.budget else "")
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (header, *lines)) for i in range(5)]
    out = [_line(header, widths), _line(tuple("-" * w for w in widths), widths)]
    out.extend(_line(line, widths) for line in lines)
    return "\n".join(out)


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"


def _number(x: float) -> str:
    return f"{x:g}"
