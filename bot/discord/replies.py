"""Sending answers to Discord: replies and interaction responses that ping no one, with buttons.

Every message goes out with ``AllowedMentions.none()`` whatever the article or the user typed,
and every failure the user caused gets a short explanation instead of silence. A message,
channel or thread gone or locked meanwhile (``gone``) is no bug: a line at INFO, no traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from bot.render import ANSWER_GONE, cooldown_text

if TYPE_CHECKING:
    from bot.discord.buttons import ShownAnswers
    from bot.discord.client import ArticleBot

__all__ = [
    "LATE_AUTOCOMPLETE",
    "NO_PINGS",
    "RATE_LIMIT_WAIT",
    "PostDelayed",
    "UserError",
    "defer_if_slow",
    "dropped",
    "gone",
    "left",
    "notify",
    "reply",
    "report_error",
    "respond",
    "say",
    "within_wait",
]

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
SOMETHING_WENT_WRONG = "Something went wrong while answering. Please try again in a moment."
# Discord's error codes for where an answer was to go being gone or closed: Unknown Channel (a
# deleted channel or thread), Unknown Message, Thread is archived (locked, the bot may not reopen it).
UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, THREAD_ARCHIVED = 10003, 10008, 50083
# Unknown Interaction: the first response came after Discord's 3 s, and the interaction is gone
# with nothing more to reach its user through.
UNKNOWN_INTERACTION = 10062
TOO_MANY_REQUESTS = 429
# A token reset (or its bot deleted) while running: every request is refused, so one line saying
# which token to replace, never "something went wrong" (refused too) nor a traceback per question.
UNAUTHORIZED = 401
TOKEN_REFUSED = ("Discord refused DISCORD_TOKEN (401 Unauthorized) while answering %s: it was reset. Copy "
                 "a fresh one from https://discord.com/developers/applications → your application → Bot "
                 "→ Reset Token into .env, and restart.")
CLOSED_HERE = "I can't post here any more: this thread is locked, or the channel was deleted."
# Discord drops an interaction not answered within 3 s; past this, say "thinking…" first.
DEFER_AFTER = 1.5
# discord.py sleeps out any 429's retry_after, an hour for a channel's slowmode: past this (its
# least allowed), the bot's own requests raise RateLimited and the answer is dropped with one line.
# Interaction follow-ups go through discord.py's webhook code, which has no such limit:
# ``within_wait`` puts it on them.
RATE_LIMIT_WAIT = 30.0
POST_DELAYED = "Discord is making me wait to post in this channel. Please try again in a minute."

T = TypeVar("T")


class UserError(app_commands.AppCommandError):
    """A request the bot cannot serve as sent; the message, written for the user, says why."""


class PostDelayed(Exception):
    """Discord kept an interaction follow-up waiting (a 429) past ``RATE_LIMIT_WAIT``."""


async def within_wait(work: Awaitable[T]) -> T:
    """Await ``work``, an interaction follow-up; raise ``PostDelayed`` past ``RATE_LIMIT_WAIT`` s."""
    try:
        async with asyncio.timeout(RATE_LIMIT_WAIT):
            return await work
    except TimeoutError:
        raise PostDelayed from None


async def reply(
    message: discord.Message, answers: ShownAnswers, pages: list[discord.Embed], page: int = 0
) -> discord.Message:
    """Answer a chat message in place, as a reply that pings no one, with page buttons if needed."""
    view = answers.show(message.id, message.author.id, pages, page=page, postable=False)
    return await say(message, embed=pages[page], view=view)


async def say(message: discord.Message, content: str | None = None, **options: Any) -> discord.Message:
    """Reply to ``message``, pinging no one; if the asker deleted it meanwhile, post without the link.

    (``Message.reply`` makes Discord refuse a reply to a deleted message with a 400.)
    """
    reference = message.to_reference(fail_if_not_exists=False)
    return await message.channel.send(content, reference=reference, mention_author=False,
                                      allowed_mentions=NO_PINGS, **options)


async def respond(
    interaction: discord.Interaction[ArticleBot], pages: list[discord.Embed], page: int = 0
) -> None:
    """Answer a slash command privately, with a button to post the answer to the channel."""
    view = interaction.client.answers.show(
        interaction.id, interaction.user.id, pages, page=page, postable=True
    )
    view = discord.utils.MISSING if view is None else view
    if interaction.response.is_done():  # deferred: the follow-up replaces "thinking…"
        await interaction.followup.send(
            embed=pages[page], view=view, ephemeral=True, allowed_mentions=NO_PINGS, wait=True
        )
    else:
        await interaction.response.send_message(
            embed=pages[page], view=view, ephemeral=True, allowed_mentions=NO_PINGS
        )


async def defer_if_slow(interaction: discord.Interaction, work: Awaitable[T]) -> T:
    """Await ``work``; if it outlasts ``DEFER_AFTER``, defer privately so the interaction lives on.

    A quick answer then goes out in one response instead of a defer and a follow-up.
    """
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await interaction.response.defer(ephemeral=True, thinking=True)
    return await task


async def notify(interaction: discord.Interaction, text: str) -> None:
    """Tell the user something privately, whether or not the interaction was answered yet."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


class _LateAutocomplete(logging.Filter):
    """discord.py's traceback for autocomplete choices Discord dropped as late (10062), as one line.

    discord.py answers autocomplete itself, after the bot's choices are back, and logs whatever
    fails there with a traceback; a late answer is a busy host, not a bug, once per keystroke.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION:
            command = record.args[0] if isinstance(record.args, tuple) and record.args else "?"
            record.msg = "Discord dropped the autocomplete choices for %s: they came after its 3 s (%s %s)"
            record.args = (command, error.status, error.text)
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
        return True


LATE_AUTOCOMPLETE = _LateAutocomplete()


def dropped(message: discord.Message, why: str) -> None:
    """An answer Discord keeps rate-limiting: one line, and no "something went wrong" limited the same way."""
    log.warning("Discord %s before posting in channel %s: dropped the answer to message %s.", why,
                message.channel.id, message.id)


def left(client: discord.Client, guild_id: int | None) -> bool:
    """Whether the bot was removed from server ``guild_id`` (GUILD_DELETE since); None: a DM."""
    return guild_id is not None and client.get_guild(guild_id) is None


def gone(error: BaseException) -> bool:
    """Whether ``error`` is Discord saying the message, channel or thread is gone or locked."""
    return isinstance(error, discord.HTTPException) and error.code in (
        UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, THREAD_ARCHIVED
    )


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Explain a known failure in one line; log anything else and say something went wrong."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if gone(original):
        assert isinstance(original, discord.HTTPException)
        log.info("Gave up on interaction %s: %s (%s)", interaction.id, original.text, original.code)
        with contextlib.suppress(discord.HTTPException):  # refused the same way, maybe
            await notify(interaction, ANSWER_GONE if original.code == UNKNOWN_MESSAGE else CLOSED_HERE)
        return
    refused = isinstance(original, discord.Forbidden | discord.NotFound)
    if refused and left(interaction.client, interaction.guild_id):
        log.info("The bot was removed from server %s while answering interaction %s there (%s %s): nothing "
                 "to do.", interaction.guild_id, interaction.id, original.status, original.text)
        return
    if isinstance(original, discord.HTTPException) and original.status == UNAUTHORIZED:
        log.error(TOKEN_REFUSED, f"interaction {interaction.id}")
        return
    if isinstance(original, discord.HTTPException) and original.code == UNKNOWN_INTERACTION:
        log.warning("Discord dropped interaction %s before its answer went out (%s %s): it came after "
                    "Discord's 3 s; is the host or its connection slow?", interaction.id, original.status,
                    original.text)
        return
    if isinstance(original, PostDelayed):
        log.warning("Discord kept interaction %s's post waiting over %.0f s (429 Too Many Requests): "
                    "dropped it.", interaction.id, RATE_LIMIT_WAIT)
        text = POST_DELAYED
    elif isinstance(error, app_commands.CommandOnCooldown):
        text = cooldown_text(error.retry_after)
    elif isinstance(error, UserError):
        text = str(error)
    elif isinstance(error, app_commands.TransformerError):
        text = "I couldn't read that value. Please check it and try again."
    elif isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        log.warning("Discord has stale slash commands: %s", error)
        text = "That command is out of date. Discord should catch up within a minute or so."
    elif interaction.client.is_closed():  # shut down before this answer was done
        log.warning("Gave up on interaction %s: shutting down", interaction.id)
        return
    else:
        where = interaction.command.name if interaction.command else "a button"
        log.exception("Failed to answer %s for user %s", where, interaction.user.id, exc_info=error)
        text = SOMETHING_WENT_WRONG
    try:
        await within_wait(notify(interaction, text))
    except discord.HTTPException as exc:
        log.warning("Could not tell user %s about a failure (%s %s)", interaction.user.id, exc.status,
                    exc.text or exc.response.reason)
    except PostDelayed:
        log.warning("Could not tell user %s about a failure: Discord kept that waiting too.",
                    interaction.user.id)
