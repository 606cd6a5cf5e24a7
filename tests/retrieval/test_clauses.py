"""The subject a participle or a second verb hangs on, past a phrase placing it."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speaker"), [
    ("One engineer at a bakery chain declined to give her name, saying she feared for her job.", "engineer"),
    ("A spokeswoman for Mayor Ed Lamb of Elmford praised the bus line and said it would open in May.",
     "spokeswoman"),
    # "the" and one word may come before the name the preposition governs.
    ("Ana Ruiz of the tiny Vell Gazette wrote to the mayor, saying the budget was “a mess.”", "Ana Ruiz"),
])
def test_a_phrase_placing_the_subject_runs_to_its_verb(make_engine, text, speaker):
    """``One engineer at a bakery chain | declined …, saying``: the engineer speaks."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # A dateline naming its agency, and a state after its town, open no clause of their own.
    ("Elmford (AFP) – Mayor Ana Ruiz took a swipe at the budget, saying that “nobody” read it.", "Ana Ruiz"),
    ("At a fair in Dunmore, Westland, on Sunday, Ana Ruiz opened the stalls, saying the town should grow.",
     "Ana Ruiz"),
    # A state of two words after its town: "in Ely, New Vell,".
    ("At a barn dance in Ely, New Vell, Ana Ruiz waved at the fiddlers, calling them “the best in Vell.”",
     "Ana Ruiz"),
    # An aside in brackets is a sentence of its own.
    ("(Ana Ruiz rejected the claim, saying it was “false.”)", "Ana Ruiz"),
    # An adverb of place with its preposition opens a phrase: "Down at the docks,".
    ("Down at the docks, Ana Ruiz counted the boats, saying, “We lost ten.”", "Ana Ruiz"),
    # "on" places people as "of" and "in" do.
    ("Farmers on Elm Street rejected the memo, arguing that it showed “bad faith.”", "farmers"),
])
def test_openings_and_places_before_the_subject(make_engine, text, speaker):
    """``Elmford (AFP) –``, ``in Dunmore, Westland,``, ``Farmers on Elm Street``: read on to the speaker."""
    assert who(make_engine(text)) == [speaker]


def test_a_bracket_then_an_apposition_come_before_the_verb(make_engine):
    """``Ray Dunn (D), a friend of Hale, | visited``: the apposition after the bracket is no verb."""
    text = ("Mayor Tom Hale met Ed Lamb on Monday. Councilman Ray Dunn (D), a friend of Hale, visited "
            "Lamb at his farm, and he said the barns needed paint.")
    assert who(make_engine(text)) == [None, "Ray Dunn"]


def test_a_description_ending_in_a_noun_for_a_person_is_the_subject(make_engine):
    """``The cheerful plumber has kept …, saying``: no job list holds "plumber", yet a person speaks."""
    text = ("Ed Lamb fixed the pipes at the school on Monday. The cheerful plumber has kept his price "
            "quiet, saying only that it was “fair.”")
    assert who(make_engine(text)) == [None, "Ed Lamb"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The vote went so smoothly that Mr. Ed Lamb was prompted to say, “Nobody expected this.”", "Ed Lamb"),
    ("The schedule was so odd that Ana Ruiz could only quip: “Nobody will come.”", "Ana Ruiz"),
])
def test_the_speaker_of_a_clause_of_result(make_engine, text, speaker):
    """``… went so smoothly that | Lamb was prompted to say``: the subject follows ``so … that``."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lamb pressed county treasurer Ana Ruiz on the budget, insisting that it be “out by May.”", "Lamb"),
    ("Lamb thanked party leader Ana Ruiz for her help, adding that she had been “a rock.”", "Lamb"),
])
def test_the_subject_ends_at_its_verb_before_a_named_object(make_engine, text, speaker):
    """``Lamb pressed county treasurer Ana Ruiz …, insisting``: Lamb insists, not the treasurer."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("About 300 growers met at the hall, chanting “Save the river.”", "About 300 growers"),
    ("Nearly 40 nurses lined the road, holding signs and shouting “Fair pay.”", "Nearly 40 nurses"),
    ("More than 50 tenants filled the room, saying rents were “out of reach.”", "More than 50 tenants"),
    # A count of years is a time, not people: the clause's subject follows it.
    ("About 20 years ago, Ana Ruiz opened the shop, saying it would “last forever.”", "Ana Ruiz"),
])
def test_a_count_of_people_is_the_subject(make_engine, text, speaker):
    """``About 300 growers met …, chanting``: the count speaks, neither ``About`` nor no one."""
    assert who(make_engine(text)) == [speaker]
