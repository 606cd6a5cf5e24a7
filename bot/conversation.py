"""The conversation every front end holds: "more", "what else did she say?", "and Pak?".

Chat users do not repeat themselves, so a short reply continues the last answer or the last
speaker. Nothing here touches a chat platform: text plus the last turn become an engine call,
and ``Conversation`` keeps each user's last turn (per channel, thread or terminal) for a while.
The REPL, Discord and Slack all talk through it; each only renders the ``Turn`` it gets back.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace

from bot.expiring import ExpiringMap
from retrieval import Answer, Engine, Result, Speaker
from retrieval.chat_phrasing import without_opening
from retrieval.chat_text import clean_question
from retrieval.gender import PERSON_NOUNS, PRONOUN_GENDER, gender_of
from retrieval.names import is_role_noun
from retrieval.questions import parse_question

__all__ = ["FOLLOW_UP_LIMIT", "FOLLOW_UP_SECONDS", "PAGE_SIZE", "Conversation", "Turn", "follow_up"]

PAGE_SIZE = 3  # results a page: a screenful, so "more" has a meaning
FOLLOW_UP_SECONDS = 5 * 60.0  # how long "more" and "what else did she say?" remember
FOLLOW_UP_LIMIT = 1_000  # conversations (user and place) remembered at once

# "more", "show more", "tell me more", "what else?", "anything else": the next page of the last answer.
_MORE = re.compile(r"(?:and |so |ok |okay )?(?:show |give me |tell me |some |any |anything |what )*"
                   r"(?:more|next|continue|go on|keep going|else)(?: is there)?(?: please)?", re.I)
# A question whose subject is a pronoun or a bare "the woman": "what else did he say", "why did they
# go to Beijing", "what did the man say about it", "did she mention the dam?".
_VERB = r"(?:did|does|do|has|have|had|is|was|were)"
_AS_PRONOUN = {f"the {noun}": "she" if sex == "f" else "he" for noun, sex in PERSON_NOUNS.items()}
_SUBJECT = re.compile(rf"(?P<head>(?:and )?(?:\w+ (?P<also>else )?)?{_VERB} )"
                      rf"(?P<who>he|she|they|{'|'.join(_AS_PRONOUN)})\b(?P<tail>.*)", re.I)
_AND = re.compile(r"(?:(?:and )?(?:what|how) about|and) (?P<name>.+)", re.I)
# "and her?", "what about him?": the pronoun typed, as the subject of "what did she say".
_AS_SUBJECT = {"her": "she", "him": "he", "them": "they", "she": "she", "he": "he", "they": "they"}
# "… about it": the topic of the last answer, which the reader does not repeat.
_THAT = r"(?:it|that|this|these|them|those)"
_SAME_TOPIC = re.compile(rf"(?P<about>\b(?:about|on|of|regarding|concerning) ){_THAT}$", re.I)

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
    # Whom "he" or "she" may still mean when no one this answer shows fits ("X is not quoted",
    # "who do you mean?", a man's words before "the woman"): the speakers of the turn before.
    about: tuple[Speaker, ...] = ()
    # The question as the engine was asked it ("what did Tom Hale say about the dam" for "what
    # did he say about it?"): whom and what the next follow-up leaves unsaid ("about it", "they").
    asked: str = ""

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

    "more" shows the next page of the last answer; "what (else) did he/she/they …?" (or "the
    woman", "the man") asks about the last answer's speaker, "else" leaving out what was shown,
    "about it" meaning the last topic; "and NAME?" asks what NAME (a person or a body) said, on
    the last speaker question's topic if it had one. Anything else goes to the
    engine unchanged. An answer that quotes no one keeps the last speaker for the next "he" or "she".
    """
    turn = _answered(engine, text, last)
    if turn.about or (last is not None and turn.answer is last.answer):  # asked which, or paged on
        return turn
    return replace(turn, about=_referents(last, None))


def _answered(engine: Engine, text: str, last: Turn | None) -> Turn:
    words = without_opening(clean_question(text))  # "**more**", "ok and Pak? @bob": "more", "and Pak"
    if _MORE.fullmatch(words):
        return Turn(_notice(text, NOTHING_YET)) if last is None else _next_page(last)
    subject = _SUBJECT.fullmatch(words)
    if subject:
        return _about_someone(engine, text, subject, last)
    named = _AND.fullmatch(words)
    pronoun = _AS_SUBJECT.get(named["name"].lower()) if named else None
    if pronoun:  # "and her?": what she said, as "what did she say about it?" would ask; no search
        if not _referents(last, pronoun, engine=engine):
            return Turn(_notice(text, WHO))
        return _about_someone(engine, text, _SUBJECT.fullmatch(f"what did {pronoun} say about it"), last)
    if named:  # "and Pak?", "and the US?": what that speaker or body said (on the last topic), if any
        before = parse_question(last.asked) if last is not None and last.asked else None
        topic = before.topic if before is not None and before.intent == "speaker" else ""
        about = f" about {topic}" if topic else ""
        turn = _asked(engine, f"what did {named['name']} say{about}", text)
        if turn.answer.intent == "speaker":
            return turn
    return _asked(engine, text, text)


def _about_someone(engine: Engine, text: str, subject: re.Match[str], last: Turn | None) -> Turn:
    """A question whose subject is "he", "she", "they" or "the woman", asked of whom it means.

    Someone several could be is asked about rather than guessed, except "they" after the voices
    of a body ("what did the US say?"), which is the body; "the woman" no one shown fits is the
    article's. "about it" is what was asked last. A search no one shown fits ("when was he
    convicted?" after a woman's answer) is searched as typed, not refused.
    """
    who = subject["who"].lower()
    pronoun = _AS_PRONOUN.get(who, who)
    head = subject["head"].replace(subject["also"] or "", "")
    tail = subject["tail"]
    asked_before = parse_question(last.asked) if last is not None and last.asked else None
    if asked_before is not None and asked_before.topic:
        tail = _SAME_TOPIC.sub(lambda m: m["about"] + asked_before.topic, tail)
    referents = _referents(last, pronoun, known=who in _AS_PRONOUN, engine=engine)
    if who in _AS_PRONOUN and len(referents) != 1:
        return _asked(engine, f"{head}{subject['who']}{tail}", text)
    if last is None or not referents:  # "when was he convicted?" searches well on its other words
        searched = parse_question(f"{head}{subject['who']}{tail}").intent == "search"
        return _asked(engine, text, text) if searched else Turn(_notice(text, WHO))
    voices = last.answer.intent == "speaker" and last.answer.speaker is None and asked_before is not None
    body = asked_before.who if voices and pronoun == "they" else None
    all_quoted = subject["also"] and last.answer.intent == "speaker" and last.answer.results
    if all_quoted and (len(referents) == 1 or body):
        return _next_page(last)  # the last answer already holds all their quotes
    if len(referents) > 1 and not body:
        return Turn(_notice(text, _which(subject["who"], referents)), about=referents)
    turn = _asked(engine, f"{head}{body or referents[0].name}{tail}", text)
    return replace(turn, answer=_without(turn.answer, last.answer)) if subject["also"] else turn


def _asked(engine: Engine, asked: str, text: str) -> Turn:
    """The engine's answer to ``asked`` as the answer to what the user typed, ``text``."""
    answer = engine.answer(asked)
    return Turn(answer if asked == text else replace(answer, question=text), asked=asked)


def _referents(last: Turn | None, pronoun: str | None, known: bool = False,
               engine: Engine | None = None) -> tuple[Speaker, ...]:
    """Whom ``pronoun`` ("he", "she", "they"; None for anyone) may mean after ``last``.

    The last answer's speaker; else the speakers of the results the reader was shown ("What
    did the doctor say?" may be answered by a search that puts the doctor's words first), those
    of the other gender or plural ("U.S. officials") left out for "he" and "she", and for "the
    woman" (``known``) those the article never shows to be one. An answer quoting no one ("Ruiz
    is not quoted") leaves the one before in place. With the ``engine``, the article's own "she
    said" of someone outweighs what their given name suggests. After a search, the one quoted
    person the last question named ("when did Hale retire?") is the one meant, shown or not.
    """
    if last is None:
        return ()
    shown = (last.answer.speaker,) if last.answer.speaker else () if last.answer.closest else tuple(
        r.speaker for r in last.results() if r.speaker is not None)

    def fits(speaker: Speaker) -> bool:
        told = _told_gender(engine, speaker) if engine is not None and pronoun in PRONOUN_GENDER else None
        return _fits(speaker, pronoun, known, told, shown=last.answer.speaker is None)

    fitting = tuple(s for s in dict.fromkeys(shown) if fits(s))
    searched = engine is not None and pronoun is not None and last.answer.speaker is None
    among = fitting if pronoun is not None and len(fitting) > 1 else ()  # never for whom is kept in ``about``
    named = _named(last.asked, engine.speakers.quoted if searched else among)
    named = [s for s in named if fits(s)]
    return tuple(named) if len(named) == 1 else fitting or tuple(s for s in last.about if fits(s))


def _named(question: str, speakers: Sequence[Speaker]) -> list[Speaker]:
    """Those of ``speakers`` whom ``question`` names by a word of their name, typed in any case."""
    asked = set(re.findall(r"\w+", question.lower())) if speakers else set()
    return [s for s in speakers if asked.intersection(w.lower() for w in s.name.split() if w[:1].isupper())]


def _fits(speaker: Speaker, pronoun: str | None, known: bool = False, told: str | None = None,
          shown: bool = False) -> bool:
    """Whether "he" or "she" can mean ``speaker``: not several people, nor of the other gender.

    ``known``: "the woman" means someone the article shows to be one. ``told``: the gender the
    article's own tags give them ("she said"), which a given name's guess never overrules.
    ``shown``: one of several a search showed, where one word of unknown gender that is no
    job ("Reuters", "Washington") is a body, never "he".
    """
    gender = PRONOUN_GENDER.get(pronoun or "")
    if gender is None:
        return True
    last_word = speaker.name.split()[-1].lower()
    sex = told or gender_of(speaker.label)
    body = shown and sex is None and " " not in speaker.name.strip() and not is_role_noun(last_word)
    fits = sex in ((gender,) if known else (None, gender)) and not body
    return fits and not (last_word.endswith("s") and is_role_noun(last_word))


def _told_gender(engine: Engine, speaker: Speaker) -> str | None:
    """"f" or "m" when the article names ``speaker`` in its quotes' tags by "she" (or "he") alone.

    The tag's pronoun is theirs: attribution read it as them ("…, she said").
    """
    text = engine.article.text
    told = {PRONOUN_GENDER.get(text[m[0]:m[1]].lower()) for q in engine.quotes
            if q.speaker is speaker and (m := q.speaker_mention) is not None}
    told.discard(None)
    return told.pop() if len(told) == 1 else None


def _which(word: str, speakers: tuple[Speaker, ...]) -> str:
    """Ask whom ``word`` means among ``speakers``, naming them, rather than guess."""
    names = [s.name for s in speakers]
    listed = ", ".join(names[:-1]) + f" or {names[-1]}"
    example = f"what did {names[0]} say?"
    return f"Who do you mean by “{word}”: {listed}? Ask with a name, for example “{example}”."


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
