"""Web addresses in outside text kept readable but never clickable, for every chat platform.

A message the bot signs must not turn what a user typed (or an article says) into a link.
Chat clients link ``scheme://…``; Slack, like many clients, also links bare host names
(``evil.example.com``) and e-mail addresses, even in text an app marks as not to be parsed.
Neither is a markup a platform lets you escape, so the text itself is changed, invisibly or
nearly so: what a linkifier looks for is no longer there.
"""

from __future__ import annotations

import re

__all__ = ["ONE_DOT_LEADER", "ZERO_WIDTH_SPACE", "break_hosts", "break_schemes"]

ZERO_WIDTH_SPACE = "\u200b"
ONE_DOT_LEADER = "\u2024"  # looks like "." but is punctuation, never part of a host name

# "scheme://" is what makes a client treat text as a URL.
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*:)(?=//)")
# A dot between a name and two or more letters ("example.com", "mail.evil.example", "a@b.org"):
# what makes text look like a host name. "U.S.", "e.g.", "3.5" and "Mr. Kim" are left alone.
_HOST_DOT = re.compile(r"(?<=\w)\.(?=[^\W\d_]{2})")


def break_schemes(text: str) -> str:
    """``text`` with a zero-width space after each ``scheme:`` of a ``scheme://``, which ends the URL."""
    return _SCHEME.sub(rf"\1{ZERO_WIDTH_SPACE}", text)


def break_hosts(text: str) -> str:
    """``text`` with the dots of host-like names made one-dot leaders, so no bare domain is linked.

    A zero-width character beside the dot would not do: internationalised host names may hold
    letters a linkifier accepts, and IDNA maps zero-width characters away, so the link would work.
    """
    return _HOST_DOT.sub(ONE_DOT_LEADER, text)
