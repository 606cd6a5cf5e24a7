"""Reading a chat message as a follow-up to the user's last answer: "more", "what else did she say?".

Chat users do not repeat themselves, so a short reply continues the last answer or the last
speaker. Nothing here touches Discord: it maps text plus the last turn to an engine call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval import Answer, Engine

__all__ = ["Turn", "follow_up"]

_MORE = re.compile(r"(?:show |give me |some |any )*(?:more|next|continue|go on)(?: please)?", re.I)
# A question whose subject is a pronoun: "what else did he say", "why did they go to Beijing".
_VERB = r"(?:did|does|do|has|have|had|is|was|were)"
_SUBJECT = re.compile(rf"(?P<head>(?:and )?\w+ (?P<also>else )?{_VERB} )(?:he|she|they)\b(?P<tail>.*)", re.I)
_AND = re.compile(r"(?:and|what about|how about) (?P<name>.+)", re.I)

NOTHING_YET = "Ask me a question first; `/speakers` shows who is quoted."
WHO = "I'm not sure who you mean. Ask about someone by name, or see `/speakers`."


@dataclass(frozen=True, slots=True)
class Turn:
    """A user's latest answer in one channel and the page of it they are on."""

    answer: Answer
    page: int = 0


def follow_up(engine: Engine, text: str, last: Turn | None) -> Turn:
    """Answer ``text``, as a continuation of ``last`` when it reads like one.

    "more" shows the next page of the last answer; "what (else) did he/she/they …?" asks about the
    last answer's speaker, "else" leaving out what was shown; "and NAME?" asks what NAME said.
    Anything else goes to the engine unchanged.
    """
    words = " ".join(text.split()).rstrip("?!. ")
    if _MORE.fullmatch(words):
        return Turn(_notice(text, NOTHING_YET)) if last is None else _next_page(last)

    subject = _SUBJECT.fullmatch(words)
    if subject:
        speaker = last.answer.speaker if last is not None else None
        if last is None or speaker is None:
            return Turn(_notice(text, WHO))
        if subject["also"] and last.answer.intent == "speaker":
            return _next_page(last)  # the last answer already holds all their quotes
        head = subject["head"].replace(subject["also"] or "", "")
        answer = replace(engine.answer(f"{head}{speaker.name}{subject['tail']}"), question=text)
        return Turn(_without(answer, last.answer) if subject["also"] else answer)

    named = _AND.fullmatch(words)
    if named and engine.speakers.find(named["name"]) is not None:
        return Turn(replace(engine.speaker_answer(named["name"]), question=text))
    return Turn(engine.answer(text))


def _next_page(last: Turn) -> Turn:
    return replace(last, page=last.page + 1)


def _without(answer: Answer, shown: Answer) -> Answer:
    """``answer`` less the sentences ``shown`` already had, saying so when nothing is left."""
    seen = {r.sentence.index for r in shown.results}
    results = tuple(r for r in answer.results if r.sentence.index not in seen)
    if results or answer.speaker is None:
        return replace(answer, results=results)
    message = f"That's everything {answer.speaker.name} is quoted saying."
    return replace(answer, results=(), message=message)


def _notice(question: str, message: str) -> Answer:
    return Answer(question=question, intent="search", speaker=None, results=(), mentions=(), message=message)
