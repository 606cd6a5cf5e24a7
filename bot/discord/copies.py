"""Signs that another copy of the bot runs on the same token, each told once in one clear line.

Two processes on one token both answer every question, or have their sessions ended by
Discord, and neither fails: the operator would see only doubled answers or INFO lines. Two
signs are watched. Sessions Discord keeps ending (gateway op 9): discord.py identifies again
after a pause, and again, logging each at INFO only. Messages posted as the bot that this
process never sent: Discord sends the bot its own messages too, so another copy's answers
arrive as the bot's messages with ids this one does not know.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

import discord

from bot.expiring import ExpiringMap

__all__ = ["ENDED_LIMIT", "ENDED_WINDOW", "IDENTIFY_PAUSE", "OWN_POST_GRACE", "OwnPosts", "SessionWatch"]

log = logging.getLogger(__name__)

ENDED_LIMIT, ENDED_WINDOW = 3, 120.0  # sessions ended within so many seconds: say so
# discord.py's own pause before identifying again, so new sessions are not asked for in a loop.
IDENTIFY_PAUSE = 5.0
# How long after one of the bot's messages arrives its id may still be on its way back from the
# request that posted it (the gateway event often comes first).
OWN_POST_GRACE = 10.0
# The ids this process posted, kept as long as a resumed session may replay their messages after
# a gateway outage (the REST API can work meanwhile), so that a replay never reads as another copy.
POSTS_SECONDS, POSTS_KEPT = 30 * 60.0, 10_000
ANOTHER_COPY = (
    "%s. Is another copy of the bot running with the same DISCORD_TOKEN? Each copy answers every "
    "question: stop one, or give each its own application and token."
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
            times, span = len(self._ended), now - self._ended[0]
            log.warning(ANOTHER_COPY, f"Discord has ended the bot's session {times} times in {span:.0f} s")


class OwnPosts:
    """The messages this process posted, to tell another copy's answers from its own."""

    def __init__(self) -> None:
        self._sent: ExpiringMap[int, bool] = ExpiringMap(POSTS_SECONDS, POSTS_KEPT)
        self._told = False

    def sent(self, message: discord.Message) -> None:
        """Note a message this process posted."""
        self._sent.put(message.id, True)

    def seen(self, message: discord.Message) -> None:
        """A plain message posted as the bot arrived: after the grace, check that this process sent it.

        Interaction responses and webhook posts are left out: this process tracks chat answers only.
        """
        if self._told or message.webhook_id is not None or message.interaction_metadata is not None:
            return
        asyncio.get_running_loop().call_later(OWN_POST_GRACE, self._check, message.id, message.channel.id)

    def _check(self, message_id: int, channel_id: int) -> None:
        if self._told or self._sent.get(message_id):
            return
        self._told = True
        log.warning(ANOTHER_COPY, f"Message {message_id} in channel {channel_id} was posted as the bot, "
                                  "but not by this process")
