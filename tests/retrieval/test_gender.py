"""Gender from the words around a name: jobs, courtesy titles, given names."""

import pytest

from retrieval.gender import gender_of


@pytest.mark.parametrize(("text", "expected"), [
    ("spokeswoman", "f"),
    ("mrs Hollis", "f"),
    ("chairman", "m"),
    ("Jane", "f"),
    ("official", None),
])
def test_gender_of(text, expected):
    """Job words, titles and given names tell gender; a neutral job does not."""
    assert gender_of(text) == expected
