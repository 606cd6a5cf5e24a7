"""A bounded, expiring mapping: short-lived memory per user that a busy server cannot grow.

Front ends keep conversations and rate limits in it. It is safe to use from several threads
(Discord answers in worker threads, Slack's Bolt runs listeners in a thread pool).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["ExpiringMap"]

K = TypeVar("K")
V = TypeVar("V")


class ExpiringMap(Generic[K, V]):
    """A mapping whose entries vanish ``ttl`` seconds after they were last stored.

    At most ``maxsize`` entries are kept; storing one more forgets the least recently stored.
    """

    def __init__(self, ttl: float, maxsize: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.maxsize = maxsize
        self._clock = clock
        self._entries: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The live value stored under ``key``, or None."""
        with self._lock:
            self._expire()
            entry = self._entries.get(key)
        return None if entry is None else entry[1]

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` for the next ``ttl`` seconds."""
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = (self._clock() + self.ttl, value)
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._entries)

    def _expire(self) -> None:
        # Entries are kept in the order they were stored, so expired ones are at the front.
        # The caller holds the lock.
        now = self._clock()
        while self._entries:
            key, (deadline, _) = next(iter(self._entries.items()))
            if deadline > now:
                break
            del self._entries[key]
