"""Chat: mentions answered as replies, follow-ups, cooldown, and the messages left alone."""

from __future__ import annotations

import asyncio
import logging

import discord
import pytest
from discord_payloads import CALLBACK, REPLIES, cited, pings_nobody
from standin import StandIn

from bot.discord.client import ArticleBot
from bot.discord.cooldowns import Cooldowns
from bot.discord.embeds import how_to_ask
from retrieval import Engine

pytestmark = pytest.mark.asyncio

HUA = "— Hua Chunying, Chinese Foreign Ministry spokeswoman"
PAK = "— Pak Myong Ho, North Korean embassy official"


async def test_mention_answered_with_quotes_and_attribution(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine
):
    """A mention asking what Hua said gets sentences 15-17, each attributed to Hua Chunying."""
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    request = await standin.wait_for("POST", REPLIES)

    assert cited(request) == [15, 16, 17]
    description = request.embed["description"]
    for number in (15, 16, 17):
        assert f"{HUA} (§{number})" in description
        assert seed_engine.attributions[number - 1].sentence.text[:40] in description
    assert request.embed["title"] == "what did Hua say?"


async def test_reply_references_the_question_and_pings_nobody(bot: ArticleBot, standin: StandIn):
    """The answer is a reply to the message, with allowed_mentions that ping no one at all."""
    asked = await standin.send_message(f"{standin.bot_mention} @everyone <@&1> what did Pak say?")
    request = await standin.wait_for("POST", REPLIES)

    assert request.json["message_reference"]["message_id"] == int(asked["id"])
    assert pings_nobody(request)


async def test_only_a_mention_of_the_bot_by_a_person_is_answered(bot: ArticleBot, standin: StandIn):
    """Unmentioned, @everyone, role-mention, other-bot and own messages get no reply."""
    question = "what did Hua say?"
    mention = f"{standin.bot_mention} {question}"
    await standin.send_message(question)
    await standin.send_message(f"@everyone {question}", mention_everyone=True)
    await standin.send_message(f"<@&{standin.guild_id}> {question}")
    await standin.send_message(mention, author=standin.other_bot)
    await standin.send_message(mention, author=standin.bot_user)
    start = len(standin.requests)
    last = await standin.send_message(mention)

    request = await standin.wait_for("POST", REPLIES, after=start)
    assert request.json["message_reference"]["message_id"] == int(last["id"])
    assert len(standin.requests_to("POST", REPLIES)) == 1


async def test_a_mention_of_the_bots_own_role_is_answered(bot: ArticleBot, standin: StandIn,
                                                          seed_engine: Engine):
    """Typing "@article-bot", Discord's client offers the bot and its role of the same name; picking
    the role mentions only the role, and the question went unanswered. Bare, it asks how to ask."""
    await standin.send_message(f"{standin.bot_role_mention} what did Hua say?")
    request = await standin.wait_for("POST", REPLIES)
    assert cited(request) == [15, 16, 17]
    await standin.send_message(standin.bot_role_mention)
    request = await standin.wait_for("POST", REPLIES)
    assert request.embed["description"] == how_to_ask(seed_engine)


async def test_bare_mention_explains_how_to_ask(bot: ArticleBot, standin: StandIn, seed_engine: Engine):
    """A mention with no question gets the article summary and how to ask."""
    await standin.send_message(standin.bot_mention)
    request = await standin.wait_for("POST", REPLIES)
    assert request.embed["description"] == how_to_ask(seed_engine)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b \u2060\ufeff", "\u3164"])
async def test_a_mention_with_only_invisible_characters_explains_how_to_ask(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine, invisible: str
):
    """A mention followed by zero-width spaces or a blank letter gets how to ask, as a bare mention,
    not a search with an invisible title."""
    await standin.send_message(f"{standin.bot_mention} {invisible}")
    request = await standin.wait_for("POST", REPLIES)
    assert request.embed["description"] == how_to_ask(seed_engine)


async def test_no_match_says_so_and_suggests_speakers(bot: ArticleBot, standin: StandIn):
    """A question the article cannot answer is told so, with /speakers suggested."""
    await standin.send_message(f"{standin.bot_mention} pizza recipes?")
    request = await standin.wait_for("POST", REPLIES)
    description = request.embed["description"]
    assert "Nothing in the article matches that" in description
    assert "/speakers" in description


async def test_long_answer_paginated_with_show_more_button(bot: ArticleBot, standin: StandIn):
    """Tillerson's ten quotes come three a page, and Show more edits the reply to the next page."""
    await standin.send_message(f"{standin.bot_mention} what did Tillerson say?")
    request = await standin.wait_for("POST", REPLIES)
    assert len(cited(request)) == 3
    assert request.embed["footer"]["text"].startswith("Page 1 of 4")

    reply = standin.messages[max(standin.messages)]
    await standin.click(int(reply["id"]), "Show more")
    callback = await standin.wait_for("POST", CALLBACK)

    assert callback.json["type"] == 7  # update the message in place
    assert callback.embed["footer"]["text"].startswith("Page 2 of 4")
    assert len(cited(callback)) == 3
    assert pings_nobody(callback)


async def test_more_shows_the_next_page(bot: ArticleBot, standin: StandIn):
    """Saying "more" after an answer replies with its next page."""
    await standin.send_message(f"{standin.bot_mention} what did Tillerson say?")
    first = cited(await standin.wait_for("POST", REPLIES))
    await standin.send_message(f"{standin.bot_mention} more")
    second = await standin.wait_for("POST", REPLIES)

    assert second.embed["footer"]["text"].startswith("Page 2 of 4")
    assert set(cited(second)).isdisjoint(first)


async def test_what_else_did_he_say_continues_from_the_speaker(bot: ArticleBot, standin: StandIn):
    """After "who said …?" found Pak, "what else did he say?" gives his other quote."""
    await standin.send_message(f"{standin.bot_mention} who said the radar is not aimed at just us?")
    first = await standin.wait_for("POST", REPLIES)
    assert PAK in first.embed["description"]
    await standin.send_message(f"{standin.bot_mention} what else did he say?")
    second = await standin.wait_for("POST", REPLIES)

    assert cited(second) == sorted({33, 34, 35} - set(cited(first)))
    assert PAK in second.embed["description"]


async def test_and_name_asks_about_another_speaker(bot: ArticleBot, standin: StandIn):
    """After what Hua said, "and Pak?" answers with Pak's quotes."""
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    await standin.wait_for("POST", REPLIES)
    await standin.send_message(f"{standin.bot_mention} and Pak?")
    request = await standin.wait_for("POST", REPLIES)
    assert sorted(cited(request)) == [33, 34, 35]
    assert PAK in request.embed["description"]


async def test_follow_ups_are_per_user(bot: ArticleBot, standin: StandIn):
    """Another user's "more" does not continue someone else's answer."""
    await standin.send_message(f"{standin.bot_mention} what did Tillerson say?")
    await standin.wait_for("POST", REPLIES)
    await standin.send_message(f"{standin.bot_mention} more", author=standin.other_user)
    request = await standin.wait_for("POST", REPLIES)
    assert "Ask me a question first" in request.embed["description"]


async def test_mention_cooldown_replies_with_friendly_notice(start_bot, standin: StandIn):
    """A second question inside the cooldown gets a short "try again" reply that pings no one."""
    await start_bot(cooldowns=Cooldowns(1, 60))
    await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    await standin.wait_for("POST", REPLIES)
    await standin.send_message(f"{standin.bot_mention} what did Pak say?")
    request = await standin.wait_for("POST", REPLIES)

    assert "try again in" in request.json["content"]
    assert "embeds" not in request.json or not request.json["embeds"]
    assert pings_nobody(request)


async def test_answer_channel_answers_without_mention(start_bot, standin: StandIn):
    """In an ANSWER_CHANNEL_IDS channel every message is answered, using the message content intent."""
    standin.privileged_intents = frozenset({"message_content"})
    await start_bot(answer_channel_ids=frozenset({standin.channel_id}))
    await standin.send_message("")  # an attachment alone asks nothing
    await standin.send_message("what did Hua say?")
    request = await standin.wait_for("POST", REPLIES)

    assert cited(request) == [15, 16, 17]
    assert len(standin.requests_to("POST", REPLIES)) == 1
    assert standin.gateway_ops(2)[0]["intents"] & discord.Intents(message_content=True).value


async def test_answer_channel_leaves_a_message_to_another_person_to_them(start_bot, standin: StandIn):
    """In an answer channel, a message that opens with another person's @name is for them, as a
    thread reply is on Slack; it was answered as a question."""
    standin.privileged_intents = frozenset({"message_content"})
    await start_bot(answer_channel_ids=frozenset({standin.channel_id}))
    bob = f"<@{standin.other_user['id']}>"
    await standin.send_message(f"{bob} did you see what Hua said?", mentions=[standin.other_user])
    await standin.send_message(f" <@!{standin.other_user['id']}> and Pak?", mentions=[standin.other_user])
    await standin.send_message("what did Pak say?")
    request = await standin.wait_for("POST", REPLIES)

    assert cited(request) == [33, 34, 35]
    await asyncio.sleep(0.2)
    assert len(standin.requests_to("POST", REPLIES)) == 1


async def test_answer_channel_leaves_a_reply_to_another_person_to_them(start_bot, standin: StandIn):
    """In an answer channel, a reply to another person's message ("I agree") is for them; a reply to
    the bot's answer is a follow-up. Every reply between people was answered as a question."""
    standin.privileged_intents = frozenset({"message_content"})
    await start_bot(answer_channel_ids=frozenset({standin.channel_id}))
    alice = await standin.send_message("what did Hua say?")
    await standin.wait_for("POST", REPLIES)
    answer = standin.messages[max(standin.messages)]
    await standin.send_message("I agree, that is what the article says", author=standin.other_user,
                               reply_to=alice)
    await standin.send_message("and Pak?", reply_to=answer)
    follow_up = await standin.wait_for("POST", REPLIES, after=len(standin.requests))

    assert cited(follow_up) == [33, 34, 35]
    await asyncio.sleep(0.2)
    assert len(standin.requests_to("POST", REPLIES)) == 2


async def test_mention_in_a_thread_is_answered_in_that_thread(bot: ArticleBot, standin: StandIn):
    """A mention inside a thread gets its reply in the thread, not in the channel above it."""
    thread = await standin.open_thread()
    await standin.send_message(f"{standin.bot_mention} what did Hua say?", channel_id=thread)
    request = await standin.wait_for("POST", rf"/channels/{thread}/messages")

    assert cited(request) == [15, 16, 17]
    assert standin.requests_to("POST", REPLIES) == []


async def test_answer_channel_threads_are_answered_without_mention(start_bot, standin: StandIn):
    """A thread opened in an ANSWER_CHANNEL_IDS channel is answered like the channel itself."""
    standin.privileged_intents = frozenset({"message_content"})
    await start_bot(answer_channel_ids=frozenset({standin.channel_id}))
    thread = await standin.open_thread()
    await standin.send_message("who said the radar is not aimed at just us?", channel_id=thread)
    request = await standin.wait_for("POST", rf"/channels/{thread}/messages")

    assert PAK in request.embed["description"]


async def test_an_edited_question_is_not_answered_again(bot: ArticleBot, standin: StandIn):
    """Editing a question the bot answered (a typo fixed) brings no second reply."""
    message = await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    await standin.wait_for("POST", REPLIES)
    await standin.edit_message(message, f"{standin.bot_mention} what did Pak say?")
    await asyncio.sleep(0.2)

    assert len(standin.requests_to("POST", REPLIES)) == 1


async def test_a_question_deleted_before_its_answer_still_gets_it(bot: ArticleBot, standin: StandIn,
                                                                 caplog: pytest.LogCaptureFixture):
    """The asker deleted the question while the answer was on its way: the answer is posted, with
    no reply link. Discord refuses a reply to a deleted message (400), which was a logged traceback
    and a "something went wrong" reply that Discord refused as well."""
    standin.slow("POST", REPLIES, 0.3, times=1)
    message = await standin.send_message(f"{standin.bot_mention} what did Hua say?")
    await standin.wait_until_held()
    await standin.delete_message(message)
    request = await standin.wait_for("POST", REPLIES)

    assert request.status == 200 and cited(request) == [15, 16, 17]
    assert request.json["message_reference"]["fail_if_not_exists"] is False
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_failure_is_logged_and_reported(
    bot: ArticleBot,
    standin: StandIn,
    seed_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """An engine crash is logged with its traceback and the user is told something went wrong."""

    def crash(question: str) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(seed_engine, "answer", crash)
    with caplog.at_level(logging.ERROR, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        request = await standin.wait_for("POST", REPLIES)

    assert request.json["content"].startswith("Something went wrong")
    assert "engine exploded" not in request.json["content"]
    assert any(r.exc_info and "engine exploded" in str(r.exc_info[1]) for r in caplog.records)


async def test_a_flood_gets_one_slow_down_notice(start_bot, standin: StandIn):
    """30 questions at once in an answer channel: 3 answers, one "slow down", the rest dropped."""
    standin.privileged_intents = frozenset({"message_content"})
    await start_bot(answer_channel_ids=frozenset({standin.channel_id}), cooldowns=Cooldowns(3, 60))
    for n in range(30):
        await standin.send_message(f"what did Hua say? ({n})")
    async with asyncio.timeout(5):
        while len(standin.requests_to("POST", REPLIES)) < 4:
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # time for more notices, were any coming

    posted = [r.json for r in standin.requests_to("POST", REPLIES)]
    assert sum(1 for p in posted if p.get("embeds")) == 3
    assert sum(1 for p in posted if "try again in" in (p.get("content") or "")) == 1
    assert len(posted) == 4


async def test_direct_message_is_answered(bot: ArticleBot, standin: StandIn):
    """A direct message, with no mention, gets its answer in the DM, pinging no one."""
    await standin.send_message("what did Hua say?", channel_id=standin.dm_channel_id)
    request = await standin.wait_for("POST", rf"/channels/{standin.dm_channel_id}/messages")

    assert cited(request) == [15, 16, 17]
    assert pings_nobody(request)


async def test_empty_direct_message_explains_how_to_ask(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine
):
    """A DM with no text (an attachment alone) gets how to ask, as a bare mention does."""
    await standin.send_message("", channel_id=standin.dm_channel_id)
    request = await standin.wait_for("POST", rf"/channels/{standin.dm_channel_id}/messages")
    assert request.embed["description"] == how_to_ask(seed_engine)


@pytest.mark.parametrize("status", [403, 404])
async def test_refusing_channel_gets_one_warning_and_no_more_requests(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture, status: int
):
    """A channel answering 403/404: one warning line, no "something went wrong" post, no retries."""
    quiet = standin.other_channel_id
    refusing = rf"/channels/{quiet}/messages"
    standin.refuse(quiet, status)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?", channel_id=quiet)
        await standin.wait_for("POST", refusing)
        await standin.send_message(f"{standin.bot_mention} what did Pak say?", channel_id=quiet)
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)

    assert len(standin.requests_to("POST", refusing)) == 1
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.levelno == logging.WARNING
    assert warning.exc_info is None
    assert str(status) in warning.getMessage()
    assert str(standin.other_channel_id) in warning.getMessage()


async def test_a_thread_refusing_the_bot_names_the_thread_permission(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """A thread answering 403 (Send Messages in Threads taken away in the channel's settings):
    the warning names Send Messages in Threads, the permission missing there. It said to give
    Send Messages, which the bot had."""
    thread = await standin.open_thread()
    standin.refuse(thread, 403)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?", channel_id=thread)
        await standin.wait_for("POST", rf"/channels/{thread}/messages")
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)

    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "Send Messages in Threads" in warning.getMessage() and str(thread) in warning.getMessage()



@pytest.mark.parametrize(("status", "code", "text"), [
    (400, 50083, "Thread is archived"), (403, 50083, "Thread is archived"), (404, 10003, "Unknown Channel"),
])
async def test_a_locked_or_deleted_thread_is_left_alone_quietly(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture, status: int, code: int, text: str
):
    """A thread locked by a moderator (50083 Thread is archived; 400, or 403 on some routes) or
    deleted (10003) while the bot answered: one line at INFO, no "something went wrong", no
    retries. A 400 was a logged traceback and a second refused post; a 403 or 404 a warning to
    give the bot Send Messages in Threads, which would not help."""
    thread = await standin.open_thread()
    standin.refuse(thread, status, code=code, text=text)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?", channel_id=thread)
        await standin.wait_for("POST", rf"/channels/{thread}/messages")
        await standin.send_message(f"{standin.bot_mention} what did Pak say?", channel_id=thread)
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)

    assert len(standin.requests_to("POST", rf"/channels/{thread}/messages")) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("INFO", None)
    assert str(thread) in line.getMessage() and text in line.getMessage()


async def test_a_dm_closed_to_the_bot_is_one_line_saying_so(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """A user who DMs the bot, then closes their DMs to it (or blocks it) before the answer: Discord
    refuses with 403, code 50007. One line at INFO says the user's DMs are closed; it was the
    warning to give the bot Send Messages and Embed Links in "Channel …", which no one can do."""
    dm = standin.dm_channel_id
    standin.refuse(dm, 403, code=50007, text="Cannot send messages to this user")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message("what did Hua say?", channel_id=dm)
        await standin.wait_for("POST", rf"/channels/{dm}/messages")
        await standin.send_message("and Pak?", channel_id=dm)
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)

    assert len(standin.requests_to("POST", rf"/channels/{dm}/messages")) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("INFO", None)
    said = line.getMessage()
    assert "direct messages" in said and standin.user["id"] in said and "50007" in said
    assert "Send Messages" not in said and "Channel" not in said


async def test_removed_from_the_server_mid_answer_is_one_line_saying_so(
    bot: ArticleBot, standin: StandIn, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """The bot kicked while it worked on an answer: GUILD_DELETE arrives, then the reply is refused
    (403, 50001 Missing Access). One line at INFO says the bot left that server; it was the warning
    to give the bot Send Messages and Embed Links in the channel, in a server it is no longer in."""
    started, release = asyncio.Event(), asyncio.Event()
    reply = bot.conversation.reply

    def slow(*args: object):
        started.set()
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(5)
        return reply(*args)

    loop = asyncio.get_running_loop()
    monkeypatch.setattr(bot.conversation, "reply", slow)
    standin.refuse(standin.channel_id, 403, code=50001, text="Missing Access")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await asyncio.wait_for(started.wait(), 5)
        await standin.dispatch("GUILD_DELETE", {"id": str(standin.guild_id)})
        await asyncio.sleep(0.1)  # the client reads the event
        release.set()
        await standin.wait_for("POST", REPLIES)
        await bot.drain(5)
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("INFO", None)
    said = line.getMessage()
    assert str(standin.guild_id) in said and "removed" in said and "Send Messages" not in said


async def test_a_long_rate_limit_drops_the_answer_with_one_line(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """A channel whose slowmode binds the bot (429 with retry_after of an hour): the answer is
    dropped with one warning line saying how long Discord asked to wait, not held for an hour
    (discord.py sleeps out any retry_after) to arrive long after the question, or never at a stop."""
    standin.fail("POST", REPLIES, 429, retry_after=3600.0)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)
        await asyncio.wait_for(bot.drain(10), 5)
    assert bot.in_flight == 0
    assert len(standin.requests_to("POST", REPLIES)) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("WARNING", None)
    assert "3600" in line.getMessage() and str(standin.channel_id) in line.getMessage()
    bot.accepting = True
    await standin.send_message(f"{standin.bot_mention} what did Pak say?")
    pak = await standin.wait_for("POST", REPLIES, after=len(standin.requests))
    assert PAK in pak.embed["description"]


async def test_an_answer_discord_keeps_rate_limiting_is_one_warning(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """A reply answered 429 five times running (discord.py's retry budget): one warning line and no
    more requests. It was a logged traceback, then a "something went wrong" into the same channel."""
    standin.fail("POST", REPLIES, 429, times=5, retry_after=0.01)
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        async with asyncio.timeout(5):
            while len(standin.requests_to("POST", REPLIES)) < 5:
                await asyncio.sleep(0.01)
        await bot.drain(5)
    assert len(standin.requests_to("POST", REPLIES)) == 5
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("WARNING", None)
    assert "429" in line.getMessage() and str(standin.channel_id) in line.getMessage()


async def test_a_failure_whose_notice_is_rate_limited_logs_only_the_failure(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """An engine crash, then a "something went wrong" Discord asks to hold for an hour: the crash's
    traceback and nothing more. The notice's RateLimited escaped, and discord.py logged a second
    traceback ("Ignoring exception in on_message")."""

    def crash(question: str) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(seed_engine, "answer", crash)
    standin.fail("POST", REPLIES, 429, retry_after=3600.0)
    with caplog.at_level(logging.WARNING):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)
        await asyncio.sleep(0.1)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [(r.name, "engine exploded" in repr(r.exc_info)) for r in errors] == [("bot.discord.client", True)]


async def test_a_token_reset_while_running_is_one_error_naming_it(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """A reply refused 401 Unauthorized (the token reset in the portal while the bot runs): one
    error line saying which token to replace, no traceback, no "something went wrong" refused too.
    It was a logged traceback per question."""
    standin.fail("POST", REPLIES, 401, times=None, text="401: Unauthorized")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.send_message(f"{standin.bot_mention} what did Hua say?")
        await standin.wait_for("POST", REPLIES)
        await bot.drain(5)
    assert len(standin.requests_to("POST", REPLIES)) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("ERROR", None)
    assert "DISCORD_TOKEN" in line.getMessage() and "Reset Token" in line.getMessage()
