"""The stemmer in use is PyStemmer's compiled Snowball, and it stems as the pure-Python one does."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st
from snowballstemmer import stemmer
from snowballstemmer.english_stemmer import EnglishStemmer

from retrieval import Engine
from retrieval.terms import tokenize

PURE_PYTHON = EnglishStemmer()
COMPILED = stemmer("english")


def test_compiled_stemmer_is_in_use():
    """snowballstemmer hands English to PyStemmer (a declared dependency), which starts faster."""
    assert type(COMPILED).__module__ == "Stemmer"


@given(st.text(string.ascii_lowercase + "'’-éèüß", max_size=24))
def test_compiled_stems_equal_pure_python_stems(word: str):
    """Any lower-case word stems the same with PyStemmer as with snowballstemmer's own code."""
    assert COMPILED.stemWord(word) == PURE_PYTHON.stemWord(word)


def test_seed_words_stem_the_same(seed_engine: Engine):
    """Every word of the seed article stems the same both ways."""
    words = {w.lower() for s in seed_engine.sentences for w in s.text.split()}
    assert all(COMPILED.stemWord(w) == PURE_PYTHON.stemWord(w) for w in words)
    assert tokenize("launched missiles") == ["launch", "missil"]
