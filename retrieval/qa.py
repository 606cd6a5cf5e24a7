"""Answer a question about the article: the one entry point every front end calls.

Speaker questions are answered here; searches by ``searches.Searcher``, built (with the
search modules it imports) on the first question that searches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from retrieval.about import (
    LISTED,
    about_reply,
    chat_reply,
    example_question,
    is_byline,
    quoted_note,
    times_quoted,
)
from retrieval.article import Article, load_article
from retrieval.attribution import Attribution, attribute
from retrieval.bodies import Bodies
from retrieval.errors import EmptyArticle
from retrieval.gc_pause import collector_paused
from retrieval.lexicon import PRONOUNS
from retrieval.naming import Names
from retrieval.proper_names import asked_by_name, name_like, proper_name
from retrieval.questions import MAX_QUESTION_CHARS, Intent, parse_question
from retrieval.quoted_through import quoted_through
from retrieval.results import Answer, Result, Results, result
from retrieval.searches import Searcher
from retrieval.sentences import Sentence, split_sentences
from retrieval.silent_topics import silence_note
from retrieval.speakers import Speaker
from retrieval.typed_speakers import as_written, document_asked, employed, holders, without_entourage
from retrieval.unquoted import not_quoted

if TYPE_CHECKING:
    from retrieval.index import SentenceIndex

__all__ = ["Engine"]

SUMMARY_SENTENCES = 3
_SAID_KEPT = 256  # names whose speakers' sentences are kept, as arrays, for asking again
_BUILT_ON_FIRST_USE = ("_names", "_bodies")  # the parts that only some questions need


class Engine:
    """An article read once: its sentences, who said each, and (once a question searches) a BM25 index."""

    def __init__(self, article: Article) -> None:
        """Split, attribute and index ``article``; raise EmptyArticle when it has no sentences."""
        sentences = split_sentences(article.text, article.body_start)
        if not sentences:
            raise EmptyArticle(f"{article.source or 'The article'} has no sentences to answer from.")
        self.article = article
        with collector_paused():
            attributions, self.speakers, self.quotes = attribute(article, sentences)
            self.attributions: tuple[Attribution, ...] = tuple(attributions)
        self._sentences = tuple(sentences)
        self._searcher = Searcher(self._sentences, self.attributions, self.speakers)
        self._said: dict[tuple[str, ...], np.ndarray] = {}  # name asked and voices -> their sentences

    @classmethod
    def load(cls, path: str | Path) -> Engine:
        """Read the article at ``path`` and build its engine (raises ArticleError)."""
        return cls(load_article(path))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The article's sentences in order."""
        return self._sentences

    def answer(self, question: str) -> Answer:
        """Answer any text; bad input gets a message, never an exception."""
        if len(question) > MAX_QUESTION_CHARS:
            return self._reply(question[:MAX_QUESTION_CHARS], "search", (
                f"That question is {len(question):,} characters long; "
                f"please ask in under {MAX_QUESTION_CHARS}."))
        parsed = parse_question(question)
        if parsed.intent in ("mention", "chat"):  # a chat user asked about (never echoed: a ping), small talk
            return self._reply(question, "search", chat_reply(parsed, self.speakers))
        if not any(ch.isalnum() for ch in parsed.text):
            return self._reply(question, "search", (
                "Ask me something about the article, for example "
                f"“{example_question(self.speakers)}” or “who is quoted?”."))
        if parsed.intent == "speakers":
            mentioned = ", ".join(s.name for s in self.speakers.mentioned[:LISTED])
            return self._reply(question, "search", quoted_note(self.speakers) + (
                f" Mentioned but not quoted: {mentioned}." if mentioned else ""))
        if parsed.intent == "about":
            return self._reply(question, "search", about_reply(
                parsed.topic, self.article, self.speakers, len(self.attributions)))
        if parsed.intent == "quotes":  # "give me all quotes": every quoted sentence, in article order
            quoted = np.flatnonzero(self._searcher.quoting)
            return Answer(question, "search", None, Results(quoted, self.attributions))
        if parsed.intent == "summary":  # news puts the story in its first sentences
            return Answer(question, "search", None, self._lede())
        if parsed.intent == "who_said":
            return self._searcher.who_said(question, parsed.topic)
        if parsed.intent in ("identity", "profile") and parsed.who:
            return self._identity(question, parsed.who, parsed.text, by_name=parsed.intent == "profile",
                                  stance=parsed.topic == "position")
        if parsed.intent == "age" and parsed.who:  # "how old is Hale?": a person's age; a thing's is searched
            person = self.speakers.find(parsed.who) if name_like(parsed.who) else None
            if person is None or not proper_name(person):
                return self._search(question, parsed.text)
            from retrieval.ages import age_answer  # rarely asked: not imported at start-up
            return age_answer(question, person, self.attributions)
        if parsed.intent == "define" and parsed.who:
            speaker = self.speakers.find(parsed.who)
            if speaker is None or not speaker.quoted:
                return self._search(question, parsed.text)
        if parsed.intent == "count" and parsed.who:  # "how many times is Hua quoted?"
            answer = self.speaker_answer(parsed.who, question=question, text=parsed.text)
            quoted = answer.intent == "speaker" and bool(answer.results)
            return replace(answer, message=times_quoted(answer, parsed.who)) if quoted else answer
        if parsed.intent in ("speaker", "define") and parsed.who:
            return self.speaker_answer(parsed.who, parsed.topic, question=question, text=parsed.text,
                                       verb=parsed.verb)
        speaker = self.speakers.named(parsed.text)
        if speaker is not None:  # the question is just a name: "Hua Chunying"
            return self.speaker_answer(parsed.text, question=question)
        return self._search(question, parsed.text, parsed.who)

    def speaker_answer(self, name: str, topic: str = "", question: str | None = None,
                       text: str | None = None, verb: str = "") -> Answer:
        """Every sentence of the speaker (or body) ``name`` refers to; with a topic, the best match first.

        ``text`` is the question as understood, searched for when ``name`` turns out to be a
        term of the article rather than a person ("what does ctenophore mean?"). Sentences
        using the question's ``verb`` ("what did Hale warn?") come before the others.
        """
        question = question if question is not None else name
        if name.lower() in PRONOUNS:
            return self._reply(question, "speaker", (
                f"Who do you mean by “{name}”? Ask with a name, for example "
                f"“{example_question(self.speakers)}”."))
        parts = name.split(" and ") if " and " in name and not self.speakers.named(name) else []
        joined = [self.speaker_answer(part, topic) for part in parts]  # "Hale and Ruiz"; not "Lamb and Sons"
        if joined and all(a.intent == "speaker" and a.results for a in joined):
            each = {r.sentence.index: r for a in joined for r in a.results}  # a sentence once
            return Answer(question, "speaker", None, tuple(each.values()))
        employee = employed(name, self.speakers)
        if employee is not None:  # "Ana Ruiz of the Elm Herald": Ruiz, not the paper
            return (self._voices_answer(question, name, (employee,), topic, verb=verb) if employee.quoted
                    else self._not_quoted(question, name, employee, text or name))
        plural = holders(name, self.speakers)  # "the councillors": all of them, not the nearest spelt
        if plural:
            return self._voices_answer(question, name, plural, topic, body=name, verb=verb)
        speaker = self._find(name)
        by_name = speaker is not None and asked_by_name(speaker, name)
        if speaker is not None and speaker.quoted and by_name:
            agents = self.speakers.speaking_for(speaker)  # "the White House" and its spokesman
            body = name if agents else None
            return self._voices_answer(question, name, (speaker, *agents), topic, body=body, verb=verb)
        voices = (self._bodies.voices(name) or self._names.named_in_tag(name) or self._names.owned(name)
                  or self.speakers.described(name))  # "the woman" when several are quoted
        among = any(v is speaker for v in voices)
        if speaker is not None and speaker.quoted and (not among or len(voices) == 1):
            for_body = among and not by_name and proper_name(speaker)  # say who speaks for it
            return self._voices_answer(question, name, (speaker,), topic, body=name if for_body else None,
                                       verb=verb)
        if voices:  # a body ("the US"), or a description that fits several ("the foreign ministry")
            return self._voices_answer(question, name, voices, topic, body=name, verb=verb)
        leader = without_entourage(name) if speaker is None else None  # "the Hale campaign": Hale's voices
        if leader and (self.speakers.find(leader) or self._bodies.voices(leader)):
            return self.speaker_answer(leader, topic, question, text, verb)
        document = document_asked(name) if speaker is None else None  # a poll says what it found
        if document is not None:
            if document.lower() != name.lower() and document.lower() != f"the {name.lower()}":
                return self.speaker_answer(document, topic, question, text, verb)  # "the latest poll"
            return self._search(question, f"{document} {topic}".strip())  # where it is, and on the topic
        from retrieval.about import own_story  # "what did Reuters report?" of its own story: the story

        story = own_story(question, name, topic, self.article, self._search, self._lede())
        return story if story is not None else self._not_quoted(question, name, speaker, text or name)

    def _find(self, name: str) -> Speaker | None:
        """The speaker ``name`` refers to, also when registered by part of the article's name or role."""
        found = self.speakers.find(name)
        near = self.speakers.near_words(name, found) if found is not None else ()
        if any(self._names.in_article(w) for w in near):  # the index only for a near spelling
            found = None  # "the client" is the article's word, not "Clint" misspelt
        return (found or self._names.known_in_full(name) or self._names.known_by_role(name)
                or self._names.known_as_subject(name) or self._names.known_as_referred(name))

    def _identity(self, question: str, name: str, text: str, by_name: bool = False,
                  stance: bool = False) -> Answer:
        """Who someone is, as the article names and describes them (``by_name``: one it calls so).

        ``stance``: "what is Hale's position?" may ask a job or where they stand; both are given.
        """
        find = self.speakers.find if by_name else self._find
        speaker = find(name) if name_like(name) else None
        if speaker is None:
            return self._search(question, text)
        first = min((*speaker.sentences, *speaker.mentions), default=None)
        count = len(speaker.sentences)
        quoted = f" ({count} sentence{'s' * (count != 1)} quoted)" if count else " (named, not quoted)"
        shown = sorted({*([] if first is None else [first]), *self._names.described(speaker)})
        stand = " Where they stand, in their own words:" if stance and count else ""
        shown += [i for i in speaker.sentences if stand and i not in shown]
        results = tuple(self._result(i, 0.0) for i in shown)
        return Answer(question, "speaker", speaker, results, message=f"{speaker.label}{quoted}.{stand}")

    def _voices_answer(self, question: str, name: str, voices: tuple[Speaker, ...], topic: str,
                       body: str | None = None, verb: str = "") -> Answer:
        """What ``voices`` said, in article order or best match for ``topic`` first; say whose.

        Among equals for the topic, a sentence with the ``verb`` asked ("warned") comes first.
        """
        sentences = self._voice_sentences(name, voices)
        scores = self.index.scores(topic) if topic else None
        keys = [sentences, *([-self.index.scores(verb)[sentences]] if verb else []),
                *([] if scores is None else [-scores[sentences]])]
        order = sentences[np.lexsort(keys)] if len(keys) > 1 else sentences
        results = Results(order, self.attributions, scores)
        notes = []
        if body is not None:
            notes.append(quoted_through(body, voices))
        if scores is not None and self.index.query_terms(topic) and not (scores[sentences] > 0).any():
            who = voices[0].name if len(voices) == 1 else body and as_written(body, voices)  # "the EWB"
            notes.append(silence_note(who, topic, voices, scores, self._sentences))
        return Answer(question, "speaker", voices[0] if len(voices) == 1 else None, results,
                      message=" ".join(notes) or None)

    def _voice_sentences(self, name: str, voices: Sequence[Speaker]) -> np.ndarray:
        """The sentences of ``voices`` in order, kept by name and voices ("did the EWB agree?": it alone)."""
        key = (name, *(voice.name for voice in voices))
        sentences = self._said.get(key)
        if sentences is None:
            sentences = np.sort(np.fromiter((i for voice in voices for i in voice.sentences), dtype=np.intp))
            if len(self._said) >= _SAID_KEPT:
                self._said.clear()
            self._said[key] = sentences
        return sentences

    def _views(self, who: str) -> np.ndarray:
        """The sentences quoting ``who``, a speaker or a body whose view a search asks ("did China agree")."""
        speaker = self._find(who) if name_like(who) else None
        voices = (speaker,) if speaker is not None and speaker.quoted else self._bodies.voices(who)
        return self._voice_sentences(who, voices)

    def _not_quoted(self, question: str, name: str, speaker: Speaker | None, text: str) -> Answer:
        reply = not_quoted(name, speaker, self._names, self.index, self.speakers)
        return self._search(question, text) if reply is None else self._reply(question, "speaker", *reply)

    def _search(self, question: str, text: str, who: str | None = None) -> Answer:
        """A search; when it asks ``who``'s view, their quoted sentences weigh more."""
        return self._searcher.search(question, text, who, self._views(who) if who else None)

    def complete(self) -> None:
        """Build now what is otherwise built on the first question that needs it.

        An analysis stored after this holds those parts too, so an engine read back from a
        cache never rebuilds them (who speaks for a body: 0.15 s on a 5 MB article).
        """
        self._searcher.complete()
        for name in _BUILT_ON_FIRST_USE:
            getattr(self, name)

    def _lede(self) -> tuple[Result, ...]:
        """The article's first sentences, where news puts the story; a byline ("By Mara Quinn") is none."""
        story = (a.sentence.index for a in self.attributions if not is_byline(a.sentence.text))
        return tuple(self._result(i, 0.0) for i in islice(story, SUMMARY_SENTENCES))

    def _result(self, i: int, score: float) -> Result:
        return result(self.attributions[i], score)

    @property
    def index(self) -> SentenceIndex:
        """The BM25 index, built on the first question that searches (or by ``complete``)."""
        return self._searcher.index

    @cached_property
    def _names(self) -> Names:
        return Names(self._sentences, self.index, self.speakers)

    @cached_property
    def _bodies(self) -> Bodies:
        """Who speaks for which body, indexed on the first question about one (or by ``complete``)."""
        return Bodies(self.speakers.quoted)

    def _reply(self, question: str, intent: Intent, message: str,
               mentions: tuple[int, ...] = ()) -> Answer:
        return Answer(question, intent, None, (), mentions, message)

