"""Bounded per-user memory: entries expire after their ttl and the oldest go past maxsize."""

from __future__ import annotations

import threading

from bot.expiring import ExpiringMap


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


def test_threads_storing_at_once_keep_it_bounded():
    """Many threads storing and reading at once neither fail nor grow it past maxsize."""
    memory: ExpiringMap[int, int] = ExpiringMap(ttl=60, maxsize=50)
    failures: list[BaseException] = []

    def hammer(offset: int) -> None:
        try:
            for n in range(2_000):
                memory.put(offset + n, n)
                memory.get(offset + n - 1)
                len(memory)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=hammer, args=(i * 10_000,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and len(memory) == 50
