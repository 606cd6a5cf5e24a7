"""Connecting: intents, command sync, retries after HTTP errors, resuming a dropped gateway."""

from __future__ import annotations

import asyncio
import logging

import discord
import pytest
from discord_payloads import REPLIES, cited
from standin import StandIn

from bot.discord import client, copies
from bot.discord.client import ArticleBot

pytestmark = pytest.mark.asyncio

STRING, INTEGER = 3, 4


async def test_identify_sends_default_intents_only(bot: ArticleBot, standin: StandIn):
    """IDENTIFY asks for Intents.default(): no message content or other privileged intent."""
    [identify] = standin.gateway_ops(2)
    assert identify["intents"] == discord.Intents.default().value
    privileged = discord.Intents(members=True, presences=True, message_content=True)
    assert not identify["intents"] & privileged.value
    assert identify["token"] == standin.token


async def test_commands_synced_to_the_dev_guild(bot: ArticleBot, standin: StandIn):
    """setup_hook syncs the five commands, with their options, to DISCORD_GUILD_ID only."""
    commands = {c["name"]: c for c in standin.commands[standin.guild_id]}
    assert set(commands) == {"ask", "speaker", "speakers", "sentence", "about"}
    assert None not in standin.commands  # no global sync without --sync

    [question] = commands["ask"]["options"]
    assert question | {"description": ""} == {
        "name": "question",
        "type": STRING,
        "description": "",
        "required": True,
        "min_length": 1,
        "max_length": 300,
    }
    [name] = commands["speaker"]["options"]
    assert (name["name"], name["type"], name["autocomplete"]) == ("name", STRING, True)
    [number] = commands["sentence"]["options"]
    assert (number["type"], number["min_value"]) == (INTEGER, 1)
    assert commands["speakers"]["options"] == commands["about"]["options"] == []
    assert all(0 < len(c["description"]) <= 100 for c in commands.values())


async def test_sync_flag_publishes_global_commands(start_bot, standin: StandIn):
    """With --sync (and no dev guild) the commands are synced globally."""
    await start_bot(guild_id=None, sync_global=True)
    assert {c["name"] for c in standin.commands[None]} == {
        "ask",
        "speaker",
        "speakers",
        "sentence",
        "about",
    }
    assert standin.guild_id not in standin.commands


@pytest.mark.parametrize("status", [429, 500])
async def test_reply_is_sent_again_after_a_rate_limit_or_server_error(
    bot: ArticleBot, standin: StandIn, status: int
):
    """A 429 (waited out) or a 500 (retried after a second) on the reply does not lose it."""
    standin.fail("POST", REPLIES, status)
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    failed = await standin.wait_for("POST", REPLIES)
    retried = await standin.wait_for("POST", REPLIES, after=standin.requests.index(failed) + 1)

    assert (failed.status, retried.status) == (status, 200)
    assert cited(retried) == [15, 16, 17]


async def test_resumes_after_the_gateway_drops_and_still_answers(bot: ArticleBot, standin: StandIn):
    """When the gateway drops, the bot resumes its session and answers the next mention."""
    await standin.drop_gateway()
    await standin.wait_until_ready()
    [resume] = standin.gateway_ops(6)
    assert resume["session_id"] == standin.session_id
    assert len(standin.gateway_ops(2)) == 1  # resumed, not identified again

    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    assert cited(await standin.wait_for("POST", REPLIES)) == [15, 16, 17]


async def test_zombie_connection_is_left_and_the_session_resumed(
    start_bot, standin: StandIn, monkeypatch: pytest.MonkeyPatch
):
    """A gateway that stops acknowledging heartbeats is left after the heartbeat timeout and resumed.

    The timeout is one missed ACK at Discord's 41.25 s interval, not discord.py's 60 s; shortened here.
    """
    assert 41.25 < client.HEARTBEAT_TIMEOUT < 60
    standin.heartbeat_interval = 0.1
    monkeypatch.setattr(client, "HEARTBEAT_TIMEOUT", 0.5)
    await start_bot()
    standin.ack_heartbeats = False
    async with asyncio.timeout(5):
        while not standin.gateway_ops(6):
            await asyncio.sleep(0.05)
    standin.ack_heartbeats = True

    assert standin.close_codes[0] != 1000
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    assert cited(await standin.wait_for("POST", REPLIES)) == [15, 16, 17]


async def test_sessions_discord_keeps_ending_are_one_warning_about_another_copy(
    bot: ArticleBot, standin: StandIn, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """Discord invalidating the session again and again (another process on the token): the bot
    identifies again each time, after a pause, and says once what is likely wrong; it was one INFO
    line from discord.py a time, naming no cause."""
    monkeypatch.setattr(copies, "IDENTIFY_PAUSE", 0.0)
    for _ in range(4):
        await standin.invalidate_session()
        await standin.wait_until_ready()
    assert len(standin.gateway_ops(2)) == 5  # identified anew each time, never crashed
    warnings = bot_warnings(caplog)
    assert len(warnings) == 1 and "another copy" in warnings[0] and "DISCORD_TOKEN" in warnings[0]
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    assert cited(await standin.wait_for("POST", REPLIES)) == [15, 16, 17]


async def test_answers_posted_as_the_bot_by_another_copy_are_one_warning(
    bot: ArticleBot, standin: StandIn, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """The bot's own answers, which Discord sends back on the gateway (here before the request that
    posted them returns), raise nothing; a message posted as the bot that this process never sent
    (another copy on the token, answering every question too) is one warning, once."""
    monkeypatch.setattr(copies, "OWN_POST_GRACE", 0.2)
    standin.echo_own = True
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    await standin.wait_for("POST", REPLIES)
    await asyncio.sleep(0.5)
    assert bot_warnings(caplog) == []
    for _ in range(2):  # another copy's answers, as Discord sends them to this one
        await standin.send_message("> “We welcome all parties …”", author=standin.bot_user)
    await asyncio.sleep(0.5)
    warnings = bot_warnings(caplog)
    assert len(warnings) == 1 and "not by this process" in warnings[0] and "DISCORD_TOKEN" in warnings[0]


def bot_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The bot's log lines at WARNING and above."""
    return [r.getMessage() for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.WARN]
