"""Speaker questions as new readers ask them on news: claims, initials, owners and titles."""

import pytest

from retrieval.questions import parse_question

# Invented: every name and place here is made up.
CLAIM = """Vell County votes on the dam.

Tom Hale said the board should talk about the dam before it votes on taxes.

"We owe the valley a debate," Hale said.

Ana Ruiz said the vote should go ahead.
"""


@pytest.mark.parametrize("question", ["did Hale say the board should talk about the dam?",
                                      "did Tom Hale say the board should comment on taxes?"])
def test_did_someone_say_a_claim_asks_their_words(make_engine, question):
    """"Did Hale say the board should talk about …?" asks Hale's words, not a speaker "Hale say the board"."""
    parsed = parse_question(question)
    assert parsed.intent == "search" and parsed.who in ("Hale", "Tom Hale")
    first = make_engine(CLAIM).answer(question).results[0]
    assert first.speaker.name == "Tom Hale"


def test_a_full_name_finds_the_speaker_registered_with_a_courtesy_title(make_engine):
    """Named "Ed King" once and quoted as "Mr. King" after: "what did Ed King say?" gives his words.

    (A surname that is also a title word is registered as "Mr. King", apart from the full name.)
    """
    engine = make_engine("Radio host moves.\n\nEd King now hosts the morning show on Vell Radio.\n\n"
                         "Mr. King, 70, said the station lets him pick his guests.\n\n"
                         "\"They leave me alone,\" Mr. King said.\n")
    answer = engine.answer("what did Ed King say?")
    assert answer.speaker is not None and answer.speaker.quoted
    assert len(answer.results) == 2


INITIALS = ("Water rates fall.\n\n"
            "The Vell Water Authority announced Tuesday that it is cutting its rates.\n\n"
            "The VWA said the cut would take a year to reach homes.\n\n"
            "\"The river has been kind to us,\" VWA chief engineer Ed Lamb said.\n\n"
            "Tom Hale, executive director of the VWA, called the cut welcome.\n\n"
            "\"It is about time,\" said Hale.\n")


@pytest.mark.parametrize("question", ["what did the VWA say?", "what did the Vell Water Authority say?",
                                      "what did the authority say?"])
def test_a_body_quoted_by_name_and_by_initials_is_one_body(make_engine, question):
    """"The Vell Water Authority said" and "the VWA said" are one body, with the people whose job is its."""
    answer = make_engine(INITIALS).answer(question)
    assert {r.speaker.name for r in answer.results} == {"Vell Water Authority", "VWA", "Ed Lamb", "Tom Hale"}


def test_one_capitalised_word_before_a_job_is_not_a_body_of_that_name(make_engine):
    """"Hale campaign spokesman Ed Lamb" speaks for the Hale campaign; Hale himself is someone else."""
    engine = make_engine("Hale speaks.\n\n\"We will win,\" Tom Hale said.\n\n"
                         "Hale campaign spokesman Ed Lamb said the polls were wrong.\n")
    assert {r.speaker.name for r in engine.answer("what did Hale say?").results} == {"Tom Hale"}
