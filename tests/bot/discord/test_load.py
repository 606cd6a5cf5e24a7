"""Load and faults: a hundred users at once, bounded per-user memory, failing REST, a dropped gateway."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from discord_payloads import CALLBACK, FOLLOWUP, REPLIES
from standin import StandIn

from bot.conversation import FOLLOW_UP_LIMIT, FOLLOW_UP_SECONDS, Conversation
from bot.discord.client import ArticleBot
from bot.discord.cooldowns import Cooldowns

pytestmark = pytest.mark.asyncio

QUESTIONS = ("what did Hua say?", "what did Pak say?", "who said the radar is not aimed at just us?",
             "What about the South China Sea?", "more", "what else did she say?")
WAIT = "try again in"
JSON = dict[str, Any]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def settle(done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until ``done()`` holds, failing after ``timeout`` seconds."""
    async with asyncio.timeout(timeout):
        while not done():
            await asyncio.sleep(0.01)


def chat_replies(standin: StandIn) -> dict[int, list[JSON]]:
    """The replies posted successfully, by the id of the message each answers."""
    replies: dict[int, list[JSON]] = {}
    for request in standin.requests_to("POST", REPLIES):
        if request.status == 200:
            replies.setdefault(request.json["message_reference"]["message_id"], []).append(request.message)
    return replies


def interaction_answers(standin: StandIn) -> dict[str, list[JSON]]:
    """The messages that answered each interaction, by its token: an immediate reply or a follow-up."""
    answers: dict[str, list[JSON]] = {}
    for request in standin.requests_to("POST", CALLBACK):
        if request.status == 200 and request.json["type"] == 4:
            answers.setdefault(request.path.split("/")[3], []).append(request.message)
    for request in standin.requests_to("POST", FOLLOWUP):
        if request.status == 200:
            answers.setdefault(request.path.split("/")[3], []).append(request.message)
    return answers


def told_to_wait(message: JSON) -> bool:
    return WAIT in (message.get("content") or "") and not message.get("embeds")


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_hundred_users_at_once_are_all_answered_or_told_to_wait(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """100 users each send two mentions and two slash commands at once: 300 answers, 100 cooldowns."""
    users = [standin.new_user(f"user{n}") for n in range(100)]
    with caplog.at_level(logging.WARNING):
        sent = await asyncio.gather(*(
            event
            for n, user in enumerate(users)
            for event in (
                standin.send_message(f"{standin.bot_mention} {QUESTIONS[n % 4]}", author=user),
                standin.slash("ask", question=QUESTIONS[(n + 1) % 4], user=user),
                standin.send_message(f"{standin.bot_mention} {QUESTIONS[4 + n % 2]}", author=user),
                standin.slash("speaker", name="Hua", user=user),
            )
        ))
        mentions = [int(m["id"]) for m in sent if "content" in m]
        tokens = [i["token"] for i in sent if "token" in i]
        await settle(lambda: len(chat_replies(standin)) == 200 and len(interaction_answers(standin)) == 200)

    replies, answers = chat_replies(standin), interaction_answers(standin)
    assert sorted(replies) == sorted(mentions) and sorted(answers) == sorted(tokens)
    everything = [*replies.values(), *answers.values()]
    assert all(len(messages) == 1 for messages in everything)  # one reply each: none lost or doubled
    outcomes = Counter("wait" if told_to_wait(m) else "answer" for [m] in everything)
    assert outcomes == {"answer": 300, "wait": 100}  # three questions per user per 10 s
    assert all(m.get("embeds") for [m] in everything if not told_to_wait(m))
    assert errors(caplog) == []


async def test_follow_up_memory_stays_bounded_over_ten_thousand_messages(bot: ArticleBot, standin: StandIn):
    """10,000 questions from 3,000 users over 80 minutes: memory keeps only the last 5 minutes' users.

    Each question takes the path on_message takes after reading the gateway (cooldown, then the
    conversation), without the REST round trip, so that 10,000 of them take a second or two.
    """
    clock = Clock()
    bot.conversation = Conversation(bot.engine, FOLLOW_UP_SECONDS, FOLLOW_UP_LIMIT, clock=clock)
    bot.cooldowns = Cooldowns(10_000, 1.0)
    seen_at: dict[int, float] = {}
    largest = 0
    for n in range(10_000):
        clock.now = n * 0.48  # 80 minutes in all
        user = n * 7 % 3_000
        bot.cooldowns.check(user)
        await bot.converse(user, standin.channel_id, QUESTIONS[n % len(QUESTIONS)])
        seen_at[user] = clock.now
        largest = max(largest, len(bot.conversation))

    recent = sum(1 for t in seen_at.values() if clock.now - t < FOLLOW_UP_SECONDS)
    assert largest <= FOLLOW_UP_LIMIT
    assert len(bot.conversation) == recent < len(seen_at)  # the older users' follow-ups have expired


# discord.py sends a request up to five times, waiting out a 429's retry_after or 1 s, then 3 s,
# after a 5xx; the failures here stay within that, as a Discord outage of a few seconds would.
@pytest.mark.parametrize(("status", "failures"), [(429, 4), (500, 2)])
async def test_burst_survives_failing_message_posts(
    start_bot, standin: StandIn, caplog: pytest.LogCaptureFixture, status: int, failures: int
):
    """With reply POSTs failing while a 20-message burst is answered, every message still gets its reply."""
    await start_bot(cooldowns=Cooldowns(100, 60.0))
    users = [standin.new_user(f"user{n}") for n in range(20)]
    standin.fail("POST", REPLIES, status, times=failures)
    with caplog.at_level(logging.WARNING, logger="bot"):
        sent = await asyncio.gather(*(standin.send_message(f"{standin.bot_mention} {QUESTIONS[n % 4]}",
                                                           author=u) for n, u in enumerate(users)))
        await settle(lambda: len(chat_replies(standin)) == 20)

    replies = chat_replies(standin)
    assert sorted(replies) == sorted(int(m["id"]) for m in sent)
    assert all(len(r) == 1 and r[0]["embeds"] for r in replies.values())
    assert sum(1 for r in standin.requests_to("POST", REPLIES) if r.status == status) == failures
    assert errors(caplog) == []


async def test_gateway_drop_mid_burst_loses_no_question(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """The gateway closing halfway through a 40-message burst: the bot resumes and answers all 40."""
    users = [standin.new_user(f"user{n}") for n in range(40)]

    def ask(n: int):
        return standin.send_message(f"{standin.bot_mention} {QUESTIONS[n % 4]}", author=users[n])

    with caplog.at_level(logging.WARNING, logger="bot"):
        sent = await asyncio.gather(*(ask(n) for n in range(20)), standin.drop_gateway(),
                                    *(ask(n) for n in range(20, 40)))
        await settle(lambda: len(chat_replies(standin)) == 40)

    assert len(standin.gateway_ops(6)) == 1  # resumed the session
    replies = chat_replies(standin)
    assert sorted(replies) == sorted(int(m["id"]) for m in sent if m is not None)
    assert all(len(r) == 1 and r[0]["embeds"] for r in replies.values())
    assert errors(caplog) == []
