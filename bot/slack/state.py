"""What the Slack front end remembers for a while, each bounded so a busy workspace cannot grow it.

Slack re-delivers an event it thinks was not acknowledged, and Bolt runs the listener again, so
events are remembered by id (``Deliveries``). Answers with buttons keep their pages, whose they
are and whether they were shared, for as long as the buttons work (``Shelf`` of ``Shown``). The
per-user rate limit is every front end's (``bot.ratelimit``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.expiring import ExpiringMap
from bot.slack.blocks import Page

__all__ = ["Deliveries", "Shelf", "Shown"]

T = TypeVar("T")


class Deliveries:
    """Event ids seen lately: ``first`` is True only the first time an id is offered."""

    def __init__(self, ttl: float = 60 * 60.0, maxsize: int = 10_000) -> None:
        # Slack retries within minutes (three times: at once, after 1 min, after 5 min).
        self._seen: ExpiringMap[str, bool] = ExpiringMap(ttl, maxsize)

    def first(self, event_id: str) -> bool:
        """Whether ``event_id`` is new; from now on it is not."""
        if self._seen.get(event_id):
            return False
        self._seen.put(event_id, True)
        return True


@dataclass(frozen=True, slots=True)
class Shown:
    """An answer's pages behind its buttons: only ``owner`` (who asked) turns or shares them, once."""

    owner: str
    pages: tuple[Page, ...]
    shared: bool = False


class Shelf(Generic[T]):
    """Things kept under a short random id for a while, e.g. the pages behind an answer's buttons."""

    def __init__(self, ttl: float, maxsize: int = 1_000) -> None:
        self._items: ExpiringMap[str, T] = ExpiringMap(ttl, maxsize)

    def keep(self, item: T) -> str:
        """Store ``item``; returns its id (short, so it fits in a button's value with room to spare)."""
        key = secrets.token_urlsafe(9)
        self._items.put(key, item)
        return key

    def replace(self, key: str, item: T) -> None:
        """Keep ``item`` under ``key`` instead of what was there."""
        self._items.put(key, item)

    def get(self, key: str) -> T | None:
        """The item kept under ``key``, or None once it was forgotten."""
        return self._items.get(key)
