"""Slash command registration: the first run publishes them, a restart sends no sync, a change does."""

from __future__ import annotations

import copy
import logging

import pytest
from standin import StandIn

from bot.__main__ import build_parser
from bot.discord.sync import same_commands

GLOBAL = r"/applications/{app}/commands"
NAMES = {"ask", "speaker", "speakers", "sentence", "about"}


@pytest.mark.asyncio
async def test_first_run_publishes_the_commands_globally(start_bot, standin: StandIn):
    """Without DISCORD_GUILD_ID or --sync, a bot whose commands Discord lacks publishes them."""
    await start_bot(guild_id=None)
    assert {c["name"] for c in standin.commands[None]} == NAMES
    assert len(standin.requests_to("GET", GLOBAL)) == len(standin.requests_to("PUT", GLOBAL)) == 1


@pytest.mark.asyncio
async def test_restart_with_the_same_commands_sends_no_sync(start_bot, standin: StandIn):
    """A second start finds the same commands on Discord (one GET) and publishes nothing."""
    first = await start_bot(guild_id=None)
    await first.close()
    await start_bot(guild_id=None)
    assert len(standin.requests_to("GET", GLOBAL)) == 2
    assert len(standin.requests_to("PUT", GLOBAL)) == 1


@pytest.mark.asyncio
async def test_changed_commands_are_published_again(start_bot, standin: StandIn):
    """When Discord's copy differs (an older description, a missing command) the bot syncs."""
    first = await start_bot(guild_id=None)
    await first.close()
    standin.commands[None][0]["description"] = "an older description"
    standin.commands[None].pop()
    await start_bot(guild_id=None)
    assert len(standin.requests_to("PUT", GLOBAL)) == 2
    assert {c["name"] for c in standin.commands[None]} == NAMES


@pytest.mark.asyncio
async def test_sync_flag_publishes_even_when_unchanged(start_bot, standin: StandIn):
    """--sync publishes the commands whatever Discord has: the explicit way to force it."""
    first = await start_bot(guild_id=None)
    await first.close()
    await start_bot(guild_id=None, sync_global=True)
    assert len(standin.requests_to("PUT", GLOBAL)) == 2


def command(**changes: object) -> dict:
    base = {
        "name": "ask", "description": "Ask.", "type": 1, "nsfw": False, "dm_permission": True,
        "default_member_permissions": None, "contexts": None, "integration_types": None,
        "options": [{"type": 3, "name": "question", "description": "q", "required": True,
                     "min_length": 1, "max_length": 300}],
    }
    return base | changes


def as_discord_returns(payload: dict) -> dict:
    """The command as Discord sends it back: ids, versions and defaults filled in."""
    returned = copy.deepcopy(payload) | {"id": "1", "application_id": "2", "version": "3",
                                         "integration_types": [0], "contexts": None,
                                         "name_localizations": None, "description_localizations": None}
    for option in returned["options"]:
        if not option.get("required"):
            option.pop("required", None)  # Discord leaves out a false "required"
    return returned


def test_same_commands_ignores_what_discord_fills_in():
    """Ids, versions, filled-in defaults and order do not make commands differ."""
    other = command(name="about", options=[])
    assert same_commands([command(), other], [as_discord_returns(other), as_discord_returns(command())])


@pytest.mark.parametrize(
    "changed",
    [
        command(description="Ask anything."),
        command(options=[]),
        command(options=[{**command()["options"][0], "max_length": 500}]),
        command(options=[{**command()["options"][0], "required": False}]),
        command(nsfw=True),
    ],
)
def test_same_commands_sees_every_change(changed: dict):
    """A changed description, option, limit, requiredness or flag means a sync is needed."""
    assert not same_commands([command()], [as_discord_returns(changed)])
    assert not same_commands([command()], [])


def test_discord_help_says_sync_is_needed_only_to_publish_again(capsys: pytest.CaptureFixture):
    """`discord --help` called --sync a "one-time production step", which start-up has done by
    itself since it publishes changed commands: the help says what --sync is for now."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["discord", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "one-time" not in text
    assert "--sync publish the global slash commands now, even if Discord already has them" in text


@pytest.mark.asyncio
async def test_a_dev_server_refusing_the_commands_is_one_error_and_chat_still_works(
    start_bot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """DISCORD_GUILD_ID naming a server the bot was not invited to with applications.commands (403,
    50001 Missing Access): one error line naming the server and what to do, no traceback, and
    mentions are answered all the same."""
    standin.fail("PUT", rf"/applications/\d+/guilds/{standin.guild_id}/commands", 403, code=50001,
                 text="Missing Access")
    with caplog.at_level(logging.INFO, logger="bot"):
        await start_bot()
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", "/channels/{channel}/messages")
    [line] = [r for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.WARNING]
    assert (line.levelname, line.exc_info) == ("ERROR", None)
    assert str(standin.guild_id) in line.getMessage() and "applications.commands" in line.getMessage()
