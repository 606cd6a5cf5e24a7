"""Per-user state: the cooldown counts uses per user; page buttons go when they time out."""

from __future__ import annotations

from unittest.mock import AsyncMock

import discord
import pytest
from discord import app_commands

from bot.discord_replies import Pager
from bot.discord_state import Cooldowns


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
