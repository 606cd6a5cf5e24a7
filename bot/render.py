"""Answers as plain text and JSON: shared by the command line, the REPL and Discord."""

from __future__ import annotations

from typing import Any

from retrieval import Answer, Attribution, Engine, Result, Speaker

__all__ = [
    "answer_json",
    "answer_text",
    "attribution_line",
    "quotes_json",
    "quotes_text",
    "registry_json",
    "section",
    "sentence_json",
    "speaker_json",
    "speakers_text",
]


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


def answer_text(answer: Answer, engine: Engine, start: int = 0, count: int | None = None) -> str:
    """A readable answer: each sentence, then who said it; a message when there is nothing."""
    lines = []
    if answer.message:
        lines.append(answer.message)
    if answer.mentions:
        lines.append("Mentioned in:")
        for i in answer.mentions:
            lines.append(f"  {engine.attributions[i].sentence.text}\n    ({section(i)})")
    shown = answer.results[start : None if count is None else start + count]
    for result in shown:
        lines.append(f"{result.sentence.text}\n  {attribution_line(result)}")
    return "\n".join(lines)


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
