"""The search half of answering: BM25 over the sentences, re-ranked, and honest when nothing answers.

Built on the first question that searches, with the modules under it (index, ranking,
answerability, and rank-bm25 with ``multiprocessing``): a speaker lookup never needs them,
and importing them was a sixth of ``article-bot ask``'s own start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from retrieval.about import quoted_note
from retrieval.attribution import Attribution
from retrieval.gc_pause import collector_paused
from retrieval.results import Answer, Results, result
from retrieval.sentences import Sentence, SentenceTexts
from retrieval.speakers import SpeakerRegistry

if TYPE_CHECKING:
    from retrieval.index import SentenceIndex
    from retrieval.ranking import Ranker

__all__ = ["SEARCH_LIMIT", "Searcher"]

SEARCH_LIMIT = 10
CLOSEST = 3  # sentences offered, as the nearest, when the article doesn't answer
# A question answered yes or no opens with an auxiliary: "does Ruiz support …?", "is Hale against …?".
_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "will", "would", "has", "have",
                          "had", "can", "could", "should"})


class Searcher:
    """Searches one article's sentences, and its quoted ones for "who said …?"."""

    def __init__(self, sentences: Sequence[Sentence], attributions: Sequence[Attribution],
                 speakers: SpeakerRegistry) -> None:
        """Search ``sentences``, shown with their ``attributions``; name ``speakers`` when nothing matches."""
        self._sentences = sentences
        self._attributions = attributions
        self._speakers = speakers
        # The candidates of "who said …?": a truth value per sentence, whether someone said it.
        self.quoting = np.array([a.speaker is not None for a in attributions])

    @cached_property
    def index(self) -> SentenceIndex:
        """The BM25 index, built on the first question that searches.

        A speaker lookup ("what did Hua say?") never needs it, and the first answer of
        ``article-bot ask`` comes that much sooner.
        """
        from retrieval.index import SentenceIndex

        with collector_paused():
            return SentenceIndex(SentenceTexts(self._sentences))

    @cached_property
    def ranker(self) -> Ranker:
        """Re-ranks BM25's best candidates; made with the index."""
        from retrieval.ranking import Ranker

        return Ranker(self.index, self._sentences)

    def complete(self) -> None:
        """Build the index and the ranker now, for an analysis stored whole (``Engine.complete``)."""
        for part in ("index", "ranker"):
            getattr(self, part)

    def who_said(self, question: str, quote: str) -> Answer:
        """Whoever is quoted in the sentences best matching ``quote``; a search when no one said it."""
        from retrieval.answerability import answerable
        from retrieval.ranking import top_scored

        terms = self.index.query_terms(quote)
        scores = self.index.term_scores(terms)
        contenders = self.index.contenders(terms, scores, SEARCH_LIMIT, self.quoting)
        ranked = top_scored(*contenders, SEARCH_LIMIT)[0]
        if not ranked or not answerable(quote, self.index):  # words the article lacks: no one said them
            answer = self.search(question, text=quote)
            note = "No one in the article is quoted saying that." + (
                " These sentences come closest:" if answer.closest else "")
            return Answer(question, "who_said", None, answer.results, closest=answer.closest,
                          message=note if answer.results else f"{note} {quoted_note(self._speakers)}")
        return Answer(question, "who_said", self._attributions[ranked[0]].speaker,
                      Results(np.array(ranked), self._attributions, scores))

    def search(self, question: str, text: str, who: str | None = None,
               views: np.ndarray | None = None) -> Answer:
        """The best sentences; when the article doesn't answer, the nearest ones, marked as closest.

        When the question asks someone's view (``who``, quoted in ``views``), their own quoted
        words come first among equals, and the rest of the question says which.
        """
        ranked: list[int] = []
        if who and views is not None and len(views):  # their words stand for them: rank on the rest
            ranked, scores = self.ranker.ranked(text.replace(who, " ", 1), SEARCH_LIMIT, views)
            if ranked and _yes_or_no(text) and not set(ranked).intersection(views.tolist()):
                ranked = _views_first(ranked, views, scores)
        if not ranked:
            ranked, scores = self.ranker.ranked(text, SEARCH_LIMIT, views)
        if not ranked:
            return Answer(question, "search", None, (), message=(
                f"Nothing in the article matches that. {quoted_note(self._speakers)}"))
        from retrieval.answerability import answerable

        if answerable(text, self.index):
            return Answer(question, "search", None, Results(np.array(ranked), self._attributions, scores))
        closest = tuple(result(self._attributions[i], 0.0) for i in ranked[:CLOSEST])
        return Answer(question, "search", None, closest, closest=True, message=(
            f"The article doesn't say. Nothing in it answers “{text}”; these sentences come closest:"))


def _yes_or_no(text: str) -> bool:
    """Whether ``text`` asks yes or no ("does Ruiz support it?"), not what, why or how."""
    return text.split(None, 1)[0].lower() in _AUXILIARIES if text.strip() else False


def _views_first(ranked: list[int], views: np.ndarray, scores: dict[int, float]) -> list[int]:
    """Whoever's view is asked, in their own words first, when none of them uses the question's.

    "Does Ana Ruiz support the closure?" of "The bridge is falling apart," Ruiz wrote: what
    she said is her view, whatever its words; the sentences matching the question follow.
    Only for yes or no: "why does China object to it?" may be answered by what others report.
    Theirs are scored as the best match, which they stand above.
    """
    own = views.tolist()[:CLOSEST]
    scores.update(dict.fromkeys(own, scores[ranked[0]]))
    return (own + ranked)[:SEARCH_LIMIT]
