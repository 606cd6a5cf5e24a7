"""Echoed text never pings: mention syntax becomes plain words, and & < > are escaped once."""

from __future__ import annotations

import pytest

from bot.slack.mrkdwn import escape, inert, strip_mention, unescape

J = "\u2060"  # the joiner inert puts after @ and #


@pytest.mark.parametrize(("typed", "shown"), [
    ("<!everyone>", f"@{J}everyone"),
    ("<!here>", f"@{J}here"),
    ("<!channel|channel>", f"@{J}channel"),
    ("<@U123>", f"@{J}U123"),
    ("<@U123|alice>", f"@{J}alice"),
    ("<#C123|general>", f"#{J}general"),
    ("<!subteam^S1|@team>", f"@{J}team"),
    ("<!subteam^S1>", f"@{J}subteam"),
])
def test_mention_syntax_becomes_plain_words(typed, shown):
    """Each mention token reads as its label and has no angle brackets left."""
    assert inert(f"ask {typed} now") == f"ask {shown} now"


def test_bare_words_get_the_joiner_too():
    """A plain "@here" or "#channel" can never be linked into a mention."""
    assert inert("@here and @everyone") == f"@{J}here and @{J}everyone"


def test_ampersand_and_brackets_are_escaped():
    """& < > come out as Slack's entities, & first so nothing is escaped twice."""
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert inert("<b>") == "&lt;b&gt;"


def test_unescape_reverses_what_slack_sent():
    """Slack's escaped message text turns back into what was typed."""
    assert unescape("a &lt; b &amp;lt; c &gt;") == "a < b &lt; c >"


def test_strip_mention_removes_only_the_bot():
    """The bot's own mention goes; other people's stay for inert to handle."""
    assert strip_mention("<@UBOT> what did <@U1> say? <@UBOT|bot>", "UBOT") == "what did <@U1> say?"
