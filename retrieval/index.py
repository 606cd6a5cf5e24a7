"""BM25 over the sentences of one article, with one tokenizer for sentences and questions.

Scoring is rank-bm25's ``BM25Okapi`` with Lucene's IDF, ``ln(1 + (N - n + 0.5) / (n + 0.5))``
(Robertson & Zaragoza 2009; Lucene's ``BM25Similarity``). On a few dozen sentences,
Okapi's own IDF goes negative for a word in over half of them and is floored to
``epsilon * mean IDF``, so a common word can outrank a rare one (rank_bm25 issues #39, #43);
``BM25Plus`` scores sentences that share no word with the question. Lucene's IDF is always
positive, falls as a word gets commoner, and gives nothing for no overlap.
``k1 = 1.2`` and ``b = 0.75`` are Lucene's defaults; sentences vary little in length.

``BM25Okapi.get_scores`` loops in Python over every sentence for every query term, so a
question costs time in proportion to the article even when few sentences hold its words;
``retrieval.bm25.LuceneBM25`` scores the same over postings (see there).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property

import numpy as np

from retrieval.bm25 import LuceneBM25, ScoreOf, TermNumbers
from retrieval.synonyms import synonyms
from retrieval.terms import raw_tokens, term_of, tokenize, word_of

__all__ = ["SentenceIndex"]

# Two or more capitalised words, which "of", "and", "for" and "the" may join (``_initials``).
# It opens with the capital, its word boundary looked for behind it, so that the pattern is
# tried only at capitals: 4x faster than at every character with ``(?:\b[A-Z]…){2,}``.
_RUN_WORD = r"[a-z]+(?:\s+(?:of|and|for|the)\s+|\s+)?"
_CAPITALISED_RUN = re.compile(rf"[A-Z](?<!\w[A-Z]){_RUN_WORD}(?:\b[A-Z]{_RUN_WORD})+")
_AGENT_ENDS = ("or",)
_MIN_FUZZY, _FUZZY = 5, 0.8  # terms this long, this alike (difflib ratio), are taken as misspellings
_SUFFIX = 4  # letters a derived word may add to a term ("partner" → "partnership")
_PREFIX = 5  # letters a derived word may put before one ("atlantic" → "transatlantic")
_READINGS_KEPT = 4096  # words of questions whose reading is kept
_MIN_ACRONYM = 3  # letters of an acronym typed in lower case ("vcb"); "us" is a word
_NUMBER_NAMES = "two three four five six seven eight nine ten eleven twelve"  # "one" is a pronoun too


@cache
def _numerals() -> dict[str, str]:
    """Each small number's term with its other spelling's: "3" with "three", "three" with "3"."""
    digits = {str(n): term for n, term in enumerate(tokenize(_NUMBER_NAMES), 2)}
    return digits | {term: digit for digit, term in digits.items()}


def _compared(word: str) -> tuple[str, ...]:
    """A short word's comparative and superlative forms: "high" "higher", "big" "bigger", "wide" "widest".

    Some are no word ("lowwer"): only those an article holds are read.
    """
    if word.endswith("e"):
        return f"{word}r", f"{word}st"
    return f"{word}er", f"{word}est", f"{word}{word[-1]}er", f"{word}{word[-1]}est"


def _initials(blocks: Iterable[str]) -> dict[str, list[str]]:
    """Acronyms the article spells out: runs of capitalised words, keyed by their initials.

    ``Terminal High Altitude Area Defense`` is found by ``thaad``; ``United States`` by ``us``.
    """
    found: dict[str, list[str]] = {}
    for run in (run for text in blocks for run in _CAPITALISED_RUN.findall(text)):
        words = [w for w in run.split() if w[0].isupper()]
        # Each word is one raw token (``[A-Z][a-z]+``), read once: a stretch's terms are its words'.
        terms = list(map(term_of, words))
        letters = "".join([w[0] for w in words]).lower()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 8) + 1):
                key = letters[i:j]
                if key not in found:
                    part = terms[i:j]  # a stop word ("The") has no term
                    found[key] = part if None not in part else [term for term in part if term is not None]
    return found


def _blocks(sentences: Iterable[str], size: int = 1024) -> Iterator[str]:
    """The sentences joined by line breaks, a block of about ``size`` at a time.

    A block ends only after a sentence that does not end in a small letter, where no run of
    capitalised words goes on, so ``_initials`` finds the runs of the whole text joined at
    once: on a long article that copy, and every sentence's text held for it, was the
    peak of a build's memory.
    """
    block: list[str] = []
    for text in sentences:
        block.append(text)
        if len(block) >= size and not ("a" <= text[-1:] <= "z"):
            yield "\n".join(block)
            block = []
    if block:
        yield "\n".join(block)


class SentenceIndex:
    """Scores sentences against a question; knows the article's acronyms."""

    def __init__(self, sentences: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        """Index ``sentences`` (their text, in order)."""
        self.size = len(sentences)
        # Each sentence's terms in order, as term numbers in one array (the ranker reads a few),
        # numbered in order of first use, which ``LuceneBM25`` reads as they are; no list of words is kept.
        documents = TermNumbers.of(map(tokenize, sentences))
        self._term_ids, self._term_starts = documents.numbers, documents.starts
        self._bm25 = LuceneBM25(documents, k1=k1, b=b) if len(documents.numbers) else None
        self._acronyms = _initials(_blocks(sentences))
        self._unseen_idf = math.log(1 + (self.size + 0.5) / 0.5)
        self._respelt: dict[str, str] = {}  # misspelt term -> the article's term, found once
        self._readings: dict[str, tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {}  # see _reading

    def terms(self, i: int) -> list[str]:
        """Sentence ``i``'s terms, in order."""
        return TermNumbers(self._term_ids, self._term_starts, self._vocabulary)[i]

    @cached_property
    def _vocabulary(self) -> list[str]:
        """Every term, by its number (worked out from the index when first needed, not stored)."""
        return list(self._bm25.ids) if self._bm25 else []

    @cached_property
    def _by_letter(self) -> dict[str, list[str]]:
        """The terms long enough to be misspelt, by first letter."""
        found: dict[str, list[str]] = {}
        for term in self._bm25.idf if self._bm25 else ():
            if len(term) >= _MIN_FUZZY - 1:
                found.setdefault(term[0], []).append(term)
        return found

    def idf(self, term: str) -> float:
        """The term's IDF; a term no sentence holds weighs as much as the rarest could."""
        return self._bm25.idf.get(term, self._unseen_idf) if self._bm25 else self._unseen_idf

    def holding(self, text: str) -> set[int] | None:
        """The sentences holding every term of ``text``; None when it has no term to look for.

        Callers that must read sentences for a phrase read only these, not the whole article.
        """
        terms = set(tokenize(text))
        if not terms:
            return None
        found: set[int] | None = None
        for term in terms:
            where = set(self._bm25.holding(term).tolist()) if self._bm25 is not None else set()
            found = where if found is None else found & where
            if not found:
                return set()
        return found

    def knows(self, term: str) -> bool:
        """Whether some sentence holds ``term``, or the article spells it out as an acronym."""
        return (self._bm25 is not None and term in self._bm25.idf) or term in self._acronyms

    @cached_property
    def _by_ending(self) -> dict[str, list[str]]:
        """The terms long enough to hold a word with a prefix, by their last ``_MIN_FUZZY`` letters."""
        found: dict[str, list[str]] = {}
        for term in self._bm25.idf if self._bm25 else ():
            if len(term) >= _MIN_FUZZY:
                found.setdefault(term[-_MIN_FUZZY:], []).append(term)
        return found

    def _derived(self, term: str) -> list[str]:
        """The article's terms that are ``term`` with a short suffix or prefix added or taken off.

        "partner" meets "partnership", "atlantic" "transatlantic", and "earliest" "early".
        """
        if len(term) < _MIN_FUZZY or self._bm25 is None:
            return []
        same_start = self._by_letter.get(term[0], ())
        prefixed = self._by_ending.get(term[-_MIN_FUZZY:], ())
        return ([t for t in same_start if t.startswith(term) and len(t) - len(term) <= _SUFFIX]
                + [t for t in prefixed if t.endswith(term) and len(t) - len(term) <= _PREFIX]
                + [t for t in same_start if term.startswith(t) and len(t) >= _MIN_FUZZY
                   and len(term) - len(t) <= _SUFFIX]
                + [term[k:] for k in range(1, _PREFIX + 1)
                   if len(term) - k >= _MIN_FUZZY and term[k:] in self._bm25.idf])

    def query_terms(self, question: str) -> list[str]:
        """The question's terms, then their kin ("3" → "three"), then the words of each acronym.

        A term the article lacks is read as the article's term spelt most like it, if one is
        close ("ctenphores" → "ctenophores"), since readers misspell; or else as a longer or
        shorter form of it ("division" → "divisional"), since they word things otherwise.
        """
        own, kin, spelt_out = [], [], []
        readings = self._readings
        for raw in raw_tokens(question):
            term, kinds, spelt = readings.get(raw) or self._reading(raw)
            if term is not None:
                own.append(term)
            kin += kinds
            spelt_out += spelt
        return own + kin + spelt_out

    def _reading(self, raw: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
        """What one word of a question adds to its terms: its term, its kin and acronym's words.

        The term is as the article spells it (``spelling``), its kin as ``_kin`` finds
        them, the acronym's words as the article spells it out. Kept once read (a chat
        repeats its words), for as many words as ``_READINGS_KEPT``.
        """
        term, word = term_of(raw), word_of(raw)
        # An acronym typed in lower case ("thaad") is one too, when the article lacks it as a word.
        lower = (term is not None and word is not None and not word[1] and len(word[0]) >= _MIN_ACRONYM
                 and word[0] in self._acronyms and (self._bm25 is None or term not in self._bm25.idf))
        own = self.spelling(term) if term is not None and not lower else None
        spelt = word is not None and (word[1] or lower) and self._acronyms.get(word[0])
        reading = (own, self._kin(own) if own is not None else (), tuple(spelt or ()))
        if len(self._readings) >= _READINGS_KEPT:
            self._readings.clear()
        self._readings[raw] = reading
        return reading

    def _kin(self, term: str) -> tuple[str, ...]:
        """The article's terms for what ``term`` names in other words: a number's other spelling, or agents.

        "3 layers" meets "three layers", and "seven" meets "7". Snowball leaves "-or" on, so
        "inspected" and "inspectors" share no term: the agent noun of a verb term, or verb of
        an agent noun, is kin too (inspect ~ inspector). ("-er" was tried too; it lost a
        question on the tuned XQuAD articles.)
        """
        if self._bm25 is None:
            return ()
        numeral = _numerals().get(term)
        if numeral is not None:
            return (numeral,) if numeral in self._bm25.idf else ()
        if len(term) < _MIN_FUZZY:
            return ()
        kin = [term + end for end in _AGENT_ENDS]
        kin += [term[: -len(end)] for end in _AGENT_ENDS if term.endswith(end)]
        return tuple(k for k in kin if len(k) >= _MIN_FUZZY and k in self._bm25.idf)

    def spelling(self, term: str) -> str:
        """``term``, or the article's term read for it when the article lacks it.

        That is a word readers use for it ("beat" for "won", ``retrieval.synonyms``); or for
        a short word its comparative ("higher" for "high"); or else the term closest in
        spelling, or else the shortest that is it with a short suffix or prefix added or taken
        off ("divisional" for "division", "early" for "earliest").
        """
        if self.knows(term) or self._bm25 is None:
            return term
        kindred = next((other for other in synonyms(term) if other in self._bm25.idf), None)
        if kindred is not None or len(term) < _MIN_FUZZY:
            return kindred or next((t for t in _compared(term) if t in self._bm25.idf), term)
        if term not in self._respelt:
            import difflib  # only for a word the article lacks: 1 ms of start-up most answers skip

            same_start = self._by_letter.setdefault(term[0], [])
            close = difflib.get_close_matches(term, same_start, n=1, cutoff=_FUZZY) or self._derived(term)
            self._respelt[term] = min(close, key=len) if close else term
        return self._respelt[term]

    def scores(self, question: str) -> np.ndarray:
        """One BM25 score per sentence, a new array each time; 0 where no term of the question occurs."""
        return self.term_scores(self.query_terms(question))

    def term_scores(self, terms: list[str]) -> np.ndarray:
        """``scores`` for terms already read from a question by ``query_terms``."""
        if self._bm25 is None or not terms:
            return np.zeros(self.size)
        return self._bm25.get_scores(terms)

    def search(self, terms: list[str], limit: int) -> tuple[np.ndarray, np.ndarray, ScoreOf]:
        """``contenders`` of ``term_scores(terms)``, and any sentence's score (``LuceneBM25.search``)."""
        if self._bm25 is None:  # no terms, no sentence scores
            return np.zeros(0, dtype=np.intp), np.zeros(0), lambda sentences: [0.0] * len(sentences)
        return self._bm25.search(terms, limit)

    def contenders(self, terms: list[str], scores: np.ndarray, limit: int,
                   among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The sentences that may be the best ``limit`` of ``term_scores(terms)``, and their scores.

        With ``among`` (a truth value per sentence), the best of those sentences only.
        """
        if self._bm25 is None:  # no terms, no sentence scores
            return np.flatnonzero(scores > 0), scores[:0]
        return self._bm25.contenders(terms, scores, limit, among)

