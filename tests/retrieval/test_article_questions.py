"""Questions about the article itself: its facts, its gist, what it says on a topic, all its quotes."""

import pytest

from retrieval.article_questions import all_quotes_asked, article_fact, article_says, summary_asked


@pytest.mark.parametrize(("lowered", "fact"), [
    ("who wrote this", "writer"), ("where was it filed", "place"), ("who is quoted the most", "most"),
    ("where did this happen", "place"), ("where did it take place", "place"),
    ("where did the flood happen", None),
    ("who won the vote", None)])
def test_a_fact_of_the_article_is_named(lowered, fact):
    assert article_fact(lowered) == fact


@pytest.mark.parametrize(("lowered", "topic"), [("what does the article say about the levy", "the levy"),
                                                ("does it mention the dam", "the dam"),
                                                ("what is the story saying", None)])
def test_what_the_article_says_is_read_with_its_topic(lowered, topic):
    found = article_says(lowered)
    assert found is not None and found["topic"] == topic


@pytest.mark.parametrize(("lowered", "summary"), [
    ("whats the story", False), ("what is the story", True), ("what is the main point", True),
    ("what is the levy", False)])
def test_the_gist_is_asked_by_its_own_phrasings(lowered, summary):
    assert summary_asked(lowered) == summary


def test_every_quote_is_asked_without_a_name():
    assert all_quotes_asked("give me all quotes") and all_quotes_asked("list the quotes")
    assert not all_quotes_asked("quotes from ruiz")


def test_all_quotes_are_every_quoted_sentence_in_order(make_engine):
    engine = make_engine("Vote news.\n\nTom Hale said the vote was fair.\n\nThe board met.\n\n"
                         "Ana Ruiz said the count was late.\n")
    answer = engine.answer("give me all quotes")
    assert [r.sentence.number for r in answer.results] == [2, 4]
