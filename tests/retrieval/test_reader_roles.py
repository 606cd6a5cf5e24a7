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


BODIES = """Mapleford backs river plan.

The Eastvale Water Board said on Monday that it would fund the river plan.

Eastvale Water Board spokeswoman Ana Ruiz said the money was ready. "We are glad to help," Ruiz said.

The Northern Farmers Association said prices would fall once the river was cleaned.

Former Northern Farmers Association chairman Ed Lamb said the plan came too late.

Tom Hale, who chairs the budget panel, said the plan was sound. "It pays for itself," Hale said.
"""


@pytest.fixture
def bodies(make_engine):
    return make_engine(BODIES)


@pytest.mark.parametrize("question", ["what did the Eastvale Water Board say?",
                                      "what did the water board say?"])
def test_a_body_quoted_by_name_also_answers_with_its_spokeswoman(bodies, question):
    """A body quoted itself and through "its spokeswoman" gives both, each under its own name."""
    answer = bodies.answer(question)
    assert {r.speaker.name for r in answer.results} == {"Eastvale Water Board", "Ana Ruiz"}
    assert "Ana Ruiz" in answer.message


@pytest.mark.parametrize(("question", "speaker"), [
    ("what did the NFA say?", "Northern Farmers Association"),
    ("what did the former NFA chairman say?", "Ed Lamb"),
])
def test_initials_name_the_body(bodies, question, speaker):
    """News and readers write a body by its initials: "the NFA" is the Northern Farmers Association."""
    assert bodies.answer(question).speaker.name == speaker


@pytest.mark.parametrize("question", ["what did Senator Hale say?", "what did Sen. Tom Hale say?"])
def test_a_title_the_article_never_gives_still_finds_the_name(bodies, question):
    """A reader may add a title ("Senator Hale") the article leaves out: the name still finds the person."""
    assert bodies.answer(question).speaker.name == "Tom Hale"


def test_a_title_typed_after_the_name_is_not_dropped(bodies):
    """Only titles typed before a name are dropped: "Eastvale chairman" is no one, not the water board."""
    assert bodies.speakers.find("Eastvale chairman") is None


@pytest.mark.parametrize("question", ["what did the professor say?",
                                      "what did the political science professor say?"])
def test_a_job_in_an_apposition_without_an_article_names_the_person(make_engine, question):
    """News often drops the article: "Ann Vell, political science professor at Eastvale College, said"."""
    engine = make_engine('Eastvale votes.\n\nAnn Vell, political science professor at Eastvale College in '
                         'Mapleford, described the vote as close.\n\n"It could go either way," she said.\n')
    assert engine.answer(question).speaker.name == "Ann Vell"


def test_a_body_a_person_speaks_for_after_another_job(make_engine):
    """"a grower and spokeswoman for the Eastvale Farm Coalition": the coalition is quoted through her."""
    engine = make_engine("Farm plan.\n\nAnn Vell, a grower and spokeswoman for the Eastvale Farm "
                         "Coalition, said the plan was fair.\n")
    answer = engine.answer("what did the Eastvale Farm Coalition say?")
    assert [r.speaker.name for r in answer.results] == ["Ann Vell"]
    assert engine.answer("what did the spokeswoman say?").speaker.name == "Ann Vell"


@pytest.mark.parametrize("question", ["what did the Republican nominee say?", "what did the nominee say?"])
def test_a_job_that_opens_the_persons_own_sentence_names_them(make_engine, question):
    """"The Republican presidential nominee told voters …", said by Hale: the job is his, not by his name."""
    engine = make_engine("Hale wins primary.\n\nTom Hale won the Mapleford primary on Tuesday.\n\n"
                         "The Republican presidential nominee told voters that the river would be clean.\n\n"
                         '"We will do it," Hale said.\n')
    answer = engine.answer(question)
    assert answer.intent == "speaker" and answer.speaker.name == "Tom Hale"


def test_an_abbreviated_title_before_the_name_is_a_job_readers_ask_by(make_engine):
    """"Unity Party nominee Gov. Ann Vell said": "the governor" is Vell, though her role is the nomination."""
    engine = make_engine("Vell opens her campaign.\n\nUnity Party nominee Gov. Ann Vell said the river bill "
                         "would pass.\n\n“We have the votes,” Vell said.\n")
    answer = engine.answer("what did the governor say?")
    assert answer.intent == "speaker"
    assert {r.speaker.name for r in answer.results} == {"Ann Vell"}
