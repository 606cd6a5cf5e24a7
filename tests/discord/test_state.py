"""Per-user state: the cooldown counts uses per user."""

from __future__ import annotations

import pytest
from discord import app_commands

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
