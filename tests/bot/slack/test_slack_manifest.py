"""The app manifest in the repo asks Slack for exactly what the code uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.settings import SlackCommands

MANIFEST = Path(__file__).resolve().parents[3] / "slack-manifest.yaml"
HISTORY_SCOPE = {"message.channels": "channels:history", "message.groups": "groups:history",
                 "message.im": "im:history", "message.mpim": "mpim:history"}


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_slash_commands_are_the_default_names(manifest):
    """Each command the bot answers by default is declared, and no other."""
    declared = {c["command"] for c in manifest["features"]["slash_commands"]}
    assert declared == {getattr(SlackCommands(), name) for name in SlackCommands.__slots__}


def test_events_and_their_scopes(manifest):
    """Mentions, thread replies and DMs are subscribed, each message event with its history scope."""
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mention", "message.channels", "message.im"} <= set(events)
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # DMs can be sent
    assert {"app_mentions:read", "chat:write", "commands"} <= scopes
    assert all(HISTORY_SCOPE[e] in scopes for e in events if e.startswith("message."))
    assert len(scopes) == 3 + sum(e.startswith("message.") for e in events)  # nothing more


def test_socket_mode_and_buttons_are_on(manifest):
    """Socket Mode (no public URL) and interactivity (the buttons) are enabled."""
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["bot_user"]["display_name"]
