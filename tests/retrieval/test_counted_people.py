"""A count of people opening a clause."""

import pytest

from retrieval.counted_people import counted_people
from retrieval.tokens import tokens_of


@pytest.mark.parametrize(("text", "count"), [
    ("About 300 growers met", "About 300 growers"),
    ("At least 12 angry tenants left", "At least 12 angry tenants"),
    ("About 20 years ago", ""),  # years are no people
    ("About the growers", ""),  # a preposition, no count
])
def test_counted_people(text, count):
    """An approximator, a number, at most two words, then people."""
    tokens = tokens_of(text, 0, len(text), [])
    assert " ".join(t.text for t in counted_people(tokens, 0, len(tokens))) == count
