"""The per-user rate limit every front end applies, bounded so a busy server cannot grow it.

A user may ask ``rate`` times per ``per`` seconds. The first refusal in a window is told why; later
ones are silent, so a user who keeps trying gets one notice, not one per message (telling a
flooding user to slow down at every message would flood the channel in turn).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.expiring import ExpiringMap

__all__ = ["RateLimit", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a user's request: ``allowed``, or else whether to ``tell`` them and when to retry."""

    allowed: bool
    tell: bool = False
    retry_after: float = 0.0


@dataclass(slots=True)
class _Window:
    start: float
    used: int = 0
    told: bool = False


class RateLimit:
    """At most ``rate`` requests a user per ``per`` seconds, counted in windows that start with a request."""

    def __init__(self, rate: int, per: float, *, maxsize: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        # A window untouched for ``per`` seconds is over, so it can be forgotten.
        self._windows: ExpiringMap[Hashable, _Window] = ExpiringMap(per, maxsize, clock=clock)

    def check(self, user: Hashable) -> Verdict:
        """Count one request by ``user`` and say whether to answer it."""
        now = self._clock()
        window = self._windows.get(user)
        if window is None:
            window = _Window(start=now)
            # Stored with the window's own deadline, so it expires when the window ends.
            self._windows.put(user, window)
        window.used += 1
        if window.used <= self.rate:
            return Verdict(allowed=True)
        tell, window.told = not window.told, True
        return Verdict(allowed=False, tell=tell, retry_after=window.start + self.per - now)
