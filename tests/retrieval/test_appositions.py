"""Speaker names read out of appositions, on invented sentences."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize("text", [
    "In Dayton, Ohio, after the count, Gov. Ed Lamb (R-OH), said the race was “over.”",
    "On Monday in Kestrel, Ohio, Ed Lamb, 54, a former banker, said the plan was “bad.”",
])
def test_a_state_after_a_city_is_where_not_who(make_engine, text):
    """``in Dayton, Ohio, Ed Lamb, …, said``: the city's state is no speaker, the name after it is."""
    assert who(make_engine(text)) == ["Ed Lamb"]


def test_a_name_after_a_topic_is_still_the_speaker(make_engine):
    """``Of Hale, Lamb, who …, said``: one name after "Of X," is the speaker, not a state."""
    engine = make_engine("Of Hale, Lamb, who backs Ana Ruiz, said, “He is a risk.”")
    assert who(engine) == ["Lamb"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Frank Lamb, a pollster at Kestrel College, said Ms. Ruiz and the mayor had lost “the farm vote.”",
     "Frank Lamb"),
    ("So far, Lamb, at the Kestrel Institute, said Ruiz and Hale had agreed on “a slow start.”", "Lamb"),
])
def test_a_name_with_its_apposition_speaks_what_follows_the_verb(make_engine, text, speaker):
    """``Lamb, a pollster, said Ruiz and …``: the verb is Lamb's; Ruiz is what was said, not who."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Hale and Ana Ruiz, however, said the ferry should stay.", "Ana Ruiz"),
    ("Still, Hale and Ruiz, however, said the mill would close.", "Ruiz"),
    ("Grain traders and county officials, in fact, say the harvest was late.", "county officials"),
    ("Ed Hale and Ana Ruiz, two growers from Kestrel, say the rain came too late.", "Ana Ruiz"),
])
def test_a_pair_opening_the_clause_speaks_across_commas(make_engine, text, speaker):
    """``Hale and Ruiz, however, said``: a pair opening its clause is the subject across commas."""
    assert who(make_engine(text)) == [speaker]


def test_a_pair_inside_an_apposition_leaves_the_name_before_it(make_engine):
    """``Lamb, who thanked teachers, farmers and growers, said``: the pair closes a clause about Lamb."""
    engine = make_engine("Ed Lamb, who thanked teachers, farmers and growers, said the plan was sound.")
    assert who(engine) == ["Ed Lamb"]


def test_a_clause_opened_by_after_has_its_own_subject_before_the_place(make_engine):
    """``after a farmer in Harborton, Vell County, asked``: the farmer spoke, not the county.

    "after" here opens a clause, so the phrase after it is a subject, not an object.
    """
    engine = make_engine("The vote was delayed again after a farmer in Harborton, Vell County, "
                         "asked the board whether the wells were “safe to drink.”")
    assert who(engine) == ["farmer in Harborton"]
