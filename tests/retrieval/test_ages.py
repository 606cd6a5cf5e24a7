"""The age an article gives a person, found beside the name or in the sentence that goes on about them."""

import pytest

from retrieval.ages import GivenAge, given_age
from retrieval.speakers import Speaker


def hale(role: str | None = "board chairman", sentences=(0,), mentions=()) -> Speaker:
    return Speaker("Tom Hale", role, (), sentences, mentions)


@pytest.mark.parametrize("text", [
    '"We cannot wait," said Tom Hale, 54, the board chairman.',
    "Hale, 54, said the vote was fair.",
    "Tom Hale (54) chairs the board.",
    "Board chairman Tom Hale, aged 54, spoke first.",
    "The 54-year-old chairman Tom Hale spoke first.",
    "Hale, a 54-year-old farmer, spoke first.",
    "Tom Hale, who is 54, spoke first.",
])
def test_an_age_beside_the_name_is_found(text):
    assert given_age(hale(), [text]) == GivenAge(54, 0)


def test_an_age_by_job_in_the_next_sentence_is_theirs():
    text = ["Tom Hale chairs the board.", "The 54-year-old chairman has farmed since 1990."]
    assert given_age(hale(), text) == GivenAge(54, 1)


@pytest.mark.parametrize("text", [
    ["Tom Hale chairs the board.", "The 30-year-old engineer has farmed since 1990."],  # another job
    ["Tom Hale, 1998, Vell."],  # a year, no age
    ["Tom Hale said the board had met 54 times."],
    ["Tom Hale hired a 30-year-old engineer."],  # someone else's age
])
def test_no_age_of_theirs_is_none(text):
    assert given_age(hale(), text) is None


def test_how_old_gives_the_sentence_with_the_age_first(make_engine):
    """The age stands apart from "old" and "age": no word is shared, yet it is the answer."""
    engine = make_engine("Vell news.\n\nThe board met on Tuesday.\n\n"
                         '"We cannot wait," said Tom Hale, 54, the board chairman.\n\n'
                         "Ed Lamb, a farmer, said the vote was rushed.\n")
    asked = ("how old is hale", "How old is Tom Hale?", "what is hale's age", "how old is the chairman")
    for question in asked:
        answer = engine.answer(question)
        assert not answer.closest and answer.results[0].sentence.number == 3, question
        assert answer.message == "The article gives Tom Hale's age as 54."


def test_an_age_not_given_is_said_plainly(make_engine):
    engine = make_engine("Vell news.\n\nTom Hale, 54, said the board met.\n\n"
                         "Ed Lamb, a farmer, said it was rushed.\n")
    answer = engine.answer("how old is Lamb?")
    assert answer.closest and answer.message.startswith("The article doesn't say how old Ed Lamb is.")
    assert answer.speaker.name == "Ed Lamb"


def test_a_things_age_is_searched(make_engine):
    engine = make_engine("Vell news.\n\nThe old dam was built in 1931, the board said.\n")
    answer = engine.answer("how old is the dam?")
    assert answer.intent == "search" and answer.results[0].sentence.number == 2


def test_an_age_in_the_job_before_the_name_is_theirs():
    """"her 12-year-old son, Ed": the job the article gives Ed holds his age."""
    ed = Speaker("Ed", "12-year-old son", (), (), (1,))
    text = ["Ana Ruiz farms near Vell.", "She shares the chores with her 12-year-old son, Ed, a pupil."]
    assert given_age(ed, text) == GivenAge(12, 1)


def test_how_old_reads_the_age_in_a_job_given_before_the_name(make_engine):
    engine = make_engine("Vell news.\n\nAna Ruiz said the farm would close.\n\n"
                         "Ruiz is teaching the trade to her 12-year-old son, Ed, a high school student.\n")
    answer = engine.answer("how old is Ed?")
    assert answer.message == "The article gives Ed's age as 12." and answer.results[0].sentence.number == 3
