"""Starting and stopping: exit statuses and messages, signals, and `article-bot discord` end to end."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import discord
import pytest
from discord_payloads import CALLBACK, REPLIES, cited
from standin import StandIn

from bot.discord import run
from bot.discord.client import RESTARTING
from bot.discord.invite import INVITE_PERMISSIONS
from bot.discord.run import run_discord, serve_discord
from bot.settings import Settings
from retrieval import Engine
from tests.loopback import WebPages

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


def bot_env(standin: StandIn, **overrides: str) -> dict[str, str]:
    """The environment of `article-bot discord` pointed at the stand-in, nothing from this machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ANSWER_"))}
    return env | {
        "DISCORD_TOKEN": standin.token,
        "DISCORD_GUILD_ID": str(standin.guild_id),
        "DISCORD_API_BASE": standin.api_base,
        "DISCORD_GATEWAY_URL": standin.gateway_url,
        "ARTICLE_PATH": str(SEED),
    } | overrides


async def start_process(standin: StandIn, cwd: Path, **env: str) -> asyncio.subprocess.Process:
    """`python -m bot discord` on the stand-in, once it has connected."""
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", cwd=cwd, env=bot_env(standin, **env),
        stderr=asyncio.subprocess.PIPE,
    )
    standin.timeout = 20  # a fresh interpreter importing discord.py
    await standin.wait_until_ready()
    standin.timeout = 5
    return bot


@pytest.mark.asyncio
async def test_article_bot_discord_subprocess_answers(standin: StandIn, tmp_path: Path):
    """`python -m bot discord` pointed at the stand-in answers a mention, /ask and autocomplete."""
    bot = await start_process(standin, tmp_path)
    try:

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


@pytest.mark.asyncio
async def test_start_up_says_who_where_what_and_how_to_invite(standin: StandIn, tmp_path: Path):
    """At the default log level, one line after connecting: bot name, servers, article, invite link."""
    bot = await start_process(standin, tmp_path)
    try:
        async with asyncio.timeout(10):
            line = (await bot.stderr.readline()).decode()
            while "Connected as" not in line:
                line = (await bot.stderr.readline()).decode()
    finally:
        bot.send_signal(signal.SIGTERM)
        _, rest = await asyncio.wait_for(bot.communicate(), 10)
    assert "Connected as article-bot" in line
    assert "to 1 server," in line
    assert "tillerson-tokyo-2017" in line
    assert f"client_id={standin.app_id}" in line
    assert "scope=bot+applications.commands" in line
    assert standin.token not in line + rest.decode()
    granted = discord.Permissions(int(re.search(r"permissions=(\d+)", line)[1]))
    assert granted.send_messages and granted.embed_links and granted.read_message_history
    # It answers mentions in threads as well, which Send Messages does not cover.
    assert granted.send_messages_in_threads and granted.use_application_commands


def test_readme_gives_the_invite_link_the_bot_logs():
    """The invite link in README "Running on Discord" asks for what the bot's own link asks for."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [link] = re.findall(r"https://discord\.com/oauth2/authorize\?\S*permissions=\d+", readme)
    assert link.endswith(f"&permissions={INVITE_PERMISSIONS.value}")


@pytest.mark.asyncio
async def test_sigterm_under_load_finishes_the_answers_in_flight(standin: StandIn, tmp_path: Path):
    """SIGTERM with 20 answers in flight: all 20 are sent, a later question is not taken, exit 0."""
    bot = await start_process(standin, tmp_path)
    # discord.py sends one message at a time until Discord's rate-limit headers say more: holding
    # the first reply keeps the other 19 answers waiting behind it when the signal comes.
    standin.slow("POST", REPLIES, 3.0, times=1)
    question = f"{standin.bot_mention} what did Hua say?"
    try:
        asked = [await standin.send_message(question, author=standin.new_user(f"u{n}")) for n in range(20)]
        await standin.wait_until_held(timeout=10)
        await asyncio.sleep(1.0)  # the other answers are found and queue up
        bot.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.2)
        late = await standin.send_message(f"{standin.bot_mention} what did Pak say?")
    finally:
        bot.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(bot.communicate(), 20)

    answered = [r.json["message_reference"]["message_id"] for r in standin.requests_to("POST", REPLIES)]
    assert sorted(answered) == sorted(int(m["id"]) for m in asked)
    assert int(late["id"]) not in answered
    assert bot.returncode == 0, err.decode()
    assert "finishing 20 answers in flight" in err.decode()
    assert "Traceback" not in err.decode()
    assert standin.close_codes[-1] == 1000


@pytest.mark.asyncio
async def test_shutdown_gives_up_after_the_drain_time_without_traceback(
    pointed: StandIn, seed_engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """An answer still stuck when the drain time is up is given up with a warning: exit 0, no traceback."""
    monkeypatch.setattr(run, "DRAIN_SECONDS", 0.3)
    pointed.slow("POST", REPLIES, 30.0)
    with caplog.at_level(logging.INFO, logger="bot"):
        serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
        await pointed.send_message(f"{pointed.bot_mention} what did Hua say?")
        await pointed.wait_until_held(timeout=5)
        os.kill(os.getpid(), signal.SIGTERM)
        assert await asyncio.wait_for(serving, 5) == 0
        await asyncio.sleep(0.1)  # the abandoned answer notices the closed connection

    assert any("1 answer unfinished" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.mark.asyncio
async def test_commands_while_stopping_are_told_to_ask_again(
    pointed: StandIn, seed_engine: Engine
):
    """A slash command arriving while answers drain gets a private "ask again in a minute"."""
    pointed.slow("POST", REPLIES, 1.0)
    serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
    await pointed.send_message(f"{pointed.bot_mention} what did Hua say?")
    await pointed.wait_until_held(timeout=5)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(0.1)
    await pointed.slash("about")
    notice = await pointed.wait_for("POST", CALLBACK)

    assert notice.message["content"] == RESTARTING
    assert await asyncio.wait_for(serving, 5) == 0
    assert len(pointed.requests_to("POST", REPLIES)) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("where", ["rest", "gateway"])
async def test_a_server_that_never_answers_times_out_with_the_reason(
    pointed: StandIn, seed_engine: Engine, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture, where: str,
):
    """A server that accepts connections but never answers: exit 2 and one line saying which, soon."""
    monkeypatch.setattr(run, "CONNECT_SECONDS", 0.5)
    setattr(pointed, f"{where}_silent", True)
    status = await asyncio.wait_for(serve_discord(settings_for(pointed), seed_engine, False), 5)

    [line] = capsys.readouterr().err.splitlines()
    assert status == 2
    assert "did not answer within 0 s" in line or "did not answer within 1 s" in line
    assert ("gateway" in line) == (where == "gateway")
    assert "Traceback" not in line


def test_unreachable_server_exits_2_with_one_line(tmp_path: Path):
    """Nothing listening at the API address: one line on stderr and exit status 2."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ANSWER_"))}
    env |= {"DISCORD_TOKEN": "some-secret-token", "ARTICLE_PATH": str(SEED),
            "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10", "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/"}
    done = subprocess.run([sys.executable, "-m", "bot", "discord"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("Could not talk to Discord: Cannot connect to host 127.0.0.1:9")
    assert "some-secret-token" not in done.stderr


@pytest.mark.asyncio
async def test_an_address_that_is_no_discord_api_is_one_line(seed_engine: Engine,
                                                             capsys: pytest.CaptureFixture):
    """DISCORD_API_BASE naming a web server that is not Discord: one line with the status and
    address, naming the setting; it was the whole HTML error page, over ten lines."""
    async with WebPages() as pages:
        api_base = f"http://{pages.base}/api/v10"
        settings = Settings(discord_token="some-secret-token", api_base=api_base)
        assert await serve_discord(settings, seed_engine, False) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"Could not talk to Discord: {api_base}/users/@me answered 404 Not Found: "
                    "check DISCORD_API_BASE.")


def test_env_file_not_utf8_exits_2_with_one_line(tmp_path: Path):
    """A .env that is not UTF-8 (say, saved as UTF-16): one line naming it, exit status 2."""
    (tmp_path / ".env").write_bytes("DISCORD_TOKEN=x\n".encode("utf-16"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ANSWER_"))}
    done = subprocess.run([sys.executable, "-m", "bot", "discord"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert ".env is not UTF-8 text" in line


@pytest.mark.asyncio
async def test_a_signal_while_discord_is_silent_stops_at_once(pointed: StandIn, seed_engine: Engine):
    """SIGTERM while logging in to a server that does not answer exits 0 at once, not after 30 s."""
    pointed.rest_silent = True
    serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
    await asyncio.sleep(0.3)  # logging in, with no answer coming
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(serving, 3) == 0


@pytest.mark.asyncio
async def test_token_never_logged_even_at_debug(
    pointed: StandIn, seed_engine: Engine, caplog: pytest.LogCaptureFixture
):
    """Logging in, identifying on the gateway, answering and stopping never log the token at DEBUG."""
    caplog.set_level(logging.DEBUG)
    serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
    await pointed.wait_until_ready()
    await pointed.send_message(f"{pointed.bot_mention} what did Hua say?")
    assert cited(await pointed.wait_for("POST", REPLIES)) == [15, 16, 17]
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(serving, 5) == 0
    assert "logging in using static token" in caplog.text  # discord.py's own lines were captured
    assert pointed.token not in caplog.text


@pytest.mark.asyncio
async def test_a_token_reset_while_running_exits_2_saying_so(
    pointed: StandIn, seed_engine: Engine, capsys: pytest.CaptureFixture
):
    """The token reset in the developer portal while the bot runs: Discord closes the gateway with
    4004 (authentication failed). One line naming DISCORD_TOKEN and exit status 2, no traceback."""
    serving = asyncio.create_task(serve_discord(settings_for(pointed), seed_engine, False))
    await pointed.wait_until_ready()
    await pointed.drop_gateway(code=4004)

    assert await asyncio.wait_for(serving, 5) == 2
    err = capsys.readouterr().err
    assert err.startswith("Discord rejected DISCORD_TOKEN") and "Traceback" not in err
    assert pointed.token not in err
