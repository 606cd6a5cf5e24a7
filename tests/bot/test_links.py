"""Web addresses stay readable but are never links, whatever the platform."""

from __future__ import annotations

import pytest

from bot.links import ONE_DOT_LEADER as DOT
from bot.links import ZERO_WIDTH_SPACE as ZWSP
from bot.links import break_hosts, break_schemes


@pytest.mark.parametrize(("text", "broken"), [
    ("http://evil.example/a", f"http:{ZWSP}//evil.example/a"),
    ("see HTTPS://x and ftp://y", f"see HTTPS:{ZWSP}//x and ftp:{ZWSP}//y"),
    ("mailto:a@b.org and a time 10:30", "mailto:a@b.org and a time 10:30"),
])
def test_break_schemes_splits_only_scheme_slashes(text, broken):
    """A zero-width space after "scheme:" ends the URL; a colon without "//" is left alone."""
    assert break_schemes(text) == broken


@pytest.mark.parametrize(("text", "broken"), [
    ("evil.example", f"evil{DOT}example"),
    ("mail.evil.co.uk/path", f"mail{DOT}evil{DOT}co{DOT}uk/path"),
    ("hua@ministry.cn", f"hua@ministry{DOT}cn"),
    ("U.S. e.g. 3.5 v2.0 Mr. Kim. End.", "U.S. e.g. 3.5 v2.0 Mr. Kim. End."),
])
def test_break_hosts_changes_only_host_like_dots(text, broken):
    """Dots that make a host name become one-dot leaders; abbreviations and numbers keep theirs."""
    assert break_hosts(text) == broken
