"""One-shot commands: ``ask``, ``sentences``, ``speakers`` and ``quotes``, as text or ``--json``."""

from __future__ import annotations

import json
from typing import Any, TextIO

from bot.render import (
    answer_json,
    answer_text,
    quotes_json,
    quotes_text,
    registry_json,
    sentence_json,
    speakers_text,
)
from retrieval import Engine

__all__ = ["json_text", "print_answer", "print_quotes", "print_sentences", "print_speakers", "printable"]

# Control characters a terminal would act on (ESC starts colour, title and clear-screen codes; BEL
# rings; CR overwrites the line), in C0, DEL and C1; tab and newline lay the text out, so they stay.
_CONTROLS = {code: "\ufffd" for code in [*range(0x20), *range(0x7F, 0xA0)] if chr(code) not in "\t\n"}
_JSON_CONTROLS = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def _dump(data: Any, out: TextIO) -> None:
    print(json_text(data, out, indent=1), file=out)


def printable(text: str) -> str:
    """``text`` safe to print to a terminal: each control character shown as "\ufffd", not obeyed.

    A question or an article can hold escape codes; echoed raw, they would recolour, retitle or
    clear the user's terminal. A CRLF article's line ends are plain newlines here.
    """
    return text.replace("\r\n", "\n").translate(_CONTROLS)


def json_text(data: Any, out: TextIO, indent: int | None = None) -> str:
    """``data`` as JSON for ``out``: UTF-8 as it is, ASCII escapes on a console that is not UTF-8.

    Both are the same JSON to a reader; a cp437 console would otherwise turn "’" into "?".
    DEL and C1 controls, which json.dumps leaves as they are, are escaped too (C0 always is).
    """
    encoding = (getattr(out, "encoding", None) or "utf-8").lower()
    text = json.dumps(data, ensure_ascii=not encoding.startswith("utf"), indent=indent)
    return text.translate(_JSON_CONTROLS)  # only inside strings: the same JSON, escaped


def print_answer(engine: Engine, question: str, as_json: bool, out: TextIO) -> None:
    """Answer ``question`` in full."""
    answer = engine.answer(question)
    if as_json:
        _dump(answer_json(answer), out)
    else:
        print(printable(answer_text(answer, engine)), file=out)


def print_sentences(engine: Engine, as_json: bool, out: TextIO) -> None:
    """Every sentence, numbered from 1, with its speaker and kind of quote."""
    if as_json:
        _dump([sentence_json(a) for a in engine.attributions], out)
        return
    for a in engine.attributions:
        who = f"{a.speaker.name} ({a.kind})" if a.speaker else "—"
        print(printable(f"{a.sentence.number:>3}  {who}\n     {a.sentence.text}"), file=out)


def print_speakers(engine: Engine, as_json: bool, out: TextIO) -> None:
    """The speaker registry."""
    if as_json:
        _dump(registry_json(engine), out)
    else:
        print(printable(speakers_text(engine)), file=out)


def print_quotes(engine: Engine, as_json: bool, out: TextIO) -> None:
    """Every quote once, in article order, with its speaker and spans."""
    if as_json:
        _dump(quotes_json(engine), out)
    else:
        print(printable(quotes_text(engine)), file=out)
