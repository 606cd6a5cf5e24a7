"""Slash commands: the response payload of each, autocomplete, paging, posting, cooldown, errors."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from discord_payloads import CALLBACK, FOLLOWUP, cited, labels, pings_nobody
from standin import StandIn

from bot.discord import replies
from bot.discord.client import ArticleBot
from bot.discord.cooldowns import Cooldowns
from bot.discord.embeds import how_to_ask
from retrieval import Answer, Engine

pytestmark = pytest.mark.asyncio

EPHEMERAL = 1 << 6
CHANNEL_MESSAGE, DEFERRED, UPDATE, AUTOCOMPLETE = 4, 5, 7, 8


def ephemeral(message: dict) -> bool:
    return bool(message.get("flags", 0) & EPHEMERAL)


async def test_ask_answers_privately_with_a_post_button(bot: ArticleBot, standin: StandIn):
    """/ask answers at once, privately, with the answer embed and a Post to channel button."""
    await standin.slash("ask", question="what did Hua say?")
    answer = await standin.wait_for("POST", CALLBACK)

    assert answer.json["type"] == CHANNEL_MESSAGE
    assert cited(answer) == [15, 16, 17]
    assert answer.embed["title"] == "what did Hua say?"
    assert ephemeral(answer.message)
    assert labels(answer.message) == ["Post to channel"]
    assert pings_nobody(answer)


async def test_slow_answer_is_deferred_then_followed_up(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine, monkeypatch: pytest.MonkeyPatch
):
    """When the engine is slow, /ask defers privately first and sends the answer as a follow-up."""
    answer = seed_engine.answer

    def slow(question: str) -> Answer:
        time.sleep(0.2)
        return answer(question)

    monkeypatch.setattr(seed_engine, "answer", slow)
    monkeypatch.setattr(replies, "DEFER_AFTER", 0.01)
    await standin.slash("ask", question="what did Hua say?")
    deferred = await standin.wait_for("POST", CALLBACK)
    followup = await standin.wait_for("POST", FOLLOWUP)

    assert deferred.json["type"] == DEFERRED
    assert ephemeral(deferred.message)
    assert cited(followup) == [15, 16, 17]
    assert ephemeral(followup.message)
    assert pings_nobody(followup)


async def test_speaker_autocomplete_offers_names_with_roles(bot: ArticleBot, standin: StandIn):
    """Typing "hu" offers Hua Chunying with her role; the value is her canonical name."""
    await standin.autocomplete("speaker", "name", "hu")
    request = await standin.wait_for("POST", CALLBACK)

    assert request.json["type"] == AUTOCOMPLETE
    assert request.json["data"]["choices"] == [
        {"name": "Hua Chunying, Chinese Foreign Ministry spokeswoman", "value": "Hua Chunying"}
    ]


async def test_speaker_autocomplete_with_nothing_typed_lists_at_most_25(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine
):
    """With nothing typed, autocomplete offers every quoted speaker, never more than 25."""
    await standin.autocomplete("speaker", "name", "")
    choices = (await standin.wait_for("POST", CALLBACK)).json["data"]["choices"]

    assert 0 < len(choices) <= 25
    assert [c["value"] for c in choices][:2] == [s.name for s in seed_engine.speakers.quoted][:2]
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_speaker_shows_their_quotes_paged(bot: ArticleBot, standin: StandIn):
    """/speaker Rex Tillerson answers privately, three quotes a page, with Show more."""
    await standin.slash("speaker", name="Rex Tillerson")
    answer = await standin.wait_for("POST", CALLBACK)

    assert len(cited(answer)) == 3
    assert "— Rex Tillerson, U.S. Secretary of State (§1)" in answer.embed["description"]
    assert answer.embed["footer"]["text"].startswith("Page 1 of 4")
    assert labels(answer.message) == ["Back", "Show more", "Post to channel"]

    message = standin.messages[max(standin.messages)]
    await standin.click(int(message["id"]), "Show more")
    page = await standin.wait_for("POST", CALLBACK)
    assert page.json["type"] == UPDATE
    assert page.embed["footer"]["text"].startswith("Page 2 of 4")
    assert set(cited(page)).isdisjoint(cited(answer))


async def test_speaker_mentioned_but_not_quoted_says_so(bot: ArticleBot, standin: StandIn):
    """/speaker for someone only mentioned says so and shows where they are mentioned."""
    await standin.slash("speaker", name="Kishida")
    answer = await standin.wait_for("POST", CALLBACK)
    description = answer.embed["description"]
    assert "mentioned but not quoted" in description
    assert cited(answer) == [2, 22]


async def test_speakers_lists_names_roles_and_counts(bot: ArticleBot, standin: StandIn):
    """/speakers answers privately with each quoted speaker's role and number of quotes."""
    await standin.slash("speakers")
    request = await standin.wait_for("POST", CALLBACK)

    assert request.json["type"] == CHANNEL_MESSAGE
    assert ephemeral(request.message)
    description = request.embed["description"]
    assert "**Hua Chunying, Chinese Foreign Ministry spokeswoman** — 3 quotes" in description
    assert "**Rex Tillerson, U.S. Secretary of State** — 10 quotes" in description
    assert "Also mentioned, never quoted: Fumio Kishida" in description
    assert pings_nobody(request)


async def test_sentence_shows_neighbours_and_speaker(bot: ArticleBot, standin: StandIn, seed_engine: Engine):
    """/sentence 16 shows sentences 15-17 with 16 in bold, and Hua Chunying as its speaker."""
    await standin.slash("sentence", number=16)
    request = await standin.wait_for("POST", CALLBACK)

    description = request.embed["description"]
    assert description.index("§15 ") < description.index("**§16** ") < description.index("§17 ")
    assert seed_engine.attributions[15].sentence.text[:40] in description
    [field] = request.embed["fields"]
    assert field["name"] == "Speaker"
    assert field["value"].startswith("Hua Chunying, Chinese Foreign Ministry spokeswoman")
    assert ephemeral(request.message)


@pytest.mark.parametrize("number", [99, 37, 0, -1, "3"])
async def test_sentence_out_of_range_explains_the_range(bot: ArticleBot, standin: StandIn, number):
    """/sentence past either end, or not a number (a stale definition), says which numbers exist."""
    await standin.slash("sentence", number=number)
    request = await standin.wait_for("POST", CALLBACK)
    assert request.message["content"] == "The article has 36 sentences: pick one from 1 to 36."
    assert ephemeral(request.message)
    assert not request.message.get("embeds")


@pytest.mark.parametrize(
    ("command", "option", "value", "reply"),
    [
        ("ask", "question", "", "A question can be 1 to 300 characters long."),
        ("ask", "question", "x" * 301, "A question can be 1 to 300 characters long."),
        ("speaker", "name", "", "A name can be 1 to 100 characters long."),
        ("speaker", "name", "h" * 101, "A name can be 1 to 100 characters long."),
        ("speaker", "name", 7, "A name can be 1 to 100 characters long."),
        ("speaker", "name", "\u200b\u200b", "A name can be 1 to 100 characters long."),
        ("ask", "question", "\u2060\u3164", "A question can be 1 to 300 characters long."),
    ],
)
async def test_options_outside_their_limits_get_a_private_hint(
    bot: ArticleBot, standin: StandIn, command: str, option: str, value: object, reply: str
):
    """Every option with limits is checked by the bot too: a private one-line hint, no answer."""
    await standin.slash(command, **{option: value})
    request = await standin.wait_for("POST", CALLBACK)
    assert request.message["content"] == reply
    assert ephemeral(request.message)
    assert not request.message.get("embeds")


async def test_about_describes_the_article(bot: ArticleBot, standin: StandIn, seed_engine: Engine):
    """/about gives dateline, agency, sentence and speaker counts and how to ask."""
    await standin.slash("about")
    request = await standin.wait_for("POST", CALLBACK)

    fields = {f["name"]: f["value"] for f in request.embed["fields"]}
    assert fields == {
        "Dateline": "Tokyo",
        "Agency": "Reuters",
        "Sentences": "36",
        "People quoted": "8",
        "Also mentioned": "6",
    }
    assert request.embed["description"] == how_to_ask(seed_engine)
    assert ephemeral(request.message)


async def test_slash_cooldown_answers_privately(start_bot, standin: StandIn):
    """A command inside the cooldown gets a private "try again" message instead of an answer."""
    await start_bot(cooldowns=Cooldowns(1, 60))
    await standin.slash("about")
    await standin.wait_for("POST", CALLBACK)
    await standin.slash("speakers")
    request = await standin.wait_for("POST", CALLBACK)

    assert "try again in" in request.message["content"]
    assert ephemeral(request.message)


async def test_command_failure_is_logged_and_reported(
    bot: ArticleBot,
    standin: StandIn,
    seed_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """An engine crash in a command is logged with its traceback; the user sees a short message."""

    def crash(name: str) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(seed_engine, "speaker_answer", crash)
    with caplog.at_level(logging.ERROR, logger="bot"):
        await standin.slash("speaker", name="Hua")
        request = await standin.wait_for("POST", CALLBACK)

    assert request.message["content"].startswith("Something went wrong")
    assert ephemeral(request.message)
    assert any(r.exc_info and "engine exploded" in repr(r.exc_info[1]) for r in caplog.records)


async def test_a_failure_discord_will_not_let_us_report_is_one_more_line(
    bot: ArticleBot,
    standin: StandIn,
    seed_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """A crash whose "something went wrong" Discord refuses too (10062 Unknown interaction: it came
    too late): the crash's traceback, then one warning line with Discord's reason. That warning
    carried a second traceback, of the refusal."""

    def crash(name: str) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(seed_engine, "speaker_answer", crash)
    standin.fail("POST", CALLBACK, 404, code=10062, text="Unknown interaction")
    with caplog.at_level(logging.WARNING, logger="bot"):
        await standin.slash("speaker", name="Hua")
        await standin.wait_for("POST", CALLBACK)
        await bot.drain(5)
    crashed, refused = [r for r in caplog.records if r.name.startswith("bot.")]
    assert crashed.levelname == "ERROR" and "engine exploded" in repr(crashed.exc_info)
    assert refused.levelname == "WARNING" and refused.exc_info is None
    assert "Unknown interaction" in refused.getMessage()


async def test_slash_commands_in_a_direct_message(bot: ArticleBot, standin: StandIn):
    """In the bot's DM (no server, no member: the user comes as ``user``), /ask answers privately,
    Post to channel posts there, and /sentence out of range explains the range, as in a server."""
    await standin.slash("ask", question="what did Hua say?", direct=True)
    answer = await standin.wait_for("POST", CALLBACK)
    assert cited(answer) == [15, 16, 17] and ephemeral(answer.message)
    private = next(m for m in standin.messages.values() if "Post to channel" in labels(m))
    assert private["channel_id"] == str(standin.dm_channel_id)

    await standin.click(int(private["id"]), "Post to channel")
    posted = await standin.wait_for("POST", FOLLOWUP)
    assert cited(posted) == [15, 16, 17] and not ephemeral(posted.message)
    assert posted.embed["author"]["name"] == "Shared by Alice"
    shared = [m for m in standin.messages.values() if m["embeds"] and "author" in m["embeds"][0]]
    assert [m["channel_id"] for m in shared] == [str(standin.dm_channel_id)]

    await standin.slash("sentence", number=0, direct=True)
    hint = await standin.wait_for("POST", CALLBACK, after=len(standin.requests))
    assert hint.message["content"].startswith("The article has 36 sentences")


@pytest.mark.parametrize(
    ("command", "options"), [("quote", {"text": "x"}), ("ask", {"query": "what did Hua say?"})]
)
async def test_a_command_discord_still_shows_from_before_a_sync_is_explained(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture, command: str, options: dict
):
    """A command the bot no longer has, or with options of an older version (Discord shows global
    commands for a while after a sync): a private line saying it is out of date, no traceback."""
    await standin.slash(command, **options)
    answer = await standin.wait_for("POST", CALLBACK)

    assert ephemeral(answer.message) and "out of date" in answer.message["content"]
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize(("command", "options"), [("ask", {"question": "what did Hua say?"}), ("about", {})])
async def test_an_interaction_discord_dropped_before_the_answer_is_one_line(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture, command: str, options: dict
):
    """A command whose answer reaches Discord after its 3 s (a slow host or connection): Discord
    answers 404, 10062 Unknown interaction, and nothing more can reach that user through it. One
    warning line saying so, no retry. It was a logged traceback ("Failed to answer ask"), then a
    "something went wrong" sent to the same dead interaction and refused again."""
    standin.fail("POST", CALLBACK, 404, code=10062, text="Unknown interaction")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.slash(command, **options)
        await standin.wait_for("POST", CALLBACK)
        await bot.drain(5)
    assert len(standin.requests_to("POST", CALLBACK)) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("WARNING", None)
    assert "Unknown interaction" in line.getMessage() and "3 s" in line.getMessage()


async def test_an_autocomplete_answer_discord_dropped_is_one_line(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """Choices for /speaker that reach Discord after its 3 s (someone typing on a busy host): 404,
    10062 Unknown interaction. One line at INFO; discord.py logged a traceback for each keystroke."""
    standin.fail("POST", CALLBACK, 404, code=10062, text="Unknown interaction")
    with caplog.at_level(logging.INFO):
        await standin.autocomplete("speaker", "name", "hu")
        await standin.wait_for("POST", CALLBACK)
        await standin.autocomplete("speaker", "name", "hua")
        await standin.wait_for("POST", CALLBACK, after=len(standin.requests))
        await asyncio.sleep(0.1)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    [line] = [r for r in caplog.records if "Unknown interaction" in r.getMessage()]
    assert line.levelname == "INFO" and "speaker" in line.getMessage()


async def test_removed_from_the_server_mid_command_is_one_line(
    bot: ArticleBot, standin: StandIn, seed_engine: Engine, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """The bot kicked while a slow /ask is deferred: GUILD_DELETE arrives, then the follow-up is
    refused (403, 50001 Missing Access). One line at INFO naming the server; it was a traceback,
    then a "something went wrong" refused the same way and a warning about that."""
    started, release = asyncio.Event(), asyncio.Event()
    answer = seed_engine.answer
    loop = asyncio.get_running_loop()

    def slow(question: str) -> Answer:
        loop.call_soon_threadsafe(started.set)
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(5)
        return answer(question)

    monkeypatch.setattr(seed_engine, "answer", slow)
    monkeypatch.setattr(replies, "DEFER_AFTER", 0.01)
    standin.fail("POST", FOLLOWUP, 403, times=None, code=50001, text="Missing Access")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.slash("ask", question="what did Hua say?")
        await asyncio.wait_for(started.wait(), 5)
        await standin.wait_for("POST", CALLBACK)  # deferred
        await standin.dispatch("GUILD_DELETE", {"id": str(standin.guild_id)})
        await asyncio.sleep(0.1)  # the client reads the event
        release.set()
        await standin.wait_for("POST", FOLLOWUP)
        await bot.drain(5)
    assert len(standin.requests_to("POST", FOLLOWUP)) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("INFO", None)
    assert str(standin.guild_id) in line.getMessage() and "removed" in line.getMessage()


async def test_a_command_refused_401_is_one_error_naming_the_token(
    bot: ArticleBot, standin: StandIn, caplog: pytest.LogCaptureFixture
):
    """/ask whose answer Discord refuses 401 Unauthorized (the bot's token reset meanwhile): one error
    line naming DISCORD_TOKEN, no traceback and no failure notice (refused as well)."""
    standin.fail("POST", CALLBACK, 401, times=None, text="401: Unauthorized")
    with caplog.at_level(logging.INFO, logger="bot"):
        await standin.slash("ask", question="what did Hua say?")
        await standin.wait_for("POST", CALLBACK)
        await bot.drain(5)
    assert len(standin.requests_to("POST", CALLBACK)) == 1
    [line] = [r for r in caplog.records if r.name.startswith("bot.")]
    assert (line.levelname, line.exc_info) == ("ERROR", None)
    assert "DISCORD_TOKEN" in line.getMessage()
