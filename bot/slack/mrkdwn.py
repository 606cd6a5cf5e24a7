"""Outside text for Slack that pings no one and shows as typed: no mention, link or formatting.

Slack reads ``<!here>``, ``<!channel>``, ``<!everyone>``, ``<@U…>``, ``<#C…>`` (and
``<!subteam^…>``) in message text as mentions, and ``<url|label>`` as a link; everything a user
typed or the article says is passed through ``inert`` before it goes back out.

What Slack does, and why the text itself is changed:

- Slack documents escaping for ``&``, ``<`` and ``>`` only; mrkdwn has no escape character, so
  ``*bold*``, ``_italic_``, ``~strike~``, ``code`` in backticks and a line starting ``>`` (even
  written ``&gt;``) format whatever surrounds them.
- Plain URLs are linked even where parsing is off (``verbatim`` text objects, the message
  ``text`` without ``link_names``), and Slack's maintainers say its clients link a URL shown in
  plain text with no way to turn that off; bare domains and e-mail addresses are linked too.

So ``*``, ``_``, ``~`` and backticks become look-alikes that format nothing (the characters
jsx-slack's ``<Escape>`` uses where its date-fallback trick cannot go), an invisible soft hyphen
goes before a ``&gt;`` that starts a line, and web addresses are broken as ``bot.links`` does.
These rest on Slack's documentation and public reports; the tests check the text sent to a
stand-in, not how a real Slack client draws it.
"""

from __future__ import annotations

import re

from bot.links import break_hosts, break_schemes

__all__ = ["escape", "inert", "strip_mention", "unescape"]

# <!here>, <!channel|channel>, <@U123|alice>, <#C123|general>, <!subteam^S1|@team>, <!date^…>.
_SPECIAL = re.compile(r"<([!@#])([^<>|]*)(?:\|([^<>]*))?>")
# Slack's link markup as it arrives in message text: <http://x>, <http://x|label>, <mailto:a@b|a@b>.
_LINK = re.compile(r"<([a-z][a-z0-9+.-]*:[^<>|]*)(?:\|([^<>]*))?>", re.IGNORECASE)
# A zero-width joiner after "@" or "#" keeps the word readable and never a mention.
_JOINER = "\u2060"
# Look-alikes of the characters that open or close formatting: asterisk operator, modifier
# letter low macron, tilde operator, modifier letter grave accent.
_LOOKALIKES = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
# A line starting with ">" (sent as "&gt;") is a quote; an invisible first character stops that.
_QUOTE = re.compile(r"^(?=[ \t]*&gt;)", re.MULTILINE)
_SOFT_HYPHEN = "\u00ad"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as Slack requires them escaped in message text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What the user typed: Slack sends ``&``, ``<`` and ``>`` in message text escaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def inert(text: str) -> str:
    """``text`` safe to echo: readable, but no mention, link or formatting, and escaped.

    ``<@U123|alice>`` reads "@alice", ``<!here>`` reads "@here", ``<#C1|general>`` "#general";
    a zero-width joiner after the sigil means even a client that links bare words cannot ping.
    A link reads as its label (what the person saw), or its address when it has none.
    """

    def label(match: re.Match[str]) -> str:
        sigil, target, shown = match.group(1), match.group(2), match.group(3)
        name = (shown or target).lstrip("@#")
        if sigil == "!":
            name = name.split("^")[0] if not shown else name
            return f"@{_JOINER}{name}"
        return f"{'#' if sigil == '#' else '@'}{_JOINER}{name}"

    text = _SPECIAL.sub(label, text)
    text = _LINK.sub(lambda match: match.group(2) or match.group(1), text)
    text = re.sub(r"([@#])(?=(?:here|channel|everyone)\b)", rf"\1{_JOINER}", text, flags=re.I)
    text = break_hosts(break_schemes(text)).translate(_LOOKALIKES)
    return _QUOTE.sub(_SOFT_HYPHEN, escape(text))


def strip_mention(text: str, user_id: str) -> str:
    """``text`` without the bot's own ``<@Ubot>`` mentions, whitespace squeezed."""
    return " ".join(re.sub(rf"<@{re.escape(user_id)}(?:\|[^>]*)?>", " ", text).split())
