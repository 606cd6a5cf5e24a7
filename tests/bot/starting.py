"""Waiting for a child bot process to start, before a test sends it a signal."""

from __future__ import annotations

import contextlib
import signal
import time
from pathlib import Path

__all__ = ["wait_until_the_bot_imports"]


def wait_until_the_bot_imports(pid: int) -> None:
    """Until the child catches SIGINT and maps a library from site-packages (numpy), at most 20 s.

    A signal sent while a loaded machine is still starting the interpreter kills it before any of
    the bot runs (status -2): nothing the bot could handle. Linux's /proc shows both (SigCgt bit 2
    once Python installed its handler, the mapping once the bot's first import runs); elsewhere
    this returns at once.
    """
    status, maps = Path(f"/proc/{pid}/status"), Path(f"/proc/{pid}/maps")
    deadline = time.monotonic() + 20
    while maps.exists() and time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
            if int(caught.split()[1], 16) & 1 << (signal.SIGINT - 1) and "site-packages" in maps.read_text():
                return
        time.sleep(0.01)
