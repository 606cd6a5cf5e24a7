"""The kind of answer a search question asks for."""

import pytest

from retrieval.answer_types import answer_type


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
    assert answer_type(question) == kind
