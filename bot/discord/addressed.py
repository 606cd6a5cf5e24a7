"""Which Discord messages are for the bot, and the question each asks with the bot's mention removed."""

from __future__ import annotations

import re

import discord

from bot.visible import blank

__all__ = ["question_in"]

OPENS_WITH_A_PERSON = re.compile(r"\s*<@!?\d+>")  # a message addressed to someone


def question_in(
    message: discord.Message, me: discord.ClientUser, answer_channel_ids: frozenset[int]
) -> str | None:
    """The question ``message`` asks the bot ``me`` (mention removed), or None if it is not for us.

    Direct messages, mentions of the bot and anything in an answer channel are for us, but for
    a message there that opens with another person's mention or replies to another person.
    ``@everyone``, ``@here`` and role mentions do not count as mentioning the bot, except of
    the role Discord makes for the bot itself: typing "@article-bot", the client offers it
    next to the bot, by the same name. Messages from bots, this one included, are never answered.
    A mention followed only by invisible characters asks nothing, as a bare mention does.
    """
    if message.author.bot:
        return None
    channel = message.channel
    in_answer_channel = (
        channel.id in answer_channel_ids or getattr(channel, "parent_id", None) in answer_channel_ids
    )
    own_roles = [role.id for role in message.role_mentions if role.tags and role.tags.bot_id == me.id]
    addressed = me in message.mentions or message.guild is None or bool(own_roles)
    if not (addressed or in_answer_channel):
        return None
    replied = message.reference.resolved if message.reference else None
    to_someone = isinstance(replied, discord.Message) and replied.author.id != me.id
    if not addressed and (to_someone or OPENS_WITH_A_PERSON.match(message.content)):
        return None  # "@bob did you see that?", or a reply to bob, in an answer channel is for bob
    mention = "|".join([f"<@!?{me.id}>", *(f"<@&{role}>" for role in own_roles)])
    text = " ".join(re.sub(mention, " ", message.content).split())
    text = "" if blank(text) else text
    # A bare mention or DM asks how to use the bot; a bare attachment in an answer channel, nothing.
    return text if text or addressed else None
