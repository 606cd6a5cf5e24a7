"""Fixtures for attribution's passes: an article's Reading before any pass has run."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from retrieval import parse_article
from retrieval.reading import Reading
from retrieval.sentences import split_sentences


@pytest.fixture
def make_reading() -> Callable[[str], Reading]:
    """Start reading article text written in the test: quotes found, sentences tokenized."""

    def make(text: str) -> Reading:
        article = parse_article(text, source="test.txt")
        return Reading.start(article, split_sentences(article.text, article.body_start))

    return make
