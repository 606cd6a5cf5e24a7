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


def test_a_name_given_to_both_sexes_names_a_person_of_either(make_engine):
    """``Lindsey Hale`` may be a man: "He continued" after Hale's quote is Hale, not the man before."""
    engine = make_engine("Sen. Ed Lamb has called for a wall. “The mill must stay open,” said Lindsey Hale. "
                         "He continued, “The town depends on it.”")
    assert [a.speaker.name for a in engine.attributions[1:]] == ["Lindsey Hale", "Lindsey Hale"]
