"""Speaker questions by names the article writes apart, and names that are no one's job."""

import pytest

# Invented: every name and place here is made up.
HEADLINE = """Ana Ruiz Goes After Tom Hale Over The Dam.

VELLTON ― The county race turned sharp on Monday night.

"He has never built anything in this valley," Ruiz said.

"Tom Hale wants the dam for his friends and their farms," Ruiz said.

The board will vote on the dam next week.
"""

TRANSCRIPT = """Hale talks dam on the radio.

Vell County judge Tom Hale spoke on the radio on Sunday.

"LAMB: Will the board vote this week?

"HALE: Well, look, Ed, the board votes when the board is ready.

"LAMB: And the farmers?

"HALE: The farmers will get their water.
"""

INTERVIEW = """Retired judge backs the dam.

In an interview with Vell Today with Rusty Dunn, Hale made it clear he backs the dam.

"It was a long fight," he told the host.

"The valley needs the water," Hale said.
"""


def test_a_full_name_from_a_headline_finds_the_speaker_quoted_by_surname(make_engine):
    """Only the headline gives "Ana Ruiz" in full: her words, not those of a name after it in the headline."""
    answer = make_engine(HEADLINE).answer("what did Ana Ruiz say about the dam?")
    assert answer.speaker is not None and answer.speaker.name == "Ruiz"
    assert len(answer.results) == 2


def test_a_first_name_written_elsewhere_joins_the_surname_quoted(make_engine):
    """A transcript quotes "LAMB:" and calls him "Ed" once: "what did Ed Lamb say?" gives his lines."""
    answer = make_engine(TRANSCRIPT).answer("what did Ed Lamb say?")
    assert answer.speaker is not None and answer.speaker.name == "Lamb"


def test_a_name_next_to_a_speaker_is_not_their_job(make_engine):
    """"… with Rusty Dunn, Hale made it clear": Dunn is named, not quoted, and not a job of Hale's."""
    answer = make_engine(INTERVIEW).answer("what did Rusty Dunn say?")
    assert answer.speaker is None and not answer.results
    assert "not quoted" in (answer.message or "")

CLIENT = """Lawyer recalls her first case.

Ana Ruiz said a client once asked every question of a junior colleague.

"The client never looked at me," Ruiz said.

Tom Clint, her partner, said the firm later dropped him.
"""


def test_a_word_of_the_article_is_no_misspelt_name(make_engine):
    """"The client" is the article's word, not a misspelt "Clint"; a quote opening with it is not hers."""
    answer = make_engine(CLIENT).answer("what did the client do?")
    assert answer.intent == "search" and answer.results
    assert answer.speaker is None


@pytest.mark.parametrize("question", ["what did Clnt say?", "what did Clints say?"])
def test_a_misspelt_name_still_finds_the_speaker(make_engine, question):
    """"Clnt", "Clints" are no words of the article (though "Clints" shares a stem with "Clint")."""
    answer = make_engine(CLIENT).answer(question)
    assert answer.speaker is not None and answer.speaker.name == "Tom Clint"

REFERRED = """Hale leads in Vell County.

Tom Hale's lead grew in the polls on Monday, but the Republican nominee's plan for the dam drew fire.

"The dam will pay for itself," Hale said.

Ana Ruiz has long fought the dam. In June, the Vell senator asked the board to drop it.

"It floods three farms," Ruiz said.

Mayor Ed Lamb did not take sides. He said the vote should wait.

"The governor never called us back," Lamb said.

Ruiz now serves as the attorney general, and Deputy Attorney General Joe Dunn works beside her.
"""


@pytest.mark.parametrize(("question", "name"), [
    ("what did the Republican nominee say?", "Tom Hale"),  # named before it in its sentence
    ("what did the Vell senator say?", "Ana Ruiz"),  # named in the sentence before
    ("what did the attorney general say?", "Ana Ruiz"),  # not the Deputy Attorney General
])
def test_a_job_the_article_goes_on_with_after_a_name_finds_the_person(make_engine, question, name):
    """News names someone, then calls them by a job ("… the Republican nominee's plan"): readers ask by it."""
    answer = make_engine(REFERRED).answer(question)
    assert answer.intent == "speaker" and answer.speaker is not None and answer.speaker.name == name


NOT_REFERRED = """Dam vote waits.

Ed Lamb did not take sides. "The governor never called us back," Lamb said.

Mayor Ana Ruiz spoke next. Later the senator wrote to the board.

"We can wait," Ruiz said.

Tom Hale spoke on Vell Radio. "It was a long fight," he told the host.
"""


@pytest.mark.parametrize("question", ["what did the governor say?", "what did the senator say?",
                                      "what did the host say?"])
def test_a_job_inside_a_quote_or_another_persons_job_is_not_theirs(make_engine, question):
    """Lamb speaks of a governor; Mayor Ruiz, named before "the senator", is none; Hale tells a host."""
    answer = make_engine(NOT_REFERRED).answer(question)
    assert answer.intent != "speaker" or answer.speaker is None


def test_a_second_post_in_the_role_of_someone_asked_by_name_still_finds_them(make_engine):
    """"Vice-presidential nominee Tom Hale": a misspelt "Hail" is still him ("vice" rules out a job only)."""
    engine = make_engine('Hale on the stump.\n\nRepublican vice-presidential nominee Tom Hale spoke '
                         'in Vell.\n\n"We will win," Hale said.\n')
    assert engine.answer("what did Hail say?").speaker.name == "Tom Hale"

ENDORSES = """Old rivals again: Ana Ruiz endorses Hale, who says he is grateful.

Sen. Ana Ruiz is endorsing Tom Hale for governor.

"I will vote for Tom Hale," Ruiz wrote on Friday.

Hale said in a statement: "I am grateful for the support of Senator Ruiz."
"""


@pytest.mark.parametrize("question", ["what did Ruiz say?", "what did Ana Ruiz say?"])
def test_a_role_that_is_no_job_makes_no_one_speak_for_a_person(make_engine, question):
    """A headline may leave Hale with the "role" "Ana Ruiz endorses": he is no voice of hers."""
    answer = make_engine(ENDORSES).answer(question)
    assert answer.speaker is not None and answer.speaker.name == "Ana Ruiz"
    assert {r.speaker.name for r in answer.results} == {"Ana Ruiz"}


def test_a_body_comes_with_the_holder_of_a_capitalised_job_of_it(make_engine):
    """"Vell Hall Press Secretary Ed Lamb": the Vell Hall speaks itself and through him."""
    engine = make_engine('Road opens.\n\nThe Vell Hall said the road would open in May.\n\n'
                         '"It will open on time," Vell Hall Press Secretary Ed Lamb said.\n')
    answer = engine.answer("what did the Vell Hall say?")
    assert [r.speaker.name for r in answer.results] == ["Vell Hall", "Ed Lamb"]


def test_a_job_with_a_slash_in_it_names_the_person(make_engine):
    """"said 24/7 clinic nurse Ann Vell": "the 24/7 clinic nurse" is Vell ("24/7" is one word)."""
    engine = make_engine('Clinic hours.\n\n"The line is too long," said 24/7 clinic nurse Ann Vell.\n\n'
                         '"We need more staff," Vell said.\n')
    answer = engine.answer("what did the 24/7 clinic nurse say?")
    assert answer.speaker is not None and answer.speaker.name == "Ann Vell"


def test_a_title_with_its_own_place_before_the_name_is_their_job(make_engine):
    """"Speaker of the Assembly Ed Lamb": "the speaker" is Lamb, quoted later by surname."""
    engine = make_engine("Budget stalls.\n\nThe plan of Speaker of the Assembly Ed Lamb stalled on "
                         'Monday.\n\n"We will try again," Lamb said.\n')
    answer = engine.answer("what did the speaker say?")
    assert answer.intent == "speaker"
    assert [r.sentence.text for r in answer.results] == ['"We will try again," Lamb said.']
