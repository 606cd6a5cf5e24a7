"""Irregular past forms meet their present, in the index and in questions."""

from retrieval import parse_article
from retrieval.qa import Engine
from retrieval.terms import tokenize


def test_an_irregular_past_is_indexed_as_its_present():
    """"lost" and "lose", "bought" and "buy" are one term; "found" (also "to found") stays itself."""
    assert tokenize("lost bought written") == tokenize("lose buy write")
    assert tokenize("found") != tokenize("find")


def test_a_question_in_the_present_finds_the_answer_in_the_past():
    """"How much did the club lose?" is answered by the sentence saying what it lost."""
    engine = Engine(parse_article(
        "The club appointed a new coach on Monday.\n"
        "According to its accounts, the club lost 1.2 million pounds last season.\n"
        "Fans say the club needs a new stadium.\n", source="t"))
    answer = engine.answer("how much money did the club lose?")
    assert not answer.closest and "lost 1.2 million" in answer.results[0].sentence.text

