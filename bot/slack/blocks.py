"""Answers and article facts as Block Kit pages that fit Slack's limits.

Slack rejects a message of more than 50 blocks or a ``section`` text over 3,000 characters,
and renders badly past about 12,000 characters in all, so an answer becomes pages of at most
``PAGE_SIZE`` quotes, each quote one section. Every page also has plain ``text``, which
Slack shows in notifications and reads to screen readers. All text goes through ``inert``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.conversation import PAGE_SIZE, Turn
from bot.render import (
    answer_lead,
    article_facts,
    attribution_line,
    clip,
    count,
    everything_shown,
    neighbourhood,
    section,
    speaker_note,
)
from bot.settings import SlackCommands
from bot.slack.mrkdwn import inert
from retrieval import Answer, Attribution, Engine, Result

__all__ = [
    "BACK",
    "MAX_BLOCKS",
    "MORE",
        "SECTION_LIMIT",
    "SHARE",
    "TEXT_LIMIT",
    "Page",
    "about_page",
    "answer_pages",
    "message",
    "sentence_page",
    "speakers_pages",
    "turn_pages",
]

MAX_BLOCKS = 50
SECTION_LIMIT = 3_000
TEXT_LIMIT = 4_000  # the fallback text: Slack takes 40,000, but it is read aloud
SPEAKERS_PER_PAGE = 15


Block = dict[str, Any]
BACK, MORE, SHARE = "page_back", "page_more", "share"  # button action ids


@dataclass(frozen=True, slots=True)
class Page:
    """One screenful: the fallback ``text`` and the ``blocks`` (buttons are added when sent)."""

    text: str
    blocks: tuple[Block, ...]


def message(pages: list[Page], index: int, *, pager: str | None, shareable: bool,
            note: str | None = None) -> dict[str, Any]:
    """``text`` and ``blocks`` for ``chat.postMessage`` or a response: page ``index`` and its buttons.

    Back and Show more appear when there are several pages; Share in channel on private answers.
    Each button's value is ``pager:index`` (``pager`` being where the pages are kept). ``note`` is
    an extra line, such as who shared the answer.
    """
    page = pages[index]
    blocks = list(page.blocks)
    if note:
        blocks.append({"type": "context", "elements": [_mrkdwn(note)]})
    buttons = []
    if pager is not None and len(pages) > 1:
        if index > 0:
            buttons.append(_button("Back", BACK, f"{pager}:{index}"))
        if index < len(pages) - 1:
            buttons.append(_button("Show more", MORE, f"{pager}:{index}", style="primary"))
    if pager is not None and shareable:
        buttons.append(_button("Share in channel", SHARE, f"{pager}:{index}"))
    if buttons:
        blocks.append({"type": "actions", "block_id": "pager", "elements": buttons})
    return {"text": page.text, "blocks": blocks}


def answer_pages(engine: Engine, answer: Answer, commands: SlackCommands) -> list[Page]:
    """The answer as pages of whole quotes, each with its ``— speaker, role (§N)`` line.

    With no results: the engine's message, then the sentences that merely mention the speaker.
    """
    items = answer.results or tuple(engine.attributions[i] for i in answer.mentions)
    lead = _lead(answer, commands)
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [()]
    pages = []
    for chunk in chunks:
        texts = [lead] if lead and chunk is chunks[0] else []
        texts.extend(_quote(item) for item in chunk)
        pages.append(_page(texts))
    return _numbered(pages)


def turn_pages(engine: Engine, turn: Turn, commands: SlackCommands) -> tuple[list[Page], int]:
    """The pages of a turn's answer and the one to show; past the last page, a notice saying so."""
    pages = answer_pages(engine, turn.answer, commands)
    return (pages, turn.page) if turn.page < len(pages) else ([_end_page(turn.answer)], 0)


def _end_page(answer: Answer) -> Page:
    return _page([everything_shown(inert(clip(answer.question, 300)))])


def speakers_pages(engine: Engine, commands: SlackCommands) -> list[Page]:
    """Who is quoted (with role and number of quotes), then who is only mentioned."""
    quoted = engine.speakers.quoted
    lines = [f"*{inert(s.label)}* — {count(len(s.sentences), 'quote')}" for s in quoted]
    chunks = [lines[i : i + SPEAKERS_PER_PAGE] for i in range(0, len(lines), SPEAKERS_PER_PAGE)] or [[]]
    pages = []
    lead = f"{len(quoted)} people are quoted. Ask about one with `{commands.speaker}`."
    for number, chunk in enumerate(chunks):
        pages.append([lead, "\n".join(chunk)] if number == 0 else ["\n".join(chunk)])
    mentioned = engine.speakers.mentioned
    if mentioned:
        pages[-1].append("Also mentioned, never quoted: " + ", ".join(inert(s.name) for s in mentioned))
    return _numbered([_page(texts) for texts in pages])


def sentence_page(engine: Engine, number: int) -> Page:
    """Sentence ``number`` (1-based) in bold between its neighbours, with who said it."""
    attributions = engine.attributions
    lines = [
        f"*{section(i)}* {inert(clip(text, 1_500))}" if it else f"{section(i)} {inert(clip(text, 600))}"
        for i, text, it in neighbourhood(engine, number)
    ]
    speaker = speaker_note(attributions[number - 1])
    title = f"Sentence {number} of {len(attributions)}"
    return _page([f"*{title}*", "\n\n".join(lines), f"*Speaker:* {inert(clip(speaker, 500))}"])


def about_page(engine: Engine, commands: SlackCommands) -> Page:
    """The article at a glance and how to ask about it."""
    article = engine.article
    facts = [f"*{label}:* {inert(value)}" for label, value in article_facts(engine)]
    title = f"*{inert(clip(article.title or 'The article', 300))}*"
    return _page([title, " · ".join(facts), how_to_ask(engine, commands)])


def how_to_ask(engine: Engine, commands: SlackCommands) -> str:
    """How to talk to the bot, with an example from this article's speakers."""
    quoted = engine.speakers.quoted
    example = f"what did {quoted[0].name} say?" if quoted else "who is quoted?"
    return (
        f"Mention me with a question, e.g. *{inert(example)}*, or use `{commands.ask}`. "
        "Then reply in the thread: *more* for the next quotes, *what else did he say?*, "
        "or *and NAME?* about someone else.\n"
        f"`{commands.speaker}` shows everything one person said, `{commands.speakers}` who is "
        f"quoted, `{commands.sentence}` one sentence in context."
    )


def _lead(answer: Answer, commands: SlackCommands) -> str:
    """What to say above the quotes: the engine's notice, and never nothing when there are none."""
    hint = (f"Try `{commands.speakers}` to see who is quoted, "
            f"or `{commands.about}` for what the article covers.")
    return answer_lead(answer, hint, inert)


def _quote(item: Result | Attribution) -> str:
    """The sentence as a block quote, then who said it; clipped to one section."""
    attribution = inert(attribution_line(item))
    room = SECTION_LIMIT - len(attribution) - 1
    lines = inert(item.sentence.text).splitlines() or [""]
    quoted = "\n".join(f"> {line}" for line in lines)
    return f"{_clip_escaped(quoted, room)}\n{attribution}"


def _page(texts: list[str]) -> Page:
    """Sections for ``texts`` (each within Slack's limit) and the same as plain fallback text."""
    texts = [t for t in texts if t.strip()]
    blocks = tuple(
        {"type": "section", "text": _mrkdwn(_clip_escaped(t, SECTION_LIMIT))} for t in texts
    )
    return Page(text=_clip_escaped("\n\n".join(texts), TEXT_LIMIT), blocks=blocks)


def _numbered(pages: list[Page]) -> list[Page]:
    """Pages with "Page N of M" underneath when there is more than one."""
    if len(pages) == 1:
        return pages
    footer = "Page {} of {} · press Show more (or reply “more” to a mention)"
    return [
        Page(page.text, (*page.blocks, {"type": "context", "elements": [
            _mrkdwn(footer.format(number, len(pages)))]}))
        for number, page in enumerate(pages, 1)
    ]


def _mrkdwn(text: str) -> Block:
    """A mrkdwn text object; ``verbatim`` stops Slack linking names and channels (not URLs: see ``inert``)."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _button(label: str, action_id: str, value: str, *, style: str | None = None) -> Block:
    button = {"type": "button", "text": {"type": "plain_text", "text": label}, "action_id": action_id,
              "value": value}
    return {**button, "style": style} if style else button


def _clip_escaped(text: str, limit: int) -> str:
    """``clip`` for escaped text: never cuts an ``&amp;``-style entity in half."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"
