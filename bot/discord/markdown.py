"""Outside text (questions, article sentences, names) shown exactly as typed in Discord.

``discord.utils.escape_markdown`` escapes only the first of several masked links, so in
``[a](http://x) and [b](http://y)`` the second stays clickable, and it leaves bare URLs alone.
A message the bot signs must never turn what a user typed into a link, a mention or formatting.
"""

from __future__ import annotations

import re

from bot.links import break_schemes

__all__ = ["inert"]

# Characters that open formatting, masked links ([…](…)), mentions, emoji and timestamps (<…>).
_ANYWHERE = re.compile(r"([\\*_~|`\[\]<>])")
# Headings (#), lists (-, +, 1.) and subtext (-#) only count at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#+-])", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*\d+)\.(?=\s)", re.MULTILINE)


def inert(text: str) -> str:
    """``text`` escaped so Discord renders it as typed: no formatting, links or mentions."""
    text = _ANYWHERE.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    text = _NUMBERED.sub(r"\1\\.", text)
    return break_schemes(text)  # Discord links "scheme://" only, not bare host names
