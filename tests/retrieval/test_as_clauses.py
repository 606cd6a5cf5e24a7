"""A quotation closing a sentence after an ``as`` clause: the clause's subject speaks."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speaker"), [
    ("As the columnist Ana Ruiz had written a few years earlier, “No county runs without its mill.”",
     "Ana Ruiz"),
    ("As the Elm Singers sang on their first record, “The river keeps its own time.”", "Elm Singers"),
    # An apposition, even one ending with a title, between the subject and its verb.
    ("As Ed Lamb, a law professor at Vell and author of “The Quiet Dam,” put it, “Farmers should sign now.”",
     "Ed Lamb"),
])
def test_the_subject_of_an_as_clause_speaks(make_engine, text, speaker):
    """``As the Elm Singers sang, “…”``: whatever the verb, the clause introduces the words."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize("text", [
    "As a result, “the deal” is off.",  # no one opens the clause
    "As Tom Hale spoke, “Shame!” rang out from the back.",  # the quotation does not close the sentence
    "As of Monday, the board has the “final word.”",
])
def test_no_speaker_without_someone_or_a_closing_quotation(make_engine, text):
    """``As a result, …``, ``As Hale spoke, “Shame!” rang out``: no tag."""
    assert who(make_engine(text)) == [None]
