"""The synthetic articles: deterministic, any size, and a vocabulary that keeps growing like news."""

from __future__ import annotations

import random

from benchmarks.synthetic import _RESERVED, _word, _Writer, generate
from retrieval.terms import tokenize


def test_the_same_arguments_give_the_same_article():
    assert generate(3) == generate(3)
    assert generate(3).text != generate(3, seed=1).text


def test_surnames_never_run_out():
    """20,000 people: past the 14,400 surnames of two or three syllables, names get longer."""
    writer = _Writer(random.Random(0))
    surnames = {writer.newcomer().last for _ in range(20_000)}
    assert len(surnames) == 20_000


def test_made_up_words_are_distinct_and_never_cue_or_stop_words():
    words = [_word(rank) for rank in range(1, 50_000)]
    assert len(set(words)) == len(words)
    assert not set(words) & _RESERVED


def test_new_words_keep_coming_as_the_article_grows():
    """Heaps' law: news of 10× the sentences has about 3× the distinct terms (not a fixed set)."""
    def terms(scale: int) -> int:
        return len({t for line in generate(scale).text.splitlines() for t in tokenize(line)})

    assert 2.5 < terms(300) / terms(30) < 4.5
