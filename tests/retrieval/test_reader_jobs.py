"""Jobs as readers ask them of local news: a job in the plural, a title that is a job."""

import pytest

# Invented: every name and place here is made up.
COUNCIL = """Harborton council raises parking fees.

Harborton city council voted 6-3 on Monday to raise parking fees.

"The garage is falling apart," said Mayor Nia Porter.

Councillor Tom Hale said the rise would drive shoppers away.

"Main Street will pay for this," Hale said.

Councillor Ana Ruiz backed the rise.

"Families deserve a safe garage," Ruiz said.

Green leader Ed Lamb said his party would fight the fee. "We will not stop," Lamb said.

Labour leader Joe Dunn said the vote was fair.

Sergeant Ida Cole of the Harborton police said the garage had been closed twice.

Forecaster Ben Marsh said the rain would end on Tuesday.
"""


@pytest.fixture
def engine(make_engine):
    return make_engine(COUNCIL)


@pytest.mark.parametrize(("question", "speakers"), [
    ("what did the councillors say?", {"Tom Hale", "Ana Ruiz"}),
    ("what did the party leaders say?", {"Ed Lamb", "Joe Dunn"}),
])
def test_a_job_asked_in_the_plural_is_everyone_holding_it(engine, question, speakers):
    """"The councillors" are all the councillors quoted, not the one whose job is spelt nearest."""
    answer = engine.answer(question)
    assert {r.speaker.name for r in answer.results} == speakers
    assert answer.message.startswith(question.split(" did ")[1].removesuffix(" say?").capitalize() + " are")


@pytest.mark.parametrize(("question", "message"), [
    ("what did the sergeant say?", "The sergeant is Ida Cole."),
    ("what did the forecaster say?", "The forecaster is Ben Marsh."),
])
def test_a_job_written_as_a_title_before_the_name_is_their_job(engine, question, message):
    """"Sergeant Ida Cole": the sergeant is Cole (not a body "Sergeant" quoted through her, nor her name)."""
    assert engine.answer(question).message == message


def test_a_role_of_two_jobs_holds_each(make_engine):
    """"Ana Ruiz, the study's lead author and a professor of medicine": the lead author is Ruiz."""
    engine = make_engine("Walks help.\n\n\"Timing matters,\" said Ana Ruiz, the study's lead author and a "
                         "professor of medicine at Vell University.\n")
    assert engine.answer("what did the lead author say?").message == "The lead author is Ana Ruiz."


def test_a_co_author_named_after_her_colleague_is_the_co_author(make_engine):
    """"Her co-author, Dr. Tom Hale, said …": "what did the co-author say?" is Hale's words."""
    engine = make_engine("Walks help.\n\n\"Timing matters,\" said Ana Ruiz, the lead author.\n\n"
                         "Her co-author, Dr. Tom Hale, said most volunteers kept walking.\n")
    assert engine.answer("what did the co-author say?").message == "The co-author is Tom Hale."


def test_the_doctor_is_the_one_the_article_calls_dr(make_engine):
    """"Dr. Ana Ruiz" is a doctor: "what did the doctor say?" is her words, as "the governor" is "Gov. …"."""
    engine = make_engine("Walks help.\n\nA short walk after dinner helps, a study found.\n\n"
                         "\"Timing matters,\" said Dr. Ana Ruiz of Vell University.\n\n"
                         "Tom Hale, who runs a gym, said he was not surprised.\n")
    assert [r.speaker.name for r in engine.answer("what did the doctor say?").results] == ["Ana Ruiz"]
