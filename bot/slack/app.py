"""The Bolt app: mentions, thread follow-ups, slash commands and buttons in, Block Kit answers out.

Each listener only translates: Slack's event into a ``Conversation`` call (the same follow-ups
as the REPL and Discord), and the ``Turn`` it returns into a message from ``blocks``. Slash
commands and buttons ``ack()`` before anything else, as Slack drops an answer after 3 seconds.
The buttons' listeners are in ``buttons``, what happens when answering fails in ``failures``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation import Conversation, Turn
from bot.ratelimit import RateLimit
from bot.render import cooldown_text, pick_a_sentence, sentence_number
from bot.settings import SlackCommands
from bot.slack import blocks
from bot.slack.buttons import Buttons, privately
from bot.slack.failures import InFlight, replying, tell_privately
from bot.slack.mrkdwn import inert, question_text, strip_mention
from bot.slack.retries import retrying_respond
from bot.slack.state import Deliveries, Shelf, Shown
from retrieval import Engine

__all__ = ["SlackBot"]

log = logging.getLogger(__name__)

COOLDOWN_RATE, COOLDOWN_PER = 3, 10.0  # questions per user, per seconds (as on Discord)
BUTTON_SECONDS = 30 * 60.0  # a response_url works for 30 minutes

Pages = list[blocks.Page]
# A plain message, one with a file attached, or a thread reply also sent to the channel; other
# subtypes are edits, joins, bots…
PEOPLE_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
SLACKBOT = "USLACKBOT"  # Slack's own bot posts as this user, with no bot_id (custom responses, reminders)
COMMANDS = ("ask", "speaker", "speakers", "sentence", "about")  # SlackCommands' fields


class SlackBot:
    """The article's Bolt app and what it remembers: conversations per thread, pages, events seen."""

    def __init__(self, engine: Engine, client: AsyncWebClient, commands: SlackCommands | None = None,
                 *, cooldown: RateLimit | None = None) -> None:
        self.engine = engine
        self.commands = commands = commands or SlackCommands()
        self.conversation = Conversation(engine)
        self.cooldown = cooldown or RateLimit(COOLDOWN_RATE, COOLDOWN_PER)
        self.deliveries = Deliveries()
        self.shelf: Shelf[Shown] = Shelf(BUTTON_SECONDS)
        self.in_flight = InFlight()
        self.buttons = Buttons(self.shelf, self._pressing_allowed)
        # The client carries the token and base URL: Bolt itself cannot be pointed elsewhere.
        self.app = AsyncApp(client=client, name="article-bot")
        self.app.middleware(retrying_respond)  # Bolt's own respond() never retries
        self.app.event("app_mention")(self.in_flight.tracked(self.on_mention))
        self.app.event("message")(self.in_flight.tracked(self.on_message))
        for name in COMMANDS:
            self.app.command(getattr(commands, name))(self.in_flight.tracked(getattr(self, f"on_{name}")))
        # Last, so that it gets only the commands none of the above took.
        self.app.command(re.compile("^/"))(self.in_flight.tracked(self.on_unknown))
        self.app.action(re.compile(f"^(?:{blocks.BACK}|{blocks.MORE})$"))(self.in_flight.tracked(self.buttons.on_page))
        self.app.action(blocks.SHARE)(self.in_flight.tracked(self.buttons.on_share))
        self.app.action(re.compile(""))(self.in_flight.tracked(self.buttons.on_unknown))  # the rest
        self.app.error(self.on_error)

    async def drain(self, timeout: float) -> None:
        """Wait (at most ``timeout`` seconds) for the answers being worked on to go out."""
        await self.in_flight.drain(timeout)

    # -- chat ----------------------------------------------------------------------------------

    async def on_mention(self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient,
                         context: Any) -> None:
        """Answer a mention in its thread: the one it is in, or a new one under it."""
        if not self._fresh(body, event):
            return
        thread = event.get("thread_ts") or event["ts"]
        question = question_text(strip_mention(event.get("text", ""), context.bot_user_id or ""))
        await self._answer(client, event, (event["channel"], thread), thread, question)

    async def on_message(self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient,
                         context: Any) -> None:
        """Answer a direct message, or a reply in a thread the bot answered in lately ("more", "and Pak?")."""
        if event.get("channel_type") == "im":
            await self._direct(event, body, client, context)
            return
        thread = event.get("thread_ts")
        text = event.get("text") or ""
        if thread is None or thread == event.get("ts") or not self._fresh(body, event):
            return
        if context.bot_user_id and f"<@{context.bot_user_id}" in text:
            return  # a mention: the app_mention event answers it
        if text.lstrip().startswith("<@"):
            return  # addressed to another person in the thread ("<@bob> did you see that?")
        key = (event["channel"], thread)
        question = question_text(text)
        if not question or self.conversation.last(key) is None:
            return  # a file with no words, or not a thread the bot is talking in
        await self._answer(client, event, key, thread, question)

    async def _direct(self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient,
                      context: Any) -> None:
        """A direct message is a question, no mention needed; the answer stays where it was asked.

        The whole DM is one conversation, so "more" and "and Pak?" follow up as in a thread.
        """
        if not self._fresh(body, event):
            return
        question = question_text(strip_mention(event.get("text") or "", context.bot_user_id or ""))
        await self._answer(client, event, (event["channel"], "im"), event.get("thread_ts"), question)

    async def _answer(self, client: AsyncWebClient, event: dict[str, Any], key: tuple[str, str],
                      thread: str | None, question: str) -> None:
        """Answer ``question`` in the conversation ``key``, posting in ``thread`` (None: the channel)."""
        channel = event["channel"]
        async with replying(self._in_thread(client, channel, thread), f"a message in {channel}"):
            if not await self._allowed(event["user"], client, channel, thread):
                return
            if not question:
                await self._post(client, event, thread, [blocks.about_page(self.engine, self.commands)])
                return
            turn = await asyncio.to_thread(self.conversation.reply, key, question)
            await self._post(client, event, thread, *self._turn_pages(turn))

    # -- slash commands --------------------------------------------------------------------------

    async def on_ask(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/ask QUESTION``: the answer, privately, with the same follow-ups as in chat."""
        await ack()
        question = question_text(command.get("text", ""))
        if await self._refused(command, respond, usage=f"{self.commands.ask} what did the minister say?",
                               text=question):
            return
        key = ("command", command["channel_id"], command["user_id"])
        turn = await asyncio.to_thread(self.conversation.reply, key, question)
        await self._respond(respond, command, *self._turn_pages(turn))

    async def on_speaker(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/speaker NAME``: everything one person is quoted saying."""
        await ack()
        name = question_text(command.get("text", ""))
        usage = f"{self.commands.speaker} NAME (a name, surname or role)"
        if await self._refused(command, respond, usage=usage, text=name):
            return
        answer = await asyncio.to_thread(self.engine.speaker_answer, name)
        turn = self.conversation.remember(("command", command["channel_id"], command["user_id"]), answer)
        await self._respond(respond, command, *self._turn_pages(turn))

    async def on_speakers(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/speakers``: who is quoted, with role and number of quotes."""
        await ack()
        if not await self._refused(command, respond):
            await self._respond(respond, command, blocks.speakers_pages(self.engine, self.commands), 0)

    async def on_sentence(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/sentence N``: sentence N with its neighbours and who said it."""
        await ack()
        count = len(self.engine.attributions)
        text = command.get("text", "").strip().lstrip("§")
        usage = f"{self.commands.sentence} N (1 to {count})"
        if await self._refused(command, respond, usage=usage, text=text):
            return
        number = sentence_number(text, count)
        if number is None:
            await respond(text=pick_a_sentence(count))
            return
        await self._respond(respond, command, [blocks.sentence_page(self.engine, number)], 0)

    async def on_about(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/about``: the article at a glance and how to ask about it."""
        await ack()
        if not await self._refused(command, respond):
            await self._respond(respond, command, [blocks.about_page(self.engine, self.commands)], 0)

    async def on_unknown(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """A command that is none of the bot's: renamed on Slack's side or in the settings, not both."""
        await ack()
        names = [getattr(self.commands, name) for name in COMMANDS]
        given = command.get("command", "")
        log.warning("Slack sent %s, which is none of the bot's commands (%s): rename it in the app's Slash "
                    "Commands, or set SLACK_ASK_COMMAND, SLACK_SPEAKER_COMMAND, … to match.",
                    given[:40], ", ".join(names))
        shown = ", ".join(f"`{name}`" for name in names)
        await privately(respond, f"I don't know `{inert(given[:40])}`. My commands are {shown}.")

    # -- errors ----------------------------------------------------------------------------------

    async def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        """Anything a listener did not handle: logged with its traceback, never shown in chat."""
        log.error("Failed to handle a %s request", body.get("type", "Slack"), exc_info=error)

    # -- helpers ---------------------------------------------------------------------------------

    def _fresh(self, body: dict[str, Any], event: dict[str, Any]) -> bool:
        """Whether to answer this event: a person's new message, not a bot's, an edit or a retry."""
        if (event.get("bot_id") or event.get("subtype") not in PEOPLE_SUBTYPES
                or event.get("user") in (None, "", SLACKBOT)):
            return False
        return self.deliveries.first(body.get("event_id") or f"{event['channel']}/{event['ts']}")

    async def _allowed(self, user: str, client: AsyncWebClient, channel: str, thread: str | None) -> bool:
        verdict = self.cooldown.check(user)
        if verdict.tell:  # to them alone: in the thread it would stay there, for everyone
            await tell_privately(client, user, channel, thread, cooldown_text(verdict.retry_after))
        return verdict.allowed

    async def _pressing_allowed(self, user: str, respond: AsyncRespond) -> bool:
        """Whether a button press is within the user's cooldown (told privately, once, if not)."""
        verdict = self.cooldown.check(user)
        if verdict.tell:
            await privately(respond, cooldown_text(verdict.retry_after))
        return verdict.allowed

    async def _refused(self, command: dict[str, Any], respond: AsyncRespond, *, usage: str | None = None,
                       text: str | None = None) -> bool:
        """Whether a slash command is not to be answered: a user over the limit, or no argument."""
        verdict = self.cooldown.check(command["user_id"])
        if not verdict.allowed:
            if verdict.tell:
                await respond(text=cooldown_text(verdict.retry_after))
            return True
        if usage is not None and not text:
            await respond(text=f"Usage: `{usage}`")
            return True
        return False

    def _turn_pages(self, turn: Turn) -> tuple[Pages, int]:
        return blocks.turn_pages(self.engine, turn, self.commands)

    async def _post(self, client: AsyncWebClient, event: dict[str, Any], thread: str | None, pages: Pages,
                    index: int = 0) -> None:
        """Answer ``event`` in ``thread`` (None: its channel); its asker alone turns the pages."""
        pager = self.shelf.keep(Shown(event["user"], tuple(pages))) if len(pages) > 1 else None
        sent = await client.chat_postMessage(channel=event["channel"], thread_ts=thread,
                                             **blocks.message(pages, index, pager=pager, shareable=False))
        if thread and "thread_ts" not in sent.get("message", {"thread_ts": thread}):
            # The thread's first message is gone, and Slack posted the answer in the channel instead,
            # where it answers nothing: take it back.
            await client.chat_delete(channel=event["channel"], ts=sent["ts"])
            log.info("Took back an answer in %s: its thread's first message was deleted", event["channel"])

    async def _respond(self, respond: AsyncRespond, command: dict[str, Any], pages: Pages,
                       index: int) -> None:
        """Answer a slash command privately; Slack refusing it is logged (by ``RetryingRespond``)."""
        pager = self.shelf.keep(Shown(command["user_id"], tuple(pages)))
        await respond(**blocks.message(pages, index, pager=pager, shareable=True), response_type="ephemeral")

    @staticmethod
    def _in_thread(client: AsyncWebClient, channel: str,
                   thread: str | None) -> Callable[[str], Awaitable[Any]]:
        """A way to say one line in a thread (or, with no thread, in the channel)."""
        return lambda text: client.chat_postMessage(channel=channel, thread_ts=thread, text=text)

