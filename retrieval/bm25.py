"""BM25 with Lucene's IDF over postings: a small subclass of rank-bm25's ``BM25Okapi``.

rank-bm25 gives the model: ``BM25Okapi``'s parameters (``k1``, ``b``), its corpus statistics
and its scoring expression; this subclass picks Lucene's IDF (``_calc_idf``) and keeps the
corpus as postings (``_initialize``) instead of a dictionary of term counts per sentence,
which the postings would repeat (a third of a stored analysis). ``get_scores`` evaluates
``BM25Okapi.get_scores``'s expression the same way, so the floats are the same bit for bit
(tests/retrieval/test_index_postings.py checks it against rank-bm25's own loop), but term by
term over only the sentences that hold the term: rank-bm25 loops over every sentence in
Python, 16 ms a question at 36,000 sentences. A search (``search``) whose terms few sentences
hold scores just those, one by one, so that its work follows the postings read rather than
the article's length; the others get every sentence's score in one array, and MaxScore
(``contenders``) says which few of them can be among the best.

The postings are columnar, three flat arrays rather than two per term, so an analysis is
stored and read back as a few blocks of numbers (``retrieval.analysis_io``). They are built
from flat arrays of numbers too, not from a list per term: a 363,000-sentence article has
4.5 million postings.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, partial

import numpy as np
from rank_bm25 import BM25Okapi

__all__ = ["LuceneBM25", "ScoreOf", "TermNumbers"]

ScoreOf = Callable[[list[int]], list[float]]  # the scores of the sentences given

_SLACK = 1 - 1e-9  # the bound is a sum of floats: a sentence's own sum may round a hair above it
_READ_COST = 4  # reading a sentence's score at a posting costs about as much as comparing 4 in a row
# Scoring the sentences holding a query's terms one by one costs less than every sentence's
# score in one array up to about one posting in this many sentences.
_FEW_HELD = 256


class LuceneBM25(BM25Okapi):
    """Scores sentences, each given as its list of terms, against a query's terms."""

    def __init__(self, corpus: Sequence[list[str]], k1: float, b: float) -> None:
        """Index ``corpus`` (not empty) the way ``BM25Okapi`` does, with this class's two choices."""
        super().__init__(corpus, k1=k1, b=b)

    def _initialize(self, corpus: Sequence[list[str]]) -> dict[str, int]:
        """Postings (for each term, the sentences holding it and how often) and the corpus sizes.

        Returns what ``BM25Okapi._initialize`` returns, each term's number of sentences, for
        ``_calc_idf``; ``doc_freqs`` and ``doc_len`` stay empty, as the postings and the length
        normalisation hold the same numbers. A corpus given as ``TermNumbers`` (as the index
        gives it) is read as its arrays of numbers, with no list of terms made; any other is
        numbered first. Each term's sentences come from one stable sort of the term numbers,
        so they stay in article order, and a term repeated in a sentence is one posting.
        """
        documents = corpus if isinstance(corpus, TermNumbers) else TermNumbers.of(corpus)
        self.corpus_size = len(documents)
        self.ids: dict[str, int] = {term: j for j, term in enumerate(documents.vocabulary)}
        lengths = np.diff(documents.starts)
        self.avgdl = int(documents.starts[-1]) / self.corpus_size
        # BM25Okapi.get_scores's length normalisation, written the same way so the floats match.
        self._length_norm = self.k1 * (1 - self.b + self.b * lengths / self.avgdl)
        # Each temporary array (one or two numbers per term read) is let go as soon as it has been
        # used, so that fewer of them are held at once at the peak of a long article's build.
        by_term = np.argsort(documents.numbers, kind="stable")  # each term's sentences stay in article order
        held = np.repeat(np.arange(self.corpus_size, dtype=np.int32), lengths)[by_term]
        terms = documents.numbers[by_term]
        del by_term
        first = np.ones(len(terms), dtype=np.bool_)  # where a (term, sentence) pair starts
        np.not_equal(terms[1:], terms[:-1], out=first[1:])
        first[1:] |= held[1:] != held[:-1]
        pairs = first.nonzero()[0]
        del first
        self._holding = held[pairs]
        self._counts = np.diff(pairs, append=len(terms)).astype(np.int32)
        frequencies = np.bincount(terms[pairs], minlength=len(self.ids))
        self._starts = [0, *np.cumsum(frequencies).tolist()]
        return dict(zip(self.ids, frequencies.tolist(), strict=True))

    def _calc_idf(self, nd: dict[str, int]) -> None:
        """Lucene's IDF, ``ln(1 + (N - n + 0.5) / (n + 0.5))``: positive and falling with ``n``.

        ``BM25Okapi``'s own goes negative for a term in over half the sentences and is then
        floored to ``epsilon`` times the mean, so a common word can outweigh a rarer one on
        one article (rank_bm25 issues #39, #43).
        """
        n = self.corpus_size
        self.idf = {term: math.log(1 + (n - df + 0.5) / (df + 0.5)) for term, df in nd.items()}

    def holding(self, term: str) -> np.ndarray:
        """The sentences holding ``term``, in order (none for a term no sentence has)."""
        j = self.ids.get(term)
        return self._holding[self._starts[j]:self._starts[j + 1]] if j is not None else self._holding[:0]

    def search(self, query: list[str], limit: int,
               most: int | None = None) -> tuple[np.ndarray, np.ndarray, ScoreOf]:
        """``contenders`` of ``get_scores(query)``, and the score of any sentence asked for.

        When the query's terms have ``most`` postings or fewer (by default one in ``_FEW_HELD``
        sentences), only the sentences holding them are scored, one by one, and all are
        contenders: work follows the postings read, not the article's size, where an array of
        every sentence's score would cost more.
        """
        found = self._found(query)
        starts = self._starts
        most = self.corpus_size // _FEW_HELD if most is None else most
        if sum(starts[j + 1] - starts[j] for j in found) <= most:
            scores = self._held(found)
            held = sorted(scores)
            values = np.array([scores[i] for i in held])
            return np.array(held, dtype=np.intp), values, partial(_looked_up, scores)
        every = self._summed(found)
        return (*self._contenders(found, every, limit), partial(_taken, every))

    def contenders(self, query: list[str], scores: np.ndarray, limit: int,
                   among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The sentences (ascending) that may be the best ``limit`` of ``get_scores(query)``; their scores.

        See ``_contenders``.
        """
        return self._contenders(self._found(query), scores, limit, among)

    def _contenders(self, found: list[int], scores: np.ndarray, limit: int,
                    among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The sentences (ascending) that may be the best ``limit`` of ``scores``, for the terms ``found``.

        Those reaching a floor, the ``limit``-th best score among the sentences of the query's
        rarest term held by ``limit`` or more: they are ``limit`` sentences scoring above 0, so
        the ``limit``-th best of all reaches it too. When the query's other terms, each at its
        best share, add up to less than the floor, a sentence without the rarest term cannot
        reach it (MaxScore's bound: Turtle & Flood 1995), and no other sentence is looked at.
        With no term that common, every sentence scoring above 0. With ``among`` (a truth
        value per sentence), the same of those sentences only.
        """
        starts = self._starts
        size, rarest = 0, -1
        for j in found:  # the rarest term held by ``limit`` or more; the first numbered of equals
            n = starts[j + 1] - starts[j]
            if n >= limit > 0 and (not size or (n, j) < (size, rarest)):
                size, rarest = n, j
        held = self._holding[starts[rarest]:starts[rarest] + size]
        if among is not None:
            held = held[among.take(held)]
        if not size or len(held) < limit:
            positive = (scores > 0 if among is None else (scores > 0) & among).nonzero()[0]
            return positive, scores[positive]
        values = scores.take(held)  # ``take`` of int32 numbers costs less than indexing with them
        kth = values.copy()
        kth.partition(len(held) - limit)
        floor = float(kth[len(held) - limit])
        ceilings = self._ceilings
        if sum(ceilings[j] for j in found if j != rarest) < floor * _SLACK:
            reaching = (values >= floor).nonzero()[0]  # a few: taken at their places, not by a mask of all
            return held.take(reaching), values.take(reaching)
        read = self._essential(found, floor) if among is None else None
        if read is not None:  # a sentence reaching the floor holds one of these terms
            reaching = np.unique(np.concatenate([h[scores.take(h) >= floor] for h in read]))
            return reaching, scores.take(reaching)
        reaching = (scores >= floor if among is None else (scores >= floor) & among).nonzero()[0]
        return reaching, scores[reaching]

    def _essential(self, found: list[int], floor: float) -> list[np.ndarray] | None:
        """The sentences of each term of the query but its commonest, whose best shares sum below ``floor``.

        Each term adds at most its best share, so a sentence holding none of the terms kept
        cannot reach the floor (MaxScore). None when the sentences kept are too many to read
        one by one faster than every sentence's score in a row.
        """
        starts, ceilings = self._starts, self._ceilings
        sizes = sorted({(starts[j + 1] - starts[j], j) for j in found}, reverse=True)  # commonest first
        common, bound = 0, ceilings[sizes[0][1]] * found.count(sizes[0][1])
        while bound < floor * _SLACK and common + 1 < len(sizes):
            common += 1
            bound += ceilings[sizes[common][1]] * found.count(sizes[common][1])
        read = sizes[common:]
        if sum(n for n, _ in read) * _READ_COST > self.corpus_size:
            return None
        return [self._holding[starts[j]:starts[j] + n] for n, j in read]

    def get_scores(self, query: list[str]) -> np.ndarray:
        """``BM25Okapi.get_scores``, adding each term's share only where the term occurs (``_summed``)."""
        return self._summed(self._found(query))

    def _found(self, query: list[str]) -> list[int]:
        """The numbers of the query's terms the article holds, in the query's order."""
        return [j for j in map(self.ids.get, query) if j is not None]

    def _summed(self, found: list[int]) -> np.ndarray:
        """Every sentence's score for the terms numbered ``found``.

        ``np.add.at`` adds each term's shares where it occurs, term by term in the query's
        order from 0.0, as rank-bm25's loop does, so the sums are the same floats; unlike one
        ``np.bincount`` over all the terms, it copies no posting into a joined array first.
        Given the sentences as ``intp`` numbers, it takes its fast path: a copy of each term's
        costs less than ``np.add.at`` converting them as it goes (22.1 -> 20.9 us at 1,000x).
        """
        starts, holding, shares = self._starts, self._holding, self._shares
        scores = np.zeros(self.corpus_size)
        for j in found:
            start, end = starts[j], starts[j + 1]
            np.add.at(scores, holding[start:end].astype(np.intp), shares[start:end])
        return scores

    def _held(self, found: list[int]) -> dict[int, float]:
        """The scores of the sentences holding a term numbered ``found``, by sentence, added one by one.

        Each sentence's shares are added in the query's order from 0.0, as ``_summed`` adds
        them, so the floats are the same.
        """
        starts, holding, shares = self._starts, self._holding, self._shares
        scores: dict[int, float] = {}
        for j in found:
            start, end = starts[j], starts[j + 1]
            for i, share in zip(holding[start:end].tolist(), shares[start:end].tolist(), strict=True):
                scores[i] = scores.get(i, 0.0) + share
        return scores

    @cached_property
    def _shares(self) -> np.ndarray:
        """Each posting's share of the score, its term's IDF times its term-frequency part.

        ``BM25Okapi.get_scores``'s own expression, element by element, so the floats match;
        worked out once for every question, on first use rather than stored with an analysis.
        """
        q_freq = self._counts
        saturated = q_freq * (self.k1 + 1) / (q_freq + self._length_norm[self._holding])
        idf = np.array([self.idf[term] for term in self.ids])  # in term-number order
        return np.repeat(idf, np.diff(self._starts)) * saturated

    @cached_property
    def _ceilings(self) -> list[float]:
        """Each term's best share in any sentence, by term number: the most it adds to a score."""
        return np.maximum.reduceat(self._shares, self._starts[:-1]).tolist()


class TermNumbers(Sequence[list[str]]):
    """Sentences as their lists of terms, kept as term numbers: ``vocabulary`` read at ``numbers``.

    Sentence ``i``'s terms are ``numbers[starts[i]:starts[i + 1]]``, numbered in order of first
    use; a list of terms is made only when a sentence is read.
    """

    def __init__(self, numbers: np.ndarray, starts: np.ndarray, vocabulary: list[str]) -> None:
        self.numbers, self.starts, self.vocabulary = numbers, starts, vocabulary

    @classmethod
    def of(cls, corpus: Iterable[list[str]]) -> TermNumbers:
        """``corpus`` numbered, read once in order (so its lists may be made as read); none is kept."""
        ids: dict[str, int] = {}
        numbers = array("i")
        ends = array("q")
        for terms in corpus:
            numbers.extend([ids.setdefault(term, len(ids)) for term in terms])
            ends.append(len(numbers))
        return cls(np.frombuffer(numbers, dtype=np.int32),
                   np.concatenate(([0], np.frombuffer(ends, dtype=np.int64))), list(ids))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __iter__(self) -> Iterator[list[str]]:
        return map(self.__getitem__, range(len(self)))

    def __getitem__(self, i: int) -> list[str]:  # type: ignore[override]  # no slices needed
        vocabulary = self.vocabulary
        return [vocabulary[j] for j in self.numbers[self.starts[i]:self.starts[i + 1]].tolist()]


def _taken(scores: np.ndarray, sentences: list[int]) -> list[float]:
    """The ``scores`` (one per sentence of the article) of ``sentences``."""
    return scores.take(sentences).tolist()


def _looked_up(scores: dict[int, float], sentences: list[int]) -> list[float]:
    """The ``scores`` (by sentence, of those holding a term asked) of ``sentences``; 0 for the rest."""
    return [scores.get(i, 0.0) for i in sentences]
