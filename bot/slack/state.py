"""What the Slack front end remembers for a while, each bounded so a busy workspace cannot grow it.

Slack re-delivers an event it thinks was not acknowledged, and Bolt runs the listener again, so
events are remembered by id (``Deliveries``). Each user has a rate limit that says so once per
window (``Cooldown``). Answers with buttons keep their pages for as long as the buttons work
(``Shelf``).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.expiring import ExpiringMap

__all__ = ["Cooldown", "Deliveries", "Shelf", "Verdict"]

T = TypeVar("T")


class Deliveries:
    """Event ids seen lately: ``first`` is True only the first time an id is offered."""

    def __init__(self, ttl: float = 60 * 60.0, maxsize: int = 10_000) -> None:
        # Slack retries within minutes (three times: at once, after 1 min, after 5 min).
        self._seen: ExpiringMap[str, bool] = ExpiringMap(ttl, maxsize)

    def first(self, event_id: str) -> bool:
        """Whether ``event_id`` is new; from now on it is not."""
        if self._seen.get(event_id):
            return False
        self._seen.put(event_id, True)
        return True


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


class Cooldown:
    """At most ``rate`` requests a user per ``per`` seconds; the first refused in a window is told why.

    Later refusals in the same window are silent, so a user who keeps trying gets one notice, not one
    per message.
    """

    def __init__(self, rate: int, per: float, *, maxsize: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        # A window untouched for ``per`` seconds is over, so it can be forgotten.
        self._windows: ExpiringMap[str, _Window] = ExpiringMap(per, maxsize, clock=clock)

    def check(self, user: str) -> Verdict:
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


class Shelf(Generic[T]):
    """Things kept under a short random id for a while, e.g. the pages behind an answer's buttons."""

    def __init__(self, ttl: float, maxsize: int = 1_000) -> None:
        self._items: ExpiringMap[str, T] = ExpiringMap(ttl, maxsize)

    def keep(self, item: T) -> str:
        """Store ``item``; returns its id (short, so it fits in a button's value with room to spare)."""
        key = secrets.token_urlsafe(9)
        self._items.put(key, item)
        return key

    def get(self, key: str) -> T | None:
        """The item kept under ``key``, or None once it was forgotten."""
        return self._items.get(key)
