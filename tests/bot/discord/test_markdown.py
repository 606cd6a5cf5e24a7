"""Echoed text never renders as a link, a mention or formatting, in titles and descriptions alike."""

from __future__ import annotations

import re

import pytest
from discord_payloads import CALLBACK, FOLLOWUP, REPLIES
from standin import StandIn

from bot.discord.client import ArticleBot
from bot.discord.markdown import inert

MASKED = "what did [Hua](http://evil.example/a) and [click me](http://evil.example/b) say?"


def live_markup(text: str) -> list[str]:
    """What Discord would still render: unescaped markup characters, and links."""
    unescaped = re.findall(r"(?<!\\)[\[\]*_~|`<]", text)
    links = re.findall(r"[a-z]+://", text, flags=re.IGNORECASE)
    return unescaped + links


@pytest.mark.parametrize(
    "text",
    [
        MASKED,
        "see https://evil.example and <https://evil.example/x>",
        "**bold** __underline__ *it* ~~gone~~ ||spoiler|| `code` ```block```",
        "<@123> <@&456> <#789> <t:0:R> </ask:1> <:emoji:2>",
        "nested [**[x](http://a)**](http://b)",
    ],
)
def test_inert_leaves_nothing_that_renders(text: str):
    """Masked links (every one of them), bare and bracketed URLs, mentions and formatting go inert."""
    assert live_markup(inert(text)) == []


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# heading", "\\# heading"),
        ("-# subtext", "\\-# subtext"),
        ("> quote", "\\> quote"),
        ("- item\n  + item", "\\- item\n  \\+ item"),
        ("1. first", "1\\. first"),
    ],
)
def test_line_start_markup_is_escaped(text: str, escaped: str):
    """Headings, quotes, lists and subtext only count at a line start, and are escaped there."""
    assert inert(text) == escaped


def test_plain_text_is_unchanged():
    """Ordinary news text, hyphens, brackets, colons and figures included, stays as it is."""
    text = "U.S.-South Korea (THAAD) talks: 20% of 1.5 million, said Tillerson - again."
    assert inert(text) == text


@pytest.mark.asyncio
async def test_masked_links_in_a_mention_do_not_render(bot: ArticleBot, standin: StandIn):
    """A question holding two masked links is echoed in the reply's title with neither clickable."""
    await standin.send_message(f"{standin.bot_mention} {MASKED}")
    reply = await standin.wait_for("POST", REPLIES)

    assert live_markup(reply.embed["title"]) == []
    assert "click me" in reply.embed["title"]
    assert "://" not in reply.embed["description"]


@pytest.mark.asyncio
async def test_posted_answer_echoes_no_markup(bot: ArticleBot, standin: StandIn):
    """A slash question with links and formatting, posted to the channel, renders none of it."""
    await standin.slash("ask", question="**what** did <@1> [Pak](https://evil.example) say? # x")
    await standin.wait_for("POST", CALLBACK)
    answer = standin.messages[max(standin.messages)]
    await standin.click(int(answer["id"]), "Post to channel")
    posted = await standin.wait_for("POST", FOLLOWUP)

    assert posted.embed["title"].startswith("\\*\\*what\\*\\*")
    assert live_markup(posted.embed["title"]) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "question",
    [
        "what did " + "*" * 1980 + " say?",  # escaping doubles it: the title and lead are clipped after
        "what did " + "[a](http://evil.example/" * 130 + " say?",
        "who said " + "\\" * 3900 + "?",  # a Nitro user's 4,000 characters
        "what did " + "1. x\n" * 700 + " say",
    ],
)
async def test_long_questions_full_of_markup_stay_within_discord_limits(
    bot: ArticleBot, standin: StandIn, question: str
):
    """Questions as long as Discord lets people type, made of characters that escaping doubles,
    are answered within Discord's limits (the stand-in refuses anything over) with nothing live."""
    await standin.send_message(f"{standin.bot_mention} {question}")
    reply = await standin.wait_for("POST", REPLIES)

    assert reply.status == 200
    assert live_markup(reply.embed.get("title", "")) == []
