"""4. Chat round trips: a mention of the bot, to the bot's reply, on Discord and on Slack.

Discord: the real ``ArticleBot`` against the loopback Discord stand-in the tests use
(``tests/bot/discord/standin.py``), so the time covers the gateway frame, discord.py's parsing,
the engine in its worker thread, building the embed and the REST call that posts the reply.
Slack: the real Bolt app against the Slack stand-in (``tests/bot/slack/slack_standin.py``), from
the Socket Mode envelope of an ``app_mention`` to the ``chat.postMessage`` with the answer.
"""

from __future__ import annotations

import asyncio
import json
import time

from benchmarks.latency import QUESTIONS, SEED
from benchmarks.measure import Budget, Row, percentile
from bot.discord.client import ArticleBot
from bot.discord.cooldowns import Cooldowns
from bot.discord.run import point_at
from bot.ratelimit import RateLimit
from bot.slack.run import connect
from retrieval import Engine
from tests.bot.discord.standin import StandIn
from tests.bot.slack.slack_standin import StandIn as SlackStandIn

__all__ = ["run"]

MESSAGES = 200
P50_LIMIT_MS = 25.0
REPLIES = "/channels/{channel}/messages"


def run(quick: bool = False) -> list[Row]:
    """Send ``MESSAGES`` mentions one after another on each platform and time each reply."""
    count = MESSAGES // 4 if quick else MESSAGES
    samples = asyncio.run(_round_trips(count))
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    slack = asyncio.run(_slack_round_trips(count))
    slack_p50, slack_p95 = percentile(slack, 50), percentile(slack, 95)
    return [
        Row("chat", f"mention → reply p50 ({len(samples)} messages; p95 {p95:.1f} ms)", f"{p50:.1f} ms",
            Budget("chat round trip p50", p50, P50_LIMIT_MS, " ms")),
        Row("chat", f"Slack: mention → chat.postMessage p50 ({len(slack)} messages; p95 {slack_p95:.1f} ms)",
            f"{slack_p50:.1f} ms", Budget("Slack round trip p50", slack_p50, P50_LIMIT_MS, " ms")),
    ]


async def _round_trips(count: int) -> list[float]:
    questions = [q["q"] for q in json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    async with StandIn() as standin:
        point_at(standin.api_base, standin.gateway_url)
        # One user asks everything: lift the per-user cooldown, which is not what is measured.
        bot = ArticleBot(Engine.load(SEED), guild_id=standin.guild_id, guild_ready_timeout=0.01,
                         cooldowns=Cooldowns(count + 1, 60.0))
        await bot.login(standin.token)
        connection = asyncio.create_task(bot.connect())
        try:
            await asyncio.wait_for(bot.wait_until_ready(), standin.timeout)
            samples = []
            for i in range(count):
                start = time.perf_counter()
                asked = await standin.send_message(f"{standin.bot_mention} {questions[i % len(questions)]}")
                reply = await standin.wait_for("POST", REPLIES)
                samples.append((time.perf_counter() - start) * 1000)
                if reply.json["message_reference"]["message_id"] != int(asked["id"]):
                    raise RuntimeError(f"reply {i} answers another message")
            return samples
        finally:
            await bot.close()
            await connection


async def _slack_round_trips(count: int) -> list[float]:
    questions = [q["q"] for q in json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    async with SlackStandIn() as slack:
        bot, handler = await connect(slack.settings(), Engine.load(SEED))
        bot.cooldown = RateLimit(count + 1, 60.0)  # one user asks everything: not what is measured
        try:
            await slack.wait_until_connected()
            samples = []
            for i in range(count):
                mark = len(slack.calls)
                start = time.perf_counter()
                asked = await slack.post(f"{slack.bot_mention} {questions[i % len(questions)]}")
                reply = await slack.wait_for("chat.postMessage", after=mark)
                samples.append((time.perf_counter() - start) * 1000)
                if reply.args["thread_ts"] != asked["ts"]:
                    raise RuntimeError(f"Slack reply {i} answers another message")
            return samples
        finally:
            await handler.close_async()
