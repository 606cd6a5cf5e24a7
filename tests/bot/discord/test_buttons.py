"""Buttons: only the asker pages, one post per answer, presses count as questions, and after a
restart a press says the answer expired and takes the dead buttons away."""

from __future__ import annotations

import asyncio
import logging

import pytest
from discord_payloads import CALLBACK, FOLLOWUP, REPLIES, cited, labels, pings_nobody
from standin import StandIn

from bot.discord import replies
from bot.discord.buttons import ALREADY_POSTED, EXPIRED, NOT_YOURS
from bot.discord.cooldowns import Cooldowns
from bot.discord.replies import CLOSED_HERE, POST_DELAYED
from bot.render import ANSWER_GONE

pytestmark = pytest.mark.asyncio

EPHEMERAL = 1 << 6
UPDATE = 7


def ephemeral(message: dict) -> bool:
    return bool(message.get("flags", 0) & EPHEMERAL)


async def private_answer(standin: StandIn, question: str = "what did Hua say?") -> int:
    """Ask /ask and return the id of the private answer with its Post to channel button."""
    await standin.slash("ask", question=question)
    await standin.wait_for("POST", CALLBACK)
    return int(next(m["id"] for m in standin.messages.values() if "Post to channel" in labels(m)))


async def chat_answer(standin: StandIn, question: str = "what did Tillerson say?") -> int:
    """Ask by mention and return the id of the reply (Tillerson's answer has four pages)."""
    await standin.send_message(f"{standin.bot_mention} {question}")
    await standin.wait_for("POST", REPLIES)
    return max(standin.messages)


async def test_post_to_channel_posts_once_and_the_button_goes(bot, standin: StandIn):
    """Post to channel shares the answer publicly, naming who shared it, and leaves no Post button."""
    answer = await private_answer(standin)
    await standin.click(answer, "Post to channel")
    update = await standin.wait_for("POST", CALLBACK)
    posted = await standin.wait_for("POST", FOLLOWUP)

    assert update.json["type"] == UPDATE
    assert "Post to channel" not in labels(update.message)
    assert not ephemeral(posted.message)
    assert cited(posted) == [15, 16, 17]
    assert posted.embed["author"]["name"] == "Shared by Alice"
    assert "footer" not in posted.embed
    assert pings_nobody(posted)


async def test_ten_quick_presses_post_one_copy(start_bot, standin: StandIn):
    """Ten presses of Post to channel before the first is handled put one copy in the channel."""
    await start_bot(cooldowns=Cooldowns(100, 60))
    answer = await private_answer(standin)
    post = standin.custom_id(answer, "Post to channel")
    standin.slow("POST", CALLBACK, 0.3, times=1)  # the button stays on show meanwhile
    await asyncio.gather(*(standin.click(answer, custom_id=post) for _ in range(10)))
    async with asyncio.timeout(5):
        while len(standin.requests_to("POST", CALLBACK)) < 11:
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.1)  # time for a second copy, were one coming

    public = [r for r in standin.requests_to("POST", FOLLOWUP) if not ephemeral(r.message)]
    assert len(public) == 1
    callbacks = standin.requests_to("POST", CALLBACK)
    refusals = [r for r in callbacks if r.message.get("content") == ALREADY_POSTED]
    assert len(refusals) == 9


async def test_button_presses_count_against_the_cooldown(start_bot, standin: StandIn):
    """With two uses allowed, a question and one page turn pass; the next press is told to wait."""
    await start_bot(cooldowns=Cooldowns(2, 60))
    reply = await chat_answer(standin)
    await standin.click(reply, "Show more")
    assert (await standin.wait_for("POST", CALLBACK)).json["type"] == UPDATE
    await standin.click(reply, "Show more")
    refused = await standin.wait_for("POST", CALLBACK)

    assert "try again in" in refused.message["content"]
    assert ephemeral(refused.message)
    assert standin.messages[reply]["embeds"][0]["footer"]["text"].startswith("Page 2 of 4")


async def test_only_the_asker_turns_the_pages(bot, standin: StandIn):
    """Someone else pressing Show more on a public answer is told privately to ask their own."""
    reply = await chat_answer(standin)
    await standin.click(reply, "Show more", user=standin.other_user)
    refused = await standin.wait_for("POST", CALLBACK)

    assert refused.message["content"] == NOT_YOURS
    assert ephemeral(refused.message)
    assert standin.messages[reply]["embeds"][0]["footer"]["text"].startswith("Page 1 of 4")

    await standin.click(reply, "Show more")
    assert (await standin.wait_for("POST", CALLBACK)).json["type"] == UPDATE


async def test_after_a_restart_buttons_say_expired_and_go(start_bot, standin: StandIn):
    """After a restart, Show more and Post to channel on earlier answers say so and lose their buttons."""
    before = await start_bot()
    reply = await chat_answer(standin)
    answer = await private_answer(standin)
    await before.close()
    await start_bot()

    for message in (reply, answer):
        await standin.click(message, labels(standin.messages[message])[-1])
        update = await standin.wait_for("POST", CALLBACK)
        notice = await standin.wait_for("POST", FOLLOWUP)
        assert update.json["type"] == UPDATE
        assert labels(standin.messages[message]) == []
        assert notice.message["content"] == EXPIRED
        assert ephemeral(notice.message)


async def test_buttons_from_the_previous_version_say_expired(bot, standin: StandIn):
    """A button with one of discord.py's random custom_ids (the old pager) gets the expired notice."""
    reply = await chat_answer(standin)
    old = "0123456789abcdef" * 2
    standin.messages[reply]["components"] = [
        {"type": 1, "components": [{"type": 2, "style": 1, "label": "Show more", "custom_id": old}]}
    ]
    await standin.click(reply, "Show more")
    await standin.wait_for("POST", CALLBACK)
    notice = await standin.wait_for("POST", FOLLOWUP)

    assert notice.message["content"] == EXPIRED
    assert labels(standin.messages[reply]) == []


async def test_post_shares_the_page_on_show_and_keeps_the_page_buttons(bot, standin: StandIn):
    """Posting page 2 of /speaker's answer posts page 2; Back and Show more stay, Post goes."""
    await standin.slash("speaker", name="Rex Tillerson")
    first = cited(await standin.wait_for("POST", CALLBACK))
    answer = max(standin.messages)
    await standin.click(answer, "Show more")
    second = cited(await standin.wait_for("POST", CALLBACK))
    await standin.click(answer, "Post to channel")
    update = await standin.wait_for("POST", CALLBACK)
    posted = await standin.wait_for("POST", FOLLOWUP)

    assert cited(posted) == second != first
    assert labels(update.message) == ["Back", "Show more"]


async def test_a_forged_page_number_is_kept_in_range(bot, standin: StandIn):
    """A button naming a page the answer does not have posts its last page, not an error."""
    answer = await private_answer(standin)
    [row] = standin.messages[answer]["components"]
    [button] = row["components"]
    button["custom_id"] = button["custom_id"].rsplit(":", 1)[0] + ":99"
    await standin.click(answer, "Post to channel")
    posted = await standin.wait_for("POST", FOLLOWUP)
    assert cited(posted) == [15, 16, 17]


def bot_records(caplog: pytest.LogCaptureFixture) -> list[tuple[str, object]]:
    """The bot's log lines at INFO and above, by level, and whether each carries a traceback."""
    return [(r.levelname, r.exc_info) for r in caplog.records if r.name.startswith("bot.")]


async def test_turning_the_page_of_a_deleted_answer_says_it_was_deleted(
    bot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """Show more on an answer deleted meanwhile (Discord: 404, 10008 Unknown Message): the presser is
    told privately, one line at INFO. It was a logged traceback and "something went wrong"."""
    reply = await chat_answer(standin)
    standin.fail("POST", CALLBACK, 404, code=10008, text="Unknown Message")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.click(reply, "Show more")
        failed = await standin.wait_for("POST", CALLBACK)
        told = await standin.wait_for("POST", CALLBACK, after=standin.requests.index(failed) + 1)
        await asyncio.sleep(0.1)  # time for more lines, were any coming
    assert told.message["content"] == ANSWER_GONE and ephemeral(told.message)
    assert bot_records(caplog) == [("INFO", None)]


@pytest.mark.parametrize("status", [400, 403])
async def test_a_share_discord_refuses_says_so_and_keeps_the_button(
    bot, standin: StandIn, caplog: pytest.LogCaptureFixture, status: int
):
    """Post to channel in a thread locked meanwhile (50083 Thread is archived, 400 on a message, 403
    on some interactions): the presser is told privately, the button comes back, one line at INFO.
    It was a logged traceback, "something went wrong", and the button gone for good."""
    answer = await private_answer(standin)
    standin.fail("POST", FOLLOWUP, status, code=50083, text="Thread is archived")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.click(answer, "Post to channel")
        failed = await standin.wait_for("POST", FOLLOWUP)
        told = await standin.wait_for("POST", FOLLOWUP, after=standin.requests.index(failed) + 1)
        await asyncio.sleep(0.1)
    assert told.message["content"] == CLOSED_HERE and ephemeral(told.message)
    assert "Post to channel" in labels(standin.messages[answer])
    assert bot_records(caplog) == [("INFO", None)]


async def test_a_share_discord_keeps_waiting_is_dropped_with_a_friendly_line(
    bot, standin: StandIn, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
):
    """Post to channel answered 429 with an hour's retry_after: not waited out (discord.py's webhook
    code sleeps out any 429, ignoring max_ratelimit_timeout), but dropped after the bound; the
    presser is told so privately, the button comes back, one warning line."""
    monkeypatch.setattr(replies, "RATE_LIMIT_WAIT", 0.3)
    answer = await private_answer(standin)
    standin.fail("POST", FOLLOWUP, 429, retry_after=3600.0)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.click(answer, "Post to channel")
        limited = await standin.wait_for("POST", FOLLOWUP)
        told = await standin.wait_for("POST", FOLLOWUP, after=standin.requests.index(limited) + 1)
        await asyncio.sleep(0.1)
    assert told.message["content"] == POST_DELAYED and ephemeral(told.message)
    assert "Post to channel" in labels(standin.messages[answer])
    assert bot_records(caplog) == [("WARNING", None)]
