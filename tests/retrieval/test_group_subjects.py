"""A group named with its place or side speaks: ``Farmers on both banks say …``."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    ("Growers on both banks warn that the dam will fail.", ["Growers on both banks"]),
    ("Majorities in all four wards say they want the new bridge.", ["Majorities in all four wards"]),
    ("Most of them argued the old mill should stay open.", ["Most of them"]),
    ("Many in the hall said the mayor had let them down.", ["Many in the hall"]),
    # A relative's pronoun names people given before: no new group speaks for the sentence.
    ("Tom Hale met the riders, several of whom argue the route is unsafe.", [None]),
    # A plan is no group of people, whatever words follow it.
    ("The plan to help farmers in the county says little about water.", [None]),
])
def test_a_group_with_its_place_speaks(make_engine, text, speakers):
    """``Majorities in all four wards say``: the group speaks, not a tag naming no one."""
    assert who(make_engine(text)) == speakers
