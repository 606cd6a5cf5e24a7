"""Index terms: how sentences and questions are cut into words, stemmed and stop-worded.

One tokenizer for the article and for questions, so that a question's words meet the
sentences' words: the BM25 index, the ranker, answerability and the benchmarks use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from snowballstemmer import stemmer

from retrieval.lexicon import DEMONYMS, STOP_WORDS
from retrieval.verb_forms import PRESENT

__all__ = ["name_terms", "raw_tokens", "term_of", "tokenize", "word_of"]

_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}s?$")
# A raw token: dotted initials (``U.S.``), a word that may hold ``’ ' . $`` inside, or one letter
# or digit; that is ``(?:[A-Za-z]\.){2,}|[A-Za-z0-9$][A-Za-z0-9$’'.]*[A-Za-z0-9]|[A-Za-z0-9]``, each
# alternative written after their first character, so the pattern opens with a set of characters
# and is tried only where one stands (30% faster).
_TOKEN = re.compile(r"[A-Za-z0-9$]"
                    r"(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|[A-Za-z0-9$’'.]*[A-Za-z0-9]|(?<=[A-Za-z0-9]))")
# A capitalised word that does not open the text: a name or part of one ("Museum" of "the Harbor
# Museum"). Compiled by ``re`` (which keeps it) on first use: only searches need it, start-up counts.
_NAME = r"(?<=[\w,;:(’'”\"]\s)[A-Z][\w’'.-]*"
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")  # what _POSSESSIVE matches: most words are spared the pattern
_STEM = stemmer("english")
# PyStemmer keeps its own cache of stems; ``term_of`` has one already, so a new word paid for a
# second (0.7 µs a word instead of 0.3) and a long article's stems were held twice.
_STEM.maxCacheSize = 0


def raw_tokens(text: str) -> list[str]:
    """The word-like stretches of ``text``, hyphens read as spaces."""
    return _TOKEN.findall(text.replace("-", " ").replace("‘", "'"))


# Both caches below are keyed by a raw token: an article repeats its words, so each is
# worked out (possessive, acronym, stop word, stem) once rather than at every occurrence.
@lru_cache(maxsize=65536)
def word_of(raw: str) -> tuple[str, bool] | None:
    """(word, is_acronym) for one raw token: ``U.S.`` → ("us", True); None for a bare apostrophe."""
    if raw.endswith(_POSSESSIVE_ENDS):
        raw = _POSSESSIVE.sub("", raw)
    if not raw:
        return None
    if raw[:2].isupper() and _ACRONYM.match(raw):  # an acronym opens with two capitals, or one and "."
        letters = raw.replace(".", "")
        if letters.endswith("s"):  # MPs, CEOs
            letters = letters[:-1]
        return letters.lower(), True
    return raw.lower().rstrip("."), False


@lru_cache(maxsize=65536)
def term_of(raw: str) -> str | None:
    """The index term of one raw token; None for a stop word.

    Most raw tokens are letters in lower case, their own word: stemmed at once, as an
    article's first build meets hundreds of new ones.
    """
    if raw.isalpha() and raw.islower():
        return None if raw in STOP_WORDS else _stem(raw)
    found = word_of.__wrapped__(raw)  # worked out once here, as this is cached: not kept twice
    if found is None:
        return None
    word, acronym = found
    word = word.lstrip("$")
    if not word or (not acronym and word in STOP_WORDS):
        return None
    if acronym or word[0].isdigit():
        return word
    return _stem(word)


def _stem(word: str) -> str:
    """The stem of a word's own form: "Japanese" is read as Japan, "lost" as lose."""
    return _STEM.stemWord(DEMONYMS.get(word) or PRESENT.get(word, word))


def tokenize(text: str) -> list[str]:
    """Index terms of ``text``: lower case, stemmed, stop words dropped.

    Acronyms keep even a stop word's spelling (``US`` is a country, ``us`` a pronoun),
    and numbers stay whole (``$1.35`` → ``1.35``).
    """
    return [term for term in map(term_of, raw_tokens(text)) if term is not None]


def name_terms(text: str) -> list[str]:
    """Index terms of ``text``'s capitalised words but its first: "Tom Hale" of "when did Tom Hale …"."""
    return tokenize(" ".join(re.findall(_NAME, text)))
