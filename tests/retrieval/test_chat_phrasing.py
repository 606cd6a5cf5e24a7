"""Small talk, polite openings and contractions, told apart from what a question asks."""

import pytest

from retrieval.chat_phrasing import small_talk, spelt_right, without_opening


@pytest.mark.parametrize(("text", "kind"), [
    ("hello there", "greeting"),
    ("thanks a lot", "thanks"),
    ("who are you", "self"),
    ("help", "self"),
    ("help me", "self"),
    ("Can you help me", "self"),
    ("could you please help", "self"),
    ("I need help", "self"),
    ("please help me", "self"),
    ("what should I ask", "self"),
])
def test_chat_that_asks_nothing_of_the_article_is_told_apart(text, kind):
    assert small_talk(text) == kind


@pytest.mark.parametrize("text", [
    "help me understand the vote",  # a question after "help me"
    "who helped Tom Hale",
    "was the county helpful",
    "hello, what did Ana Ruiz say about the dam and the flood plan",  # longer than small talk
])
def test_a_question_is_not_small_talk(text):
    assert small_talk(text) is None


@pytest.mark.parametrize(("text", "plain"), [
    ("hi, what did Ruiz say", "what did Ruiz say"),
    ("can you tell me who wrote this", "who wrote this"),
    ("whats the dam for", "what is the dam for"),
    ("who's been quoted", "who has been quoted"),
    ("what did Ruiz say", "what did Ruiz say"),
    ("so what did Ruiz say", "what did Ruiz say"),  # a word that only leads in
    ("pls tell me what Ruiz said", "what Ruiz said"),
    ("ok, whats the story", "what is the story"),  # the opening, then the contraction
    ("ok and what about Ruiz", "and what about Ruiz"),
    ("something Ruiz said", "something Ruiz said"),  # no opening: "so" begins a word
])
def test_openings_are_dropped_and_contractions_written_out(text, plain):
    assert without_opening(text) == plain


@pytest.mark.parametrize(("text", "right"), [
    ("waht did Hale siad", "what did Hale said"),
    ("Wht did Ruiz say abotu the dam", "what did Ruiz say about the dam"),
    ("wehre is the dam", "where is the dam"),
    ("what is Wat Arun", "what is Wat Arun"),  # a name is never corrected
    ("wat did okoro say", "what did okoro say"),
    ("Wot did Hale say", "what did Hale say"),
    ("hwo said the dam leaks", "who said the dam leaks"),
    ("how meny people live there", "how many people live there"),
])
def test_slips_on_a_questions_own_words_are_spelt_right(text, right):
    assert spelt_right(text) == right


@pytest.mark.parametrize(("text", "plain"), [
    ("what did the state dept say", "what did the state department say"),
    ("what did the Vell govt say", "what did the Vell government say"),
])
def test_short_forms_of_a_bodys_words_are_spelt_out(text, plain):
    assert spelt_right(text) == plain


def test_the_state_dept_is_the_state_department(seed_engine):
    assert seed_engine.answer("what did the state dept say").results[0].speaker.name == "Mark Toner"
