"""Slash commands are acknowledged first and answered privately; buttons page and share answers."""

from __future__ import annotations

import asyncio
import logging

import pytest
from slack_standin import StandIn, message_texts

from bot.ratelimit import RateLimit
from bot.render import ANSWER_GONE
from bot.settings import SlackCommands
from bot.slack.app import SlackBot
from bot.slack.buttons import ALREADY_SHARED, EXPIRED, NOT_SHARED, NOT_YOURS
from bot.slack.failures import BUSY, NOT_HERE, SOMETHING_WENT_WRONG
from bot.slack.run import connect
from retrieval import Engine

pytestmark = pytest.mark.asyncio

SLOW = "faster than I can keep up"
HUA = "— Hua Chunying, Chinese Foreign Ministry spokeswoman (§16)"


async def answer_to(slack: StandIn, command: str, text: str = "", **kw: str):
    """Run a slash command; return its ack and the response posted to its response_url."""
    mark = len(slack.calls)
    payload = await slack.slash(command, text, **kw)
    ack = await slack.wait_for_ack(slack.last_envelope_id)
    response = await slack.wait_for(
        "response_url", after=mark, where=lambda c: payload["response_url"].endswith(f"/{c.args['id']}"))
    return ack, response


async def test_ask_is_acked_then_answered_privately_with_a_share_button(slack: StandIn, bot: SlackBot):
    """/ask is acked with no payload, and answered ephemerally with Share in channel."""
    ack, response = await answer_to(slack, "/ask", "what did Hua say?")
    assert ack.get("payload") in (None, {})
    assert response.args["response_type"] == "ephemeral"
    assert HUA in response.args["text"]
    assert response.button("Share in channel")


async def test_ask_follow_up_continues_privately(slack: StandIn, bot: SlackBot):
    """/ask more continues the user's last /ask answer, as in chat."""
    _, first = await answer_to(slack, "/ask", "what did Tillerson say?")
    _, more = await answer_to(slack, "/ask", "more")
    assert "Page 2 of" in str(more.blocks) and more.args["text"] != first.args["text"]


@pytest.mark.parametrize("question", [
    "<!everyone> what did Hua say?", "<@U0BOB|bob> what did Hua say?", "<@U0BOB> what did Hua say?",
    "what did <http://evil.example/hua|Hua> say?",
])
async def test_slack_markup_in_a_question_is_read_as_shown(slack: StandIn, bot: SlackBot, question: str):
    """Slack sends "@everyone" typed as ``<!everyone>`` and a person as ``<@U…>``: the engine reads
    what was shown ("@everyone what did Hua say?") and answers; the markup made it a search."""
    _, response = await answer_to(slack, "/ask", question)
    assert response.args["text"].startswith("“We welcome all parties") or HUA in response.args["text"]
    assert "doesn't say" not in response.args["text"]


async def test_speaker_lists_everything_they_said(slack: StandIn, bot: SlackBot):
    """/speaker NAME answers with that person's quotes, each attributed."""
    _, response = await answer_to(slack, "/speaker", "hua")
    assert response.args["text"].count("— Hua Chunying") == 3


async def test_speakers_lists_who_is_quoted(slack: StandIn, bot: SlackBot):
    """/speakers names each quoted person with role and count, then who is only mentioned."""
    _, response = await answer_to(slack, "/speakers")
    assert "*Pak Myong Ho, North Korean embassy official* — 3 quotes" in response.args["text"]
    assert "Also mentioned, never quoted:" in response.args["text"]


async def test_sentence_shows_neighbours_and_speaker(slack: StandIn, bot: SlackBot):
    """/sentence 16 shows §15–§17 with §16 in bold and who said it."""
    _, response = await answer_to(slack, "/sentence", "16")
    text = response.args["text"]
    assert "*§16* “We welcome all parties" in text and "§15 " in text and "§17 " in text
    assert "*Speaker:* Hua Chunying, Chinese Foreign Ministry spokeswoman (quoted directly)" in text


@pytest.mark.parametrize("text", ["0", "99", "sixteen", "\u00b2", "9" * 5000, "1\u0662"])
async def test_sentence_out_of_range_is_a_hint(slack: StandIn, bot: SlackBot, text: str):
    """A sentence number that is not in the article gets the valid range, privately.

    A superscript "²" passes ``str.isdigit`` and 5,000 digits exceed ``int()``'s limit: both once
    raised ValueError here ("Something went wrong"); digits of another script are not taken either.
    """
    _, response = await answer_to(slack, "/sentence", text)
    assert response.args["text"] == "The article has 36 sentences: pick one from 1 to 36."


async def test_about_says_how_to_ask(slack: StandIn, bot: SlackBot):
    """/about gives the dateline, counts and how to ask."""
    _, response = await answer_to(slack, "/about")
    text = response.args["text"]
    assert "*Dateline:* Tokyo" in text and "Mention me with a question" in text


@pytest.mark.parametrize(("command", "usage"), [("/ask", "Usage: `/ask "), ("/speaker", "Usage: `/speaker ")])
@pytest.mark.parametrize("text", ["  ", "\u200b\u2060"])
async def test_missing_argument_gets_usage(slack: StandIn, bot: SlackBot, command: str, usage: str,
                                           text: str):
    """A command that needs text and got none (or only invisible characters) says how to use it."""
    _, response = await answer_to(slack, command, text)
    assert response.args["text"].startswith(usage)


async def test_share_posts_the_page_in_channel_naming_who_shared(slack: StandIn, bot: SlackBot):
    """Share in channel posts the page on show for everyone, without buttons, naming the sharer."""
    _, response = await answer_to(slack, "/ask", "what did Hua say?")
    mark = len(slack.calls)
    await slack.click(response, "Share in channel", user=slack.other_user)
    shared = await slack.wait_for("response_url", after=mark)
    assert shared.args["response_type"] == "in_channel"
    assert shared.args["replace_original"] is False
    assert HUA in shared.args["text"]
    assert "Shared by u0bob" in str(shared.blocks)
    assert not any(b["type"] == "actions" for b in shared.blocks)


async def test_share_posts_once_and_its_button_goes(slack: StandIn, bot: SlackBot):
    """Share in channel pressed again (or twice quickly) posts no second copy: the private answer
    loses its Share button and a second press is told privately. Ten presses posted ten copies."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    mark = len(slack.calls)
    await slack.click(response, "Share in channel")
    await slack.click(response, "Share in channel")
    await slack.wait_until(lambda: len(slack.calls_to("response_url")) >= 4)
    await asyncio.sleep(0.2)
    after = [c.args for c in slack.calls[mark:] if c.method == "response_url"]
    assert [a.get("response_type") for a in after].count("in_channel") == 1
    replaced = next(a for a in after if a.get("replace_original") is True)
    labels = [e["text"]["text"] for b in replaced["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert labels == ["Show more"]
    assert ALREADY_SHARED in [a.get("text") for a in after]


async def test_a_share_slack_refuses_says_so_and_can_be_tried_again(slack: StandIn, bot: SlackBot):
    """Share in channel where Slack will not post (the response_url refused, e.g. a channel only
    admins post in): the user is told privately and keeps the button. Nothing said so, and the
    Share button went as if the answer were in the channel."""
    _, response = await answer_to(slack, "/ask", "what did Hua say?")
    slack.fail_next("response_url", "channel_not_found", status=404)
    mark = len(slack.calls)
    await slack.click(response, "Share in channel")
    told = await slack.wait_for("response_url", after=mark,
                                where=lambda c: c.args.get("response_type") != "in_channel")
    assert told.args["text"].startswith(NOT_SHARED) and "channel" in told.args["text"]
    assert not [c for c in slack.calls[mark:] if c.args.get("replace_original") is True]

    mark = len(slack.calls)
    await slack.click(response, "Share in channel")
    shared = await slack.wait_for("response_url", after=mark)
    assert shared.args["response_type"] == "in_channel" and HUA in shared.args["text"]


async def test_paging_a_shared_private_answer_offers_no_second_share(slack: StandIn, bot: SlackBot):
    """After sharing, Show more on the private answer keeps Share in channel away."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    mark = len(slack.calls)
    await slack.click(response, "Share in channel")
    await slack.wait_until(lambda: len(slack.calls_to("response_url")) >= 3)
    await slack.click(response, "Show more")
    paged = await slack.wait_for("response_url", after=mark,
                                 where=lambda c: "Page 2 of" in str(c.blocks))
    assert "Share in channel" not in str(paged.blocks)


async def test_only_the_asker_turns_the_pages_of_an_answer_in_a_thread(slack: StandIn, bot: SlackBot):
    """Someone else pressing Show more on a mention's answer is told privately to ask their own;
    the answer stays on its page. Anyone could turn it for everyone."""
    await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    mark = len(slack.calls)
    await slack.click(first, "Show more", user=slack.other_user)
    refused = await slack.wait_for("response_url", after=mark)
    assert refused.args["text"] == NOT_YOURS and refused.args["response_type"] == "ephemeral"
    assert not slack.calls_to("chat.update")
    await slack.click(first, "Show more")
    assert "Page 2 of" in str((await slack.wait_for("chat.update")).blocks)


async def test_paging_an_answer_deleted_meanwhile_tells_the_presser(slack: StandIn, bot: SlackBot,
                                                                   caplog: pytest.LogCaptureFixture):
    """Show more on an answer in a thread deleted since (chat.update: message_not_found): the presser
    is told privately that it was deleted, one line at INFO. It was a logged traceback and
    "something went wrong"."""
    await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    slack.fail_next("chat.update", "message_not_found")
    mark = len(slack.calls)
    with caplog.at_level(logging.INFO, logger="bot"):
        await slack.click(first, "Show more")
        told = await slack.wait_for("response_url", after=mark)
    await bot.drain(5)
    assert told.args["text"] == ANSWER_GONE and told.args.get("response_type", "ephemeral") == "ephemeral"
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("INFO", None)]
    assert "message_not_found" in records[0].getMessage()


@pytest.mark.parametrize("error", ["not_in_channel", "is_archived"])
async def test_paging_where_the_bot_may_no_longer_post_tells_the_presser(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture, error: str):
    """Show more after the bot was removed from the channel, or the channel archived: the presser is
    told privately why the page does not turn, the operator one warning. The press did nothing."""
    await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    slack.fail_next("chat.update", error)
    mark = len(slack.calls)
    await slack.click(first, "Show more")
    told = await slack.wait_for("response_url", after=mark)
    await bot.drain(5)
    assert told.args["text"].startswith(NOT_HERE) and error in told.args["text"]
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]


async def test_button_presses_count_against_the_cooldown(slack: StandIn, seed_engine: Engine):
    """With two uses allowed, a question and one page turn pass; the next press is told to wait,
    as on Discord. Presses were never counted."""
    bot, handler = await connect(slack.settings(), seed_engine)
    bot.cooldown = RateLimit(2, 60)
    try:
        await slack.post(f"{slack.bot_mention} what did Tillerson say?")
        first = await slack.wait_for("chat.postMessage")
        await slack.click(first, "Show more")
        await slack.wait_for("chat.update")
        mark = len(slack.calls)
        await slack.click(first, "Show more")
        refused = await slack.wait_for("response_url", after=mark)
        assert SLOW in refused.args["text"] and refused.args["response_type"] == "ephemeral"
        assert len(slack.calls_to("chat.update")) == 1
    finally:
        await handler.close_async()
        await bot.drain(5)


async def test_shared_answers_show_links_and_formatting_as_typed(slack: StandIn, bot: SlackBot):
    """/speaker with a masked link, a URL and formatting, shared in channel: nothing live in either.

    The stand-in records any link form as a problem; the fixture asserts there was none.
    """
    name = "Merkel <http://evil.example/a|click me> <http://evil.example/b> *bold* _it_ ~gone~ `code`"
    _, response = await answer_to(slack, "/speaker", name)
    mark = len(slack.calls)
    await slack.click(response, "Share in channel")
    shared = await slack.wait_for("response_url", after=mark)
    for message in (response, shared):
        texts = message_texts(message.args)
        assert texts and not [t for t in texts if "http://" in t or "evil.example" in t]
        assert not [t for t in texts if any(m in t for m in ("*bold*", "_it_", "~gone~", "`code`"))]


async def test_page_buttons_on_a_private_answer_replace_it(slack: StandIn, bot: SlackBot):
    """Show more and Back on an ephemeral answer replace it in place through its response_url."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    mark = len(slack.calls)
    await slack.click(response, "Show more")
    second = await slack.wait_for("response_url", after=mark)
    assert second.args["replace_original"] is True and "Page 2 of" in str(second.blocks)
    assert second.button("Back") and second.button("Share in channel")
    mark = len(slack.calls)
    await slack.click(second, "Back")
    back = await slack.wait_for("response_url", after=mark)
    assert back.args["text"] == response.args["text"]


async def test_page_buttons_in_a_thread_update_the_message(slack: StandIn, bot: SlackBot):
    """Show more under a thread answer edits that message with chat.update."""
    await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    await slack.click(first, "Show more")
    update = await slack.wait_for("chat.update")
    assert update.args["ts"] == first.ts and update.args["channel"] == slack.channel
    assert "Page 2 of" in str(update.blocks)


async def test_expired_buttons_say_so(slack: StandIn, bot: SlackBot):
    """A button whose pages were forgotten (e.g. after a restart) says to ask again."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    more = response.button("Show more")
    more["value"] = "forgotten:0"
    mark = len(slack.calls)
    await slack.click(response, "Show more")
    reply = await slack.wait_for("response_url", after=mark)
    assert reply.args["text"] == EXPIRED


@pytest.mark.parametrize("index", ["\u00b2", "\uff11"])
async def test_a_button_value_with_an_odd_page_number_still_pages(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture, index: str):
    """A page number in a button's value that is not ASCII digits (a superscript two passes
    isdigit() but not int(); a full-width one passes both) counts as the first page; "²" was a
    logged traceback and "something went wrong", "１" turned to page 3."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    more = response.button("Show more")
    more["value"] = more["value"].partition(":")[0] + ":" + index
    mark = len(slack.calls)
    await slack.click(response, "Show more")
    reply = await slack.wait_for("response_url", after=mark)
    assert "Page 2 of" in str(reply.blocks)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_an_answer_slack_refuses_is_logged(slack: StandIn, bot: SlackBot,
                                                caplog: pytest.LogCaptureFixture):
    """A private answer the response_url refuses (expired, or blocks Slack rejects) is one warning
    naming the command and Slack's reason; Bolt's respond() returns the refusal, and it went unseen."""
    slack.fail_next("response_url", "expired_url", status=404)
    await answer_to(slack, "/ask", "what did Hua say?")
    await bot.drain(5)  # the listener, done with its response
    [warning] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert "/ask" in warning.getMessage() and "expired_url" in warning.getMessage()


async def test_a_command_the_bot_does_not_know_is_explained(slack: StandIn, bot: SlackBot,
                                                             caplog: pytest.LogCaptureFixture):
    """A slash command renamed on one side only (the app's Slash Commands page, not SLACK_ASK_COMMAND):
    acked, the user told privately which commands the bot has, the operator one line saying what to
    match. It was never acked (Slack shows the user a failure) and Bolt logged a code suggestion."""
    ack, response = await answer_to(slack, "/article", "what did Hua say?")
    assert ack["envelope_id"] == slack.last_envelope_id
    assert response.args["response_type"] == "ephemeral"
    assert "/ask" in response.args["text"] and "/speakers" in response.args["text"]
    await bot.drain(5)
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.name.startswith("bot.") and "/article" in warning.getMessage()
    assert "SLACK_ASK_COMMAND" in warning.getMessage() and "\n" not in warning.getMessage()


async def test_a_button_of_another_version_says_expired(slack: StandIn, bot: SlackBot,
                                                        caplog: pytest.LogCaptureFixture):
    """A button whose action the bot no longer has (a message from an older version) is acked and
    says the answer expired, as on Discord. It was never acked (Slack shows the presser an error)
    and Bolt logged a code suggestion."""
    _, response = await answer_to(slack, "/speaker", "Tillerson")
    response.button("Show more")["action_id"] = "page_next"
    mark = len(slack.calls)
    await slack.click(response, "Show more")
    reply = await slack.wait_for("response_url", after=mark)
    assert reply.args["text"] == EXPIRED and reply.args["response_type"] == "ephemeral"
    await slack.wait_for("ack", after=mark)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_emoji_codes_in_an_echoed_name_stay_emoji(slack: StandIn, bot: SlackBot):
    """/speaker with emoji codes that hold underscores: the reply echoes them as typed, so Slack
    shows the emoji; the underscores around a word still format nothing. Their underscores came
    back as look-alikes, which Slack shows as text, not an emoji."""
    _, response = await answer_to(slack, "/speaker", "Ed Lamb :thumbs_up: :slightly_smiling_face: _it_")
    text = " ".join(message_texts(response.args))
    assert ":thumbs_up: :slightly_smiling_face:" in text
    assert "_it_" not in text and "\u02cdit\u02cd" in text


async def test_command_names_are_configurable(slack: StandIn, seed_engine: Engine):
    """With SLACK_ASK_COMMAND=/article, /article answers and /ask is not the bot's."""
    commands = SlackCommands(ask="/article")
    bot, handler = await connect(slack.settings(commands=commands), seed_engine)
    try:
        _, response = await answer_to(slack, "/article", "what did Hua say?")
        assert HUA in response.args["text"]
    finally:
        await handler.close_async()
        await bot.drain(5)


async def test_a_failing_command_answers_privately_that_something_went_wrong(
        slack: StandIn, bot: SlackBot, monkeypatch: pytest.MonkeyPatch):
    """An error in a command is logged; the user gets one private line, never the error."""

    def broken(*args: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(bot.conversation, "reply", broken)
    _, response = await answer_to(slack, "/ask", "what did Hua say?")
    assert response.args["text"] == SOMETHING_WENT_WRONG


async def test_paging_slack_keeps_rate_limiting_tells_the_presser(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """Show more whose chat.update Slack rate-limits after every wait: the presser is told privately
    to try again in a minute, the operator one warning. It was a traceback and "something went wrong"."""
    await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    for _ in range(3):
        slack.fail_next("chat.update", "ratelimited", status=429, retry_after=0)
    mark = len(slack.calls)
    await slack.click(first, "Show more")
    told = await slack.wait_for("response_url", after=mark)
    await bot.drain(5)
    assert told.args["text"] == BUSY and len(slack.calls_to("chat.update")) == 3
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]


async def test_a_rate_limited_response_url_is_posted_again_after_the_wait(slack: StandIn, bot: SlackBot):
    """/ask whose response_url answers 429 with Retry-After is posted again after the wait; Bolt's
    respond() has no retry handlers, and the answer was lost."""
    slack.fail_next("response_url", "rate_limited", status=429, retry_after=0)
    mark = len(slack.calls)
    await slack.slash("/ask", "what did Hua say?")
    await slack.wait_until(lambda: len(slack.calls_to("response_url")) == 2)
    first, second = slack.calls[mark:][-2:]
    assert second.args == first.args and HUA in second.args["text"]


async def test_a_response_url_slack_keeps_rate_limiting_is_one_warning(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """A response_url answering 429 after every wait: after two retries, one warning line, no traceback."""
    for _ in range(3):
        slack.fail_next("response_url", "rate_limited", status=429, retry_after=0)
    await slack.slash("/ask", "what did Hua say?")
    await slack.wait_until(lambda: len(slack.calls_to("response_url")) == 3)
    await bot.drain(5)
    assert len(slack.calls_to("response_url")) == 3
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert "429" in records[0].getMessage()


async def test_a_response_url_wait_past_the_bound_is_not_waited_out(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """A 429 asking for an hour's wait is not retried (the answer would come far too late): one
    warning line at once, and the stop is not held up by it."""
    slack.fail_next("response_url", "rate_limited", status=429, retry_after=3600)
    await slack.slash("/ask", "what did Hua say?")
    await slack.wait_for("response_url")
    await bot.drain(5)
    assert not bot.in_flight.tasks and len(slack.calls_to("response_url")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]


async def test_commands_past_the_cooldown_are_told_once_privately(slack: StandIn, bot: SlackBot):
    """A slash command past the user's limit is told privately to slow down, once a window; the
    next is acked and dropped. (Chat and buttons had tests; commands had none.)"""
    bot.cooldown = RateLimit(rate=1, per=10.0)
    await answer_to(slack, "/ask", "what did Hua say?")
    _, told = await answer_to(slack, "/sentence", "3")
    assert SLOW in told.args["text"] and told.args.get("response_type", "ephemeral") == "ephemeral"
    payload = await slack.slash("/about")
    await slack.wait_for_ack(slack.last_envelope_id)
    await bot.drain(5)
    address = payload["response_url"]
    assert not [c for c in slack.calls_to("response_url") if address.endswith(f"/{c.args['id']}")]
