"""The buttons under an answer: Back and Show more turn its pages, Share in channel posts it.

Each button's value is ``pager:index``: where its answer's pages are kept on the ``Shelf`` and the
page on show. Only the asker turns the pages of an answer in a thread (anyone else is told
privately), a private answer is shared once, and every press counts against the presser's
cooldown, as on Discord. Pages forgotten (after 30 minutes, or a restart) are "expired".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from http import HTTPStatus
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.render import clip
from bot.slack import blocks
from bot.slack.mrkdwn import inert
from bot.slack.state import Shelf, Shown

__all__ = ["ALREADY_SHARED", "EXPIRED", "NOT_SHARED", "NOT_YOURS", "Buttons", "privately"]

EXPIRED = "Those buttons have expired. Ask again to get fresh ones."
NOT_YOURS = "Only the person who asked can turn these pages. Ask your own by mentioning me."
ALREADY_SHARED = "This answer is already in the channel."
NOT_SHARED = "Slack would not post this answer in the channel"

# Whether a user may press now (telling them privately when not): the per-user cooldown.
Allowed = Callable[[str, AsyncRespond], Awaitable[bool]]


class Buttons:
    """The listeners for the answer buttons, over the shelf where answers keep their pages."""

    def __init__(self, shelf: Shelf[Shown], allowed: Allowed) -> None:
        self.shelf = shelf
        self.allowed = allowed

    async def on_page(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any],
                      respond: AsyncRespond, client: AsyncWebClient) -> None:
        """Back / Show more: the neighbouring page, in place; only for the asker, within the cooldown."""
        await ack()
        pager, index, shown = self._pressed(action)
        user = body.get("user", {}).get("id", "")
        if shown is None:
            await privately(respond, EXPIRED)
            return
        if user != shown.owner:
            await privately(respond, NOT_YOURS)
            return
        if not await self.allowed(user, respond):
            return
        pages = list(shown.pages)
        step = 1 if action["action_id"] == blocks.MORE else -1
        index = min(max(index + step, 0), len(pages) - 1)
        container = body.get("container", {})
        if container.get("is_ephemeral"):
            message = blocks.message(pages, index, pager=pager, shareable=not shown.shared)
            await respond(**message, replace_original=True)
        else:
            await client.chat_update(channel=container["channel_id"], ts=container["message_ts"],
                                     **blocks.message(pages, index, pager=pager, shareable=False))

    async def on_share(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any],
                       respond: AsyncRespond) -> None:
        """Share in channel: post the page on show for everyone, once, saying who shared it."""
        await ack()
        pager, index, shown = self._pressed(action)
        user = body.get("user", {})
        if shown is None:
            await privately(respond, EXPIRED)
            return
        if shown.shared:
            await privately(respond, ALREADY_SHARED)
            return
        if not await self.allowed(user.get("id", ""), respond):
            return
        self.shelf.replace(pager, replace(shown, shared=True))  # before any await: one share only
        pages = list(shown.pages)
        note = f"Shared by {inert(user.get('name') or user.get('username') or 'someone')}"
        shared = blocks.message(pages, index, pager=None, shareable=False, note=note)
        posted = await respond(**shared, response_type="in_channel", replace_original=False)
        if posted.status_code != HTTPStatus.OK:  # Bolt's respond() tells by its status, never raises
            self.shelf.replace(pager, shown)  # not in the channel: it can be tried again
            why = inert(clip(posted.body or str(posted.status_code), 80))
            await privately(respond, f"{NOT_SHARED} ({why}).")
            return
        await respond(**blocks.message(pages, index, pager=pager, shareable=False), replace_original=True)

    async def on_unknown(self, ack: AsyncAck, respond: AsyncRespond) -> None:
        """A button of another version (an action this one lacks): expired, as its pages would be."""
        await ack()
        await privately(respond, EXPIRED)

    def _pressed(self, action: dict[str, Any]) -> tuple[str, int, Shown | None]:
        """Where the pressed button's answer is kept, its page on show (0 if no plain number), the answer."""
        pager, _, index = action.get("value", "").partition(":")
        number = int(index) if index.isascii() and index.isdecimal() and len(index) < 6 else 0
        return pager, number, self.shelf.get(pager)


async def privately(respond: AsyncRespond, text: str) -> None:
    """One line only the presser sees, leaving the message pressed as it is."""
    await respond(text=text, response_type="ephemeral", replace_original=False)
