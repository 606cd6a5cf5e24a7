"""Answers as plain text and JSON, and the wording every front end shares (CLI, REPL, Discord, Slack)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from retrieval import Answer, Attribution, Engine, Result, Speaker

__all__ = [
    "NO_MATCH",
    "answer_json",
    "answer_lead",
    "answer_text",
    "article_facts",
    "attribution_line",
    "clip",
    "cooldown_text",
    "count",
    "everything_shown",
    "neighbourhood",
    "quotes_json",
    "quotes_text",
    "registry_json",
    "section",
    "sentence_json",
    "speaker_json",
    "speaker_note",
    "speakers_text",
]

NO_MATCH = "I couldn't find anything about that in the article."
# A button pressed on an answer deleted meanwhile (any platform).
ANSWER_GONE = "That answer was deleted, so its buttons no longer work. Ask again for a fresh one."
KINDS = {"direct": "quoted directly", "indirect": "paraphrased", "mixed": "partly quoted"}


def section(index: int) -> str:
    """How people cite a sentence: ``§16`` for the sentence at index 15."""
    return f"§{index + 1}"


def attribution_line(item: Result | Attribution) -> str:
    """``— Hua Chunying, Chinese Foreign Ministry spokeswoman (§16)``, or ``(§20)`` for narration.

    A quote whose speaker the engine could not tell for sure says so rather than guess.
    """
    where = f"({section(item.sentence.index)})"
    if item.speaker is None and item.kind is not None:
        return f"— the article doesn't say clearly who said this {where}"
    return f"— {item.speaker.label} {where}" if item.speaker else where


def article_facts(engine: Engine) -> list[tuple[str, str]]:
    """``/about``'s facts as (label, value): dateline and agency when the article has one, counts."""
    dateline = engine.article.dateline
    place = [("Dateline", dateline.place or "—"), ("Agency", dateline.agency or "—")] if dateline else []
    return [*place, ("Sentences", str(len(engine.attributions))),
            ("People quoted", str(len(engine.speakers.quoted))),
            ("Also mentioned", str(len(engine.speakers.mentioned)))]


def neighbourhood(engine: Engine, number: int) -> list[tuple[int, str, bool]]:
    """Sentence ``number`` (1-based) and its neighbours: ``(index, text, is_it)``, in article order.

    Every front end shows ``/sentence N`` this way; each marks up and clips them its own way
    (neighbours are context, so they are the ones to shorten when a sentence is huge).
    """
    attributions = engine.attributions
    index = number - 1
    return [(i, attributions[i].sentence.text, i == index)
            for i in range(max(index - 1, 0), min(index + 2, len(attributions)))]


def sentence_number(text: str, count: int) -> int | None:
    """The sentence a reader asked for ("16", "§16"), if the article has it.

    ASCII digits only: "²" passes ``isdigit()`` but not ``int()``, and ``int()`` refuses 4,300+ digits.
    """
    number = text.strip().lstrip("§")
    ok = number.isascii() and number.isdecimal() and len(number) < 10 and 1 <= int(number) <= count
    return int(number) if ok else None


def pick_a_sentence(count: int) -> str:
    """What ``/sentence`` says to a number the article has no sentence for."""
    return f"The article has {count} sentences: pick one from 1 to {count}."


def speaker_note(item: Attribution) -> str:
    """Who said a sentence shown on its own: ``Hua Chunying, … (quoted directly)``, or why no one."""
    if item.speaker is None and item.kind is not None:
        return "The article doesn't say clearly who said this."
    if item.speaker is None:
        return "No one: the reporter's narration."
    return f"{item.speaker.label} ({KINDS.get(item.kind or '', 'attributed')})"


def answer_lead(answer: Answer, hint: str, escape: Callable[[str], str]) -> str:
    """What a chat answer says above its quotes, so that it never says nothing.

    The engine's notice (through the platform's ``escape``), a heading for sentences that only
    mention someone, or ``hint`` (the platform's own markup) when nothing matched.
    """
    message = escape(answer.message or "")
    if answer.results:
        return message
    if answer.mentions:
        return f"{message}\nWhere the article mentions them:".lstrip()
    return f"{message or NO_MATCH}\n{hint}"


def everything_shown(question: str) -> str:
    """What "more" gets past the last page (``question`` already escaped for the platform)."""
    return f"That was everything I found for “{question}”. Ask me something else!"


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cooldown_text(retry_after: float) -> str:
    """The friendly "slow down" message for a user over the rate limit."""
    return f"You're asking faster than I can keep up, try again in {max(1, math.ceil(retry_after))} s."


def count(n: int, noun: str) -> str:
    """``1 quote``, ``3 quotes``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def answer_text(answer: Answer, engine: Engine) -> str:
    """A readable answer: each sentence, then who said it; a message when there is nothing."""
    lines = []
    if answer.message:
        lines.append(answer.message)
    if answer.mentions:
        lines.append("Mentioned in:")
        for i in answer.mentions:
            lines.append(f"  {engine.attributions[i].sentence.text}\n    ({section(i)})")
    for result in answer.results:
        lines.append(f"{result.sentence.text}\n  {attribution_line(result)}")
    return "\n".join(lines)


def about_text(engine: Engine) -> str:
    """``/about`` in plain text: the article's name, then its facts on one line."""
    facts = " · ".join(f"{label}: {value}" for label, value in article_facts(engine))
    return f"{engine.article.title}\n{facts}"


def about_json(engine: Engine) -> dict[str, Any]:
    """``/about`` for programs: the article's name, dateline and counts."""
    dateline = engine.article.dateline
    return {"title": engine.article.title, "dateline": dateline.place if dateline else None,
            "agency": dateline.agency if dateline else None, "sentences": len(engine.attributions),
            "people_quoted": len(engine.speakers.quoted), "also_mentioned": len(engine.speakers.mentioned)}


def sentence_text(engine: Engine, number: int) -> str:
    """``/sentence N`` in plain text: sentence ``number`` (marked »), its neighbours, who said it."""
    lines = [f"{'»' if it else ' '} {section(i)} {text}" for i, text, it in neighbourhood(engine, number)]
    return "\n".join([*lines, f"Speaker: {speaker_note(engine.attributions[number - 1])}"])


def speakers_text(engine: Engine) -> str:
    """The speaker registry: who is quoted (and how often), then who is only named."""
    lines = ["Quoted:"] if engine.speakers.quoted else ["Nobody is quoted in this article."]
    for speaker in engine.speakers.quoted:
        count = len(speaker.sentences)
        lines.append(f"  {speaker.label} — {count} sentence{'s' * (count != 1)}")
    if engine.speakers.mentioned:
        lines.append("Mentioned, not quoted:")
        lines.extend(f"  {s.label}" for s in engine.speakers.mentioned)
    return "\n".join(lines)


def sentence_json(item: Result | Attribution) -> dict[str, Any]:
    """The ``--json`` form of one sentence: number (from 1), text, speaker name, kind."""
    data: dict[str, Any] = {
        "sentence": item.sentence.number,
        "text": item.sentence.text,
        "speaker": item.speaker.name if item.speaker else None,
        "quote": item.kind,
    }
    if isinstance(item, Result):
        data["score"] = round(item.score, 4)
    return data


def answer_json(answer: Answer) -> dict[str, Any]:
    """The ``ask --json`` contract: question, intent, speaker, results, mentions (numbers from 1)."""
    return {
        "question": answer.question,
        "intent": answer.intent,
        "speaker": answer.speaker.name if answer.speaker else None,
        "results": [sentence_json(r) for r in answer.results],
        "mentions": [i + 1 for i in answer.mentions],
        "message": answer.message,
        "closest": answer.closest,
    }


def registry_json(engine: Engine) -> dict[str, Any]:
    """The ``speakers --json`` (and REPL ``/speakers``) form: quoted, then only mentioned."""
    return {"quoted": [speaker_json(s) for s in engine.speakers.quoted],
            "mentioned": [speaker_json(s) for s in engine.speakers.mentioned]}


def speaker_json(speaker: Speaker) -> dict[str, Any]:
    """A registry entry for ``speakers --json``; sentence numbers count from 1."""
    return {
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
        "quoted": [i + 1 for i in speaker.sentences],
        "mentioned": [i + 1 for i in speaker.mentions],
    }


def quotes_json(engine: Engine) -> list[dict[str, Any]]:
    """The ``quotes --json`` contract: spans are offsets into the article file's text; sentences from 1."""
    article = engine.article
    return [{
        "speaker": q.speaker.name if q.speaker else None,
        "kind": q.kind,
        "content": [list(article.file_span(*span)) for span in q.content],
        "cue": list(article.file_span(*q.cue)) if q.cue else None,
        "speaker_mention": list(article.file_span(*q.speaker_mention)) if q.speaker_mention else None,
        "sentences": [i + 1 for i in q.sentences],
    } for q in engine.quotes]


def quotes_text(engine: Engine) -> str:
    """Each quote as a person reads it: where, who and what kind, then its words."""
    if not engine.quotes:
        return "Nobody is quoted in this article."
    lines = []
    for q in engine.quotes:
        where = "–".join(section(i) for i in dict.fromkeys((q.sentences[0], q.sentences[-1])))
        who = q.speaker.label if q.speaker else "the article doesn't say clearly who said this"
        words = " … ".join(engine.article.text[a:b] for a, b in q.content)
        lines.append(f"{where}  {who} ({q.kind})\n  {words}")
    return "\n".join(lines)
