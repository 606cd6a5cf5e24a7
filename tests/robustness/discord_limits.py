"""Discord's size limits, and one check that an answer renders within them on every front end."""

from __future__ import annotations

import json

import discord

from bot.discord.embeds import answer_pages
from bot.render import answer_json, answer_text
from retrieval import Answer, Engine

CONTENT = 2000
TITLE, DESCRIPTION, TOTAL = 256, 4096, 6000
FIELDS, FIELD_NAME, FIELD_VALUE = 25, 256, 1024
FOOTER, AUTHOR = 2048, 256


def assert_embed_fits(embed: discord.Embed) -> None:
    """One embed is within every limit Discord enforces on it."""
    data = embed.to_dict()
    assert len(data.get("title", "")) <= TITLE
    assert len(data.get("description", "")) <= DESCRIPTION
    fields = data.get("fields", [])
    assert len(fields) <= FIELDS
    assert all(len(f["name"]) <= FIELD_NAME and len(f["value"]) <= FIELD_VALUE for f in fields)
    assert len(data.get("footer", {}).get("text", "")) <= FOOTER
    assert len(data.get("author", {}).get("name", "")) <= AUTHOR
    assert len(embed) <= TOTAL


def assert_pages_fit(pages: list[discord.Embed]) -> None:
    """A paged Discord answer: at least one page, each page within the limits."""
    assert pages
    for page in pages:
        assert_embed_fits(page)


def assert_renders(engine: Engine, answer: Answer) -> None:
    """The answer prints as text and as JSON, and its Discord pages fit Discord's limits."""
    assert isinstance(answer_text(answer, engine), str)
    json.loads(json.dumps(answer_json(answer), ensure_ascii=False))
    assert_pages_fit(answer_pages(engine, answer))
