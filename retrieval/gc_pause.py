"""Building an engine allocates millions of objects that all stay alive: pause the collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the engine builds, as Mercurial's ``nogc`` does.

    Building allocates millions of objects that all stay alive (tokens, entities, postings);
    the collector would rescan them again and again as they pile up, about a fifth of the
    build time on a 36,000-sentence article. The previous state is restored afterwards.
    With ``freeze``, for work that makes only what stays (reading an engine back), whatever
    exists then is moved out of the collector's reach (``gc.freeze``): otherwise its first
    pass after the pause scans every one of those objects, 0.15 s on a 5 MB article.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
