"""Sessions Discord keeps ending: after a few in a short while, one line naming the likely cause.

Discord invalidates a session (gateway op 9) when it will not let it go on, as when another
process logs in with the same token; discord.py then identifies again after a pause, and
again, logging each time at INFO only. Nothing crashes, but the operator should know why.
"""

from __future__ import annotations

import logging
import time
from collections import deque

__all__ = ["ENDED_LIMIT", "ENDED_WINDOW", "IDENTIFY_PAUSE", "SessionWatch"]

log = logging.getLogger(__name__)

ENDED_LIMIT, ENDED_WINDOW = 3, 120.0  # sessions ended within so many seconds: say so
# discord.py's own pause before identifying again, so new sessions are not asked for in a loop.
IDENTIFY_PAUSE = 5.0
ANOTHER_COPY = (
    "Discord has ended the bot's session %d times in %.0f s. Is another copy of the bot running with "
    "the same DISCORD_TOKEN? Stop it, or give each copy its own application and token."
)


class SessionWatch:
    """Counts the sessions Discord ended lately, and says once when they come too often."""

    def __init__(self, limit: int = ENDED_LIMIT, window: float = ENDED_WINDOW) -> None:
        self.window = window
        self._ended: deque[float] = deque(maxlen=limit)
        self._told = False

    def ended(self, now: float | None = None) -> None:
        """Note a session that ended without a resume; warn once when ``limit`` fall in ``window``."""
        now = time.monotonic() if now is None else now
        self._ended.append(now)
        full = len(self._ended) == self._ended.maxlen
        if full and now - self._ended[0] <= self.window and not self._told:
            self._told = True
            log.warning(ANOTHER_COPY, len(self._ended), now - self._ended[0])
