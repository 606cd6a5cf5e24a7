"""Starting and stopping: exit statuses and messages, signals, and `article-bot discord` end to end."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest
from discord_payloads import CALLBACK, REPLIES, cited
from standin import StandIn

from bot.discord.client import run_discord, serve_discord
from bot.settings import Settings
from retrieval import Engine

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "tillerson-tokyo-2017.txt"


def settings_for(standin: StandIn, **overrides: object) -> Settings:
    values = {
        "discord_token": standin.token,
        "guild_id": standin.guild_id,
        "api_base": standin.api_base,
        "gateway_url": standin.gateway_url,
    }
    return Settings(**(values | overrides))


def test_missing_token_exits_2_with_a_message(seed_engine: Engine, capsys: pytest.CaptureFixture):
    """Without DISCORD_TOKEN, run_discord says where to get one and returns 2."""
    assert run_discord(Settings(), seed_engine, sync_global=False) == 2
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err


@pytest.mark.asyncio
async def test_rejected_token_exits_2_without_traceback(
    pointed: StandIn, seed_engine: Engine, capsys: pytest.CaptureFixture
):
    """A token Discord answers 401 to gives one line, exit status 2, and never echoes the token."""
    token = "wrong-secret-token"
    settings = settings_for(pointed, discord_token=token)
    assert await serve_discord(settings, seed_engine, sync_global=False) == 2

    err = capsys.readouterr().err
    assert err.startswith("Discord rejected DISCORD_TOKEN")
    assert "Traceback" not in err
    assert token not in err
    assert pointed.requests[0].status == 401


@pytest.mark.asyncio
async def test_privileged_intent_not_enabled_exits_2_naming_it(
    pointed: StandIn, seed_engine: Engine, capsys: pytest.CaptureFixture
):
    """With Message Content off in the portal, ANSWER_CHANNEL_IDS exits 2 saying where to enable it."""
    settings = settings_for(pointed, answer_channel_ids=frozenset({pointed.channel_id}))
    assert await serve_discord(settings, seed_engine, sync_global=False) == 2

    err = capsys.readouterr().err
    assert "Message Content Intent" in err
    assert "Privileged Gateway Intents" in err


@pytest.mark.asyncio
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_signal_closes_cleanly_with_status_0(
    pointed: StandIn, seed_engine: Engine, signum: signal.Signals
):
    """SIGTERM or SIGINT closes the gateway connection normally and returns 0."""
    serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
    await pointed.wait_until_ready()
    os.kill(os.getpid(), signum)

    assert await asyncio.wait_for(serving, 5) == 0
    assert pointed.close_codes == [1000]


@pytest.mark.asyncio
async def test_article_bot_discord_subprocess_answers(standin: StandIn, tmp_path: Path):
    """`python -m bot discord` pointed at the stand-in answers a mention, /ask and autocomplete."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ANSWER_"))}
    env |= {
        "DISCORD_TOKEN": standin.token,
        "DISCORD_GUILD_ID": str(standin.guild_id),
        "DISCORD_API_BASE": standin.api_base,
        "DISCORD_GATEWAY_URL": standin.gateway_url,
        "ARTICLE_PATH": str(SEED),
    }
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        standin.timeout = 20  # a fresh interpreter importing discord.py
        await standin.wait_until_ready()
        standin.timeout = 5

        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        assert cited(await standin.wait_for("POST", REPLIES)) == [15, 16, 17]
        await standin.slash("ask", question="who said the radar is not aimed at just us?")
        assert cited(await standin.wait_for("POST", CALLBACK)) == [34, 35]
        await standin.autocomplete("speaker", "name", "pak")
        choices = (await standin.wait_for("POST", CALLBACK)).json["data"]["choices"]
        assert choices == [{"name": "Pak Myong Ho, North Korean embassy official", "value": "Pak Myong Ho"}]
        assert {c["name"] for c in standin.commands[standin.guild_id]} >= {"ask", "speaker"}
    finally:
        bot.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(bot.communicate(), 10)
    assert bot.returncode == 0, err.decode()
    assert standin.token not in err.decode()
    assert "Traceback" not in err.decode()
