"""Whether the article answers a question: the verb of a lower-case question, the measure of "how long"."""

from __future__ import annotations

import pytest

from retrieval.answerability import answerable

ROADS = ("Road news.\n\nAna Ruiz said the old road was too narrow. "
         "Ruiz said a new road would cost less. The Vell County board met on Monday.\n")


@pytest.mark.parametrize("question", ["does Ruiz favour it", "does ruiz favour it"])
def test_a_lower_case_subject_lets_its_verb_go_as_a_capitalised_one_does(make_engine, question):
    """"does ruiz favour it?": the article holds Ruiz, and may say "favour" in other words."""
    assert answerable(question, make_engine(ROADS).index)


def test_a_lower_case_subject_the_article_lacks_lets_nothing_go(make_engine):
    """"does lamb favour it?" of an article that never names Lamb is not answered."""
    assert not answerable("does lamb favour it", make_engine(ROADS).index)


TRIAL = ("Baker jailed.\n\nEd Baker was convicted of fraud after a four-week trial at Vell Crown Court. "
         "He was sentenced to six years in prison. The crowd outside was small.\n")


@pytest.mark.parametrize("question", ["how long was he sentenced to", "how big was the crowd"])
def test_the_measure_how_asks_for_need_not_be_in_the_article(make_engine, question):
    """"how long was he sentenced to?" is answered by "six years": "long" is what is asked, not the topic."""
    assert answerable(question, make_engine(TRIAL).index)



COACH = ("Eastvale win.\n\nEastvale manager Kate Moss said she had told her players to keep believing.\n\n"
         "\"We were poor in the first half, but the boys showed real character,\" Moss said.\n")


@pytest.mark.parametrize("question", ["is moss happy?", "Is Moss angry?"])
def test_how_someone_is_may_be_in_their_own_words(make_engine, question):
    """"is moss happy?" of an article quoting Moss twice: her words answer, not "the article doesn't say"."""
    answer = make_engine(COACH).answer(question)
    assert not answer.closest and answer.results[0].speaker.name == "Kate Moss"


FLOOD = ("River floods Vell County.\n\n"
         "The river peaked at 5.8 metres on Saturday, the highest level on record.\n\n"
         "No deaths have been reported, police said.\n\nAbout 150 people attended a meeting on the river.\n\n"
         "The river is expected to fall on Sunday.\n")


@pytest.mark.parametrize("question", ["how high did the river get?", "How high did the River get?"])
def test_the_verb_after_how_and_its_measure_may_be_worded_otherwise(make_engine, question):
    """"how high did the river get?": the measure comes before "did", and "get" is the article's "peaked"."""
    assert answerable(question, make_engine(FLOOD).index)


@pytest.mark.parametrize("question", ["did anyone die?", "how many people came to the meeting now?"])
def test_words_any_question_may_use_and_a_readers_word_for_the_articles(make_engine, question):
    """"anyone" and "now" need not be in the article; "came" is its "attended", "die" its "deaths"."""
    assert answerable(question, make_engine(FLOOD).index)


PLAN = ("Parking vote.\n\nTom Hale, who voted against the plan, said shoppers would leave.\n\n"
        "Ana Ruiz said the plan would pay for the garage.\n")


@pytest.mark.parametrize("question", ["who opposed the plan?", "Who opposed the plan?"])
def test_the_verb_of_a_who_question_on_what_the_article_holds_may_be_worded_otherwise(make_engine, question):
    """"who opposed the plan?" of "Hale, who voted against the plan": "opposed" is in other words."""
    assert answerable(question, make_engine(PLAN).index)

