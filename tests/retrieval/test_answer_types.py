"""The kind of answer a search question asks for."""

import pytest

from retrieval.answer_types import asked


@pytest.mark.parametrize(("question", "kind"), [
    ("How many missiles were launched?", "figure"),
    ("how old was she?", "figure"),
    ("What percentage voted yes?", "figure"),
    ("When did the bridge open?", "time"),
    ("In what year did the bridge open?", "time"),
    ("How often do trains run?", "frequency"),
    ("Who built the bridge?", "name"),
    ("Where was it built?", "name"),
    ("Why did it close?", "reason"),
    ("What did the council decide?", "thing"),
    ("Did the council agree?", None),
])
def test_answer_type_from_the_question_opening(question, kind):
    """The question's opening says what kind of thing its answer holds."""
    assert asked(question)[0] == kind


@pytest.mark.parametrize(("question", "noun"), [
    ("Which museum lent the paintings?", ("thing", "museum")),
    ("In what kind of court was the case heard?", ("thing", "court")),
    ("What parties won seats?", ("thing", "parti")),
    ("What did the council decide?", ("thing", None)),
    ("What year did the bridge open?", ("time", None)),
    ("Who built the bridge?", ("name", None)),
])
def test_a_thing_asked_for_comes_with_the_noun_after_what_or_which(question, noun):
    """The noun after "what"/"which" ("kind of" passed over) says what kind of thing is asked for."""
    assert asked(question) == noun
