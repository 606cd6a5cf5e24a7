"""Running the Slack front end: check both tokens, connect over Socket Mode, stop cleanly.

``run_slack`` is what ``article-bot slack`` calls. A missing or rejected token is one line that
names the token and exit status 2, never a traceback; SIGINT and SIGTERM close the connection,
let the answers in flight go out, and exit 0; an app token Slack refuses later, when
reconnecting, is the same one line and status 2. Dropped connections and Slack's ``disconnect``
requests are handled by slack_sdk's client, which opens a new connection by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from http import HTTPStatus
from typing import Any, TypeVar

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncSlackResponse, AsyncWebClient

from bot.settings import SlackSettings
from bot.slack.app import SlackBot
from bot.slack.failures import TOKEN_REFUSED
from bot.slack.retries import retry_handlers
from retrieval import Engine

__all__ = ["connect", "run_slack", "serve_slack"]

log = logging.getLogger(__name__)
T = TypeVar("T")

SLACK_API_URL = "https://slack.com/api/"
APPS = "https://api.slack.com/apps"
DRAIN_SECONDS = 10.0  # how long a stop waits for answers in flight
MISSING = {
    "SLACK_BOT_TOKEN": f"the Bot User OAuth Token (xoxb-…) from {APPS} → your app → OAuth & Permissions",
    "SLACK_APP_TOKEN": (f"an app-level token (xapp-…) with connections:write from {APPS} → your app → "
                        "Basic Information → App-Level Tokens"),
}
PREFIXES = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}
SECOND_COPY = ("Slack counts %d open connections for this app: is another copy of the bot running with "
               "SLACK_APP_TOKEN? Slack gives each event to one of them, so follow-ups in a thread may go "
               "unanswered. Stop the other copy (one that has just stopped is counted for a short while).")


class SlackStartError(Exception):
    """Slack cannot be served as configured; the message says what to change, ``status`` the exit code."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def run_slack(settings: SlackSettings, engine: Engine) -> int:
    """Serve Slack until SIGINT or SIGTERM; see ``serve_slack`` for the exit status."""
    return asyncio.run(serve_slack(settings, engine))


async def serve_slack(settings: SlackSettings, engine: Engine, stop: asyncio.Event | None = None) -> int:
    """Serve until ``stop`` is set (by default: SIGINT or SIGTERM) and return the exit status.

    0 after a clean stop, 2 if a token needs fixing, 1 if Slack cannot be reached. Problems are
    one line on stderr.
    """
    with _stopped_by_signals(stop is None) as signalled:
        stop = stop or signalled
        refused: list[str] = []  # why Slack refused the app token while running, if it did

        def app_token_refused(message: str) -> None:
            refused.append(message)
            stop.set()

        try:
            connected = await _unless_stopped(connect(settings, engine, app_token_refused), stop)
        except SlackStartError as exc:
            print(exc, file=sys.stderr)
            return exc.status
        if connected is None:
            return 0  # stopped while still connecting
        bot, handler = connected
        try:
            await stop.wait()
        finally:
            log.info("Stopping: closing the Slack connection")
            await handler.close_async()  # no new events from here on
            await bot.drain(DRAIN_SECONDS)
    if refused:
        print(refused[0], file=sys.stderr)
        return 2
    return 0


async def connect(settings: SlackSettings, engine: Engine,
                  app_token_refused: Callable[[str], None] | None = None,
                  ) -> tuple[SlackBot, AsyncSocketModeHandler]:
    """Check both tokens with Slack, then open the Socket Mode connection.

    The tokens are checked first because slack_sdk's aiohttp client retries a rejected app
    token forever, logging a traceback each time. Should Slack refuse the app token later, when
    reconnecting, ``app_token_refused`` is told why, in one line for the operator.
    """
    bot_token = _token("SLACK_BOT_TOKEN", settings.bot_token)
    app_token = _token("SLACK_APP_TOKEN", settings.app_token)
    client = AsyncWebClient(token=bot_token, base_url=settings.api_url or SLACK_API_URL,
                            retry_handlers=retry_handlers())
    me = await _check(client.auth_test(), "SLACK_BOT_TOKEN", settings)
    opened = await _check(client.apps_connections_open(app_token=app_token), "SLACK_APP_TOKEN", settings)
    logging.getLogger("slack_bolt.AsyncApp").addFilter(_TOKEN_IN_CLIENT)
    bot = SlackBot(engine, client, settings.commands)
    socket_log = logging.getLogger(f"{__name__}.socket")
    socket_log.addFilter(_ONE_LINE)  # the same filter each time, so it is added once
    handler = AsyncSocketModeHandler(bot.app, app_token, web_client=client, logger=socket_log)
    handler.client.wss_uri = opened["url"]  # use the URL just issued rather than asking again
    if app_token_refused is not None:
        _watch_app_token(handler, app_token_refused)
    _watch_for_a_second_copy(handler)
    try:
        await handler.connect_async()  # retries until the websocket opens
    except asyncio.CancelledError:
        await handler.close_async()
        raise
    log.info("Connected to Slack as %s in %s, answering about %s. Invite it to a channel with /invite @%s",
             me.get("user"), me.get("team"), engine.article.title, me.get("user"))
    return bot, handler


def _watch_for_a_second_copy(handler: AsyncSocketModeHandler) -> None:
    """Say once, as the bot connects, if Slack counts other connections of the app already open.

    Slack allows several (up to 10) and gives each event to one of them: with two copies of the
    bot running on one app token, each answers a share of the questions, and a thread's follow-up
    reaching the copy that did not answer it goes unanswered. Nothing fails, so say it.
    """
    greeted: list[bool] = []

    async def on_hello(client: Any, message: dict[str, Any], raw: str) -> None:
        if message.get("type") != "hello" or greeted:
            return  # later hellos follow reconnects, when the old connection is briefly still open
        greeted.append(True)
        connections = message.get("num_connections")
        if isinstance(connections, int) and connections > 1:
            log.warning(SECOND_COPY, connections)

    handler.client.message_listeners.append(on_hello)


def _watch_app_token(handler: AsyncSocketModeHandler, refused: Callable[[str], None]) -> None:
    """Tell ``refused`` when Slack refuses the app token while reconnecting (revoked, regenerated).

    slack_sdk would ask again every 10 seconds forever, its log naming neither the token nor
    Slack's error, while the bot hears nothing.
    """
    client = handler.client
    issue = client.issue_new_wss_url

    async def issue_or_report() -> str:
        try:
            return await issue()
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error in TOKEN_REFUSED:
                refused(f"Slack rejected SLACK_APP_TOKEN ({error}) while reconnecting: it was revoked or "
                        f"regenerated. It should be {MISSING['SLACK_APP_TOKEN']}.")
            raise

    client.issue_new_wss_url = issue_or_report  # type: ignore[method-assign]


async def _unless_stopped(work: Coroutine[Any, Any, T], stop: asyncio.Event) -> T | None:
    """The result of ``work``, or None if ``stop`` is set first (``work`` is then cancelled)."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


class _OneLine(logging.Filter):
    """slack_sdk logs each failed connection attempt with a traceback; keep its one-line message."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = record.exc_text = None
        return True


_ONE_LINE = _OneLine()


class _TokenInClient(logging.Filter):
    """Drop Bolt's warning that the token "will be unused", given whenever SLACK_BOT_TOKEN is set.

    That is at every start, and the client Bolt is given carries that very token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


_TOKEN_IN_CLIENT = _TokenInClient()  # one filter, so adding it again changes nothing


def _token(name: str, value: str | None) -> str:
    if not value:
        raise SlackStartError(f"{name} is not set. Put {MISSING[name]} in .env or the environment.")
    if not value.startswith(PREFIXES[name]):
        raise SlackStartError(f"{name} must start with {PREFIXES[name]!r}: it should be {MISSING[name]}.")
    return value


async def _check(call: Awaitable[AsyncSlackResponse], name: str, settings: SlackSettings) -> dict[str, Any]:
    """Await a Web API call made with token ``name``, turning failures into one clear line."""
    try:
        response = await call
    except SlackApiError as exc:
        where = settings.api_url or SLACK_API_URL
        if not isinstance(exc.response.data, dict) or "ok" not in exc.response.data:  # not Slack's JSON
            status = exc.response.status_code
            reason = next((code.phrase for code in HTTPStatus if code == status), "")
            raise SlackStartError(f"Could not reach Slack at {where}: it answered {status} {reason}, not "
                                  "as Slack's Web API does: check SLACK_API_URL.", 1) from None
        error = exc.response.get("error", "error")
        raise SlackStartError(
            f"Slack rejected {name} ({error}): it is wrong, revoked or of the wrong kind. "
            f"It should be {MISSING[name]}."
        ) from None
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        where = settings.api_url or SLACK_API_URL
        raise SlackStartError(f"Could not reach Slack at {where}: {exc or type(exc).__name__}", 1) from None
    return dict(response.data)  # type: ignore[arg-type]


@contextlib.contextmanager
def _stopped_by_signals(install: bool) -> Iterator[asyncio.Event]:
    """An event that SIGINT or SIGTERM sets while inside (when ``install``; else nothing sets it)."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    signals = (signal.SIGINT, signal.SIGTERM) if install else ()
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        yield stop
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)
