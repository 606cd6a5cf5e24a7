"""Text for Slack that pings no one: mention syntax neutralised, ``&``, ``<`` and ``>`` escaped.

Slack reads ``<!here>``, ``<!channel>``, ``<!everyone>``, ``<@U…>``, ``<#C…>`` (and
``<!subteam^…>``) in message text as mentions, so anything a user typed or the article says
is passed through ``inert`` before it goes back out.
"""

from __future__ import annotations

import re

__all__ = ["escape", "inert", "strip_mention", "unescape"]

# <!here>, <!channel|channel>, <@U123|alice>, <#C123|general>, <!subteam^S1|@team>, <!date^…>.
_SPECIAL = re.compile(r"<([!@#])([^<>|]*)(?:\|([^<>]*))?>")
# A zero-width joiner after "@" or "#" keeps the word readable and never a mention.
_JOINER = "\u2060"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as Slack requires them escaped in message text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What the user typed: Slack sends ``&``, ``<`` and ``>`` in message text escaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def inert(text: str) -> str:
    """``text`` safe to echo: each mention token becomes its readable label, then all is escaped.

    ``<@U123|alice>`` reads "@alice", ``<!here>`` reads "@here", ``<#C1|general>`` "#general";
    a zero-width joiner after the sigil means even a client that links bare words cannot ping.
    """

    def label(match: re.Match[str]) -> str:
        sigil, target, shown = match.group(1), match.group(2), match.group(3)
        name = (shown or target).lstrip("@#")
        if sigil == "!":
            name = name.split("^")[0] if not shown else name
            return f"@{_JOINER}{name}"
        return f"{'#' if sigil == '#' else '@'}{_JOINER}{name}"

    text = _SPECIAL.sub(label, text)
    text = re.sub(r"([@#])(?=(?:here|channel|everyone)\b)", rf"\1{_JOINER}", text, flags=re.I)
    return escape(text)


def strip_mention(text: str, user_id: str) -> str:
    """``text`` without the bot's own ``<@Ubot>`` mentions, whitespace squeezed."""
    return " ".join(re.sub(rf"<@{re.escape(user_id)}(?:\|[^>]*)?>", " ", text).split())
