"""Fixtures: a Discord stand-in, and the real bot connected to it.

This directory has no ``__init__.py`` on purpose: as a package, ``tests/bot/discord`` would shadow
the ``discord`` library for everything under ``tests/``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import pytest
import pytest_asyncio
import yarl
from standin import StandIn

from bot.discord.client import ArticleBot
from bot.discord.run import point_at
from retrieval import Engine

StartBot = Callable[..., Awaitable[ArticleBot]]


@pytest_asyncio.fixture
async def standin() -> AsyncIterator[StandIn]:
    async with StandIn() as fake:
        yield fake
    # Every message of every test: within Discord's limits.
    assert fake.problems == []


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Aim discord.py at a closed loopback port, so no test can ever reach discord.com."""
    # monkeypatch puts the real addresses back after the test, whatever point_at did meanwhile.
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL("ws://127.0.0.1:9/"))


@pytest.fixture
def pointed(standin: StandIn) -> StandIn:
    """discord.py aimed at the stand-in for this test."""
    point_at(standin.api_base, standin.gateway_url)
    return standin


@pytest_asyncio.fixture
async def start_bot(pointed: StandIn, seed_engine: Engine) -> AsyncIterator[StartBot]:
    """Start an ArticleBot on the stand-in (options go to ArticleBot) and close it afterwards."""
    running: list[tuple[ArticleBot, asyncio.Task[None]]] = []

    async def start(**options: Any) -> ArticleBot:
        options.setdefault("guild_id", pointed.guild_id)
        bot = ArticleBot(seed_engine, guild_ready_timeout=0.01, **options)
        await bot.login(pointed.token)
        task = asyncio.create_task(bot.connect())
        running.append((bot, task))
        ready = asyncio.create_task(bot.wait_until_ready())
        await asyncio.wait({ready, task}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            ready.cancel()
            task.result()  # raise why the connection ended
        assert bot.is_ready()
        return bot

    yield start
    for bot, task in running:
        await bot.close()
        await asyncio.wait_for(task, 5)


@pytest_asyncio.fixture
async def bot(start_bot: StartBot) -> ArticleBot:
    return await start_bot()
