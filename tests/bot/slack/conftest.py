"""Fixtures: a Slack stand-in, and the real Bolt app connected to it over Socket Mode.

No ``__init__.py`` here, as in ``tests/bot/discord``: module names are unique instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from slack_standin import StandIn

from bot.slack.app import SlackBot
from bot.slack.run import connect
from retrieval import Engine

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """slack_sdk ignores NO_PROXY, so a proxy setting would send loopback traffic away."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest_asyncio.fixture
async def slack() -> AsyncIterator[StandIn]:
    async with StandIn() as fake:
        yield fake


@pytest_asyncio.fixture
async def bot(slack: StandIn, seed_engine: Engine) -> AsyncIterator[SlackBot]:
    """The real Bolt app, connected to the stand-in; closed afterwards."""
    bot, handler = await connect(slack.settings(), seed_engine)
    await slack.wait_until_connected()
    yield bot
    await handler.close_async()
    await bot.drain(5)
    # Every message of every test: within Slack's limits, with a text fallback, pinging no one.
    assert slack.problems == []
