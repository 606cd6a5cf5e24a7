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
jsx-slack's ``<Escape>`` uses where its date-fallback trick cannot go), but for an underscore
between two letters or digits of an emoji code (``:thumbs_up:``), which would lose its emoji
and cannot open or close italics there; an invisible soft hyphen
goes before a ``&gt;`` that starts a line, and web addresses are broken as ``bot.links`` does.
These rest on Slack's documentation and public reports; the tests check the text sent to a
stand-in, not how a real Slack client draws it.
"""

from __future__ import annotations

import re

from bot.links import break_hosts, break_schemes
from bot.visible import blank

__all__ = ["escape", "inert", "question_text", "strip_mention", "unescape"]

# <!here>, <!channel|channel>, <@U123|alice>, <#C123|general>, <!subteam^S1|@team>, <!date^…>.
_SPECIAL = re.compile(r"<([!@#])([^<>|]*)(?:\|([^<>]*))?>")
# Slack's link markup as it arrives in message text: <http://x>, <http://x|label>, <mailto:a@b|a@b>.
_LINK = re.compile(r"<([a-z][a-z0-9+.-]*:[^<>|]*)(?:\|([^<>]*))?>", re.IGNORECASE)
# A zero-width joiner after "@" or "#" keeps the word readable and never a mention.
_JOINER = "\u2060"
_BARE_MENTION = re.compile(r"(?<!\w)([@#])(?=\w)")  # "@bob", "#general"; not an e-mail's "@"
# Look-alikes of the characters that open or close formatting: asterisk operator, modifier
# letter low macron, tilde operator, modifier letter grave accent.
_LOOKALIKES = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
# An emoji code with underscores once they are look-alikes (":thumbs\u02cdup:"): each stands
# between letters or digits, where Slack's italics neither open nor close.
_EMOJI_PART = r"[a-z0-9](?:[a-z0-9+'-]*[a-z0-9])?"
_EMOJI = re.compile(rf":{_EMOJI_PART}(?:\u02cd{_EMOJI_PART})+:", re.IGNORECASE)
# A line starting with ">" (sent as "&gt;") is a quote; an invisible first character stops that.
_QUOTE = re.compile(r"^(?=[ \t]*&gt;)", re.MULTILINE)
_SOFT_HYPHEN = "\u00ad"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as Slack requires them escaped in message text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What the user typed: Slack sends ``&``, ``<`` and ``>`` in message text escaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def question_text(text: str) -> str:
    """What the person saw when they typed ``text``, for the engine to read as a question.

    ``<!everyone>`` reads "@everyone", ``<#C1|general>`` "#general", a link its label: the chat
    decoration the engine already sets aside when typed so (it read "<!everyone> what did Hua
    say?" as a search). A person's or group's mention (``<@U1|bob>``, ``<!subteam^S1|@team>``)
    stays as sent: the engine knows it for a chat mention and asks "Who do you mean?", where
    "@bob" read as a name the article doesn't mention. Whitespace is squeezed, ``&``, ``<``,
    ``>`` unescaped; text of invisible characters alone (a zero-width space after a mention) is
    no question: "".
    """
    shown = unescape(" ".join(_LINK.sub(_label, _SPECIAL.sub(_read, text)).split()))
    return "" if blank(shown) else shown


def inert(text: str) -> str:
    """``text`` safe to echo: readable, but no mention, link or formatting, and escaped.

    ``<@U123|alice>`` reads "@alice", ``<!here>`` reads "@here", ``<#C1|general>`` "#general";
    a zero-width joiner after the sigil of these and of any "@word" or "#word" typed as such
    means even a client that links bare words cannot ping.
    A link reads as its label (what the person saw), or its address when it has none.
    """
    text = _LINK.sub(_label, _SPECIAL.sub(_shown, text))
    text = _BARE_MENTION.sub(rf"\1{_JOINER}", text)
    text = break_hosts(break_schemes(text)).translate(_LOOKALIKES)
    text = _EMOJI.sub(lambda emoji: emoji[0].replace("\u02cd", "_"), text)
    return _QUOTE.sub(_SOFT_HYPHEN, escape(text))


def _shown(match: re.Match[str]) -> str:
    """A mention token as Slack shows it: "@alice", "@here", "#general", "@team"; a date its text."""
    sigil, target, shown = match.group(1), match.group(2), match.group(3)
    if sigil == "!" and target.startswith("date^"):  # <!date^1392734382^{date}|Feb 18>: no mention
        return shown or "a date"
    name = (shown or target).lstrip("@#")
    if sigil == "!" and not shown:
        name = name.split("^")[0]
    return f"{'#' if sigil == '#' else '@'}{name}"


def _read(match: re.Match[str]) -> str:
    """A mention token for the engine: a person's or group's as sent, anything else as shown."""
    sigil, target = match.group(1), match.group(2)
    if sigil == "@" or target.startswith("subteam^"):
        return match[0]
    return _shown(match)


def _label(match: re.Match[str]) -> str:
    """A link as Slack shows it: its label, or its address when it has none."""
    return match.group(2) or match.group(1)


def strip_mention(text: str, user_id: str) -> str:
    """``text`` without the bot's own ``<@Ubot>`` mentions, whitespace squeezed."""
    return " ".join(re.sub(rf"<@{re.escape(user_id)}(?:\|[^>]*)?>", " ", text).split())
