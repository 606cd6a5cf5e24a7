"""Rank sentences for a search: BM25 first, then what else the question tells about its answer.

BM25 alone puts the answering sentence first for about three questions in four. Its best
candidates are re-scored with signals a reader uses too: how much of the question's weight a
sentence covers (rare words count more; "Tom Hale" asked is met by "Hale" alone), the
question's phrases kept together in it, and whether it holds the kind of thing asked for (a
name for "who", a time for "when", a figure for "how many"; a figure or a time counts only
next to the question's words, as in "tackles (118)"), for "what is X?" the sentence saying "X
is a …" (for "another name for X?" the one naming it again, "X (Y)"), for "which museum …?"
one naming a museum ("the Vell County Museum"), and for "in what language …?" one naming a
language ("in Dutch"); and the relations the question's prepositions state ("at the depot")
kept in it. A sentence opening with a pronoun ("He is also the oldest …"), a bare "the" and a
common noun ("The company installed …") or the next step ("First the crew …") also covers the
words of the sentence it refers back to; for "who …?" the sentence naming the person comes
just above the "He is …" sentence about them, and for "why …?" a sentence referring back with
a reason ("He left because …") just above the one it refers to, when that gives none. The
weights were fitted on reader questions over 16 Wikipedia articles (``python -m
benchmarks.search``) and rounded; 8 held-out articles score about the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

from retrieval.answer_types import KIND_PATTERNS, asked, members, money_terms, number_terms
from retrieval.definitions import definer
from retrieval.index import SentenceIndex
from retrieval.relations import relations
from retrieval.sentences import Sentence
from retrieval.surnames import surnames
from retrieval.terms import name_terms

__all__ = ["Ranker", "top", "top_scored"]

_FEW = 32  # candidates sorted in Python at once; more are sorted by numpy
_CUT_FROM = 256  # candidates from which those below the best few are cut before sorting
CANDIDATES = 10  # BM25's best, re-scored; the answer is among them for 97 questions in 100 (XQuAD)
_W_BM25, _W_WEIGHT, _W_WORDS, _W_PHRASE = 2.0, 2.0, 1.0, 0.5
_W_VIEW = 1.0  # a sentence quoting whoever the question asks the view of ("what does China want?")
_W_DEFINES = 1.0  # the sentence saying what a term is ("DECnet is a suite of …"), or naming it otherwise
_W_NAMES_KIND = 0.5  # a sentence naming a thing of the kind asked ("the Harbor Museum") for "which museum …?"
_W_MEMBER = 1.6  # a sentence naming one of a closed kind asked for ("Latin" for "in what language …?")
_W_RELATION = 0.8  # the question's relations ("at the depot") a sentence keeps, by their terms' weight
_ABOVE = 0.01  # how far above "He is also the oldest …" the sentence naming him goes, for "who …?"
_W_CONTEXT = 1.0  # a term met only in the sentence a pronoun refers back to counts as if there
# A sentence that opens with a pronoun, at once, after a short phrase or within its first
# three words: "He is …", "In his paper, he …", "Most of them were …", "Before his arrival …",
# "All three lacked …".
_ANAPHOR = (r"(?i)(?:[^,.;:]{0,40},\s+)?(?:\w+\s+){0,2}?"
            r"(?:he|she|it|they|them|his|her|its|their|this|these|those|such|both|"
            r"all\s+(?:three|four|five|six|seven|eight|nine|ten))\b")
# Or with "the" and a common noun the sentence before introduced: "The company installed …",
# "Usually, the alphabet is …"; not one a name or an "of" says ("The company Acme …", "The end of …").
_DEFINITE = r"(?:[^,.;:]{0,40},\s+)?[Tt]he\s+[a-z]+\s+(?!of\b)[a-z]"
# Or with a word that tells the next step of what the sentence before told: "First the crew …", "Then …".
_SEQUEL = r"(?i)(?:first|then|next|finally|(?:on|in|at)\s+the\s+next)\b"
_W_TYPE = {"figure": 0.8, "time": 0.8, "frequency": 0.8, "name": 0.8, "reason": 0.8, "thing": 0.4,
           "money": 1.6}  # a sentence with no amount of money hardly answers "how much did it cost?"
# "Who …?", and a sentence whose subject is a person named before it.
_WHO = r"(?i)\s*who(?:m|se)?\b"
_PERSONAL = r"(?:[^,.;:]{0,40},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\b"
_WHY = r"(?i)\s*why\b"

_NEAR = 3  # a figure or time this many terms from a word of the question is the one asked for


def top(scores: np.ndarray, candidates: np.ndarray | None = None, limit: int = CANDIDATES) -> list[int]:
    """The best ``limit`` of ``candidates`` (ascending; all sentences by default) scoring above zero.

    Best first, ties in article order (``top_scored``).
    """
    candidates = np.flatnonzero(scores > 0) if candidates is None else candidates[scores[candidates] > 0]
    return top_scored(candidates, scores[candidates], limit)[0]


def top_scored(contenders: np.ndarray, values: np.ndarray, limit: int) -> tuple[list[int], list[float]]:
    """The best ``limit`` of ``contenders`` (ascending, scoring ``values``, all above 0) and their scores.

    Best first, ties in article order. A few are sorted as Python floats, which costs less
    than numpy's calls; more by one stable sort in numpy, and many are first cut to those
    reaching the ``limit``-th best score without sorting them (a common word matches
    thousands; ``SentenceIndex.contenders`` gives fewer).
    """
    if len(values) > _CUT_FROM:
        cut = np.partition(values, len(values) - limit)[len(values) - limit]  # the limit-th best score
        reaching = np.flatnonzero(values >= cut)
        contenders, values = contenders[reaching], values[reaching]
    if len(values) > max(limit, _FEW):
        best = np.argsort(-values, kind="stable")[:limit]  # stable: ties keep article order
        return contenders[best].tolist(), values[best].tolist()
    found, held = contenders.tolist(), values.tolist()
    order = sorted(range(len(found)), key=held.__getitem__, reverse=True)[:limit]  # stable, as above
    return [found[k] for k in order], [held[k] for k in order]


class Ranker:
    """Scores the sentences of one article for a search question."""

    def __init__(self, index: SentenceIndex, sentences: Sequence[Sentence]) -> None:
        """Rank over ``index``, built from ``sentences`` (in order; their text is read, not copied)."""
        self.index = index
        self._sentences = sentences
        self._holding: dict[str, frozenset[int]] = {}  # kind of answer -> the sentences holding one
        self._names: dict[int, frozenset[str]] = {}  # sentence -> terms of its capitalised words
        self._relations: dict[int, frozenset[tuple[str, str]]] = {}  # sentence -> its prepositions' relations
        # sentence -> its terms, its pairs of near terms, and the terms it takes from the sentence before
        self._features: dict[int, tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]] = {}
        # sentence -> each number term in it, with the terms around it
        self._numbers: dict[int, tuple[tuple[str, frozenset[str]], ...]] = {}

    def ranked(self, question: str, limit: int,
               views: np.ndarray | None = None) -> tuple[list[int], dict[int, float]]:
        """The best ``limit`` sentences, best first (ties in article order), and their scores.

        Only the re-scored candidates are looked at, not every sentence again. ``views``
        (ascending) quote whoever the question asks the view of: they are candidates too,
        and weigh more.
        """
        scores = self._rescored(question, views)
        if "who" in question[:6].lower() and re.match(_WHO, question):
            self._name_first(scores, frozenset(self.index.query_terms(question)))
        elif "why" in question[:6].lower() and re.match(_WHY, question):
            self._reason_first(scores)
        positive = sorted(i for i, score in scores.items() if score > 0)  # in article order, then
        best = sorted(positive, key=scores.__getitem__, reverse=True)  # best first; a stable sort keeps ties
        return best[:limit], scores

    def _rescored(self, question: str, views: np.ndarray | None = None) -> dict[int, float]:
        """The scores of BM25's best candidates (and of ``views`` sharing a word with the question).

        The few candidates are scored as Python floats, kept by sentence: numpy's per-call
        cost, and an array as long as the article, outweigh its speed here.
        """
        terms = self.index.query_terms(question)
        contenders, values, score_of = self.index.search(terms, CANDIDATES)
        candidates, own = top_scored(contenders, values, CANDIDATES)
        # A sentence referring back to a candidate ("It was re-established in 1991.") may hold the answer
        # in words of its own: it is a candidate too.
        found, features, size = set(candidates), self._features, len(self._sentences)
        followers = [j for j in (i + 1 for i in candidates)
                     if j < size and j not in found and (features.get(j) or self._read(j))[2]]
        if followers:
            candidates += followers
            own += score_of(followers)
        favoured: frozenset[int] = frozenset()
        if views is not None and len(views):
            quoting = views.tolist()
            favoured = frozenset(i for i, score in zip(quoting, score_of(quoting), strict=True) if score > 0)
            more = sorted(favoured.difference(candidates))
            if more:
                candidates += more
                own += score_of(more)
        if not candidates:
            return {}
        weights = [(t, self.index.idf(t)) for t in dict.fromkeys(terms)]
        total = sum(w for _, w in weights)
        phrases = set(pairwise(terms))
        kind, noun = asked(question)
        if kind == "figure" and not money_terms().isdisjoint(terms):  # "how much is the deal worth?"
            kind = "money"  # an amount anywhere in the sentence, however far from the question's words
        wanted = _W_TYPE[kind] if kind else 0.0
        defines = definer(question)
        question_terms = frozenset(terms)
        holds = self._holder(kind, question_terms) if kind else None
        named = members(noun) if noun else frozenset()  # only those the question doesn't name
        named = named if named.isdisjoint(question_terms) else frozenset()
        best, count, pairs_asked = max(own), len(weights), len(phrases)
        surnamed = surnames(question)
        related = {relation: self.index.idf(relation[1]) for relation in relations(question)}
        relating = sum(related.values())
        scores = {}
        for i, bm25_score in zip(candidates, own, strict=True):
            present, pairs, context = features.get(i) or self._read(i)
            if surnamed:
                present = present.union([given for given, surname in surnamed.items() if surname in present])
            covered = held = 0.0
            for term, weight in weights:
                if term in present:
                    covered += weight
                    held += 1
                elif term in context:
                    covered += _W_CONTEXT * weight
                    held += _W_CONTEXT
            phrase = len(phrases & pairs) / pairs_asked if phrases else 0.0
            scores[i] = (_W_BM25 * bm25_score / best + _W_WEIGHT * covered / total
                         + _W_WORDS * held / count + _W_PHRASE * phrase
                         + (wanted if holds is not None and holds(i) else 0.0)
                         + (_W_VIEW if i in favoured else 0.0)
                         + (_W_DEFINES if defines and defines(self._sentences[i].text) else 0.0)
                         + (_W_NAMES_KIND if noun and noun in self._capitalised(i) else 0.0)
                         + (_W_MEMBER if named and not named.isdisjoint(present) else 0.0)
                         + (_W_RELATION * self._kept(i, related, present) / relating if relating else 0.0))
        return scores

    def _name_first(self, scores: dict[int, float], asked: frozenset[str]) -> None:
        """For "who …?", put the sentence naming a person just above the one saying "He is …" of them.

        "He is also the oldest quarterback …" answers "who is the oldest quarterback?" only
        with the sentence before it, which names him.
        """
        names = self._holder("name", asked)
        for i, score in list(scores.items()):
            if i > 0 and re.match(_PERSONAL, self._sentences[i].text) and not names(i) and names(i - 1):
                scores[i - 1] = max(scores.get(i - 1, 0.0), score + _ABOVE)

    def _reason_first(self, scores: dict[int, float]) -> None:
        """For "why …?", put the sentence giving a reason just above the one it refers back to.

        "Hale resigned on Monday. He stepped down because …" answers "why did Hale resign?"
        in its own words, by a reason the sentence naming him lacks.
        """
        reasons = self._holding_kind("reason")
        for i, score in list(scores.items()):
            if i in reasons and i - 1 in scores and i - 1 not in reasons and self._read(i)[2]:
                scores[i] = max(score, scores[i - 1] + _ABOVE)

    def _read(self, i: int) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
        """Sentence ``i``'s features for the re-scoring, worked out once (see ``_words``, ``_context``)."""
        self._features[i] = (*self._words(i), self._context(i))
        return self._features[i]

    def _words(self, i: int) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """Sentence ``i``'s terms, and its pairs of terms next to each other or one apart."""
        words = self.index.terms(i)
        return frozenset(words), frozenset(pairwise(words)) | frozenset(zip(words, words[2:], strict=False))

    def _context(self, i: int) -> frozenset[str]:
        """The terms a sentence referring back ("He is also …", "The company …") takes from the one before."""
        text = self._sentences[i].text
        refers = i > 0 and any(re.match(pattern, text) for pattern in (_ANAPHOR, _DEFINITE, _SEQUEL))
        return frozenset(self.index.terms(i - 1)) if refers else frozenset()

    def _holder(self, kind: str, asked: frozenset[str]) -> Callable[[int], bool]:
        """A test of whether a sentence holds an answer of that kind that the question does not already name.

        A "thing" ("what …?", "which …?") is a name or a figure, anywhere in the sentence; a
        figure or a time asked for must stand near the question's words. Made once per
        question: the kind's sentences are looked up once, not once per candidate.
        """
        if kind in ("name", "thing"):
            def holds_name(i: int) -> bool:
                names = self._capitalised(i)
                return not names <= asked or (kind == "thing" and i in self._holding_kind("figure"))
            return holds_name
        holding = self._holding_kind(kind)
        if kind in ("figure", "time"):
            return lambda i: i in holding and self._number_near(i, asked)
        return holding.__contains__

    def _capitalised(self, i: int) -> frozenset[str]:
        """The terms of sentence ``i``'s capitalised words but its first: "Museum" of "the Harbor Museum"."""
        names = self._names.get(i)
        if names is None:
            names = self._names[i] = frozenset(name_terms(self._sentences[i].text))
        return names

    def _kept(self, i: int, related: dict[tuple[str, str], float], present: frozenset[str]) -> float:
        """The weight of the question's relations sentence ``i`` keeps ("at the depot": "At the depot, …").

        Its relations are read only when it holds a word one of them governs (``present``, its terms).
        """
        if all(term not in present for _, term in related):
            return 0.0
        kept = self._relations.get(i)
        if kept is None:
            kept = self._relations[i] = relations(self._sentences[i].text)
        return sum(weight for relation, weight in related.items() if relation in kept)

    def _holding_kind(self, kind: str) -> frozenset[int]:
        """The sentences holding an answer of that kind (a figure, money, a time, a frequency, a reason)."""
        if kind not in self._holding:  # searched once per kind, over the whole article
            found = re.compile(KIND_PATTERNS[kind])
            self._holding[kind] = frozenset(s.index for s in self._sentences if found.search(s.text))
        return self._holding[kind]

    def _number_near(self, i: int, asked: frozenset[str]) -> bool:
        """Whether sentence ``i`` has a number the question lacks within ``_NEAR`` terms of one it has.

        "How many tackles …?" is answered by "tackles (118)", not by "two of the linebackers".
        """
        if i not in self._numbers:
            words, numbers = self.index.terms(i), number_terms()
            self._numbers[i] = tuple((w, frozenset(words[max(0, k - _NEAR):k + _NEAR + 1]))
                                     for k, w in enumerate(words) if w[0].isdigit() or w in numbers)
        for number, around in self._numbers[i]:
            if number not in asked and not asked.isdisjoint(around):
                return True
        return False
