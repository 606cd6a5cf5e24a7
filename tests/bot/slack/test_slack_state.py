"""Slack's short-lived memory: events seen, the cooldown that tells once, pages behind buttons."""

from __future__ import annotations

from bot.slack.state import Cooldown, Deliveries, Shelf


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_event_id_is_new_only_once():
    """The first delivery of an event is answered; a re-delivery of the same id is not."""
    seen = Deliveries()
    assert seen.first("Ev1") and seen.first("Ev2")
    assert not seen.first("Ev1")


def test_deliveries_are_bounded():
    """Past maxsize the oldest ids are forgotten, so memory stays flat."""
    seen = Deliveries(maxsize=2)
    for event_id in ("Ev1", "Ev2", "Ev3"):
        seen.first(event_id)
    assert seen.first("Ev1") and not seen.first("Ev3")


def test_cooldown_tells_once_per_window_then_resets():
    """Over the rate, only the first refusal tells the user; a new window allows again."""
    clock = Clock()
    cooldown = Cooldown(rate=2, per=10.0, clock=clock)
    assert [cooldown.check("U1").allowed for _ in range(2)] == [True, True]
    refused = [cooldown.check("U1") for _ in range(3)]
    assert [v.tell for v in refused] == [True, False, False]
    assert not any(v.allowed for v in refused)
    assert refused[0].retry_after == 10.0
    assert cooldown.check("U2").allowed  # other users have their own window
    clock.now = 10.0
    assert cooldown.check("U1").allowed


def test_cooldown_retry_after_counts_down():
    """The wait quoted is what is left of the window."""
    clock = Clock()
    cooldown = Cooldown(rate=1, per=10.0, clock=clock)
    cooldown.check("U1")
    clock.now = 4.0
    assert cooldown.check("U1").retry_after == 6.0


def test_shelf_keeps_under_short_unique_ids():
    """Each thing kept gets its own id that fits a button value; unknown ids give None."""
    shelf: Shelf[str] = Shelf(ttl=60)
    first, second = shelf.keep("a"), shelf.keep("b")
    assert first != second and len(first) <= 16
    assert (shelf.get(first), shelf.get(second), shelf.get("nope")) == ("a", "b", None)
