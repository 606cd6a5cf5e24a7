"""Starting and stopping on Slack: token errors, reconnecting, signals, and `article-bot slack` end to end."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from pathlib import Path

import pytest
from slack_standin import StandIn

from bot import conversation
from bot.__main__ import _default_command
from bot.conversation import follow_up
from bot.settings import Settings, SlackSettings
from bot.slack.app import SlackBot
from bot.slack.run import connect, serve_slack
from retrieval import Engine
from tests.bot.discord.standin import StandIn as DiscordStandIn
from tests.loopback import WebPages

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "tillerson-tokyo-2017.txt"
HUA = "— Hua Chunying, Chinese Foreign Ministry spokeswoman (§16)"


@pytest.mark.parametrize("missing", ["bot_token", "app_token"])
async def test_missing_token_exits_2_naming_it(seed_engine: Engine, capsys: pytest.CaptureFixture,
                                               missing: str):
    """Without one of the tokens, one line says which and where to get it; status 2."""
    settings = SlackSettings(**{"bot_token": "xoxb-1", "app_token": "xapp-1"} | {missing: None})
    assert await serve_slack(settings, seed_engine, stop=asyncio.Event()) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"SLACK_{missing.upper()} is not set") and err.count("\n") == 1


async def test_swapped_tokens_are_named(seed_engine: Engine, capsys: pytest.CaptureFixture):
    """An app token where the bot token goes (or the reverse) is caught before calling Slack."""
    settings = SlackSettings(bot_token="xapp-1-secret", app_token="xoxb-secret")
    assert await serve_slack(settings, seed_engine, stop=asyncio.Event()) == 2
    err = capsys.readouterr().err
    assert err.startswith("SLACK_BOT_TOKEN must start with 'xoxb-'") and "secret" not in err


@pytest.mark.parametrize("wrong", ["bot_token", "app_token"])
async def test_rejected_token_exits_2_without_traceback(slack: StandIn, seed_engine: Engine,
                                                        capsys: pytest.CaptureFixture, wrong: str):
    """A token Slack answers invalid_auth to: one line naming it, status 2, the token not echoed."""
    token = {"bot_token": "xoxb-wrong-secret", "app_token": "xapp-wrong-secret"}[wrong]
    assert await serve_slack(slack.settings(**{wrong: token}), seed_engine, stop=asyncio.Event()) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Slack rejected SLACK_{wrong.upper()} (invalid_auth)")
    assert "Traceback" not in err and token not in err and err.count("\n") == 1
    assert slack.connections == 0


@pytest.mark.parametrize(("method", "status", "error"), [
    ("auth.test", 429, "ratelimited"), ("apps.connections.open", 503, "service_unavailable")])
async def test_a_rate_limit_or_outage_at_start_is_waited_out(slack: StandIn, seed_engine: Engine,
                                                             method: str, status: int, error: str):
    """Slack's 429 (after its Retry-After) or a passing 503 at start is asked again; it was read as
    "Slack rejected SLACK_BOT_TOKEN (ratelimited): it is wrong, revoked …" and status 2."""
    slack.fail_next(method, error, status=status, retry_after=0)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    stop.set()
    assert await serving == 0
    assert len(slack.calls_to(method)) == 2


async def test_unreachable_slack_exits_1(seed_engine: Engine, capsys: pytest.CaptureFixture):
    """Nothing listening at SLACK_API_URL: one line saying where, status 1."""
    settings = SlackSettings(bot_token="xoxb-1", app_token="xapp-1", api_url="http://127.0.0.1:9/api/")
    assert await serve_slack(settings, seed_engine, stop=asyncio.Event()) == 1
    assert capsys.readouterr().err.startswith("Could not reach Slack at http://127.0.0.1:9/api/")


async def test_an_address_that_is_no_slack_api_is_named_not_the_token(seed_engine: Engine,
                                                                       capsys: pytest.CaptureFixture):
    """SLACK_API_URL naming a web server that is not Slack: one line naming the address and the
    setting, status 1; it said "Slack rejected SLACK_BOT_TOKEN (error): it is wrong, revoked …"."""
    async with WebPages() as pages:
        api_url = f"http://{pages.base}/api/"
        settings = SlackSettings(bot_token="xoxb-1", app_token="xapp-1", api_url=api_url)
        assert await serve_slack(settings, seed_engine, stop=asyncio.Event()) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"Could not reach Slack at {api_url}: it answered 404 Not Found, not as Slack's "
                    "Web API does: check SLACK_API_URL.")


async def test_reconnects_after_disconnect(slack: StandIn, bot: SlackBot):
    """Slack's `disconnect` (refresh_requested) makes the app open a new connection and go on answering."""
    await slack.disconnect()
    await slack.wait_until_connected()
    assert slack.connections == 2
    assert len(slack.calls_to("apps.connections.open")) == 2
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    assert HUA in (await slack.wait_for("chat.postMessage")).args["text"]


async def test_reconnects_after_a_dropped_connection(slack: StandIn, bot: SlackBot):
    """A connection closed without warning is replaced by a new one, and answering goes on."""
    await slack.drop()
    await slack.wait_until_connected()
    assert slack.connections == 2
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    assert HUA in (await slack.wait_for("chat.postMessage")).args["text"]


async def test_stop_while_the_websocket_cannot_open(slack: StandIn, seed_engine: Engine,
                                                   caplog: pytest.LogCaptureFixture):
    """Tokens fine but the websocket refused: the app keeps retrying, without tracebacks, until stopped."""
    slack.socket_url = "ws://127.0.0.1:9/socket"  # nothing listens there
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_for("apps.connections.open")
    await asyncio.sleep(0.3)  # let a connection attempt fail
    stop.set()
    assert await asyncio.wait_for(serving, 5) == 0
    assert "Failed to connect" in caplog.text and "Traceback" not in caplog.text


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_signal_stops_cleanly_with_status_0(slack: StandIn, seed_engine: Engine,
                                                  signum: signal.Signals):
    """SIGTERM or SIGINT closes the Socket Mode connection and returns 0."""
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine))
    await slack.wait_until_connected()
    os.kill(os.getpid(), signum)
    assert await asyncio.wait_for(serving, 5) == 0
    await slack.wait_until_disconnected()


def environment(slack: StandIn, **tokens: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_", "ANSWER_"))}
    env = {k: v for k, v in env.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    return env | {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_APP_TOKEN": slack.app_token,
                  "SLACK_API_URL": slack.api_url, "ARTICLE_PATH": str(SEED)} | tokens


async def test_bad_token_subprocess_exits_2(slack: StandIn, tmp_path: Path):
    """`article-bot slack` with a rejected token prints one line and exits 2, no traceback."""
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "slack", cwd=tmp_path,
        env=environment(slack, SLACK_BOT_TOKEN="xoxb-bad"), stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(bot.communicate(), 30)
    assert bot.returncode == 2
    assert err.decode().startswith("Slack rejected SLACK_BOT_TOKEN (invalid_auth)")
    assert "Traceback" not in err.decode() and err.decode().count("\n") == 1


@pytest.mark.parametrize("command", [["slack"], []])
async def test_sigterm_subprocess_answers_in_flight_then_exits_0(slack: StandIn, tmp_path: Path,
                                                                 command: list[str]):
    """`article-bot slack` (or bare `article-bot` with the Slack tokens) answers, then SIGTERM exits 0.

    The signal goes out as soon as the mention is acknowledged: its answer is still posted.
    """
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *command, cwd=tmp_path, env=environment(slack),
        stderr=asyncio.subprocess.PIPE)
    try:
        slack.timeout = 30  # a fresh interpreter importing Bolt
        await slack.wait_until_connected()
        slack.timeout = 5
        await slack.post(f"{slack.bot_mention} what did Hua say?")
        await slack.wait_for_ack(slack.last_envelope_id)
    finally:
        bot.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(bot.communicate(), 20)
    assert bot.returncode == 0, err.decode()
    assert "Traceback" not in err.decode() and slack.bot_token not in err.decode()
    assert HUA in slack.calls_to("chat.postMessage")[0].args["text"]


async def test_both_platforms_answer_from_one_process(slack: StandIn, tmp_path: Path):
    """Bare `article-bot` with Discord's and Slack's tokens answers on both; SIGTERM stops both, status 0."""
    async with DiscordStandIn() as discord:
        env = environment(slack, DISCORD_TOKEN=discord.token, DISCORD_GUILD_ID=str(discord.guild_id),
                          DISCORD_API_BASE=discord.api_base, DISCORD_GATEWAY_URL=discord.gateway_url)
        bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=tmp_path, env=env,
                                                   stderr=asyncio.subprocess.PIPE)
        try:
            slack.timeout = discord.timeout = 30  # a fresh interpreter importing both libraries
            await asyncio.gather(slack.wait_until_connected(), discord.wait_until_ready())
            slack.timeout = discord.timeout = 5
            await slack.post(f"{slack.bot_mention} what did Hua say?")
            await discord.send_message(f"{discord.bot_mention} what did Hua say?")
            assert HUA in (await slack.wait_for("chat.postMessage")).args["text"]
            reply = await discord.wait_for("POST", "/channels/{channel}/messages")
            assert "Hua Chunying" in reply.embed["description"]
        finally:
            bot.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(bot.communicate(), 20)
    assert bot.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert slack.connections == slack.closed == 1


async def test_both_platforms_stop_together_on_a_failure(slack: StandIn, tmp_path: Path):
    """When Discord cannot start, Slack stops too and the worse status (2) is returned."""
    env = environment(slack, DISCORD_TOKEN="discord-token", DISCORD_API_BASE="http://127.0.0.1:9/api/v10",
                      DISCORD_GATEWAY_URL="ws://127.0.0.1:9/")
    bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=tmp_path, env=env,
                                               stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(bot.communicate(), 30)
    assert bot.returncode == 2, err.decode()
    assert err.decode().startswith("Could not talk to Discord") and "Traceback" not in err.decode()
    assert slack.connections == slack.closed  # whatever Slack had opened, it closed


async def test_default_command_follows_the_tokens():
    """No subcommand: Slack, Discord, both or the REPL, by which tokens are set."""
    slack = SlackSettings(bot_token="xoxb-1", app_token="xapp-1")
    assert _default_command(Settings(slack=slack)) == "slack"
    assert _default_command(Settings(discord_token="d")) == "discord"
    assert _default_command(Settings(discord_token="d", slack=slack)) == "both"
    assert _default_command(Settings()) == "repl"


async def test_stop_waits_for_answers_in_flight(slack: StandIn, seed_engine: Engine,
                                                monkeypatch: pytest.MonkeyPatch):
    """A stop while an answer is being worked on closes the connection, posts the answer, then returns 0."""
    entered, release = threading.Event(), threading.Event()

    def slow_follow_up(*args: object) -> object:
        entered.set()
        release.wait(5)
        return follow_up(*args)

    monkeypatch.setattr(conversation, "follow_up", slow_follow_up)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    assert await asyncio.to_thread(entered.wait, 5)
    stop.set()
    await slack.wait_until_disconnected()
    assert slack.calls_to("chat.postMessage") == []  # still in flight when the connection closed
    release.set()
    assert await asyncio.wait_for(serving, 5) == 0
    assert HUA in slack.calls_to("chat.postMessage")[0].args["text"]


async def test_tokens_never_logged_even_at_debug(slack: StandIn, seed_engine: Engine,
                                                 caplog: pytest.LogCaptureFixture):
    """Connecting, answering and stopping log neither token, with every logger at DEBUG."""
    caplog.set_level("DEBUG")
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    stop.set()
    assert await asyncio.wait_for(serving, 5) == 0
    assert "apps.connections.open" in caplog.text  # slack_sdk's DEBUG lines were captured
    assert slack.bot_token not in caplog.text and slack.app_token not in caplog.text


@pytest.mark.parametrize("error", ["invalid_auth", "token_revoked"])
async def test_an_app_token_revoked_mid_run_exits_2_naming_it(slack: StandIn, seed_engine: Engine,
                                                              capsys: pytest.CaptureFixture, error: str):
    """The app-level token revoked while running: Slack closes the connection and refuses a new
    one. One line names SLACK_APP_TOKEN and the error, status 2, as at start-up. The bot stayed up
    deaf, slack_sdk asking again every 10 s and logging that "the request to the Slack API failed"."""
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    slack.fail_next("apps.connections.open", error)
    await slack.drop()
    try:
        assert await asyncio.wait_for(serving, 5) == 2
    finally:
        stop.set()
    err = capsys.readouterr().err
    assert err.startswith(f"Slack rejected SLACK_APP_TOKEN ({error})") and err.count("\n") == 1
    assert slack.app_token not in err


async def test_a_second_copy_on_the_same_app_token_is_one_warning(slack: StandIn, bot: SlackBot,
                                                                   seed_engine: Engine,
                                                                   caplog: pytest.LogCaptureFixture):
    """A second copy of the bot started on the same app token says, once, that Slack counts two
    connections and what that does; it was silent, while each copy got a share of the events."""
    await slack.wait_until_connected()
    assert not [r for r in caplog.records if r.levelname == "WARNING"]  # the first copy: alone
    second, handler = await connect(slack.settings(), seed_engine)
    try:
        for _ in range(100):  # the hello is read in the background: a bounded wait for its warning
            if any(r.levelname == "WARNING" for r in caplog.records):
                break
            await asyncio.sleep(0.05)
    finally:
        await handler.close_async()
        await second.drain(5)
    [line] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "2 open connections" in line and "another copy" in line and "SLACK_APP_TOKEN" in line


async def test_start_up_warns_of_nothing_with_the_tokens_in_the_environment(
        slack: StandIn, seed_engine: Engine, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch):
    """With SLACK_BOT_TOKEN in the environment (as always, from .env or the shell), starting logs no
    warning. Bolt's "As you gave `client` as well, `token` will be unused" came at every start."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.bot_token)
    monkeypatch.setenv("SLACK_APP_TOKEN", slack.app_token)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    stop.set()
    assert await asyncio.wait_for(serving, 5) == 0
    assert [r.getMessage() for r in caplog.records if r.levelname not in ("DEBUG", "INFO")] == []


async def test_start_up_says_who_where_and_what(slack: StandIn, seed_engine: Engine,
                                                caplog: pytest.LogCaptureFixture):
    """One line at the default level once connected: the bot's name, the workspace, the article and
    how to invite it, as on Discord. It was "Connected to Slack over Socket Mode", naming none."""
    caplog.set_level("INFO")
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_slack(slack.settings(), seed_engine, stop=stop))
    await slack.wait_until_connected()
    stop.set()
    assert await asyncio.wait_for(serving, 5) == 0
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Connected")]
    assert "as article-bot in Stand-in" in line and "tillerson-tokyo-2017" in line
    assert "/invite @article-bot" in line


@pytest.mark.parametrize("how", ["disconnect", "drop"])
async def test_a_connection_lost_mid_answer_still_delivers_it_once(slack: StandIn, bot: SlackBot,
                                                                   monkeypatch: pytest.MonkeyPatch, how: str):
    """Socket Mode refreshed or dropped while an answer is being worked on: the answer goes out
    once (over the Web API, not the socket), and the new connection answers the next question."""
    started, release = threading.Event(), threading.Event()
    reply = bot.conversation.reply

    def slow(*args: object):
        started.set()
        release.wait(5)
        return reply(*args)

    monkeypatch.setattr(bot.conversation, "reply", slow)
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await asyncio.to_thread(started.wait, 5)
    await getattr(slack, how)()
    release.set()
    answer = await slack.wait_for("chat.postMessage")
    assert answer.args["thread_ts"] == event["ts"] and HUA in answer.args["text"]
    await slack.wait_until_connected()
    await slack.post(f"{slack.bot_mention} what did Pak say?")
    await slack.wait_until(lambda: len(slack.calls_to("chat.postMessage")) == 2)
    await asyncio.sleep(0.2)
    assert len(slack.calls_to("chat.postMessage")) == 2
