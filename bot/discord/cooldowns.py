"""The shared per-user rate limit, in the form discord.py's command checks expect."""

from __future__ import annotations

import time
from collections.abc import Callable

from discord import app_commands

from bot.ratelimit import RateLimit

__all__ = ["Cooldowns", "OnCooldown"]


class OnCooldown(app_commands.CommandOnCooldown):
    """A refused use; ``tell`` is True only for the first refusal in the user's window."""

    def __init__(self, cooldown: app_commands.Cooldown, retry_after: float, *, tell: bool) -> None:
        super().__init__(cooldown, retry_after)
        self.tell = tell


class Cooldowns:
    """The rate limit shared by mentions, slash commands and buttons: ``rate`` uses per ``per`` seconds."""

    def __init__(
        self, rate: int, per: float, *, maxsize: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._limit = RateLimit(rate, per, maxsize=maxsize, clock=clock)

    def check(self, user_id: int) -> None:
        """Count one use by ``user_id``; raise ``OnCooldown`` if they are over the limit.

        Raising is what an ``app_commands.check`` does to refuse, and the tree's error handler
        then answers the interaction with the wait.
        """
        verdict = self._limit.check(user_id)
        if not verdict.allowed:
            cooldown = app_commands.Cooldown(self._limit.rate, self._limit.per)
            raise OnCooldown(cooldown, verdict.retry_after, tell=verdict.tell)
