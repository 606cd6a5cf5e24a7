"""Sending answers to Discord: replies and interaction responses that ping no one, with page buttons.

Every message goes out with ``AllowedMentions.none()`` whatever the article or the user typed,
and every failure the user caused gets a short explanation instead of silence.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Awaitable
from typing import TypeVar

import discord
from discord import app_commands

__all__ = [
    "NO_PINGS",
    "Pager",
    "UserError",
    "cooldown_text",
    "defer_if_slow",
    "notify",
    "reply",
    "report_error",
    "respond",
]

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
VIEW_TIMEOUT = 10 * 60.0  # under the 15 minutes an interaction token lasts, so it can still edit
SOMETHING_WENT_WRONG = "Something went wrong while answering. Please try again in a moment."
# Discord drops an interaction not answered within 3 s; past this, say "thinking…" first.
DEFER_AFTER = 1.5

T = TypeVar("T")

AnyMessage = discord.Message | discord.InteractionMessage | discord.WebhookMessage


class UserError(app_commands.AppCommandError):
    """A request the bot cannot serve as sent; the message, written for the user, says why."""


class Pager(discord.ui.View):
    """Buttons under an answer: page through it, and post a private answer to the channel."""

    def __init__(
        self,
        pages: list[discord.Embed],
        *,
        page: int = 0,
        postable: bool,
        timeout: float = VIEW_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.page = page
        self.message: AnyMessage | None = None
        if len(pages) == 1:
            self.remove_item(self.back)
            self.remove_item(self.more)
        if not postable:
            self.remove_item(self.post)
        self._refresh()

    @property
    def embed(self) -> discord.Embed:
        """The page on show."""
        return self.pages[self.page]

    @discord.ui.button(label="Back", style=discord.ButtonStyle.secondary)
    async def back(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the previous page in place."""
        await self._turn(interaction, -1)

    @discord.ui.button(label="Show more", style=discord.ButtonStyle.primary)
    async def more(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the next page in place."""
        await self._turn(interaction, +1)

    @discord.ui.button(label="Post to channel", style=discord.ButtonStyle.success)
    async def post(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Post the page on show for everyone in the channel, saying who shared it."""
        embed = self.embed.copy().remove_footer()  # its page buttons stay behind
        embed.set_author(name=f"Shared by {interaction.user.display_name}")
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_PINGS)

    async def on_timeout(self) -> None:
        """Take the buttons away once they would stop working."""
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        """Report a failed button press like a failed command."""
        await report_error(interaction, error)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), len(self.pages) - 1)
        self._refresh()
        await interaction.response.edit_message(embed=self.embed, view=self, allowed_mentions=NO_PINGS)

    def _refresh(self) -> None:
        self.back.disabled = self.page == 0
        self.more.disabled = self.page == len(self.pages) - 1


async def reply(message: discord.Message, pages: list[discord.Embed], page: int = 0) -> None:
    """Answer a chat message in place, as a reply that does not ping its author."""
    view = Pager(pages, page=page, postable=False) if len(pages) > 1 else None
    sent = await message.reply(embed=pages[page], view=view, mention_author=False, allowed_mentions=NO_PINGS)
    if view is not None:
        view.message = sent


async def respond(interaction: discord.Interaction, pages: list[discord.Embed], page: int = 0) -> None:
    """Answer a slash command privately, with a button to post the answer to the channel."""
    view = Pager(pages, page=page, postable=True)
    if interaction.response.is_done():  # deferred: the follow-up replaces "thinking…"
        view.message = await interaction.followup.send(
            embed=view.embed, view=view, ephemeral=True, allowed_mentions=NO_PINGS, wait=True
        )
    else:
        callback = await interaction.response.send_message(
            embed=view.embed, view=view, ephemeral=True, allowed_mentions=NO_PINGS
        )
        if isinstance(callback.resource, discord.InteractionMessage):
            view.message = callback.resource


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


def cooldown_text(retry_after: float) -> str:
    """The friendly "slow down" message."""
    seconds = max(1, math.ceil(retry_after))
    return f"You're asking faster than I can keep up, try again in {seconds} s."


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Explain a known failure in one line; log anything else and say something went wrong."""
    if isinstance(error, app_commands.CommandOnCooldown):
        text = cooldown_text(error.retry_after)
    elif isinstance(error, UserError):
        text = str(error)
    elif isinstance(error, app_commands.TransformerError):
        text = "I couldn't read that value. Please check it and try again."
    elif isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        log.warning("Discord has stale slash commands: %s", error)
        text = "That command is out of date. Discord should catch up within a minute or so."
    else:
        where = interaction.command.name if interaction.command else "a button"
        log.exception("Failed to answer %s for user %s", where, interaction.user.id, exc_info=error)
        text = SOMETHING_WENT_WRONG
    try:
        await notify(interaction, text)
    except discord.HTTPException:
        log.warning("Could not tell user %s about a failure", interaction.user.id, exc_info=True)
