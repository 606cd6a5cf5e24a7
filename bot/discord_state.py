"""Short-lived per-user memory for the Discord front end, bounded so a busy server cannot grow it."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from discord import app_commands

__all__ = ["Cooldowns", "ExpiringMap"]

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

    def get(self, key: K) -> V | None:
        """The live value stored under ``key``, or None."""
        self._expire()
        entry = self._entries.get(key)
        return None if entry is None else entry[1]

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` for the next ``ttl`` seconds."""
        self._entries.pop(key, None)
        self._entries[key] = (self._clock() + self.ttl, value)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        self._expire()
        return len(self._entries)

    def _expire(self) -> None:
        # Entries are kept in the order they were stored, so expired ones are at the front.
        now = self._clock()
        while self._entries:
            key, (deadline, _) = next(iter(self._entries.items()))
            if deadline > now:
                break
            del self._entries[key]


class Cooldowns:
    """Per-user rate limit shared by mentions and slash commands: ``rate`` uses per ``per`` seconds."""

    def __init__(self, rate: int, per: float, *, maxsize: int = 10_000) -> None:
        self.rate = rate
        self.per = per
        # A bucket untouched for ``per`` seconds is full again, so it can be forgotten.
        self._buckets: ExpiringMap[int, app_commands.Cooldown] = ExpiringMap(per, maxsize)

    def check(self, user_id: int) -> None:
        """Count one use by ``user_id``; raise ``CommandOnCooldown`` if they are over the limit."""
        bucket = self._buckets.get(user_id) or app_commands.Cooldown(self.rate, self.per)
        self._buckets.put(user_id, bucket)
        retry_after = bucket.update_rate_limit()
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(bucket, retry_after)
