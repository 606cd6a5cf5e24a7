"""Block Kit pages: quotes with their attribution, within Slack's limits, for any article."""

from __future__ import annotations

import json
import re

import pytest

from bot.conversation import Turn
from bot.settings import SlackCommands
from bot.slack.blocks import (
    MAX_BLOCKS,
    MORE,
    SECTION_LIMIT,
    TEXT_LIMIT,
    about_page,
    answer_pages,
    message,
    sentence_page,
    speakers_pages,
    turn_pages,
)

COMMANDS = SlackCommands()


def check_limits(payload: dict) -> None:
    blocks = payload["blocks"]
    assert 0 < len(blocks) <= MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in blocks if b["type"] == "section")
    assert 0 < len(payload["text"]) <= TEXT_LIMIT
    assert sum(len(json.dumps(b)) for b in blocks) < 13_000  # Slack's practical ceiling is about 12,000


def every_page(pages) -> list[dict]:
    return [message(pages, i, pager="p", shareable=True) for i in range(len(pages))]


def test_answer_pages_hold_three_quotes_each_with_attribution(seed_engine):
    """Tillerson's ten quotes: four pages of at most three, each followed by its attribution line."""
    pages = answer_pages(seed_engine, seed_engine.answer("what did Tillerson say?"), COMMANDS)
    assert len(pages) == 4
    sections = [b for b in pages[0].blocks if b["type"] == "section"]
    assert len(sections) == 3
    assert all(s["text"]["text"].startswith("> ") and "\n— Rex Tillerson, U.S. Secretary of State (§"
               in s["text"]["text"] for s in sections)
    assert "Page 1 of 4" in json.dumps(pages[0].blocks)


def test_buttons_follow_the_page(seed_engine):
    """Show more on all but the last page, Back on all but the first, Share when private."""
    pages = answer_pages(seed_engine, seed_engine.answer("what did Tillerson say?"), COMMANDS)
    labels = [[e["text"]["text"] for e in m["blocks"][-1]["elements"]] for m in every_page(pages)]
    assert labels[0] == ["Show more", "Share in channel"]
    assert labels[1] == ["Back", "Show more", "Share in channel"]
    assert labels[-1] == ["Back", "Share in channel"]
    more = message(pages, 0, pager="p", shareable=False)["blocks"][-1]["elements"]
    assert [(e["action_id"], e["value"]) for e in more] == [(MORE, "p:0")]


def test_single_page_in_a_thread_has_no_buttons(seed_engine):
    """A short public answer is just its quotes."""
    pages = answer_pages(seed_engine, seed_engine.answer("what did Hua say?"), COMMANDS)
    assert all(b["type"] != "actions" for b in message(pages, 0, pager=None, shareable=False)["blocks"])


def test_more_past_the_end_says_so(seed_engine):
    """A turn paged past its answer's last page says that was everything."""
    pages, index = turn_pages(seed_engine, Turn(seed_engine.answer("what did Hua say?"), page=5), COMMANDS)
    assert index == 0 and pages[0].text.startswith("That was everything I found for “what did Hua say?”")


def test_not_quoted_shows_where_mentioned(seed_engine):
    """Someone named but never quoted: the notice, then the sentences that mention them."""
    pages = answer_pages(seed_engine, seed_engine.answer("what did Kishida say?"), COMMANDS)
    assert "mentioned but not quoted" in pages[0].text and "Where the article mentions them:" in pages[0].text
    assert "(§2)" in pages[0].text


def test_hints_use_the_configured_command_names(seed_engine):
    """With renamed commands, the hints name the new ones."""
    commands = SlackCommands(speakers="/who", about="/article")
    pages = answer_pages(seed_engine, seed_engine.answer("how many penguins?"), commands)
    assert "`/who`" in pages[0].text and "`/article`" in pages[0].text


@pytest.fixture
def huge_engine(make_engine):
    """An article to break limits: 60 speakers, sentences of 8,000 characters, & < > and <!here>."""
    long = " ".join(["the talks <!here> & more <words> went on"] * 200)
    paragraphs = [f"“{long},” said Speaker{n} Person{n}, a minister." for n in range(60)]
    return make_engine("\n\n".join(paragraphs))


def test_every_page_fits_slacks_limits_for_a_huge_article(huge_engine):
    """Answers, speakers, sentences and about stay within every limit however long the text."""
    payloads = []
    for question in ("what did Person3 say?", "talks", "who said the talks went on?"):
        payloads += every_page(answer_pages(huge_engine, huge_engine.answer(question), COMMANDS))
    payloads += every_page(speakers_pages(huge_engine, COMMANDS))
    payloads += every_page([sentence_page(huge_engine, 1), about_page(huge_engine, COMMANDS)])
    assert len(payloads) > 5
    for payload in payloads:
        check_limits(payload)
        assert "<!" not in json.dumps(payload)


def test_clipping_never_cuts_an_entity(huge_engine):
    """Clipped sections keep every & as a whole &amp;, &lt; or &gt;."""
    pages = answer_pages(huge_engine, huge_engine.answer("talks"), COMMANDS)
    texts = [b["text"]["text"] for p in pages for b in p.blocks if b["type"] == "section"]
    assert any(t.count("…") for t in texts)  # the quotes were long enough to be clipped
    assert not any(re.search(r"&(?!amp;|lt;|gt;)", t) for t in texts)


def test_article_text_never_links_or_formats(make_engine):
    """Quotes, names and sentences from the article show URLs, e-mail and *, _, ~, ` as text only."""
    engine = make_engine(
        "“Read it at https://evil.example/a or evil.com, and write to press@ministry.cn,” said "
        "Anna Berg, a spokeswoman.\n\n"
        "“The *deal* is _off_ and ~done~, `final`,” Berg said.")
    payloads = every_page(answer_pages(engine, engine.answer("what did Berg say?"), COMMANDS))
    payloads += every_page([sentence_page(engine, 1), sentence_page(engine, 2)])
    texts = [payload["text"] for payload in payloads]
    texts += [b["text"]["text"] for payload in payloads for b in payload["blocks"] if b["type"] == "section"]
    assert any("evil" in t for t in texts) and any("deal" in t for t in texts)
    for text in texts:
        assert not re.search(r"://|\w\.[^\W\d_]{2}|[_~`]|\*(?:deal|off)", text), text
