"""The collector's pause: restored afterwards, and what it made is left out of young collections."""

from __future__ import annotations

import gc

from retrieval.gc_pause import collector_paused


def _in_generation(thing: object, generation: int) -> bool:
    return any(x is thing for x in gc.get_objects(generation=generation))


def test_what_a_pause_made_goes_to_the_oldest_generation() -> None:
    if gc.get_freeze_count():
        gc.unfreeze()  # an earlier test read an engine back: start from nothing frozen
    with collector_paused():
        assert not gc.isenabled()
        made = [[n] for n in range(100)]
    assert gc.isenabled()
    assert not _in_generation(made, 0) and not _in_generation(made, 1)
    assert _in_generation(made, 2)


def test_a_nested_pause_leaves_the_collector_to_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_unfreezes_nothing_frozen_before() -> None:
    with collector_paused(freeze=True):
        kept = [[1], [2]]
    frozen = gc.get_freeze_count()
    with collector_paused():
        made = [[3]]
    assert gc.get_freeze_count() == frozen > 0
    assert not _in_generation(kept, 2)
    assert made
