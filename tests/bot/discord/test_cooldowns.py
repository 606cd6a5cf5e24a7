"""Cooldowns: uses counted per user, and a refused user told once per wait."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.discord.cooldowns import Cooldowns


def test_cooldown_allows_rate_uses_then_refuses():
    """Two uses per minute are allowed; the third raises with the wait, per user."""
    cooldowns = Cooldowns(2, 60)
    cooldowns.check(1)
    cooldowns.check(1)
    with pytest.raises(app_commands.CommandOnCooldown) as refused:
        cooldowns.check(1)
    assert 0 < refused.value.retry_after <= 60
    cooldowns.check(2)  # another user is not affected


def test_only_the_first_refusal_in_a_wait_is_told():
    """A user over the limit is told once per wait; after the wait is over, once again."""
    now = [0.0]
    cooldowns = Cooldowns(1, 60, clock=lambda: now[0])
    assert cooldowns.first_refusal(1, 20)
    now[0] = 19.9
    assert not cooldowns.first_refusal(1, 0.1)
    assert cooldowns.first_refusal(2, 20)  # another user is told too
    now[0] = 20
    assert cooldowns.first_refusal(1, 20)
