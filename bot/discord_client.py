"""The Discord front end: chat mentions and slash commands in, engine answers out.

``run_discord`` is what ``article-bot discord`` calls. It turns the ways a start can fail
(no token, a token Discord rejects, an intent not enabled) into one clear line and an exit
status instead of a traceback, and closes the connection cleanly on SIGINT and SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import sys
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands

from bot.conversation import FOLLOW_UP_LIMIT, FOLLOW_UP_SECONDS, Conversation, Turn
from bot.discord_buttons import BUTTONS, ShownAnswers
from bot.discord_commands import COMMANDS
from bot.discord_embeds import about_embed, turn_pages
from bot.discord_replies import NO_PINGS, SOMETHING_WENT_WRONG, cooldown_text, reply, report_error
from bot.discord_state import Cooldowns
from bot.discord_sync import sync_commands
from bot.expiring import ExpiringMap
from bot.settings import Settings
from retrieval import Engine

__all__ = ["ArticleBot", "ArticleTree", "point_at", "run_discord", "serve_discord"]

log = logging.getLogger(__name__)

COOLDOWN_RATE, COOLDOWN_PER = 3, 10.0  # questions per user, per seconds
COOLDOWN_NOTICE_SECONDS = 10.0  # a chat "slow down" reply removes itself after this
REFUSED_SECONDS, REFUSED_LIMIT = 10 * 60, 1_000  # channels that refused the bot: left alone this long
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


class ArticleTree(app_commands.CommandTree["ArticleBot"]):
    """The command tree, with one place that turns command failures into replies."""

    async def on_error(
        self, interaction: discord.Interaction[ArticleBot], error: app_commands.AppCommandError, /
    ) -> None:
        """Known errors get a short private line; anything else is logged with its traceback."""
        await report_error(interaction, error)


class ArticleBot(discord.Client):
    """A bot that answers questions about one article in chat and through slash commands."""

    def __init__(
        self,
        engine: Engine,
        *,
        guild_id: int | None = None,
        answer_channel_ids: frozenset[int] = frozenset(),
        sync_global: bool = False,
        cooldowns: Cooldowns | None = None,
        **options: Any,
    ) -> None:
        """Set up intents and commands; ``options`` go to ``discord.Client`` (e.g. timeouts)."""
        # A text-only bot: spare users the warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        # Only needed to read messages that do not mention the bot; privileged, so opt-in.
        intents.message_content = bool(answer_channel_ids)
        super().__init__(intents=intents, allowed_mentions=NO_PINGS, **options)
        self.engine = engine
        self.guild_id = guild_id
        self.answer_channel_ids = answer_channel_ids
        self.sync_global = sync_global
        self.cooldowns = cooldowns or Cooldowns(COOLDOWN_RATE, COOLDOWN_PER)
        # One conversation per (user, channel): "more" and "what else did she say?".
        self.conversation = Conversation(engine, FOLLOW_UP_SECONDS, FOLLOW_UP_LIMIT)
        self.answers = ShownAnswers()  # what the buttons under answers page through
        self.refusing: ExpiringMap[int, bool] = ExpiringMap(REFUSED_SECONDS, REFUSED_LIMIT)  # channels
        self.tree = ArticleTree(self)
        for command in COMMANDS:
            self.tree.add_command(command)

    @classmethod
    def from_settings(
        cls, settings: Settings, engine: Engine, *, sync_global: bool = False, **options: Any
    ) -> ArticleBot:
        """The bot as configured by the environment."""
        return cls(
            engine,
            guild_id=settings.guild_id,
            answer_channel_ids=settings.answer_channel_ids,
            sync_global=sync_global,
            **options,
        )

    async def setup_hook(self) -> None:
        """Route button presses by custom_id; register the slash commands (see ``sync_commands``)."""
        self.add_dynamic_items(*BUTTONS)
        await sync_commands(self.tree, self.guild_id, force_global=self.sync_global)

    async def on_ready(self) -> None:
        """Say who we are logged in as, once connected."""
        log.info("Logged in as %s (id %s) in %d servers", self.user, self.user.id, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """Answer a message for the bot as a reply; see ``question_in`` for which messages are."""
        question = self.question_in(message)
        if question is None or self.refusing.get(message.channel.id):
            return
        try:
            await self._answer(message, question)
        except (discord.Forbidden, discord.NotFound) as exc:
            # Every refused request counts towards Discord's ban on IPs sending too many: stop trying.
            self.refusing.put(message.channel.id, True)
            log.warning(
                "Channel %s refused the answer (%s %s): not answering there for %d minutes. Give the "
                "bot Send Messages and Embed Links in it, or take it out.",
                message.channel.id, exc.status, exc.text or exc.response.reason, REFUSED_SECONDS // 60,
            )
        except Exception:
            log.exception("Failed to answer message %s from user %s", message.id, message.author.id)
            with contextlib.suppress(discord.HTTPException):
                await message.reply(SOMETHING_WENT_WRONG, mention_author=False, allowed_mentions=NO_PINGS)

    async def _answer(self, message: discord.Message, question: str) -> None:
        """Reply with the answer, the how-to for a bare mention, or once per wait a "slow down"."""
        try:
            self.cooldowns.check(message.author.id)
        except app_commands.CommandOnCooldown as exc:
            if self.cooldowns.first_refusal(message.author.id, exc.retry_after):
                await message.reply(
                    cooldown_text(exc.retry_after),
                    mention_author=False,
                    allowed_mentions=NO_PINGS,
                    delete_after=COOLDOWN_NOTICE_SECONDS,
                )
            return
        if not question:
            await reply(message, self.answers, [about_embed(self.engine)])
            return
        turn = await self.converse(message.author.id, message.channel.id, question)
        await reply(message, self.answers, *turn_pages(self.engine, turn))

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot (mention removed), or None if it is not for us.

        Direct messages, mentions of the bot and anything in an answer channel are for us.
        ``@everyone``, ``@here`` and role mentions do not count as mentioning the bot, and
        messages from bots, this one included, are never answered.
        """
        if message.author.bot or self.user is None:
            return None
        channel = message.channel
        in_answer_channel = (
            channel.id in self.answer_channel_ids
            or getattr(channel, "parent_id", None) in self.answer_channel_ids
        )
        addressed = self.user in message.mentions or message.guild is None
        if not (addressed or in_answer_channel):
            return None
        text = " ".join(re.sub(rf"<@!?{self.user.id}>", " ", message.content).split())
        # A bare mention or DM asks how to use the bot; a bare attachment in an answer channel, nothing.
        return text if text or addressed else None

    async def converse(self, user_id: int, channel_id: int | None, text: str) -> Turn:
        """Answer ``text``, as a follow-up to this user's last answer in this channel if it is one."""
        # The engine is synchronous; a thread keeps the gateway heartbeat going meanwhile.
        return await asyncio.to_thread(self.conversation.reply, (user_id, channel_id), text)


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

    0 after a clean close, 2 if the token or intents need fixing, 1 if Discord cannot be reached.
    """
    if not settings.discord_token:
        return _fail(MISSING_TOKEN, 2)
    point_at(settings.api_base, settings.gateway_url)
    bot = ArticleBot.from_settings(settings, engine, sync_global=sync_global)
    try:
        await _run_until_signal(bot, settings.discord_token)
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN, 2)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENT_REFUSED, 2)
    except discord.ConnectionClosed as exc:
        if exc.code == 4004:  # the gateway's "authentication failed"
            return _fail(REJECTED_TOKEN, 2)
        return _fail(f"Discord closed the connection (code {exc.code}).", 1)
    except (discord.DiscordException, aiohttp.ClientError, OSError) as exc:
        return _fail(f"Could not talk to Discord: {exc}", 1)
    return 0


async def _run_until_signal(bot: ArticleBot, token: str) -> None:
    """Run the bot until it fails or SIGINT/SIGTERM arrives, then close it cleanly."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        async with bot:  # closes the gateway and HTTP session on the way out
            running = asyncio.create_task(bot.start(token))
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if not running.done():
                log.info("Stopping: closing the Discord connection")
                running.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


def _fail(message: str, status: int) -> int:
    print(message, file=sys.stderr)
    return status
