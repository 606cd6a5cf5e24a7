"""Plurals that name people speak as a group."""

import pytest

from retrieval.groups import group
from retrieval.tokens import tokens_of
from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb’s associates insist he will run again.", ["Ed Lamb’s associates"]),
    ("The Vell board met. Its affiliates say the merger is off.", [None, "affiliates"]),
])
def test_associates_and_affiliates_are_people(make_engine, text, speakers):
    """``associates``, ``affiliates``: people, like ``supporters``, so their words are theirs."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("words", "people"), [
    ("business associates", True), ("local affiliates", True), ("state estimates", False),
])
def test_plural_endings_of_people(words, people):
    """A plural for people by its ending; not every ``-ates`` word (``estimates``)."""
    assert group(tokens_of(words, 0, len(words), [])) is people
