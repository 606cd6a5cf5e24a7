"""The slash commands. Each turns its options into one engine call and answers privately."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, TypeAlias

import discord
from discord import app_commands

from bot.discord.embeds import about_embed, sentence_embed, speakers_pages, turn_pages
from bot.discord.replies import defer_if_slow, notify, respond
from bot.render import clip

if TYPE_CHECKING:
    from bot.discord.client import ArticleBot

__all__ = ["COMMANDS", "MAX_CHOICES", "QUESTION_LIMIT"]

QUESTION_LIMIT = 300
MAX_CHOICES = 25  # Discord's limit; discord.py does not enforce it
CHOICE_LIMIT = 100  # characters in a choice's name and value

Interaction: TypeAlias = "discord.Interaction[ArticleBot]"


def _not_on_cooldown(interaction: Interaction) -> bool:
    """Share the per-user cooldown with chat mentions (raises CommandOnCooldown)."""
    interaction.client.cooldowns.check(interaction.user.id)
    return True


@app_commands.command()
@app_commands.describe(question="e.g. “what did the minister say?” or “who said …?” (quote a few words)")
@app_commands.check(_not_on_cooldown)
async def ask(interaction: Interaction, question: app_commands.Range[str, 1, QUESTION_LIMIT]) -> None:
    """Ask a question about the article."""
    bot = interaction.client
    turn = await defer_if_slow(
        interaction, bot.converse(interaction.user.id, interaction.channel_id, question)
    )
    await respond(interaction, *turn_pages(bot.engine, turn))


@app_commands.command()
@app_commands.describe(name="A name, surname or role: pick from the list or type one")
@app_commands.check(_not_on_cooldown)
async def speaker(interaction: Interaction, name: app_commands.Range[str, 1, CHOICE_LIMIT]) -> None:
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
async def speakers(interaction: Interaction) -> None:
    """Who is quoted in the article, with role and number of quotes."""
    await respond(interaction, speakers_pages(interaction.client.engine))


@app_commands.command()
@app_commands.describe(number="The sentence number, as in §16")
@app_commands.check(_not_on_cooldown)
async def sentence(interaction: Interaction, number: app_commands.Range[int, 1, None]) -> None:
    """One sentence of the article with its neighbours and who said it."""
    engine = interaction.client.engine
    count = len(engine.attributions)
    if number > count:
        await notify(interaction, f"The article has {count} sentences: pick one from 1 to {count}.")
        return
    await respond(interaction, [sentence_embed(engine, number)])


@app_commands.command()
@app_commands.check(_not_on_cooldown)
async def about(interaction: Interaction) -> None:
    """What the article is, and how to ask about it."""
    await respond(interaction, [about_embed(interaction.client.engine)])


COMMANDS = (ask, speaker, speakers, sentence, about)
