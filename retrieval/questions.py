"""Read what kind of question was asked: about a speaker, about who said something, or a search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["MAX_QUESTION_CHARS", "Intent", "ParsedQuestion", "Reading", "parse_question"]

MAX_QUESTION_CHARS = 500
Intent = Literal["speaker", "who_said", "search"]
# How the engine reads a question; "speakers" and "summary" are searches to the outside.
Reading = Literal["speaker", "who_said", "search", "speakers", "summary"]

_SAY = (r"(?:say|said|says|saying|tell|told|think|thinks|thought|mean|claim|claimed|comment|"
        r"state|stated|add|added|warn|warned|argue|argued|quote|quoted|reply|replied|"
        r"respond|responded|react|reacted|have\s+to\s+say)")
_OBJECT = r"(?:\s+(?!about\b|on\b|regarding\b|concerning\b)\S+){0,3}?"  # "tell reporters", "say in Tokyo"
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|to)\s+(?P<topic>.+))?"
# Pattern strings, compiled on first use (``re`` caches them): most questions need only a few,
# and start-up time counts for the one-shot ``ask``.
_SPEAKER_PATTERNS = [
    (rf"^(?:and\s+)?(?:what|anything)\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+"
     rf"(?P<who>.+?)\s+(?:else\s+)?{_SAY}\b{_OBJECT}{_TOPIC}$"),
    rf"^how\s+(?:did|does|has)\s+(?P<who>.+?)\s+{_SAY}\b{_TOPIC}$",
    rf"^what\s+(?:was|is|has\s+been)\s+{_SAY}\s+by\s+(?P<who>.+?){_TOPIC}$",
    (r"^(?:show\s+me\s+|give\s+me\s+|list\s+)?(?:all\s+)?(?:the\s+)?"
     r"(?:quotes?|comments?|remarks?|statements?|words)\s+(?:from|by|of)\s+"
     rf"(?P<who>.+?){_TOPIC}$"),
    (r"^(?P<who>.+?)(?:['’]s?)\s+(?:comments?|quotes?|remarks?|statements?|words|views?|"
     rf"position|stance|take)\b{_TOPIC}$"),
    rf"^what\s+(?P<who>.+?)\s+(?:said|says|told|thinks|thought)\b{_TOPIC}$",
    (rf"^(?:did|does|has|have)\s+(?P<who>.+?)\s+(?:say|said|mention|mentioned|comment|"
     rf"commented|talk|talked|speak|spoken|spoke)(?:\s+anything)?{_TOPIC}$"),
]
_SPEAKERS = (r"^(?:who\s+(?:is|was|are|were|gets|got)\s+(?:being\s+)?quoted|"
             r"who\s+(?:spoke|speaks|talked|talks|is\s+speaking)|"
             r"(?:list\s+|show\s+)?(?:all\s+)?(?:the\s+)?(?:speakers|sources|people\s+quoted))\b")
_SUMMARY = (r"^(?:summari[sz]e|summary|tl;?dr|what\s+(?:is|was|'s)\s+(?:this|the)\s+"
            r"(?:article|story|piece|news)\s+about|what\s+happened$)")
_WHO_SAID = rf"^(?:who|which\s+\w+)\s+(?:was\s+)?{_SAY}(?:\s+(?:that|this|it))?\s*[:,]?\s+(?P<quote>.+)$"


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    """The intent of a question and its parts: who it asks about, the topic, or the quote."""

    intent: Reading
    text: str
    who: str | None = None
    topic: str = ""


def _clean(text: str) -> str:
    text = re.sub(r"<@[!&]?\d+>", " ", text)  # a chat mention of the bot is not part of the question
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    return " ".join(text.split()).strip(" ?!.\"'")


def parse_question(question: str) -> ParsedQuestion:
    """Classify ``question``; a question matching no pattern is a search."""
    text = _clean(question)
    lowered = text.lower()
    if re.match(_SPEAKERS, lowered):
        return ParsedQuestion("speakers", text)
    if re.match(_SUMMARY, lowered):
        return ParsedQuestion("summary", text)
    said = re.match(_WHO_SAID, lowered)
    if said:
        return ParsedQuestion("who_said", text, topic=text[said.start("quote") :])
    for pattern in _SPEAKER_PATTERNS:
        match = re.match(pattern, lowered)
        if match:
            who = text[match.start("who") : match.end("who")]
            topic = text[match.start("topic") :] if match.group("topic") else ""
            return ParsedQuestion("speaker", text, who=who.strip(" ,"), topic=topic)
    return ParsedQuestion("search", text, topic=text)
