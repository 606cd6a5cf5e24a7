"""The conversation every front end holds: "more", "what else did she say?", "and Pak?".

Chat users do not repeat themselves, so a short reply continues the last answer or the last
speaker. Nothing here touches a chat platform: text plus the last turn become an engine call,
and ``Conversation`` keeps each user's last turn (per channel, thread or terminal) for a while.
The REPL, Discord and Slack all talk through it; each only renders the ``Turn`` it gets back.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from bot.expiring import ExpiringMap
from retrieval import Answer, Engine, Result, Speaker

__all__ = ["FOLLOW_UP_LIMIT", "FOLLOW_UP_SECONDS", "PAGE_SIZE", "Conversation", "Turn", "follow_up"]

PAGE_SIZE = 3  # results a page: a screenful, so "more" has a meaning
FOLLOW_UP_SECONDS = 5 * 60.0  # how long "more" and "what else did she say?" remember
FOLLOW_UP_LIMIT = 1_000  # conversations (user and place) remembered at once

_MORE = re.compile(r"(?:show |give me |some |any )*(?:more|next|continue|go on)(?: please)?", re.I)
# A question whose subject is a pronoun: "what else did he say", "why did they go to Beijing".
_VERB = r"(?:did|does|do|has|have|had|is|was|were)"
_SUBJECT = re.compile(rf"(?P<head>(?:and )?\w+ (?P<also>else )?{_VERB} )(?:he|she|they)\b(?P<tail>.*)", re.I)
_AND = re.compile(r"(?:and|what about|how about) (?P<name>.+)", re.I)

NOTHING_YET = "Ask me a question first; `/speakers` shows who is quoted."
WHO = "I'm not sure who you mean. Ask about someone by name, or see `/speakers`."


@dataclass(frozen=True, slots=True)
class Turn:
    """A user's latest answer in one place, and the page of it they are on (from 0).

    ``page_size`` is the front end's: the REPL shows ``PAGE_SIZE`` results a page, Discord and
    Slack pack pages to their message limits, a JSON reader takes everything at once (None).
    """

    answer: Answer
    page: int = 0
    # Whom "he" or "she" still means when this answer quoted no one ("X is not quoted"): the
    # speaker of the turn before, as a reader keeps talking about the person they asked after.
    about: Speaker | None = None

    def results(self, page_size: int | None = PAGE_SIZE) -> tuple[Result, ...]:
        """The results on this turn's page."""
        if page_size is None:
            return self.answer.results if self.page == 0 else ()
        start = self.page * page_size
        return self.answer.results[start : start + page_size]

    def left(self, page_size: int | None = PAGE_SIZE) -> int:
        """How many results come after this page."""
        if page_size is None:
            return 0
        return max(len(self.answer.results) - (self.page + 1) * page_size, 0)

    def past_end(self, page_size: int | None = PAGE_SIZE) -> bool:
        """True when "more" went beyond the last page: there is nothing left to show."""
        return self.page > 0 and not self.results(page_size)


class Conversation:
    """Each user's last turn in each place, answering new text as a follow-up to it.

    A key is whatever identifies one conversation on the front end: ``(user, channel)`` on
    Discord, ``(user, thread)`` on Slack, one constant in the REPL. Turns are forgotten ``ttl``
    seconds after the last message, and at most ``maxsize`` are kept. Safe to call from threads.
    """

    def __init__(
        self,
        engine: Engine,
        ttl: float = FOLLOW_UP_SECONDS,
        maxsize: int = FOLLOW_UP_LIMIT,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self._turns: ExpiringMap[Hashable, Turn] = ExpiringMap(ttl, maxsize, clock=clock)

    def reply(self, key: Hashable, text: str) -> Turn:
        """Answer ``text`` in conversation ``key`` (see ``follow_up``) and remember the turn."""
        return self.remember(key, follow_up(self.engine, text, self._turns.get(key)))

    def remember(self, key: Hashable, turn: Turn | Answer) -> Turn:
        """Make ``turn`` the last one in ``key``, e.g. the answer to a ``/speaker`` command."""
        turn = turn if isinstance(turn, Turn) else Turn(turn)
        self._turns.put(key, turn)
        return turn

    def last(self, key: Hashable) -> Turn | None:
        """The last turn in ``key``, unless it was forgotten."""
        return self._turns.get(key)

    def __len__(self) -> int:
        """Conversations remembered now."""
        return len(self._turns)


def follow_up(engine: Engine, text: str, last: Turn | None) -> Turn:
    """Answer ``text``, as a continuation of ``last`` when it reads like one.

    "more" shows the next page of the last answer; "what (else) did he/she/they …?" asks about the
    last answer's speaker, "else" leaving out what was shown; "and NAME?" asks what NAME said.
    Anything else goes to the engine unchanged. An answer that quotes no one keeps the last
    speaker for the next "he" or "she".
    """
    turn = _answered(engine, text, last)
    return turn if _last_speaker(turn) is not None else replace(turn, about=_last_speaker(last))


def _answered(engine: Engine, text: str, last: Turn | None) -> Turn:
    words = " ".join(text.split()).rstrip("?!. ")
    if _MORE.fullmatch(words):
        return Turn(_notice(text, NOTHING_YET)) if last is None else _next_page(last)

    subject = _SUBJECT.fullmatch(words)
    if subject:
        speaker = _last_speaker(last)
        if last is None or speaker is None:
            return Turn(_notice(text, WHO))
        if subject["also"] and last.answer.intent == "speaker" and last.about is None:
            return _next_page(last)  # the last answer already holds all their quotes
        head = subject["head"].replace(subject["also"] or "", "")
        answer = replace(engine.answer(f"{head}{speaker.name}{subject['tail']}"), question=text)
        return Turn(_without(answer, last.answer) if subject["also"] else answer)

    named = _AND.fullmatch(words)
    if named and engine.speakers.find(named["name"]) is not None:
        return Turn(replace(engine.speaker_answer(named["name"]), question=text))
    return Turn(engine.answer(text))


def _last_speaker(last: Turn | None) -> Speaker | None:
    """Whom "he" or "she" means: the last answer's speaker, else the speaker of its first sentence.

    "What did the doctor say?" may be answered by a search that puts the doctor's words first.
    An answer quoting no one ("Ruiz is not quoted") leaves the one before in place.
    """
    if last is None:
        return None
    first = last.answer.results[0].speaker if last.answer.results and not last.answer.closest else None
    return last.answer.speaker or first or last.about


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
