"""A body a job names by its noun alone ("the campaign's press secretary"), asked by its full name."""

import pytest

# Invented: every name and place here is made up.
CAMPAIGNS = """Hale goes after Ruiz.

At least that is what the Hale campaign now hopes.

Ed Lamb, the campaign’s press secretary, said the plan had worked.

"We hit her where it hurts," Lamb said.

Later the Ruiz campaign answered.

"It was a cheap shot," said Joe Dunn, the campaign's spokesman.
"""


@pytest.mark.parametrize(("question", "names"), [
    ("what did the Hale campaign say?", ["Ed Lamb", "Ed Lamb"]),
    ("what did Hale's campaign say?", ["Ed Lamb", "Ed Lamb"]),
    ("what did the Ruiz campaign say?", ["Joe Dunn"]),
])
def test_the_body_named_last_before_a_job_of_its_noun_speaks_through_its_holder(make_engine, question, names):
    """"The campaign's press secretary" after "the Hale campaign" speaks for Hale's, not Ruiz's."""
    answer = make_engine(CAMPAIGNS).answer(question)
    assert [r.speaker.name for r in answer.results] == names
    assert "quoted through" in (answer.message or "")


def test_a_body_never_named_in_full_has_no_voices_by_its_noun(make_engine):
    """"The Vell campaign" is written nowhere: the campaigns' people are not its voices."""
    answer = make_engine(CAMPAIGNS).answer("what did the Vell campaign say?")
    assert not answer.results


def test_a_persons_lawyer_does_not_speak_as_them(make_engine):
    """"Ed Lamb, Hale's lawyer" speaks for Hale but is not Hale: "what did Tom Hale say?" is not him."""
    engine = make_engine("Trial opens.\n\nTom Hale went on trial on Monday.\n\n"
                         "Ed Lamb, Hale's lawyer, said the case was weak.\n")
    answer = engine.answer("what did Tom Hale say?")
    assert not answer.results and "not quoted" in (answer.message or "")
