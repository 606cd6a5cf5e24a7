"""Buttons under answers: Back, Show more and Post to channel, working without a View in memory.

A button's custom_id says what it does and for which answer (``article-bot:more:<answer>:<page>``),
so discord.py's ``DynamicItem`` routes a press to it even after a restart. The answer's pages are
kept for a while in a bounded store; a press after that (or after a restart) says the answer
expired and takes the dead buttons off the message instead of failing silently. Only the asker
turns pages, an answer is posted to the channel once, and every press counts against the
asker's cooldown like a question.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeAlias

import discord

from bot.discord.replies import NO_PINGS, PostDelayed, notify, report_error, within_wait
from bot.expiring import ExpiringMap

if TYPE_CHECKING:
    from bot.discord.client import ArticleBot

__all__ = ["BUTTONS", "AnswerButton", "ExpiredButton", "ShownAnswers"]

ANSWER_SECONDS = 60 * 60.0  # how long buttons keep working after the answer was given
ANSWERS_KEPT = 2_000  # answers with buttons remembered at once

EXPIRED = "This answer has expired: ask again for a fresh one."
NOT_YOURS = "Only the person who asked can turn these pages. Ask your own with /ask or by mentioning me."
ALREADY_POSTED = "This answer is already in the channel."

Interaction: TypeAlias = "discord.Interaction[ArticleBot]"

_LOOKS = {
    "back": ("Back", discord.ButtonStyle.secondary),
    "more": ("Show more", discord.ButtonStyle.primary),
    "post": ("Post to channel", discord.ButtonStyle.success),
}


@dataclass(frozen=True, slots=True)
class Shown:
    """An answer on show with buttons: who asked, its pages, and whether it may still be posted."""

    owner: int
    pages: tuple[discord.Embed, ...]
    postable: bool


class ShownAnswers:
    """The answers on show with buttons, by the Discord id of what they answer (message or command).

    Those ids are unique for good, so a button from before a restart never finds another answer.
    """

    def __init__(self, ttl: float = ANSWER_SECONDS, maxsize: int = ANSWERS_KEPT) -> None:
        self._shown: ExpiringMap[int, Shown] = ExpiringMap(ttl, maxsize)

    def show(
        self, key: int, owner: int, pages: Sequence[discord.Embed], *, page: int = 0, postable: bool
    ) -> discord.ui.View | None:
        """Remember the answer ``key`` and return its buttons on ``page`` (None: it needs none)."""
        shown = Shown(owner, tuple(pages), postable)
        view = _buttons(key, shown, page)
        if view is not None:
            self._shown.put(key, shown)
        return view

    def get(self, key: int) -> Shown | None:
        """The answer ``key`` if it is still remembered."""
        return self._shown.get(key)

    def posted(self, key: int, shown: Shown) -> Shown:
        """Record that answer ``key`` went to the channel, so it cannot be posted again."""
        shown = replace(shown, postable=False)
        self._shown.put(key, shown)
        return shown


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"article-bot:(?P<action>back|more|post):(?P<key>\d+):(?P<page>\d+)",
):
    """One button under an answer; its custom_id holds the action, the answer and the page on show."""

    def __init__(self, action: str, key: int, page: int, *, disabled: bool = False) -> None:
        label, style = _LOOKS[action]
        custom_id = f"article-bot:{action}:{key}:{page}"
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=custom_id, disabled=disabled))
        self.action = action
        self.key = key
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> AnswerButton:
        """The button a press came from, rebuilt from its custom_id."""
        return cls(match["action"], int(match["key"]), int(match["page"]))

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        """Take no new presses while shutting down."""
        return await interaction.client.accepts(interaction)

    async def callback(self, interaction: Interaction) -> None:
        """Turn the page or post the answer, for its asker, within their cooldown."""
        try:
            async with interaction.client.answering():
                await self._press(interaction)
        except Exception as error:
            await report_error(interaction, error)

    async def _press(self, interaction: Interaction) -> None:
        bot = interaction.client
        bot.cooldowns.check(interaction.user.id)
        shown = bot.answers.get(self.key)
        if shown is None:
            await expire(interaction)
        elif interaction.user.id != shown.owner:
            await notify(interaction, NOT_YOURS)
        elif self.action == "post":
            await self._post(interaction, shown, min(self.page, len(shown.pages) - 1))
        else:
            step = 1 if self.action == "more" else -1
            page = min(max(self.page + step, 0), len(shown.pages) - 1)
            await interaction.response.edit_message(
                embed=shown.pages[page], view=_buttons(self.key, shown, page), allowed_mentions=NO_PINGS
            )

    async def _post(self, interaction: Interaction, shown: Shown, page: int) -> None:
        """Post the page on show for everyone, naming who shared it; its button goes."""
        if not shown.postable:
            await notify(interaction, ALREADY_POSTED)
            return
        answers = interaction.client.answers
        posted = answers.posted(self.key, shown)  # before any await: one post only
        await interaction.response.edit_message(view=_buttons(self.key, posted, page))
        embed = shown.pages[page].copy().remove_footer()  # its page buttons stay behind
        embed.set_author(name=f"Shared by {interaction.user.display_name}")
        try:
            await within_wait(interaction.followup.send(embed=embed, allowed_mentions=NO_PINGS))
        except (discord.HTTPException, PostDelayed):  # not posted (a locked thread…): the button comes back
            view = answers.show(self.key, shown.owner, shown.pages, page=page, postable=True)
            with contextlib.suppress(discord.HTTPException, PostDelayed):
                await within_wait(interaction.edit_original_response(view=view))
            raise


class ExpiredButton(discord.ui.DynamicItem[discord.ui.Button], template=r"[0-9a-f]{32}"):
    """A button from before custom_ids held their answer (discord.py's random ids): expired."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(discord.ui.Button(label="Expired", custom_id=custom_id, disabled=True))

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ExpiredButton:
        """The button a press came from."""
        return cls(match[0])

    async def callback(self, interaction: Interaction) -> None:
        """Say the answer expired and take the dead buttons away."""
        try:
            await expire(interaction)
        except Exception as error:
            await report_error(interaction, error)


BUTTONS = (AnswerButton, ExpiredButton)


async def expire(interaction: Interaction) -> None:
    """Take the buttons off the message pressed, and tell the presser privately to ask again."""
    await interaction.response.edit_message(view=None)
    await interaction.followup.send(EXPIRED, ephemeral=True, allowed_mentions=NO_PINGS)


def _buttons(key: int, shown: Shown, page: int) -> discord.ui.View | None:
    """The buttons under page ``page`` of answer ``key``: paging when it has pages, posting if allowed."""
    view = discord.ui.View(timeout=None)
    last = len(shown.pages) - 1
    if last > 0:
        view.add_item(AnswerButton("back", key, page, disabled=page == 0))
        view.add_item(AnswerButton("more", key, page, disabled=page == last))
    if shown.postable:
        view.add_item(AnswerButton("post", key, page))
    return view if view.children else None
