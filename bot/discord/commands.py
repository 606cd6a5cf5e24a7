"""The slash commands. Each turns its options into one engine call and answers privately."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias

import discord
from discord import app_commands

from bot.discord.embeds import about_embed, sentence_embed, speakers_pages, turn_pages
from bot.discord.replies import UserError, defer_if_slow, respond
from bot.render import clip
from bot.visible import blank

if TYPE_CHECKING:
    from bot.discord.client import ArticleBot

__all__ = ["COMMANDS", "MAX_CHOICES", "QUESTION_LIMIT", "Bounded"]

QUESTION_LIMIT = 300
MAX_CHOICES = 25  # Discord's limit; discord.py does not enforce it
CHOICE_LIMIT = 100  # characters in a choice's name and value

Interaction: TypeAlias = "discord.Interaction[ArticleBot]"


class Bounded(app_commands.Transformer):
    """An option whose limits Discord's client enforces, checked again by the bot.

    A stale command definition or another client can send any value, even of another type.
    """

    def __init__(self, kind: type[int] | type[str], low: int, high: int | None, hint: str) -> None:
        self.kind = kind
        self.low = low
        self.high = high
        self.hint = hint  # what to tell the user; may use {low} and {high}

    @property
    def type(self) -> discord.AppCommandOptionType:
        """An integer option, or a string one whose limits are lengths."""
        kinds = discord.AppCommandOptionType
        return kinds.integer if self.kind is int else kinds.string

    @property
    def min_value(self) -> int:
        """The lower limit declared to Discord."""
        return self.low

    @property
    def max_value(self) -> int | None:
        """The upper limit declared to Discord."""
        return self.high

    def upper(self, interaction: Interaction) -> int | None:
        """The upper limit when the option arrives."""
        return self.high

    async def transform(self, interaction: Interaction, value: object, /) -> object:
        """``value`` if it is within the limits; else a friendly private reply."""
        high = self.upper(interaction)
        if self.kind is int and type(value) is int:
            size = value
        elif self.kind is str and isinstance(value, str):
            size = 0 if blank(value) else len(value)  # zero-width spaces alone: nothing typed
        else:
            size = None
        if size is None or size < self.low or (high is not None and size > high):
            raise UserError(self.hint.format(low=self.low, high=high))
        return value


class SentenceNumber(Bounded):
    """A sentence number of the article being served: from 1 to its sentence count."""

    def __init__(self) -> None:
        super().__init__(int, 1, None, "The article has {high} sentences: pick one from {low} to {high}.")

    def upper(self, interaction: Interaction) -> int:
        """The number of sentences in the article."""
        return len(interaction.client.engine.attributions)


QUESTION = Bounded(str, 1, QUESTION_LIMIT, "A question can be {low} to {high} characters long.")
NAME = Bounded(str, 1, CHOICE_LIMIT, "A name can be {low} to {high} characters long.")


def _in_flight(command: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    """Count the command as an answer in flight while it runs, so a shutdown lets it finish."""

    @functools.wraps(command)
    async def run(interaction: Interaction, *args: Any, **kwargs: Any) -> None:
        async with interaction.client.answering():
            await command(interaction, *args, **kwargs)

    return run


def _not_on_cooldown(interaction: Interaction) -> bool:
    """Share the per-user cooldown with chat mentions (raises CommandOnCooldown)."""
    interaction.client.cooldowns.check(interaction.user.id)
    return True


@app_commands.command()
@app_commands.describe(question="e.g. “what did the minister say?” or “who said …?” (quote a few words)")
@app_commands.check(_not_on_cooldown)
@_in_flight
async def ask(interaction: Interaction, question: app_commands.Transform[str, QUESTION]) -> None:
    """Ask a question about the article."""
    bot = interaction.client
    turn = await defer_if_slow(
        interaction, bot.converse(interaction.user.id, interaction.channel_id, question)
    )
    await respond(interaction, *turn_pages(bot.engine, turn))


@app_commands.command()
@app_commands.describe(name="A name, surname or role: pick from the list or type one")
@app_commands.check(_not_on_cooldown)
@_in_flight
async def speaker(interaction: Interaction, name: app_commands.Transform[str, NAME]) -> None:
    """Everything one person in the article is quoted saying."""
    bot = interaction.client
    answer = await defer_if_slow(interaction, asyncio.to_thread(bot.engine.speaker_answer, name))
    turn = bot.conversation.remember((interaction.user.id, interaction.channel_id), answer)
    await respond(interaction, *turn_pages(bot.engine, turn))


@speaker.autocomplete("name")
async def _speaker_choices(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Speakers matching what is typed so far, shown with their role."""
    speakers = interaction.client.engine.speakers.complete(current, limit=MAX_CHOICES)
    return [
        app_commands.Choice(name=clip(s.label, CHOICE_LIMIT), value=s.name[:CHOICE_LIMIT])
        for s in speakers[:MAX_CHOICES]
    ]


@app_commands.command()
@app_commands.check(_not_on_cooldown)
@_in_flight
async def speakers(interaction: Interaction) -> None:
    """Who is quoted in the article, with role and number of quotes."""
    await respond(interaction, speakers_pages(interaction.client.engine))


@app_commands.command()
@app_commands.describe(number="The sentence number, as in §16")
@app_commands.check(_not_on_cooldown)
@_in_flight
async def sentence(interaction: Interaction, number: app_commands.Transform[int, SentenceNumber()]) -> None:
    """One sentence of the article with its neighbours and who said it."""
    await respond(interaction, [sentence_embed(interaction.client.engine, number)])


@app_commands.command()
@app_commands.check(_not_on_cooldown)
@_in_flight
async def about(interaction: Interaction) -> None:
    """What the article is, and how to ask about it."""
    await respond(interaction, [about_embed(interaction.client.engine)])


COMMANDS = (ask, speaker, speakers, sentence, about)
