"""The kind of answer a search question asks for, and money for "how much profit …?"."""

import pytest

from retrieval.answer_types import asked


@pytest.mark.parametrize(("question", "kind"), [
    ("How many missiles were launched?", "figure"),
    ("how old was she?", "figure"),
    ("What percentage voted yes?", "figure"),
    ("When did the bridge open?", "time"),
    ("In what year did the bridge open?", "time"),
    ("How often do trains run?", "frequency"),
    ("Who built the bridge?", "name"),
    ("Where was it built?", "name"),
    ("Why did it close?", "reason"),
    ("What did the council decide?", "thing"),
    ("Did the council agree?", None),
])
def test_answer_type_from_the_question_opening(question, kind):
    """The question's opening says what kind of thing its answer holds."""
    assert asked(question)[0] == kind


@pytest.mark.parametrize(("question", "noun"), [
    ("Which museum lent the paintings?", ("thing", "museum")),
    ("In what kind of court was the case heard?", ("thing", "court")),
    ("What parties won seats?", ("thing", "parti")),
    ("What did the council decide?", ("thing", None)),
    ("What year did the bridge open?", ("time", None)),
    ("Who built the bridge?", ("name", None)),
])
def test_a_thing_asked_for_comes_with_the_noun_after_what_or_which(question, noun):
    """The noun after "what"/"which" ("kind of" passed over) says what kind of thing is asked for."""
    assert asked(question) == noun


@pytest.mark.parametrize(("question", "kind"), [
    ("how much profit did Kestrel make?", "money"),
    ("How much in revenue did the club earn?", "money"),
])
def test_how_much_profit_asks_an_amount_of_money(question, kind):
    """"How much profit …?" wants an amount of money anywhere in the sentence, as "what did it cost?" does."""
    assert asked(question)[0] == kind


def test_how_much_profit_finds_the_sentence_with_the_amount_over_a_headline(make_engine):
    """A headline, "profit falls", gives no amount: the sentence saying "240 million dollars" comes first."""
    engine = make_engine("Kestrel Foods profit falls as milk prices bite\n\n"
                         "VELL CITY, Feb 20 - Kestrel Foods said on Thursday its annual profit fell 18 "
                         "percent to 240 million dollars, as higher milk prices and a weak winter hurt "
                         "sales.\n\n"
                         "Kestrel said it expected profit to recover next year.\n\n"
                         "Chief executive Dana Whit said two factories would close.\n")
    assert engine.answer("how much profit did kestrel make").results[0].sentence.number == 2
