"""Running the Discord bot as a service: start-up in bounded time, one-line failures, clean stops.

``run_discord`` is what ``article-bot discord`` calls. Every way a start can fail (no token, a
token Discord rejects, an intent not enabled, no network, a server that never answers) becomes
one line on stderr and exit status 2. SIGINT and SIGTERM stop new questions, let the answers in
flight finish (for at most ``DRAIN_SECONDS``), then close the connection: exit status 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator

import aiohttp
import discord
import yarl

from bot.discord.client import ArticleBot
from bot.discord.embeds import count
from bot.settings import Settings
from retrieval import Engine

__all__ = ["CONNECT_SECONDS", "DRAIN_SECONDS", "point_at", "run_discord", "serve_discord"]

log = logging.getLogger(__name__)

# aiohttp waits 300 s for an answer by default: far too long to learn that nothing answers.
CONNECT_SECONDS = 30.0
# After SIGTERM, how long answers in flight get to finish: under the 10 s Docker allows before SIGKILL.
DRAIN_SECONDS = 8.0
PORTAL = "https://discord.com/developers/applications"

MISSING_TOKEN = (
    "DISCORD_TOKEN is not set. Put the bot token from the developer portal "
    f"({PORTAL} → your application → Bot → Reset Token) in .env or the environment."
)
INTENT_REFUSED = (
    "Discord refused the Message Content Intent, which ANSWER_CHANNEL_IDS needs. Enable it at "
    f"{PORTAL} → your application → Bot → Privileged Gateway Intents, or unset ANSWER_CHANNEL_IDS."
)
REJECTED_TOKEN = (
    "Discord rejected DISCORD_TOKEN: it is wrong or was reset. Copy a fresh token from "
    f"{PORTAL} → your application → Bot → Reset Token."
)


class NoAnswer(Exception):
    """Discord (or what stands at its address) did not answer in time; the message says where."""


def point_at(api_base: str | None, gateway_url: str | None) -> None:
    """Send REST and gateway traffic to a Discord-compatible server instead of discord.com.

    discord.py keeps both addresses in class attributes, so this applies to the whole process.
    """
    if api_base:
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def run_discord(settings: Settings, engine: Engine, sync_global: bool) -> int:
    """Run the bot until SIGINT or SIGTERM; see ``serve_discord`` for the exit status."""
    return asyncio.run(serve_discord(settings, engine, sync_global))


async def serve_discord(settings: Settings, engine: Engine, sync_global: bool) -> int:
    """Serve until SIGINT or SIGTERM and return the exit status; problems go to stderr in one line.

    0 after a clean stop; 2 when something must be fixed first (token, intents, network).
    """
    if not settings.discord_token:
        return _fail(MISSING_TOKEN)
    point_at(settings.api_base, settings.gateway_url)
    bot = ArticleBot.from_settings(settings, engine, sync_global=sync_global)
    stop = asyncio.Event()
    try:
        with _stop_on_signals(stop):
            await _serve(bot, settings.discord_token, stop)
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENT_REFUSED)
    except discord.ConnectionClosed as exc:
        if exc.code == 4004:  # the gateway's "authentication failed"
            return _fail(REJECTED_TOKEN)
        return _fail(f"Discord closed the connection (code {exc.code}: {exc.reason or 'no reason given'}).")
    except NoAnswer as exc:
        return _fail(str(exc))
    except discord.HTTPException as exc:
        return _fail(_refused(exc, settings))
    except (discord.DiscordException, aiohttp.ClientError, OSError) as exc:
        return _fail(f"Could not talk to Discord: {exc or type(exc).__name__}.")
    return 0


async def _serve(bot: ArticleBot, token: str, stop: asyncio.Event) -> None:
    """Log in and connect in bounded time, serve until ``stop`` or a failure, then stop cleanly."""
    async with bot:  # closes the gateway and HTTP session on the way out, whatever happens
        login = asyncio.create_task(bot.login(token))  # the command sync included
        try:
            if not await _first(login, stop, timeout=CONNECT_SECONDS):
                raise NoAnswer(_silent("Discord", discord.http.Route.BASE, "DISCORD_API_BASE"))
            if not login.done():
                return  # stopped while logging in
            login.result()  # raises why logging in failed
        finally:
            login.cancel()
        running = asyncio.create_task(bot.connect())
        try:
            connected = asyncio.create_task(bot.connected.wait())
            if not await _first(running, stop, connected, timeout=CONNECT_SECONDS):
                gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
                raise NoAnswer(_silent("Discord's gateway", gateway, "DISCORD_GATEWAY_URL"))
            await _first(running, stop)
            if running.done():
                running.result()  # raises why the connection ended
            else:
                await _stop(bot, running)
        finally:
            running.cancel()


async def _first(
    task: asyncio.Task[None], stop: asyncio.Event, *others: asyncio.Task[bool], timeout: float | None = None
) -> bool:
    """Wait until ``task`` ends, ``stop`` is set or one of ``others`` is done; False on timeout.

    ``task`` goes on; the waits on ``stop`` and ``others`` are cancelled.
    """
    stopping = asyncio.create_task(stop.wait())
    waiting = {task, stopping, *others}
    done, _ = await asyncio.wait(waiting, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    for waiter in waiting - {task}:
        waiter.cancel()
    return bool(done)


async def _stop(bot: ArticleBot, running: asyncio.Task[None]) -> None:
    """Take no new questions, let those in flight finish (within ``DRAIN_SECONDS``), then close."""
    in_flight = count(bot.in_flight, "answer")
    log.info("Stopping: no new questions; finishing %s in flight, then closing.", in_flight)
    left = await bot.drain(DRAIN_SECONDS)
    if left:
        log.warning("Closing with %s unfinished after %.0f s.", count(left, "answer"), DRAIN_SECONDS)
    running.cancel()  # stop reading the gateway first, so that it closes with a normal 1000
    with contextlib.suppress(asyncio.CancelledError):
        await running
    await bot.close()


@contextlib.contextmanager
def _stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    """Set ``stop`` on SIGINT and SIGTERM (discord.py's ``run`` only handles Ctrl-C)."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        yield
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


def _silent(what: str, where: object, setting: str) -> str:
    return (
        f"{what} did not answer within {CONNECT_SECONDS:.0f} s ({where}): check the network, "
        f"a firewall or proxy, or {setting}."
    )


def _refused(exc: discord.HTTPException, settings: Settings) -> str:
    """An error answer as one line: address, status and Discord's message, never an HTML page."""
    response = exc.response
    said = exc.text if response.content_type == "application/json" and exc.text else response.reason
    hint = ": check DISCORD_API_BASE" if settings.api_base else ""
    return f"Could not talk to Discord: {response.url} answered {exc.status} {said}{hint}."


def _fail(message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr)  # one line, whatever an exception said
    return 2
