"""Waiting for a child bot process to start, before a test sends it a signal."""

from __future__ import annotations

import contextlib
import signal
import time
from pathlib import Path

__all__ = ["wait_until_the_bot_imports"]


def wait_until_the_bot_imports(pid: int) -> None:
    """Until the child runs the bot, catches SIGINT and maps a library from site-packages (numpy).

    A signal sent while a loaded machine is still starting the interpreter kills it before any of
    the bot runs (status -2): nothing the bot could handle. Linux's /proc shows all three: the
    command line differs from this test's once the child has exec'd (until then it is a copy of
    this process, which has both the handler and numpy: the wait must not end there), SigCgt bit
    2 once Python installed its handler, the mapping once the bot's first import runs. At most
    20 s; elsewhere this returns at once.
    """
    status, maps, cmdline = (Path(f"/proc/{pid}/{name}") for name in ("status", "maps", "cmdline"))
    ours = Path("/proc/self/cmdline").read_bytes()
    deadline = time.monotonic() + 20
    while maps.exists() and time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):
            if cmdline.read_bytes() == ours:
                time.sleep(0.01)
                continue
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
            if int(caught.split()[1], 16) & 1 << (signal.SIGINT - 1) and "site-packages" in maps.read_text():
                return
        time.sleep(0.01)
