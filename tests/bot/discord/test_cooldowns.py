"""Cooldowns: the shared rate limit raised the way discord.py's command checks refuse."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.discord.cooldowns import Cooldowns, OnCooldown


def test_cooldown_allows_rate_uses_then_refuses():
    """Two uses per minute are allowed; the third raises with the wait, per user."""
    cooldowns = Cooldowns(2, 60)
    cooldowns.check(1)
    cooldowns.check(1)
    with pytest.raises(app_commands.CommandOnCooldown) as refused:
        cooldowns.check(1)
    assert 0 < refused.value.retry_after <= 60
    cooldowns.check(2)  # another user is not affected


def test_only_the_first_refusal_in_a_window_is_told():
    """A user over the limit is told once per window; after the window is over, once again."""
    now = [0.0]
    cooldowns = Cooldowns(1, 60, clock=lambda: now[0])
    cooldowns.check(1)
    told = []
    for moment in (1.0, 59.0, 61.0, 62.0):
        now[0] = moment
        try:
            cooldowns.check(1)
            told.append("allowed")
        except OnCooldown as refused:
            told.append(refused.tell)
    assert told == [True, False, "allowed", True]
