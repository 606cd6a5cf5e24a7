"""Slack's short-lived memory: events seen, pages behind buttons."""

from __future__ import annotations

from bot.slack.state import Deliveries, Shelf


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


def test_shelf_keeps_under_short_unique_ids():
    """Each thing kept gets its own id that fits a button value; unknown ids give None."""
    shelf: Shelf[str] = Shelf(ttl=60)
    first, second = shelf.keep("a"), shelf.keep("b")
    assert first != second and len(first) <= 16
    assert (shelf.get(first), shelf.get(second), shelf.get("nope")) == ("a", "b", None)
