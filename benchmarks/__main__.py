"""``python -m benchmarks``: measure start-up, latency, scale and chat, then print one table.

The exit status is 1 when any budget fails, so the run can gate a change.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks import chat, latency, scale, startup
from benchmarks.measure import Row, render

SECTIONS: dict[str, Callable[[], list[Row]]] = {
    "startup": startup.run,
    "latency": latency.run,
    "scale": scale.run,
    "chat": chat.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS),
                        help="run only these sections")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name in args.only:
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(SECTIONS[name]())
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
