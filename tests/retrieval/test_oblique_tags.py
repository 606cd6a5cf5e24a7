"""Speech tags whose speaker is a relative's antecedent, a passive's agent, or no one named."""

import pytest

from tests.retrieval.test_attribution import kinds, who

_INTRO = "Ed Lamb is the mayor of Elmford.\n"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The dam plan drew fire from water experts who say the wall is too thin.", "water experts"),
    ("Lamb led among parents who said the schools were full.", "parents"),
    ("The levy angered farmers and shop owners who say it hurts trade.", "shop owners"),
])
def test_who_without_a_comma_reports_for_the_people_before_it(make_engine, text, speaker):
    """``experts who say …``: the relative's antecedent speaks, even after a preposition."""
    engine = make_engine(_INTRO + text)
    assert who(engine)[1] == speaker
    assert kinds(engine)[1] == "indirect"


@pytest.mark.parametrize(("text", "not_speaker"), [
    ("Lamb met the man who said goodbye.", "man"),
    # Other verbs in a relative clause describe the people: the sentence is about something else.
    ("Lamb spent the morning thanking a baker who claimed the prize.", "baker"),
    # A name after a preposition may not be the antecedent: here the clerk spoke, not the office.
    ("Ann Ruiz, a clerk at the Elm Water Office who told her team to wait, resigned.",
     "Elm Water Office"),
])
def test_who_tags_need_a_report_and_a_plain_antecedent(make_engine, text, not_speaker):
    """``the man who said goodbye`` reports nothing; ``a clerk at the X Office who told``: not X."""
    assert not_speaker not in who(make_engine(_INTRO + text))


@pytest.mark.parametrize(("text", "kind"), [
    ("One said the bridge was safe; another said it was not.", "indirect"),
    ("Many said the vote was rigged.", "indirect"),
    ("No one said the vote was rigged.", None),
    ("Most states have new speed limits.", None),
])
def test_unnamed_subjects_report_without_a_speaker(make_engine, text, kind):
    """``Many said …``, ``One said …``: speech, no one named; ``No one said``: none (shares: test_phrases)."""
    engine = make_engine(_INTRO + text)
    assert kinds(engine)[1] == kind
    assert who(engine)[1] is None


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Lamb was asked by moderator Ana Ruiz whether the tax would rise.", "Ana Ruiz", "indirect"),
    ("Lamb was asked to explain the new parking fees.", None, "indirect"),
    ("Reporters were told that the vote was off.", None, "indirect"),
    # The one asked answers in a verb of his own; told to do something, no one reports.
    ("Lamb was asked about the roads and said they were fine.", "Ed Lamb", "indirect"),
    ("Lamb was told to leave.", None, None),
    # An adverb may stand between the auxiliary and the verb; the listener never speaks.
    ("Lamb was also told that the vote was off.", None, "indirect"),
    ("Lamb was later asked by Ana Ruiz whether he would run.", "Ana Ruiz", "indirect"),
    ("Lamb was asked a question about the roads.", None, "indirect"),
    # A quotation after the passive's comma is what was asked.
    ("In an interview with the Elm Herald, Lamb was asked, “Will you run again?”",
     None, "mixed"),
    # A report's passive names its source after "by", and only there.
    ("The sale was originally reported by Elm Radio.", "Elm Radio", "indirect"),
    ("The story was reported on Monday.", None, None),
])
def test_passive_questions_report_for_their_asker(make_engine, text, speaker, kind):
    """``was asked by X whether …`` is X's question; ``was asked to …`` someone unnamed's."""
    engine = make_engine(_INTRO + text)
    assert (who(engine)[1], kinds(engine)[1]) == (speaker, kind)



@pytest.mark.parametrize(("text", "speaker"), [
    ("The closure was confirmed by the Eastvale Water Board on Monday.", "Eastvale Water Board"),
    ("The two fires were claimed by the Harborton Liberation Front.", "Harborton Liberation Front"),
    ("The letter was first reported on Friday by Ana Ruiz of the Vell Gazette.", "Ana Ruiz"),
])
def test_a_passive_of_saying_names_its_agent_after_a_short_phrase(make_engine, text, speaker):
    """``was confirmed by X``, ``was first reported on Friday by X``: the agent spoke."""
    assert who(make_engine(text)) == [speaker]

