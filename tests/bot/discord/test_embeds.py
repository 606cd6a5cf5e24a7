"""Embeds: whole quotes on pages within Discord's limits, and never an empty answer."""

from __future__ import annotations

from dataclasses import replace

import discord
import pytest

from bot.conversation import Turn
from bot.discord.embeds import (
    DESCRIPTION_LIMIT,
    PAGE_RESULTS,
    TITLE_LIMIT,
    answer_pages,
    turn_pages,
)
from retrieval import Answer, Engine, Result, Sentence

EMBED_LIMIT = 6000
FIELD_LIMIT = 25


def long_answer(seed_engine: Engine, count: int, length: int) -> Answer:
    """``count`` results whose sentences are ``length`` characters of distinct words."""
    hua = seed_engine.speakers.find("Hua")
    results = tuple(
        Result(
            Sentence(i, " ".join(f"w{i}x{j}" for j in range(length // 8))[:length], 0, length),
            hua,
            "direct",
            1.0,
        )
        for i in range(count)
    )
    return Answer("what did Hua say?", "speaker", hua, results)


def assert_within_limits(pages: list[discord.Embed]) -> None:
    for page in pages:
        assert len(page.description or "") <= DESCRIPTION_LIMIT
        assert len(page.title or "") <= TITLE_LIMIT
        assert len(page) <= EMBED_LIMIT
        assert len(page.fields) <= FIELD_LIMIT


def test_long_quotes_paged_whole_within_limits(seed_engine: Engine):
    """Twelve 1500-character quotes fill pages of at most three, each quote whole on one page."""
    answer = long_answer(seed_engine, 12, 1500)
    pages = answer_pages(seed_engine, answer)

    assert_within_limits(pages)
    assert len(pages) > 12 // PAGE_RESULTS
    for result in answer.results:
        assert sum(result.sentence.text in (p.description or "") for p in pages) == 1


def test_quote_longer_than_a_page_is_split_at_spaces(seed_engine: Engine):
    """A single 10 000-character quote is spread over pages at word boundaries, losing no word."""
    answer = long_answer(seed_engine, 1, 10_000)
    pages = answer_pages(seed_engine, answer)

    assert_within_limits(pages)
    assert len(pages) == 3
    words = " ".join((p.description or "").replace("…", " ") for p in pages).split()
    assert [w for w in words if w.startswith("w0x")] == answer.results[0].sentence.text.split()


def test_long_question_title_is_clipped(seed_engine: Engine):
    """A 300-character question becomes a title of at most 256 characters ending in an ellipsis."""
    answer = replace(seed_engine.answer("what did Hua say?"), question="why " * 75)
    [page] = answer_pages(seed_engine, answer)
    assert len(page.title) == TITLE_LIMIT
    assert page.title.endswith("…")


def test_single_page_has_no_footer(seed_engine: Engine):
    """An answer that fits on one page is not labelled "Page 1 of 1"."""
    [page] = answer_pages(seed_engine, seed_engine.answer("what did Hua say?"))
    assert page.footer.text is None


@pytest.mark.parametrize("message", [None, "Nothing here."])
def test_empty_answer_is_never_silent(seed_engine: Engine, message: str | None):
    """With no results, the page still says something and suggests /speakers."""
    empty = Answer("pizza?", "search", None, (), message=message)
    [page] = answer_pages(seed_engine, empty)
    assert page.description.startswith(message or "I couldn't find anything")
    assert "/speakers" in page.description


def test_markdown_in_the_article_is_escaped(seed_engine: Engine):
    """Asterisks and underscores in a quote are shown as typed, not as formatting."""
    hua = seed_engine.speakers.find("Hua")
    sentence = Sentence(0, "a *bold* _claim_", 0, 16)
    answer = Answer("q", "speaker", hua, (Result(sentence, hua, "direct", 1.0),))
    [page] = answer_pages(seed_engine, answer)
    assert r"a \*bold\* \_claim\_" in page.description


def test_turn_past_the_last_page_says_that_was_everything(seed_engine: Engine):
    """Asking for a page after the last gives a single notice page."""
    turn = Turn(seed_engine.answer("what did Hua say?"), page=1)
    [page], shown = turn_pages(seed_engine, turn)
    assert shown == 0
    assert page.description.startswith("That was everything I found for “what did Hua say?”")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("message", "why"),
    [
        ({"content": "x" * 2001}, "content of 2001 characters"),
        ({"embed": discord.Embed(title="t" * 257)}, "title of 257 characters"),
        ({"embed": discord.Embed(description="d" * 4097)}, "description of 4097 characters"),
        ({"embed": discord.Embed(title="t" * 250, description="d" * 4000).set_footer(text="f" * 2000)},
         "an embed of 6250 characters in all"),
    ],
)
async def test_the_stand_in_refuses_what_discord_refuses(bot, standin, message: dict, why: str):
    """Every message of every test goes through the stand-in's limit check (the fixture asserts no
    problem); the check itself refuses each limit passed, as Discord does, with a 400."""
    channel = bot.get_channel(standin.channel_id)
    with pytest.raises(discord.HTTPException) as refused:
        await channel.send(**message)
    assert refused.value.status == 400 and refused.value.code == 50035
    assert len(standin.problems) == 1 and why in standin.problems[0]
    standin.problems.clear()
