"""Registering the slash commands with Discord, at no cost when nothing changed.

Global commands are compared with the ones Discord already has (one GET) and published only
when they differ, so a first run needs no extra step and a restart sends no sync. A dev server
(``DISCORD_GUILD_ID``) gets its copy at every start, which shows at once; ``--sync`` forces
a global publish.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

__all__ = ["same_commands", "sync_commands"]

log = logging.getLogger(__name__)

JSON = dict[str, Any]

# What a command and an option are made of, with the value Discord gives a field left out.
_COMMAND = {"name": None, "description": "", "type": 1, "nsfw": False, "default_member_permissions": None,
            "contexts": None, "integration_types": None, "options": []}
_OPTION = {"name": None, "description": "", "type": None, "required": False, "autocomplete": False,
           "min_value": None, "max_value": None, "min_length": None, "max_length": None,
           "choices": [], "channel_types": [], "options": []}
# Discord fills these in when a command leaves them out: only a value the bot sets is compared.
_FILLED_IN = {"contexts", "integration_types"}


async def sync_commands(tree: app_commands.CommandTree, guild_id: int | None, force_global: bool) -> None:
    """Register ``tree``'s commands: in the dev server if given, and globally when they changed."""
    if guild_id is not None:
        await _sync_guild(tree, guild_id)
    if force_global:
        synced = await tree.sync()
        log.info("Published %d global slash commands (--sync); Discord may take a while.", len(synced))
    elif guild_id is None:
        await _sync_global_if_changed(tree)


async def _sync_guild(tree: app_commands.CommandTree, guild_id: int) -> None:
    guild = discord.Object(guild_id)
    tree.copy_global_to(guild=guild)
    try:
        synced = await tree.sync(guild=guild)
    except discord.Forbidden:
        log.error(
            "Discord refused slash commands in server %s (DISCORD_GUILD_ID): invite the bot there "
            "with the applications.commands scope (see README).",
            guild_id,
        )
    else:
        log.info("Synced %d slash commands to server %s", len(synced), guild_id)


async def _sync_global_if_changed(tree: app_commands.CommandTree) -> None:
    client = tree.client
    assert client.application_id is not None, "set by login"
    remote = await client.http.get_global_commands(client.application_id)
    local = [command.to_dict(tree) for command in tree.get_commands()]
    if same_commands(local, remote):
        log.info("Global slash commands are up to date (%d).", len(local))
        return
    synced = await tree.sync()
    log.info("Published %d global slash commands; Discord may take a while to show them.", len(synced))


def same_commands(local: Iterable[JSON], remote: Iterable[JSON]) -> bool:
    """Whether Discord's commands (``remote``) already are the bot's (``local``).

    Order and the fields Discord adds (ids, versions, defaults it fills in) do not count.
    """
    mine = {c["name"]: c for c in local}
    theirs = {c["name"]: c for c in remote}
    return mine.keys() == theirs.keys() and all(
        _same(mine[name], theirs[name], _COMMAND) for name in mine
    )


def _same(local: JSON, remote: JSON, fields: dict[str, Any]) -> bool:
    """Whether two commands (or two options) agree on ``fields``; a missing field is its default."""
    for field, default in fields.items():
        mine, theirs = _value(local, field, default), _value(remote, field, default)
        if field in _FILLED_IN and mine is None:
            continue
        if field == "options":
            pairs = list(zip(mine, theirs, strict=False))
            if len(mine) != len(theirs) or not all(_same(a, b, _OPTION) for a, b in pairs):
                return False
        elif field == "choices":
            if [(c["name"], c["value"]) for c in mine] != [(c["name"], c["value"]) for c in theirs]:
                return False
        elif mine != theirs:
            return False
    return True


def _value(payload: JSON, field: str, default: Any) -> Any:
    value = payload.get(field)
    return default if value is None else value
