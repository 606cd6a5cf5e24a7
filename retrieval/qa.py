"""Answer a question about the article: the one entry point every front end calls."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.article import Article, load_article
from retrieval.attribution import Attribution, QuoteKind, attribute
from retrieval.errors import EmptyArticle
from retrieval.index import SentenceIndex
from retrieval.lexicon import PRONOUNS, STOP_WORDS
from retrieval.questions import MAX_QUESTION_CHARS, Intent, parse_question
from retrieval.sentences import Sentence, split_sentences
from retrieval.speakers import Speaker

__all__ = ["Answer", "Engine", "Result"]

SEARCH_LIMIT = 10
SUMMARY_SENTENCES = 3
_ANSWER_TYPE_BOOST = 1.5
# "How much/many …?" wants a figure, "When …?" a time, "How often …?" a frequency. A
# sentence holding one is a likelier answer than another that merely shares the words.
_FIGURE = (
    r"(?i)[$€£¥]\s?\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|thousands?|millions?|billions?|trillions?|percent)\b")
_TIME = (
    r"(?i)\b(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|week|month|year|spring|summer|autumn|fall|winter|noon|midnight|dawn|morning|"
    r"afternoon|evening|night)\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b)")
_FREQUENCY = (
    r"(?i)\b(?:once|twice|every|daily|weekly|monthly|annually|yearly|hourly|always|never|"
    r"rarely|often|per\s+(?:day|week|month|year)|a\s+(?:day|week|month|year))\b")
# (question, what its answer holds) as pattern strings, compiled on first use by ``re``'s cache.
_ANSWER_TYPES = (
    (r"(?i)^how\s+(?:much|many)\b", _FIGURE),
    (r"(?i)^(?:when\b|what\s+(?:time|date|day|year)\b)", _TIME),
    (r"(?i)^how\s+(?:often|frequently)\b", _FREQUENCY),
)


@dataclass(frozen=True, slots=True)
class Result:
    """One sentence of an answer, with who said it and how well it matched (0 when unranked)."""

    sentence: Sentence
    speaker: Speaker | None
    kind: QuoteKind | None
    score: float


@dataclass(frozen=True, slots=True)
class Answer:
    """What the engine found; ``message`` speaks to the user when results alone can't."""

    question: str
    intent: Intent
    speaker: Speaker | None
    results: tuple[Result, ...]
    mentions: tuple[int, ...] = ()
    message: str | None = None


class Engine:
    """An article read once: its sentences, who said each, and a BM25 index over them."""

    def __init__(self, article: Article) -> None:
        """Split, attribute and index ``article``; raise EmptyArticle when it has no sentences."""
        sentences = split_sentences(article.text, article.body_start)
        if not sentences:
            raise EmptyArticle(f"{article.source or 'The article'} has no sentences to answer from.")
        self.article = article
        with _collector_paused():
            attributions, self.speakers, self.quotes = attribute(article, sentences)
            self.attributions: tuple[Attribution, ...] = tuple(attributions)
            self.index = SentenceIndex([s.text for s in sentences])
        quoted = [a.sentence.index for a in self.attributions if a.speaker is not None]
        self._quoted = np.array(quoted, dtype=int)  # the candidates of "who said …?"
        self._answer_types: dict[str, np.ndarray] = {}  # filled by _holding as asked

    @classmethod
    def load(cls, path: str | Path) -> Engine:
        """Read the article at ``path`` and build its engine (raises ArticleError)."""
        return cls(load_article(path))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The article's sentences in order."""
        return tuple(a.sentence for a in self.attributions)

    def answer(self, question: str) -> Answer:
        """Answer any text; bad input gets a message, never an exception."""
        if len(question) > MAX_QUESTION_CHARS:
            return self._reply(question[:MAX_QUESTION_CHARS], "search", (
                f"That question is {len(question):,} characters long; "
                f"please ask in under {MAX_QUESTION_CHARS}."))
        parsed = parse_question(question)
        if not any(ch.isalnum() for ch in parsed.text):
            return self._reply(question, "search", (
                "Ask me something about the article, for example "
                f"“{self._example_question()}” or “who is quoted?”."))
        if parsed.intent == "speakers":
            mentioned = ", ".join(s.name for s in self.speakers.mentioned[:8])
            return self._reply(question, "search", self._who_is_quoted() + (
                f" Mentioned but not quoted: {mentioned}." if mentioned else ""))
        if parsed.intent == "summary":  # news puts the story in its first sentences
            lede = tuple(self._result(i, 0.0) for i in range(min(SUMMARY_SENTENCES, len(self.attributions))))
            return Answer(question, "search", None, lede)
        if parsed.intent == "who_said":
            return self._who_said(question, parsed.topic)
        if parsed.intent == "speaker" and parsed.who:
            return self.speaker_answer(parsed.who, parsed.topic, question=question)
        speaker = self.speakers.named(parsed.text)
        if speaker is not None:  # the question is just a name: "Hua Chunying"
            return self.speaker_answer(parsed.text, question=question)
        return self._search(question, parsed.text)

    def speaker_answer(self, name: str, topic: str = "", question: str | None = None) -> Answer:
        """Every sentence of the speaker ``name`` refers to; with a topic, the best match first."""
        question = question if question is not None else name
        if name.lower() in PRONOUNS:
            return self._reply(question, "speaker", (
                f"Who do you mean by “{name}”? Ask with a name, for example "
                f"“{self._example_question()}”."))
        speaker = self.speakers.find(name)
        if speaker is None or not speaker.quoted:
            return self._not_quoted(question, name, speaker)
        scores = self.index.scores(topic) if topic else np.zeros(len(self.attributions))
        order = sorted(speaker.sentences, key=lambda i: (-scores[i], i))
        results = tuple(self._result(i, float(scores[i])) for i in order)
        return Answer(question, "speaker", speaker, results)

    def _not_quoted(self, question: str, name: str, speaker: Speaker | None) -> Answer:
        if speaker is not None:
            return self._reply(question, "speaker", (
                f"{speaker.label} is mentioned but not quoted in the article."),
                mentions=speaker.mentions)
        mentions = self._sentences_naming(name)
        if mentions:
            return self._reply(question, "speaker", (
                f"“{name}” appears in the article but is not quoted."), mentions=mentions)
        return self._reply(question, "speaker", (
            f"The article doesn't mention “{name}”. {self._who_is_quoted()}"))

    def _sentences_naming(self, name: str) -> tuple[int, ...]:
        """Sentences holding every significant word of ``name``, or its last word as a name.

        "Ryan Tully" is named in full once and as "Tully" afterwards.
        """
        words = [w for w in re.findall(r"\w+", name) if w.lower() not in STOP_WORDS]
        if not words:
            return ()
        patterns = [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words]
        surname = re.compile(rf"\b{re.escape(words[-1].capitalize())}\b") if len(words) > 1 else None
        return tuple(a.sentence.index for a in self.attributions
                     if all(p.search(a.sentence.text) for p in patterns)
                     or (surname is not None and surname.search(a.sentence.text)))

    def _who_said(self, question: str, quote: str) -> Answer:
        scores = self.index.scores(quote)
        ranked = _top(scores, self._quoted)
        if not ranked:
            answer = self._search(question, quote)
            note = "No one in the article is quoted saying that."
            return Answer(question, "who_said", None, answer.results,
                          message=note if answer.results else f"{note} {self._who_is_quoted()}")
        results = tuple(self._result(i, float(scores[i])) for i in ranked)
        return Answer(question, "who_said", results[0].speaker, results)

    def _search(self, question: str, text: str) -> Answer:
        scores = self.index.scores(text)
        for pattern, wanted in _ANSWER_TYPES:
            if re.search(pattern, text):
                holding = self._holding(wanted)
                scores[holding[scores[holding] != 0]] *= _ANSWER_TYPE_BOOST
        ranked = _top(scores)
        results = tuple(self._result(i, float(scores[i])) for i in ranked)
        if results:
            return Answer(question, "search", None, results)
        return self._reply(question, "search", (
            f"Nothing in the article matches that. {self._who_is_quoted()}"))

    def _holding(self, wanted: str) -> np.ndarray:
        """The sentences in which ``wanted`` (a figure, a time…) occurs, searched for once per pattern."""
        if wanted not in self._answer_types:
            found = re.compile(wanted)
            self._answer_types[wanted] = np.array(
                [a.sentence.index for a in self.attributions if found.search(a.sentence.text)], dtype=int)
        return self._answer_types[wanted]

    def _result(self, i: int, score: float) -> Result:
        attribution = self.attributions[i]
        return Result(attribution.sentence, attribution.speaker, attribution.kind, score)

    def _reply(self, question: str, intent: Intent, message: str,
               mentions: tuple[int, ...] = ()) -> Answer:
        return Answer(question, intent, None, (), mentions, message)

    def _who_is_quoted(self) -> str:
        names = [s.name for s in self.speakers.quoted[:8]]
        if not names:
            return "Nobody is quoted in it."
        more = len(self.speakers.quoted) - len(names)
        return "Quoted: " + ", ".join(names) + (f" and {more} more." if more else ".")

    def _example_question(self) -> str:
        first = self.speakers.quoted[0].name if self.speakers.quoted else None
        return f"what did {first} say?" if first else "what happened?"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the engine builds, as Mercurial's ``nogc`` does.

    Building allocates millions of objects that all stay alive (tokens, entities, postings);
    the collector would rescan them again and again as they pile up, about a fifth of the
    build time on a 36,000-sentence article. The previous state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _top(scores: np.ndarray, candidates: np.ndarray | None = None, limit: int = SEARCH_LIMIT) -> list[int]:
    """The best ``candidates`` (all sentences by default) scoring above zero, best first, ties in order.

    numpy picks and sorts them, so a question costs time in proportion to its matches rather
    than a Python loop over the whole article.
    """
    positive = np.flatnonzero(scores > 0) if candidates is None else candidates[scores[candidates] > 0]
    best = np.lexsort((positive, -scores[positive]))[:limit]
    return positive[best].tolist()
