"""Who-questions as readers ask them on news: a party, an owner or a body named with the job."""

import pytest

# Invented: every name and place here is made up.
ARTICLE = """Hale and Stone clash over river bill.

MAPLEFORD - Gov. Ed Lamb vetoed the river bill on Tuesday.

Republican presidential nominee Tom Hale said the veto was a mistake.

"This is a sad day for Mapleford," Hale said.

Democratic presidential nominee Mia Stone said the bill had cost too much.

"We can do better," Stone said.

Hale lawyer Joe Dunn said the campaign would appeal. "We will win in court," Dunn said.
"""


@pytest.fixture
def engine(make_engine):
    return make_engine(ARTICLE)


@pytest.mark.parametrize(("question", "speaker"), [
    ("what did the Republican nominee say?", "Tom Hale"),
    ("what did the GOP nominee say?", "Tom Hale"),
    ("what did the democratic nominee say?", "Mia Stone"),
    ("what did Hale's lawyer say?", "Joe Dunn"),
])
def test_a_job_found_by_the_words_written_before_it(engine, question, speaker):
    """A party or an owner written before a job ("Republican presidential nominee Tom Hale") tells apart."""
    assert engine.answer(question).speaker.name == speaker


@pytest.mark.parametrize("question", ["what did Mia Stone ask?", "what did Stone ask the governor?"])
def test_what_someone_asked_is_a_speaker_question(engine, question):
    """A reader asks what a questioner asked as they ask what a speaker said."""
    answer = engine.answer(question)
    assert answer.intent == "speaker" and answer.speaker.name == "Mia Stone"
