"""Patterns kept as strings and compiled on first use.

Each pattern compiled is up to a millisecond of a one-shot ``article-bot ask``, and most
are needed only by some questions or some articles (a question's many readings, single
quote marks): a pattern is compiled when first needed, and a question's tried only when
the question holds a word it needs.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["compiled", "gated"]


@cache
def compiled(source: str) -> re.Pattern[str]:
    """``source`` compiled once, on first use: the ``re`` module's own cache costs a look-up per match."""
    return re.compile(source)


def gated(source: str, words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``source`` matched on ``text``, compiled and tried only if ``text`` holds one of ``words``.

    A gate word may let a question through (anywhere, even inside a word), never keep one out.
    """
    for word in words:  # ``in`` in a loop: ``any(map(text.__contains__, …))`` costs 2.5x as much
        if word in text:
            return compiled(source).match(text)
    return None
