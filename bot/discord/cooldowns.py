"""Per-user rate limits for the Discord front end, bounded so a busy server cannot grow them."""

from __future__ import annotations

import time
from collections.abc import Callable

from discord import app_commands

from bot.expiring import ExpiringMap

__all__ = ["Cooldowns"]


class Cooldowns:
    """Per-user rate limit shared by mentions and slash commands: ``rate`` uses per ``per`` seconds."""

    def __init__(
        self, rate: int, per: float, *, maxsize: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        # A bucket untouched for ``per`` seconds is full again, so it can be forgotten.
        self._buckets: ExpiringMap[int, app_commands.Cooldown] = ExpiringMap(per, maxsize)
        self._told: ExpiringMap[int, float] = ExpiringMap(per, maxsize, clock=clock)  # user -> end of wait

    def check(self, user_id: int) -> None:
        """Count one use by ``user_id``; raise ``CommandOnCooldown`` if they are over the limit."""
        bucket = self._buckets.get(user_id) or app_commands.Cooldown(self.rate, self.per)
        self._buckets.put(user_id, bucket)
        retry_after = bucket.update_rate_limit()
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(bucket, retry_after)

    def first_refusal(self, user_id: int, retry_after: float) -> bool:
        """True only for the first refusal of ``user_id`` in a wait of ``retry_after`` seconds.

        Telling a flooding user to slow down at every message would flood the channel in turn.
        """
        now = self._clock()
        told_until = self._told.get(user_id)
        if told_until is not None and now < told_until:
            return False
        self._told.put(user_id, now + retry_after)
        return True
