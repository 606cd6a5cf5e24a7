"""``python -m benchmarks``: measure start-up, latency, scale, cache and chat, then print one table.

The exit status is 1 when any budget fails, so the run can gate a change. The full run
takes about 6 minutes on two shared cores (10 when they are busy), most of it building and
querying the 10,000× article (378,000 sentences) in three fresh processes of 2 GB each;
``--quick`` stops scale at 1,000× and repeats less (under a minute).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import cache, chat, latency, scale, startup
from benchmarks.measure import Row, render

SECTIONS: dict[str, Callable[[bool], list[Row]]] = {
    "startup": startup.run,
    "latency": latency.run,
    "scale": scale.run,
    "cache": cache.run,
    "chat": chat.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS),
                        help="run only these sections")
    parser.add_argument("--quick", action="store_true", help="scale up to 1,000× only, fewer repeats")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name in args.only:
        print(f"running {name} …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        rows.extend(SECTIONS[name](args.quick))
        print(f"  {name}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"{platform.python_implementation()} {platform.python_version()}, {_cpu()}\n")
    print(render(rows))
    budgets = [r.budget for r in rows if r.budget is not None]
    failed = [b.name for b in budgets if not b.passed]
    verdict = f"; FAIL: {', '.join(failed)}" if failed else ""
    print(f"\n{len(budgets) - len(failed)}/{len(budgets)} budgets pass{verdict}")
    return 1 if failed else 0


def _cpu() -> str:
    """The CPU model (from /proc/cpuinfo on Linux) and how many cores the run could use."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]
        model = names[0] if names else model
    return f"{model}, {os.cpu_count()} cores"


if __name__ == "__main__":
    sys.exit(main())
