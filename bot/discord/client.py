"""The Discord client: mentions, DMs, slash commands and buttons in, engine answers out.

It keeps the per-user cooldown, leaves alone channels that refuse it, and counts the answers in
flight so that a shutdown can let them finish (``bot.discord.run`` starts and stops it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import discord
from discord import app_commands

from bot.conversation import FOLLOW_UP_LIMIT, FOLLOW_UP_SECONDS, Conversation, Turn
from bot.discord import copies
from bot.discord.addressed import question_in
from bot.discord.buttons import BUTTONS, ShownAnswers
from bot.discord.commands import COMMANDS
from bot.discord.cooldowns import Cooldowns, OnCooldown
from bot.discord.copies import OwnPosts, SessionWatch
from bot.discord.embeds import about_embed, turn_pages
from bot.discord.invite import invite_url
from bot.discord.replies import (
    LATE_AUTOCOMPLETE,
    NO_PINGS,
    RATE_LIMIT_WAIT,
    SOMETHING_WENT_WRONG,
    TOKEN_REFUSED,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
    dropped,
    gone,
    left,
    notify,
    reply,
    report_error,
    say,
)
from bot.discord.sync import sync_commands
from bot.expiring import ExpiringMap
from bot.render import cooldown_text, count
from bot.settings import Settings
from retrieval import Engine

__all__ = ["ArticleBot", "ArticleTree"]

log = logging.getLogger(__name__)

COOLDOWN_RATE, COOLDOWN_PER = 3, 10.0  # questions per user, per seconds
COOLDOWN_NOTICE_SECONDS = 10.0  # a chat "slow down" reply removes itself after this
REFUSED_SECONDS, REFUSED_LIMIT = 10 * 60, 1_000  # channels that refused the bot: left alone this long
DMS_CLOSED = 50007  # "Cannot send messages to this user": their DMs are closed to the bot, or it is blocked
# Discord asks clients to reconnect after one missed heartbeat ACK. Its heartbeat interval is
# 41.25 s, so in a live connection something (at least that ACK) arrives within 41.25 s and a
# few of latency; discord.py's default of 60 s lets a dead connection go unnoticed much longer.
HEARTBEAT_TIMEOUT = 45.0
RESTARTING = "I'm restarting: please ask again in a minute."


class ArticleTree(app_commands.CommandTree["ArticleBot"]):
    """The command tree, with one place that turns command failures into replies."""

    async def on_error(
        self, interaction: discord.Interaction[ArticleBot], error: app_commands.AppCommandError, /
    ) -> None:
        """Known errors get a short private line; anything else is logged with its traceback."""
        await report_error(interaction, error)

    async def interaction_check(self, interaction: discord.Interaction[ArticleBot], /) -> bool:
        """Take no new commands while shutting down."""
        return await interaction.client.accepts(interaction)


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
        options.setdefault("heartbeat_timeout", HEARTBEAT_TIMEOUT)
        options.setdefault("max_ratelimit_timeout", RATE_LIMIT_WAIT)
        # A text-only bot: spare users the warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        logging.getLogger("discord.app_commands.tree").addFilter(LATE_AUTOCOMPLETE)  # once: same filter
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
        self.connected = asyncio.Event()  # set once the gateway handshake is done
        self.accepting = True  # False from shutdown on: no new questions
        self._in_flight = 0  # answers being worked on
        self._idle = asyncio.Event()
        self._idle.set()
        self._announced = False
        self.sessions = SessionWatch()  # sessions Discord ended, and
        self.own_posts = OwnPosts()  # messages posted as the bot: another copy on the token?
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

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Pause before a new session, as discord.py does, and note that Discord ended the last one."""
        if not initial:
            self.sessions.ended()
            await asyncio.sleep(copies.IDENTIFY_PAUSE)

    async def on_connect(self) -> None:
        """Note that the gateway handshake is done (start-up waits for this, with a time limit)."""
        self.connected.set()

    async def on_ready(self) -> None:
        """Say once, at the default log level, who the bot is, where, about what, and how to invite it."""
        if self._announced or self.user is None:
            return
        self._announced = True
        log.info(
            "Connected as %s to %s, answering about %s. Invite it with %s",
            self.user, count(len(self.guilds), "server"), self.engine.article.title,
            invite_url(self.application_id),
        )

    @contextlib.asynccontextmanager
    async def answering(self) -> AsyncIterator[None]:
        """Count an answer in flight while the block runs, so a shutdown lets it finish."""
        self._in_flight += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._idle.set()

    @property
    def in_flight(self) -> int:
        """How many answers are being worked on."""
        return self._in_flight

    async def drain(self, timeout: float) -> int:
        """Take no new questions; wait up to ``timeout`` s for those in flight. Return how many are left."""
        self.accepting = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        return self.in_flight

    async def accepts(self, interaction: discord.Interaction[ArticleBot]) -> bool:
        """Whether to serve ``interaction``; while shutting down, say so privately and refuse."""
        if self.accepting:
            return True
        if interaction.type is not discord.InteractionType.autocomplete:
            with contextlib.suppress(discord.HTTPException):
                await notify(interaction, RESTARTING)
        return False

    async def on_message(self, message: discord.Message) -> None:
        """Answer a message for the bot as a reply; see ``question_in`` for which messages are."""
        if self.user is not None and message.author.id == self.user.id:
            self.own_posts.seen(message)  # this process's, or another copy's?
            return
        question = self.question_in(message)
        if question is None or not self.accepting or self.refusing.get(message.channel.id):
            return
        try:
            async with self.answering():
                await self._answer(message, question)
        except discord.HTTPException as exc:
            if isinstance(exc, discord.Forbidden | discord.NotFound) or gone(exc):
                self._refused(message, exc)
            elif exc.status == TOO_MANY_REQUESTS:  # after discord.py's five tries
                dropped(message, "kept answering 429 Too Many Requests")
            elif exc.status == UNAUTHORIZED:
                log.error(TOKEN_REFUSED, f"message {message.id}")
            else:
                await self._failed(message)
        except discord.RateLimited as exc:
            dropped(message, f"asked the bot to wait {exc.retry_after:.0f} s (slowmode?)")
        except Exception:
            await self._failed(message)

    def _refused(self, message: discord.Message, exc: discord.HTTPException) -> None:
        """Leave alone for a while the channel that refused the answer to ``message``; say why in one line.

        Every refused request counts towards Discord's ban on IPs sending too many: stop trying.
        """
        channel = message.channel
        channel_id = getattr(channel, "id", 0)
        self.refusing.put(channel_id, True)
        thread = isinstance(channel, discord.Thread)  # needs its own permission to post in
        where = f"{'Thread' if thread else 'Channel'} {channel_id}"
        why = f"{exc.status} {exc.text or exc.response.reason}"
        minutes = REFUSED_SECONDS // 60
        if gone(exc):  # locked or deleted: there is nothing to give the bot
            log.info("%s is locked or gone (%s): not answering there for %d minutes.", where, why, minutes)
            return
        if left(self, message.guild.id if message.guild else None):
            log.info("The bot was removed from server %s while answering in it (%s): nothing to do.",
                     message.guild.id, why)
            return
        if exc.code == DMS_CLOSED:  # the user's choice: no permission would help
            log.info("User %s closed their direct messages to the bot (%s, %d): not answering them there "
                     "for %d minutes.", message.author.id, why, exc.code, minutes)
            return
        log.warning(
            "%s refused the answer (%s): not answering there for %d minutes. Give the bot %s and "
            "Embed Links in it, or take it out.", where, why, minutes,
            "Send Messages in Threads" if thread else "Send Messages",
        )

    async def _failed(self, message: discord.Message) -> None:
        """An answer failed for no known reason: logged with its traceback, "something went wrong" said."""
        if self.is_closed():  # shut down before this answer was done
            log.warning("Gave up on message %s: shutting down", message.id)
            return
        log.exception("Failed to answer message %s from user %s", message.id, message.author.id)
        with contextlib.suppress(discord.HTTPException, discord.RateLimited):  # told, if Discord lets us
            self.own_posts.sent(await say(message, SOMETHING_WENT_WRONG))

    async def _answer(self, message: discord.Message, question: str) -> None:
        """Reply with the answer, the how-to for a bare mention, or once per wait a "slow down"."""
        try:
            self.cooldowns.check(message.author.id)
        except OnCooldown as exc:
            if exc.tell:
                notice = cooldown_text(exc.retry_after)
                self.own_posts.sent(await say(message, notice, delete_after=COOLDOWN_NOTICE_SECONDS))
            return
        if not question:
            self.own_posts.sent(await reply(message, self.answers, [about_embed(self.engine)]))
            return
        turn = await self.converse(message.author.id, message.channel.id, question)
        self.own_posts.sent(await reply(message, self.answers, *turn_pages(self.engine, turn)))

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None if it is not for us (see ``addressed``)."""
        return None if self.user is None else question_in(message, self.user, self.answer_channel_ids)

    async def converse(self, user_id: int, channel_id: int | None, text: str) -> Turn:
        """Answer ``text``, as a follow-up to this user's last answer in this channel if it is one."""
        # The engine is synchronous; a thread keeps the gateway heartbeat going meanwhile.
        return await asyncio.to_thread(self.conversation.reply, (user_id, channel_id), text)

