"""Whether the article answers a question: the verb of a question typed in lower case."""

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
