"""Verbs of saying that hang on a negation, a verb taking an infinitive, or a causative."""

import pytest

from tests.retrieval.test_attribution import kinds, who


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Hale would not say whether he planned to run for the Eastvale Water Board again.", "Tom Hale"),
    ("Ana Ruiz isn’t saying which growers she will back.", "Ana Ruiz"),
    ("Ed Lamb has never said he opposes the Vell County dam.", "Ed Lamb"),
    ("Nia Porter refused to say who had leaked the Kestrel Foods memo.", "Nia Porter"),
    ("Ana Ruiz seemed to confirm the rumours about the Harborton mill.", "Ana Ruiz"),
])
def test_a_withheld_or_attempted_answer_is_its_subject_s(make_engine, text, speaker):
    """``would not say whether …``, ``refused to say who …``: what one would not say, or tried to."""
    engine = make_engine(text)
    assert who(engine) == [speaker]
    assert kinds(engine) == ["indirect"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The recount led Eastvale Water Board chairman Tom Hale to declare the vote void.", "Tom Hale"),
    ("Nia Porter took to Twitter to say the Harborton mill would reopen.", "Nia Porter"),
    ("Growers were more likely to say the Vell County dam was unsafe.", "Growers"),
])
def test_a_causative_s_object_a_purpose_and_a_poll_s_group_speak(make_engine, text, speaker):
    """``led X to declare``: X; ``took to Twitter to say``: the clause's subject; ``more likely to say``."""
    assert who(make_engine(text)) == [speaker]

