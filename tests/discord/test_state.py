"""Per-user memory: entries expire and stay bounded; the cooldown counts uses per user."""

from __future__ import annotations

from unittest.mock import AsyncMock

import discord
import pytest
from discord import app_commands

from bot.discord_replies import Pager
from bot.discord_state import Cooldowns, ExpiringMap


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_entries_expire_after_ttl():
    """An entry is there until ttl seconds after it was stored, then gone."""
    clock = Clock()
    memory: ExpiringMap[str, int] = ExpiringMap(ttl=300, maxsize=10, clock=clock)
    memory.put("alice", 1)
    clock.now = 299
    assert memory.get("alice") == 1
    clock.now = 300
    assert memory.get("alice") is None
    assert len(memory) == 0


def test_storing_again_restarts_the_ttl():
    """Storing under a key again keeps it alive for another ttl."""
    clock = Clock()
    memory: ExpiringMap[str, int] = ExpiringMap(ttl=10, maxsize=10, clock=clock)
    memory.put("alice", 1)
    clock.now = 8
    memory.put("alice", 2)
    clock.now = 15
    assert memory.get("alice") == 2


def test_size_is_bounded_forgetting_the_oldest():
    """Past maxsize, the least recently stored entries are forgotten."""
    memory: ExpiringMap[int, int] = ExpiringMap(ttl=60, maxsize=3)
    for user in range(5):
        memory.put(user, user)
    assert len(memory) == 3
    assert [memory.get(u) for u in range(5)] == [None, None, 2, 3, 4]


def test_cooldown_allows_rate_uses_then_refuses():
    """Two uses per minute are allowed; the third raises with the wait, per user."""
    cooldowns = Cooldowns(2, 60)
    cooldowns.check(1)
    cooldowns.check(1)
    with pytest.raises(app_commands.CommandOnCooldown) as refused:
        cooldowns.check(1)
    assert 0 < refused.value.retry_after <= 60
    cooldowns.check(2)  # another user is not affected


@pytest.mark.asyncio
async def test_pager_timeout_removes_the_buttons():
    """When the buttons time out they are taken off the message."""
    pager = Pager([discord.Embed(), discord.Embed()], postable=True)
    pager.message = AsyncMock(spec=discord.Message)
    await pager.on_timeout()
    pager.message.edit.assert_awaited_once_with(view=None)
