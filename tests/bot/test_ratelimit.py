"""The per-user rate limit every front end shares: counted per user, told once per window."""

from __future__ import annotations

from bot.ratelimit import RateLimit


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_tells_once_per_window_then_resets():
    """Over the rate, only the first refusal tells the user; a new window allows again."""
    clock = Clock()
    limit = RateLimit(rate=2, per=10.0, clock=clock)
    assert [limit.check("U1").allowed for _ in range(2)] == [True, True]
    refused = [limit.check("U1") for _ in range(3)]
    assert [v.tell for v in refused] == [True, False, False]
    assert not any(v.allowed for v in refused)
    assert refused[0].retry_after == 10.0
    assert limit.check("U2").allowed  # other users have their own window
    clock.now = 10.0
    assert limit.check("U1").allowed


def test_rate_limit_retry_after_counts_down():
    """The wait quoted is what is left of the window."""
    clock = Clock()
    limit = RateLimit(rate=1, per=10.0, clock=clock)
    limit.check("U1")
    clock.now = 4.0
    assert limit.check("U1").retry_after == 6.0
