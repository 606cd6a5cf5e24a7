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
