"""Slack calls asked again: a 429 after the wait Slack asks for (within a bound), a passing 500/503.

slack_sdk retries only failed connections by default, and Bolt's ``respond()`` builds a webhook
client with no retry handlers at all: a rate-limited answer was lost. Both the Web API client
and every ``response_url`` post (slash command answers, button presses) get the same handlers
here. A Retry-After past ``MAX_WAIT`` is not waited out (an answer an hour late answers
nothing): the call fails at once, and the failure is one log line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.context.respond.internals import _build_message
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncServerErrorRetryHandler, async_default_handlers
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.webhook import WebhookResponse
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.render import clip

__all__ = ["MAX_WAIT", "RateLimitRetry", "RetryingRespond", "retry_handlers", "retrying_respond"]

log = logging.getLogger(__name__)

MAX_WAIT = 30.0  # the longest Retry-After waited out, in seconds (as for Discord's slowmode)
RATE_LIMIT_RETRIES = 2


class RateLimitRetry(AsyncRetryHandler):
    """A 429 asked again after its Retry-After, unless that is over ``MAX_WAIT``."""

    def __init__(self, max_retry_count: int = RATE_LIMIT_RETRIES, max_wait: float = MAX_WAIT) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        return response is not None and response.status_code == HTTPStatus.TOO_MANY_REQUESTS and (
            retry_after(response) <= self.max_wait)

    async def prepare_for_next_attempt_async(self, *, state: RetryState, request: HttpRequest,
                                             response: HttpResponse | None = None,
                                             error: Exception | None = None) -> None:
        """Wait as Slack asked, then ask again."""
        assert response is not None  # _can_retry_async said so
        state.next_attempt_requested = True
        await asyncio.sleep(retry_after(response))
        state.increment_current_attempt()


def retry_handlers() -> list[AsyncRetryHandler]:
    """Connection errors (slack_sdk's default), 429 within the bound twice, a 500/503 once."""
    return [*async_default_handlers(), RateLimitRetry(), AsyncServerErrorRetryHandler(max_retry_count=1)]


def retry_after(response: HttpResponse) -> float:
    """The seconds Slack asks to wait (1 when it does not say).

    The Web API client keeps each header as a list, the webhook client as a string.
    """
    value: Any = next((v for k, v in response.headers.items() if k.lower() == "retry-after"), "1")
    value = value[0] if isinstance(value, list) and value else value
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError):
        return 1.0


class RetryingRespond(AsyncRespond):
    """Bolt's ``respond()``, its posts asked again as above; a post still refused is one log line.

    Like Bolt's, it never raises for a refused post: callers that care read the status.
    """

    def __init__(self, *, response_url: str | None, what: str = "a request") -> None:
        super().__init__(response_url=response_url)
        self.what = what  # what is being answered, for the log: "/ask from user U1"

    async def __call__(self, text: str | dict[str, Any] = "", **fields: Any) -> WebhookResponse:  # type: ignore[override]
        """Post ``text`` (or a whole message as a dict) and the other fields to the response_url."""
        if self.response_url is None:
            raise ValueError("respond is unsupported here as there is no response_url")
        message = _build_message(**text) if isinstance(text, dict) else _build_message(text=text, **fields)
        client = AsyncWebhookClient(url=self.response_url, proxy=self.proxy, ssl=self.ssl,
                                    retry_handlers=retry_handlers())
        sent = await client.send_dict(message)
        if sent.status_code != HTTPStatus.OK:
            limited = sent.status_code == HTTPStatus.TOO_MANY_REQUESTS
            why = "kept rate-limiting it" if limited else "refused it"
            log.warning("Slack %s: the reply to %s was dropped (%s %s)", why, self.what, sent.status_code,
                        clip(sent.body or "", 80))
        return sent


async def retrying_respond(context: AsyncBoltContext, body: dict[str, Any],
                           next_: Callable[[], Awaitable[Any]]) -> Any:
    """Bolt middleware: the listeners' ``respond`` retries (Bolt passes each argument by its name)."""
    if context.response_url is not None:
        what = body.get("command") or "a button press"
        context["respond"] = RetryingRespond(response_url=context.response_url,
                                             what=f"{what} from user {context.user_id}")
    return await next_()
