"""Failures while answering on Slack: one short line for the user, one log line for the operator.

Every listener runs ``tracked``: counted as in flight, so a stop can let it finish, and with any
failure turned by ``replying`` into "something went wrong" for the user (in the thread, or
privately for commands and buttons) and a logged traceback. A channel the bot may not post
in is one warning instead (and the presser of a button there told privately), and a token
revoked while running one error saying which token to replace, and a call Slack still
rate-limits after the retries one warning: no bug, and telling the user
in the channel would be refused the same way. A message or thread deleted while the bot
answered it is no bug either: one line at INFO, and the presser of a button on a deleted
answer is told privately (a deleted thread has no one left to tell). A private notice Slack
will not show where it was asked goes to the user's direct messages (``tell_privately``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.render import ANSWER_GONE

__all__ = ["BUSY", "NOT_HERE", "POSTING_REFUSED", "SOMETHING_WENT_WRONG", "TOKEN_REFUSED", "VANISHED",
           "InFlight", "replying", "tell_privately"]

log = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = "Something went wrong while answering. Please try again in a moment."
# What chat.postMessage says in a channel the bot may not post in: saying "something went wrong"
# there would only be refused again.
POSTING_REFUSED = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action",
                             "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
                             "restricted_action_non_threadable_channel", "team_access_not_granted",
                             "ekm_access_denied"})  # Enterprise Grid admins suspended posting
# What chat.update says of a message deleted meanwhile, and chat.postMessage of a thread whose
# first message was deleted.
VANISHED = frozenset({"message_not_found", "thread_not_found", "invalid_thread_ts"})
NOT_HERE = "Slack no longer lets me post in this channel, so I can't turn the page"
# What a call Slack still rate-limits after the client's retries says.
RATE_LIMITED = "ratelimited"
BUSY = "Slack is asking me to slow down right now. Please try again in a minute."
# What any call says once the bot token is revoked, expired or its app uninstalled.
TOKEN_REFUSED = frozenset({"invalid_auth", "not_authed", "token_revoked", "token_expired",
                           "account_inactive", "app_uninstalled"})
TOKEN_HELP = ("Slack refused SLACK_BOT_TOKEN (%s) while answering %s: the token was revoked or the app "
              "uninstalled. Reinstall the app, put its Bot User OAuth Token in .env and restart.")

Tell = Callable[[str], Awaitable[Any]]
# What chat.postEphemeral says of a user it cannot show a message to in that channel: one from
# another organisation in a shared channel, or who left it since asking.
NOT_A_MEMBER = "user_not_in_channel"


@contextlib.asynccontextmanager
async def replying(tell: Tell, where: str, *, private: bool = False) -> AsyncIterator[None]:
    """Turn any failure while answering into one short line for the user and a logged traceback.

    ``private``: ``tell`` reaches the user alone, not the (maybe deleted) thread.
    """
    try:
        yield
    except Exception as exc:
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else None
        if error in VANISHED:
            log.info("Gave up on %s: its message or thread was deleted (%s)", where, error)
            if private:
                with contextlib.suppress(Exception):
                    await tell(ANSWER_GONE)
            return
        if error in POSTING_REFUSED:
            log.warning("Slack refused the answer to %s (%s): invite the bot there, or let it post.",
                        where, error)
            if private:  # a button pressed where the bot may no longer post: not silence
                with contextlib.suppress(Exception):
                    await tell(f"{NOT_HERE} ({error}).")
            return
        if error == RATE_LIMITED:  # after the client's retries: a "something went wrong" would be too
            log.warning("Slack kept rate-limiting the answer to %s (%s) after waiting as asked: dropped it.",
                        where, error)
            if private:  # a response_url is not rate-limited with the Web API: the user can be told
                with contextlib.suppress(Exception):
                    await tell(BUSY)
            return
        if error in TOKEN_REFUSED:
            log.error(TOKEN_HELP, error, where)
            return
        log.exception("Failed to answer %s", where)
        with contextlib.suppress(Exception):
            await tell(SOMETHING_WENT_WRONG)


async def tell_privately(client: AsyncWebClient, user: str, channel: str, thread: str | None,
                         text: str) -> None:
    """Show ``text`` to ``user`` alone where they asked, or else in their direct messages with the bot.

    Anything else Slack refuses goes to ``replying`` (a channel the bot was taken out of).
    """
    try:
        await client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread, text=text)
        return
    except SlackApiError as exc:
        if exc.response.get("error") != NOT_A_MEMBER:
            raise
    try:
        await client.chat_postMessage(channel=user, text=text)  # a user id: the app's DM with them
        log.info("Told user %s in a direct message: Slack would not show them a private message in %s (%s)",
                 user, channel, NOT_A_MEMBER)
    except SlackApiError as exc:
        log.info("Could not tell user %s privately in %s (%s) nor in a direct message (%s)", user, channel,
                 NOT_A_MEMBER, exc.response.get("error"))


class InFlight:
    """The listeners running now, so that a stop can wait for their answers to go out."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()

    def tracked(self, listener: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        """``listener`` counted as in flight while it runs.

        A failure in a command or button listener becomes a private "something went wrong";
        chat listeners answer failures in their thread themselves.
        """

        @functools.wraps(listener)  # Bolt passes the arguments the listener's signature names
        async def run(**kwargs: Any) -> None:
            task = asyncio.current_task()
            assert task is not None
            self.tasks.add(task)
            respond = kwargs.get("respond")
            try:
                if respond is None:
                    await listener(**kwargs)
                    return
                async with replying(lambda text: respond(text=text, replace_original=False),
                                    listener.__name__, private=True):
                    await listener(**kwargs)
            finally:
                self.tasks.discard(task)

        return run

    async def drain(self, timeout: float) -> None:
        """Wait (at most ``timeout`` seconds) for the listeners running now to finish."""
        if self.tasks:
            log.info("Finishing %d answer(s) in flight", len(self.tasks))
            await asyncio.wait(set(self.tasks), timeout=timeout)
