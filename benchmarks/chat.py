"""4. Chat round trip: a MESSAGE_CREATE that mentions the bot, to the bot's reply POST.

The real ``ArticleBot`` runs against the loopback Discord stand-in the tests use
(``tests/discord/standin.py``), so the time covers the gateway frame, discord.py's parsing,
the engine in its worker thread, building the embed and the REST call that posts the reply.
"""

from __future__ import annotations

import asyncio
import json
import time

from benchmarks.latency import QUESTIONS, SEED
from benchmarks.measure import Budget, Row, percentile
from bot.discord_client import ArticleBot, point_at
from bot.discord_state import Cooldowns
from retrieval import Engine
from tests.discord.standin import StandIn

__all__ = ["run"]

MESSAGES = 200
P50_LIMIT_MS = 25.0
REPLIES = "/channels/{channel}/messages"


def run(quick: bool = False) -> list[Row]:
    """Send ``MESSAGES`` mentions one after another and time each reply."""
    samples = asyncio.run(_round_trips(MESSAGES // 4 if quick else MESSAGES))
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    return [
        Row("chat", f"mention → reply p50 ({len(samples)} messages; p95 {p95:.1f} ms)", f"{p50:.1f} ms",
            Budget("chat round trip p50", p50, P50_LIMIT_MS, " ms")),
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
