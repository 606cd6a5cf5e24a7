"""Folding "the Vell congressman" into the person its sentence names (invented articles only)."""

import pytest

from retrieval.epithets import fold_epithets
from retrieval.speakers import Speaker

ARTICLE = ("Hale urges a vote on the dam.\n\n"
           "Rep. Tom Hale wants Gov. Ann Vell to repair the dam this year, a delay the Mapleford "
           "congressman said was \"costing every town on the river.\"\n\n"
           "\"We cannot wait another year,\" Hale said on Monday.\n\n"
           "\"The dam is safe,\" Vell said after meeting the board.\n")

@pytest.mark.parametrize("question", ["what did Hale say?", "what did the Mapleford congressman say?"])
def test_an_office_held_by_a_place_is_the_person_named_beside_it(make_engine, question):
    """"the Mapleford congressman said", in a sentence naming Rep. Hale, is Hale, not Gov. Vell."""
    engine = make_engine(ARTICLE)
    answer = engine.answer(question)
    assert answer.speaker.name == "Tom Hale" and [r.sentence.number for r in answer.results] == [2, 3]
    assert [s.name for s in engine.speakers.quoted] == ["Tom Hale", "Ann Vell"]


def _speaker(name: str, role: str | None, sentences: tuple[int, ...], mentions: tuple[int, ...]) -> Speaker:
    return Speaker(name, role, (name,), sentences, mentions)


def test_two_people_the_office_could_be_stay_apart():
    """Two quoted people with no other office named beside "the Vell senator": it stays its own."""
    speakers = [_speaker("Tom Hale", None, (1,), (0,)), _speaker("Ana Ruiz", None, (2,), (0,)),
                _speaker("Vell senator", None, (0,), (0,))]
    assert fold_epithets(speakers) == speakers


def test_a_job_that_is_no_office_is_not_folded():
    """"the Vell spokesman said Hale was wrong" is someone else talking about Hale."""
    speakers = [_speaker("Tom Hale", None, (1,), (0,)), _speaker("Vell spokesman", None, (0,), (0,))]
    assert fold_epithets(speakers) == speakers


def test_an_office_quoted_after_a_sentence_naming_one_person_is_that_person():
    """"The former mayor and Vell senator said …" after a sentence naming only Ruiz is Ruiz."""
    speakers = [_speaker("Ana Ruiz", None, (1,), (1,)), _speaker("Tom Hale", None, (4,), (4,)),
                _speaker("Vell senator", None, (2,), ())]
    folded = fold_epithets(speakers)
    assert [s.name for s in folded] == ["Ana Ruiz", "Tom Hale"]
    assert folded[0].sentences == (1, 2) and "Vell senator" in folded[0].aliases


def test_an_office_from_a_place_is_the_one_holding_it_of_those_named_before():
    """A subhead "Senator from Vell says …" under a headline naming Sen. Ruiz and Hale is Ruiz."""
    speakers = [_speaker("Ana Ruiz", "Senator", (3,), (0, 3)), _speaker("Tom Hale", None, (4,), (0, 4)),
                _speaker("Senator from Vell", None, (1,), ())]
    folded = fold_epithets(speakers)
    assert [s.name for s in folded] == ["Ana Ruiz", "Tom Hale"] and folded[0].sentences == (1, 3)


def test_an_office_named_beside_no_one_and_after_two_stays_apart():
    """After a sentence naming two people, neither of them a senator, "Vell senator" stays its own."""
    speakers = [_speaker("Ana Ruiz", None, (3,), (1,)), _speaker("Tom Hale", None, (4,), (1,)),
                _speaker("Vell senator", None, (2,), ())]
    assert fold_epithets(speakers) == speakers


def test_a_two_word_name_ending_in_of_is_no_office():
    """A speaker named "mayor of" (a cut-off tag) is neither an office description nor an error."""
    speakers = [_speaker("Tom Hale", None, (1,), (0,)), _speaker("mayor of", None, (2,), ())]
    assert fold_epithets(speakers) == speakers
