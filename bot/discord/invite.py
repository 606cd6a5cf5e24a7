"""The link that adds the bot to a server: the scopes and permissions it needs, and no more."""

from __future__ import annotations

import discord

__all__ = ["INVITE_PERMISSIONS", "INVITE_SCOPES", "invite_url"]

INVITE_SCOPES = ("bot", "applications.commands")
# Send Messages, Send Messages in Threads (it answers in threads too), Embed Links, Read Message
# History, Use Slash Commands (277025474560, as in the README).
INVITE_PERMISSIONS = discord.Permissions(
    send_messages=True, send_messages_in_threads=True, embed_links=True, read_message_history=True,
    use_application_commands=True,
)


def invite_url(application_id: int | None) -> str:
    """The link that adds the bot to a server, with the scopes and permissions it needs."""
    if application_id is None:
        return "(no application id yet)"
    return discord.utils.oauth_url(application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES)
