"""Mentions are answered in their thread; replies in that thread continue the conversation."""

from __future__ import annotations

import asyncio
import logging

import pytest
from slack_standin import StandIn, message_texts

from bot.ratelimit import RateLimit
from bot.slack.app import SlackBot
from bot.slack.failures import SOMETHING_WENT_WRONG

pytestmark = pytest.mark.asyncio

HUA = "— Hua Chunying, Chinese Foreign Ministry spokeswoman (§16)"
PAK = "— Pak Myong Ho, North Korean embassy official (§34)"
SLOW = "faster than I can keep up"
# A question as Slack sends it: a masked link, a pasted URL, a typed domain and e-mail address
# (Slack wraps those in link markup itself), a URL no client wrapped, and mrkdwn formatting.
LINKS_AND_FORMATTING = (
    "what did <http://evil.example/a|click me> and <http://evil.example/b> and <http://evil.com|evil.com> "
    "or <mailto:hua@evil.example|hua@evil.example> and https://raw.evil.example/c "
    "*bold* _it_ ~gone~ `code` ```pre``` say?"
)
TYPED_FORMATTING = ("*bold*", "_it_", "~gone~", "`code`", "```")


def shown_as_typed(slack: StandIn) -> list[str]:
    """Every text of every message sent so far; none with the question's formatting left live.

    The stand-in already records any link form (markup, "://", a host name) as a problem.
    """
    texts = [t for call in slack.calls if call.method != "auth.test" for t in message_texts(call.args)]
    assert not [t for t in texts if any(mark in t for mark in TYPED_FORMATTING)]
    return texts


async def quiet(slack: StandIn, seconds: float = 0.2) -> None:
    """Give the app time to (wrongly) answer, for tests that expect silence."""
    await asyncio.sleep(seconds)


async def test_mention_is_answered_in_a_thread_under_it(slack: StandIn, bot: SlackBot):
    """A top-level mention gets its answer in a thread under it, each quote with who said it."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["channel"] == slack.channel
    assert reply.args["thread_ts"] == event["ts"]
    sections = [b["text"]["text"] for b in reply.blocks if b["type"] == "section"]
    assert any("We welcome all parties" in s and HUA in s for s in sections)
    assert HUA in reply.args["text"]  # the notification fallback says the same


async def test_mention_inside_a_thread_answers_in_that_thread(slack: StandIn, bot: SlackBot):
    """A mention in an existing thread is answered in that thread, not under the reply."""
    top = await slack.post("anyone read the Tillerson piece?")
    await slack.post(f"{slack.bot_mention} who said the radar is not aimed at just us?", thread_ts=top["ts"])
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["thread_ts"] == top["ts"]
    assert PAK in reply.args["text"]


async def test_follow_ups_in_the_thread(slack: StandIn, bot: SlackBot):
    """"more", "and Pak?" and "what did he say about …?" in the thread continue its conversation."""
    bot.cooldown = RateLimit(rate=10, per=10.0)
    event = await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    first = await slack.wait_for("chat.postMessage")
    thread = event["ts"]

    await slack.post("more", thread_ts=thread)
    more = await slack.wait_for("chat.postMessage", after=slack.calls.index(first) + 1)
    assert more.args["thread_ts"] == thread
    assert more.args["text"] != first.args["text"]
    assert "Page 2 of" in str(more.blocks)

    mark = len(slack.calls)
    await slack.post("and Pak?", thread_ts=thread)
    pak = await slack.wait_for("chat.postMessage", after=mark)
    assert PAK in pak.args["text"]

    mark = len(slack.calls)
    await slack.post("what did he say about the radar?", thread_ts=thread)
    again = await slack.wait_for("chat.postMessage", after=mark)
    assert again.args["text"].startswith("> “The radar is not aimed at just us,”")


async def test_reply_in_a_thread_the_bot_is_not_in_is_ignored(slack: StandIn, bot: SlackBot):
    """People talking in other threads, or at the top level, are left alone."""
    top = await slack.post("lunch?")
    await slack.post("more", thread_ts=top["ts"])
    await slack.post("what did Hua say?")
    await quiet(slack)
    assert slack.calls_to("chat.postMessage") == []


async def test_a_thread_reply_to_someone_else_is_left_to_them(slack: StandIn, bot: SlackBot):
    """In a thread the bot answers in, a reply that opens by mentioning another person is for that
    person ("<@bob> did you see that?"), not a follow-up; the bot answered it with a search."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await slack.post(f"<@{slack.other_user}> did you see the radar part?", thread_ts=event["ts"])
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    await slack.post(f"and Pak? <@{slack.other_user}>", thread_ts=event["ts"])  # still a follow-up
    pak = await slack.wait_for("chat.postMessage", where=lambda c: PAK in c.args["text"])
    assert pak.args["thread_ts"] == event["ts"]


async def test_direct_messages_are_questions_with_follow_ups(slack: StandIn, bot: SlackBot):
    """In a DM every message is a question, no mention needed; it is answered in the DM, not in a thread,
    and the DM holds one conversation ("and Pak?"). A mention typed in a DM is not answered twice."""
    await slack.post("what did Hua say?", direct=True)
    first = await slack.wait_for("chat.postMessage")
    assert first.args["channel"] == slack.dm_channel and "thread_ts" not in first.args
    assert HUA in first.args["text"]
    mark = len(slack.calls)
    await slack.post(f"{slack.bot_mention} and Pak?", direct=True)
    pak = await slack.wait_for("chat.postMessage", after=mark)
    assert PAK in pak.args["text"]
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 2


async def test_a_message_with_a_file_attached_is_a_question_too(slack: StandIn, bot: SlackBot):
    """A DM question sent with a screenshot comes as subtype "file_share"; it was ignored, silently."""
    await slack.event({"type": "message", "subtype": "file_share", "channel": slack.dm_channel,
                       "channel_type": "im", "user": slack.user, "text": "what did Hua say?",
                       "files": [{"id": "F0SHOT", "name": "shot.png"}], "upload": True,
                       "ts": "1700000001.000001"})
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["channel"] == slack.dm_channel and HUA in reply.args["text"]


async def test_a_file_alone_in_a_live_thread_is_not_a_question(slack: StandIn, bot: SlackBot):
    """A screenshot shared in a thread the bot answered in, with no words, is people talking: it
    was answered with the bot's how-to page, as if someone had mentioned the bot with nothing."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await slack.event({"type": "message", "subtype": "file_share", "channel": slack.channel,
                       "user": slack.other_user, "text": "", "ts": "1700000009.000001",
                       "thread_ts": event["ts"], "files": [{"id": "F0SCREENSHOT"}]})
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_bots_are_ignored_including_itself(slack: StandIn, bot: SlackBot):
    """Messages from other bots, and the bot's own, are never answered."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await slack.post(f"{slack.bot_mention} what did Pak say?", user=slack.other_bot, bot_id="B0OTHER")
    await slack.post("more", user=slack.bot_user, bot_id=slack.bot_id, thread_ts=event["ts"])
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_retried_event_is_not_answered_twice(slack: StandIn, bot: SlackBot):
    """Slack re-delivering an event (retry_attempt 1, 2) gets acks but no second answer."""
    event = await slack.event({"type": "app_mention", "channel": slack.channel, "user": slack.user,
                               "text": f"{slack.bot_mention} what did Hua say?", "ts": "1700000001.000001"})
    await slack.wait_for("chat.postMessage")
    await slack.redeliver(event, retry_attempt=1)
    await slack.redeliver(event, retry_attempt=2)
    await slack.wait_until(lambda: len(slack.acks) == 3)  # every delivery is acknowledged
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_mention_in_a_live_thread_is_answered_once(slack: StandIn, bot: SlackBot):
    """A mention in a thread arrives as app_mention and as message: one answer, not two."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    mark = len(slack.calls)
    await slack.post(f"{slack.bot_mention} and Pak?", thread_ts=event["ts"])
    await slack.wait_for("chat.postMessage", after=mark)
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 2


async def test_bare_mention_explains_how_to_ask(slack: StandIn, bot: SlackBot):
    """Mentioning the bot with no question gets the article at a glance and how to ask."""
    await slack.post(slack.bot_mention)
    reply = await slack.wait_for("chat.postMessage")
    assert "Mention me with a question" in reply.args["text"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b \u2060\ufeff", "\u3164"])
async def test_a_mention_with_only_invisible_characters_explains_how_to_ask(slack: StandIn, bot: SlackBot,
                                                                            invisible: str):
    """A mention followed by zero-width spaces or a blank letter is a bare mention, not a question."""
    await slack.post(f"{slack.bot_mention} {invisible}")
    reply = await slack.wait_for("chat.postMessage")
    assert "Mention me with a question" in reply.args["text"]


async def test_echoed_text_pings_no_one(slack: StandIn, bot: SlackBot):
    """@everyone, @here, @channel, user and channel mentions and & < > come back inert and escaped.

    Slack sends & < > escaped (``&amp;``); they come back escaped once, not twice.
    """
    question = (f"{slack.bot_mention} what did <!everyone> <!here> <!channel> <@{slack.other_user}|bob> "
                "<#C0GENERAL|general> <!subteam^S1|@team> &amp; a &lt;b&gt; say?")
    event = await slack.post(question)
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["text"].startswith("Who do you mean?")  # a chat user asked about: not echoed
    await slack.post("more", thread_ts=event["ts"])  # "that was everything I found for …" echoes it
    end = await slack.wait_for("chat.postMessage", after=slack.calls.index(reply) + 1)
    assert "&amp; a &lt;b&gt;" in end.args["text"]
    assert "@\u2060everyone" in end.args["text"] and "#\u2060general" in end.args["text"]
    # The fixture's check: no <!…>, <@…> or <#…> in this or any other payload.


@pytest.mark.parametrize("mention", ["<@U0BOB|bob>", "<@U0BOB>", "<!subteam^S1|@team>"])
async def test_a_person_or_group_mention_asked_about_is_who_do_you_mean(slack: StandIn, bot: SlackBot,
                                                                          mention: str):
    """"what did @bob say?" (a person or a user group) asks who is meant, as on Discord; it was "The
    article doesn't mention “bob”", reading the chat user as a name."""
    await slack.post(f"{slack.bot_mention} what did {mention} say?")
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["text"].startswith("Who do you mean?")


async def test_echoed_links_and_formatting_show_as_typed(slack: StandIn, bot: SlackBot):
    """A question full of links and formatting comes back readable, with no link or formatting live.

    It is echoed twice: in the engine's "doesn't mention" notice, and in the "that was everything"
    notice that "more" gets past the last page. Both are checked in blocks and fallback text.
    """
    event = await slack.post(f"{slack.bot_mention} {LINKS_AND_FORMATTING}")
    reply = await slack.wait_for("chat.postMessage")
    await slack.post("more", thread_ts=event["ts"])
    end = await slack.wait_for("chat.postMessage", after=slack.calls.index(reply) + 1)
    assert "That was everything I found" in end.args["text"]
    for echoed in (reply.args["text"], end.args["text"]):
        assert "click me" in echoed and "http:\u200b//evil\u2024example/b" in echoed
        # The engine may drop chat markup when it reads the question; what is echoed is never live.
        assert "bold" in echoed and not any(m in echoed for m in ("*bold*", "_it_", "~gone~", "`code`"))
    assert len(shown_as_typed(slack)) >= 4
    # The fixture's check: no link form in this or any other payload.


async def test_cooldown_tells_once_per_window(slack: StandIn, seed_engine, bot: SlackBot):
    """Past 3 questions in 10 s a user is told once to slow down, in a message only they see (on
    Discord the notice deletes itself; here it stayed in the thread for everyone, one per user
    flooding); further tries are silent."""
    for n in range(6):
        await slack.post(f"{slack.bot_mention} what did Hua say? ({n})")

    def texts() -> list[str]:
        return [c.args["text"] for c in slack.calls_to("chat.postMessage")]

    def told() -> bool:
        return sum(HUA in t for t in texts()) == 3 and bool(slack.calls_to("chat.postEphemeral"))

    await slack.wait_until(told)
    await quiet(slack)
    assert sum(HUA in t for t in texts()) == 3 and not [t for t in texts() if SLOW in t]
    [notice] = slack.calls_to("chat.postEphemeral")
    assert SLOW in notice.args["text"] and notice.args["user"] == slack.user
    assert notice.args["channel"] == slack.channel and notice.args["thread_ts"]
    # Another user is not slowed down by alice.
    await slack.post(f"{slack.bot_mention} what did Pak say?", user=slack.other_user)
    await slack.wait_for("chat.postMessage", where=lambda c: PAK in c.args["text"])


async def test_edits_are_not_questions_but_broadcast_replies_are(slack: StandIn, bot: SlackBot):
    """An edited message is not answered again; a thread reply also sent to the channel is a follow-up."""
    event = await slack.post(f"{slack.bot_mention} what did Tillerson say?")
    await slack.wait_for("chat.postMessage")
    await slack.event({"type": "message", "subtype": "message_changed", "channel": slack.channel,
                       "ts": "1700000002.000001", "message": {"text": "more", "user": slack.user}})
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    await slack.event({"type": "message", "subtype": "thread_broadcast", "channel": slack.channel,
                       "user": slack.user, "text": "more", "ts": "1700000003.000001",
                       "thread_ts": event["ts"]})
    more = await slack.wait_for("chat.postMessage", where=lambda c: "Page 2 of" in str(c.blocks))
    assert more.args["thread_ts"] == event["ts"]


async def test_a_rate_limited_answer_is_sent_again_after_the_wait(slack: StandIn, bot: SlackBot):
    """chat.postMessage answered 429 with Retry-After is sent again, as discord.py does on Discord;
    the answer was lost, and the thread got "something went wrong" instead."""
    slack.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=0)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_until(lambda: len(slack.calls_to("chat.postMessage")) == 2)
    first, second = slack.calls_to("chat.postMessage")
    assert second.args == first.args and HUA in second.args["text"]


# ekm_access_denied: an Enterprise Grid organisation's admins suspended posting (Enterprise Key
# Management); it was a traceback and a "something went wrong" refused the same way.
@pytest.mark.parametrize("error", ["not_in_channel", "is_archived", "restricted_action", "ekm_access_denied"])
async def test_a_channel_refusing_the_answer_is_one_warning(slack: StandIn, bot: SlackBot,
                                                            caplog: pytest.LogCaptureFixture, error: str):
    """A channel the bot may not post in is one warning naming the channel and Slack's error; it
    was a logged traceback, then a "something went wrong" that Slack refused as well."""
    slack.fail_next("chat.postMessage", error)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert slack.channel in records[0].getMessage() and error in records[0].getMessage()


@pytest.mark.parametrize("error", ["thread_not_found", "invalid_thread_ts"])
async def test_a_thread_deleted_before_the_answer_is_left_alone(slack: StandIn, bot: SlackBot,
                                                                caplog: pytest.LogCaptureFixture, error: str):
    """The question that opened the thread deleted before its answer went out: nothing more is
    posted (no one is left to read it) and one line at INFO says so. It was a logged traceback,
    then a "something went wrong" into the same deleted thread."""
    slack.fail_next("chat.postMessage", error)
    with caplog.at_level(logging.INFO, logger="bot"):
        await slack.post(f"{slack.bot_mention} what did Hua say?")
        await slack.wait_for("chat.postMessage")
        await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("INFO", None)]
    assert slack.channel in records[0].getMessage() and error in records[0].getMessage()


async def test_an_answer_slack_moved_out_of_a_deleted_thread_is_taken_back(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """A mention in a thread whose first message was deleted: Slack takes the answer, but posts it
    in the channel, where it answers nothing. The bot deletes it again, one line at INFO; it
    stayed in the channel for everyone."""
    top = await slack.post("anyone read the piece from Vell County?")
    slack.delete(top["ts"])
    with caplog.at_level(logging.INFO, logger="bot"):
        await slack.post(f"{slack.bot_mention} what did Hua say?", thread_ts=top["ts"])
        answer = await slack.wait_for("chat.postMessage")
        removed = await slack.wait_for("chat.delete")
        await quiet(slack)
    assert removed.args["ts"] == answer.ts and removed.args["channel"] == slack.channel
    assert len(slack.calls_to("chat.postMessage")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("INFO", None)]


async def test_an_answer_in_a_live_thread_stays(slack: StandIn, bot: SlackBot):
    """Slack echoes the thread of an answer posted in it: nothing is deleted."""
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await quiet(slack)
    assert not slack.calls_to("chat.delete")


async def test_a_failure_is_one_friendly_line_in_the_thread(slack: StandIn, bot: SlackBot,
                                                            monkeypatch: pytest.MonkeyPatch):
    """An error while answering is logged; the thread gets "something went wrong", never the error."""

    def broken(*args: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(bot.conversation, "reply", broken)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["text"] == SOMETHING_WENT_WRONG



@pytest.mark.parametrize("error", ["token_revoked", "invalid_auth", "account_inactive"])
async def test_a_token_revoked_mid_run_is_one_line_naming_it(slack: StandIn, bot: SlackBot,
                                                             caplog: pytest.LogCaptureFixture, error: str):
    """The bot token revoked (or the app uninstalled) after start-up: each answer Slack refuses is
    one error line naming SLACK_BOT_TOKEN and what to do. It was a logged traceback, then a
    "something went wrong" that the same dead token could not send either."""
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    slack.fail_next("chat.postMessage", error)
    await slack.post(f"{slack.bot_mention} what did Pak say?")
    await slack.wait_until(lambda: len(slack.calls_to("chat.postMessage")) == 2)
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 2
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("ERROR", None)]
    assert "SLACK_BOT_TOKEN" in records[0].getMessage() and error in records[0].getMessage()


@pytest.mark.parametrize("question", [
    "what did " + "&amp;" * 3000 + " say?",  # "&" arrives escaped, five characters each, and goes out so
    "who said " + "_~" * 2000,
    "what did " + "&gt; x\n" * 700 + " say",
])
async def test_long_questions_full_of_markup_stay_within_slack_limits(slack: StandIn, bot: SlackBot,
                                                                     question: str):
    """Long questions of characters that escaping lengthens are answered within Slack's limits (the
    stand-in refuses anything over, and the fixture checks for problems), with nothing live."""
    await slack.post(f"{slack.bot_mention} {question}")
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["text"]
    shown_as_typed(slack)


async def over_the_limit(slack: StandIn, bot: SlackBot, *refusals: tuple[str, str]) -> None:
    """Alice asks twice in 10 s with a limit of one: the second question earns the "slow down",
    with Slack refusing the calls in ``refusals`` (method, error) from the second question on."""
    bot.cooldown = RateLimit(rate=1, per=10.0)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    for method, error in refusals:
        slack.fail_next(method, error)
    await slack.post(f"{slack.bot_mention} what did Pak say?")
    await slack.wait_for("chat.postEphemeral")


async def test_a_slow_down_slack_cannot_show_privately_goes_to_a_direct_message(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """chat.postEphemeral refused with user_not_in_channel (someone from another workspace in a
    shared channel, or who left it since asking): the notice goes to the user's direct messages with
    the bot, still to them alone, and the log has one INFO line. It was a logged traceback and a
    "something went wrong" in the thread for everyone, which told the user nothing."""
    with caplog.at_level(logging.INFO, logger="bot"):
        await over_the_limit(slack, bot, ("chat.postEphemeral", "user_not_in_channel"))
        notice = await slack.wait_for("chat.postMessage", where=lambda c: SLOW in c.args["text"])
        await quiet(slack)
    assert notice.args["channel"] == slack.user and "thread_ts" not in notice.args
    assert len(slack.calls_to("chat.postMessage")) == 2  # the first answer and the notice
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("INFO", None)]
    assert "user_not_in_channel" in records[0].getMessage() and slack.user in records[0].getMessage()


async def test_a_slow_down_no_one_can_be_shown_is_one_line(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture):
    """The private notice refused, and the direct message as well (a user from another organisation):
    one INFO line, nothing in the thread."""
    with caplog.at_level(logging.INFO, logger="bot"):
        await over_the_limit(slack, bot, ("chat.postEphemeral", "user_not_in_channel"),
                             ("chat.postMessage", "channel_not_found"))
        await slack.wait_until(lambda: len(slack.calls_to("chat.postMessage")) == 2)
        await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 2
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("INFO", None)]
    assert "channel_not_found" in records[0].getMessage()


@pytest.mark.parametrize("error", ["not_in_channel", "channel_not_found"])
async def test_a_slow_down_in_a_channel_the_bot_left_is_one_warning(
        slack: StandIn, bot: SlackBot, caplog: pytest.LogCaptureFixture, error: str):
    """The bot removed from the channel between a user's questions: the private notice is refused,
    as any answer there would be. One warning line (invite the bot back), nothing posted."""
    await over_the_limit(slack, bot, ("chat.postEphemeral", error))
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert error in records[0].getMessage() and slack.channel in records[0].getMessage()


async def test_slackbot_in_a_live_thread_is_not_a_follow_up(slack: StandIn, bot: SlackBot):
    """Slackbot posts as the user USLACKBOT with no bot_id: a workspace's custom response ("when
    someone says radar, reply …") fired by words in an answer lands in the thread. It was answered
    as a follow-up, and with an answer that fires the response again, a loop the cooldown only slowed."""
    event = await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    for text in ("and Pak?", f"{slack.bot_mention} what did Pak say?"):
        await slack.post(text, user="USLACKBOT", thread_ts=event["ts"])
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_enterprise_grid_ids_are_people_like_any_other(slack: StandIn, bot: SlackBot):
    """On Enterprise Grid user ids start with W and events carry the organisation's id: a mention
    from such a user is answered in its thread (a W-id mention in it pings no one: the fixture
    checks every payload), and followed up there."""
    event = {"type": "app_mention", "channel": slack.channel, "user": "W0ANARUIZ", "ts": "1700000005.000001",
             "text": f"{slack.bot_mention} <@W0EDLAMB|ed> what did Hua say?", "team": "T0OTHER",
             "user_team": "T0OTHER", "source_team": "T0OTHER", "enterprise": "E0GRID"}
    await slack.event(event)
    reply = await slack.wait_for("chat.postMessage")
    assert reply.args["thread_ts"] == event["ts"] and HUA in reply.args["text"]
    await slack.post("and Pak?", user="W0ANARUIZ", thread_ts=event["ts"])
    await slack.wait_for("chat.postMessage", where=lambda c: PAK in c.args["text"])


async def test_a_rate_limit_wait_past_the_bound_drops_the_answer_at_once(slack: StandIn, bot: SlackBot,
                                                                         caplog: pytest.LogCaptureFixture):
    """chat.postMessage answered 429 with an hour's Retry-After: not waited out (it held the answer,
    and a stop, for the hour), but dropped at once with one warning line."""
    slack.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=3600)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_for("chat.postMessage")
    await bot.drain(5)
    assert not bot.in_flight.tasks and len(slack.calls_to("chat.postMessage")) == 1
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]


async def test_an_answer_slack_keeps_rate_limiting_is_one_warning(slack: StandIn, bot: SlackBot,
                                                                  caplog: pytest.LogCaptureFixture):
    """chat.postMessage answered 429 again after each wait (a channel past Slack's one message a
    second, at length): after the retries, one warning line and nothing more sent. It was a logged
    traceback, then a "something went wrong" into the same rate-limited channel."""
    for _ in range(3):
        slack.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=0)
    await slack.post(f"{slack.bot_mention} what did Hua say?")
    await slack.wait_until(lambda: len(slack.calls_to("chat.postMessage")) == 3)
    await quiet(slack)
    assert len(slack.calls_to("chat.postMessage")) == 3
    records = [r for r in caplog.records if r.name.startswith("bot.")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert "ratelimited" in records[0].getMessage() and slack.channel in records[0].getMessage()
