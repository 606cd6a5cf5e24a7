"""Answers and article facts as Discord embeds, split into pages that fit Discord's limits.

Discord rejects a message whose embed title exceeds 256 characters, whose description exceeds
4096 or whose embed exceeds 6000 in all, so long answers become several pages of whole quotes.
"""

from __future__ import annotations

import discord

from bot.conversation import Turn
from bot.discord.markdown import inert
from bot.render import (
    answer_lead,
    article_facts,
    attribution_line,
    clip,
    count,
    everything_shown,
    neighbourhood,
    speaker_note,
)
from retrieval import Answer, Attribution, Engine, Result

__all__ = [
    "DESCRIPTION_LIMIT",
    "PAGE_RESULTS",
    "TITLE_LIMIT",
    "about_embed",
    "answer_pages",
    "how_to_ask",
    "sentence_embed",
    "speakers_pages",
    "turn_pages",
]

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
PAGE_RESULTS = 3  # quotes per page: a screenful, so "more" and "Show more" have a meaning
SPEAKERS_PER_PAGE = 15
COLOUR = discord.Colour.blurple()

HINT = "Try `/speakers` to see who is quoted, or `/about` for what the article covers."


def answer_pages(engine: Engine, answer: Answer) -> list[discord.Embed]:
    """The answer as pages of whole quotes, each with its attribution line underneath.

    With no results, the engine's message and the sentences that merely mention the speaker.
    """
    items = answer.results or tuple(engine.attributions[i] for i in answer.mentions)
    return _pages(answer.question, _notice(answer), [_quote(item) for item in items])


def turn_pages(engine: Engine, turn: Turn) -> tuple[list[discord.Embed], int]:
    """The pages of a turn's answer and the one to show; past the last page, a notice saying so."""
    pages = answer_pages(engine, turn.answer)
    if turn.page < len(pages):
        return pages, turn.page
    end = everything_shown(inert(turn.answer.question))
    return [_embed(turn.answer.question, end)], 0


def speakers_pages(engine: Engine) -> list[discord.Embed]:
    """Who is quoted (with role and number of quotes), then who is only mentioned."""
    quoted = engine.speakers.quoted
    lead = f"{len(quoted)} people are quoted. Ask about one with `/speaker`."
    blocks = [f"**{inert(s.label)}** — {count(len(s.sentences), 'quote')}" for s in quoted]
    mentioned = engine.speakers.mentioned
    if mentioned:
        names = ", ".join(inert(s.name) for s in mentioned)
        blocks.append(f"Also mentioned, never quoted: {names}")
    return _pages("Who is quoted", lead, blocks, per_page=SPEAKERS_PER_PAGE, separator="\n")


def sentence_embed(engine: Engine, number: int) -> discord.Embed:
    """Sentence ``number`` (1-based) in bold between its neighbours, with who said it."""
    attributions = engine.attributions
    lines = [
        f"**§{number}** {clip(inert(text), 2000)}" if it else f"§{i + 1} {clip(inert(text), 1000)}"
        for i, text, it in neighbourhood(engine, number)
    ]
    embed = _embed(f"Sentence {number} of {len(attributions)}", "\n\n".join(lines))
    speaker = speaker_note(attributions[number - 1])
    return embed.add_field(name="Speaker", value=clip(inert(speaker), 1024))


def about_embed(engine: Engine) -> discord.Embed:
    """The article at a glance and how to ask about it."""
    article = engine.article
    embed = _embed(article.title or "The article", how_to_ask(engine))
    for label, value in article_facts(engine):
        embed.add_field(name=label, value=clip(inert(value), 1024))
    return embed


def how_to_ask(engine: Engine) -> str:
    """How to talk to the bot, with an example from this article's speakers."""
    quoted = engine.speakers.quoted
    example = f"what did {quoted[0].name} say?" if quoted else "who is quoted?"
    return (
        f"Mention me with a question, e.g. **{inert(example)}**, or use `/ask`. "
        "Then say **more** for the next quotes, or ask **what else did he say?** "
        "or **and NAME?** about someone else.\n"
        "`/speaker` shows everything one person said, `/speakers` who is quoted, "
        "`/sentence` one sentence in context."
    )


def _quote(item: Result | Attribution) -> str:
    lines = inert(item.sentence.text).splitlines() or [""]
    quoted = "\n".join(f"> {line}" for line in lines)
    return f"{quoted}\n{inert(attribution_line(item))}"


def _notice(answer: Answer) -> str:
    """What to say above the quotes: the engine's notice, and never nothing when there are none."""
    return answer_lead(answer, HINT, inert)


def _pages(
    title: str,
    lead: str,
    blocks: list[str],
    *,
    per_page: int = PAGE_RESULTS,
    separator: str = "\n\n",
) -> list[discord.Embed]:
    """Pack ``lead`` then whole ``blocks`` into descriptions of at most ``per_page`` blocks."""
    pages: list[list[str]] = [[clip(lead, DESCRIPTION_LIMIT)] if lead else []]
    filled = 0  # blocks on the current page, the lead not counted
    for block in (piece for b in blocks for piece in _split(b, DESCRIPTION_LIMIT)):
        page = pages[-1]
        fits = len(separator.join([*page, block])) <= DESCRIPTION_LIMIT
        if filled == per_page or not fits:
            pages.append([])
            filled = 0
        pages[-1].append(block)
        filled += 1
    embeds = [_embed(title, separator.join(page)) for page in pages]
    if len(embeds) > 1:
        for number, embed in enumerate(embeds, 1):
            embed.set_footer(text=f"Page {number} of {len(embeds)} · press Show more or say “more”")
    return embeds


def _split(block: str, limit: int) -> list[str]:
    """``block`` whole if it fits, else cut at spaces into pieces of at most ``limit``."""
    pieces = []
    while len(block) > limit:
        cut = block.rfind(" ", 0, limit - 1)
        cut = cut if cut > 0 else limit - 1
        pieces.append(block[:cut] + "…")
        block = block[cut:].lstrip()
    return [*pieces, block]


def _embed(title: str, description: str) -> discord.Embed:
    """An embed whose title shows as typed: titles hold questions and article names."""
    title = clip(inert(title), TITLE_LIMIT)
    return discord.Embed(title=title or None, description=description, colour=COLOUR)
