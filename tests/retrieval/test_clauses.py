"""The subject a participle or a second verb hangs on, past a phrase placing it."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speaker"), [
    ("One engineer at a bakery chain declined to give her name, saying she feared for her job.", "engineer"),
    ("A spokeswoman for Mayor Ed Lamb of Elmford praised the bus line and said it would open in May.",
     "spokeswoman"),
])
def test_a_phrase_placing_the_subject_runs_to_its_verb(make_engine, text, speaker):
    """``One engineer at a bakery chain | declined …, saying``: the engineer speaks."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # A dateline naming its agency, and a state after its town, open no clause of their own.
    ("Elmford (AFP) – Mayor Ana Ruiz took a swipe at the budget, saying that “nobody” read it.", "Ana Ruiz"),
    ("At a fair in Dunmore, Westland, on Sunday, Ana Ruiz opened the stalls, saying the town should grow.",
     "Ana Ruiz"),
    # "on" places people as "of" and "in" do.
    ("Farmers on Elm Street rejected the memo, arguing that it showed “bad faith.”", "farmers"),
])
def test_openings_and_places_before_the_subject(make_engine, text, speaker):
    """``Elmford (AFP) –``, ``in Dunmore, Westland,``, ``Farmers on Elm Street``: read on to the speaker."""
    assert who(make_engine(text)) == [speaker]
