"""Chat marks set aside before a question is read."""

import pytest

from retrieval.chat_text import clean_question


@pytest.mark.parametrize(("typed", "read"), [
    ("**what did Hua say?**", "what did Hua say"),
    ("<@123456> what did Hua say?", "what did Hua say"),
    ("and Pak? @bob", "and Pak"),
    ("what did Hua say? cc @ed", "what did Hua say"),  # copying someone in asks nothing
    ("what did Hua say? CC: @ed <@U123>", "what did Hua say"),
    ("> what did Pak say", "what did Pak say"),
    ("\x1b[31mwhat did Hua say?\x1b[0m", "what did Hua say"),
    ("🙂 what did Hua say? :thumbsup:", "what did Hua say"),
    ("what did “Hua” say?", 'what did "Hua" say'),
    ("write to ann@example.com?", "write to ann@example.com"),
])
def test_chat_marks_are_set_aside(typed, read):
    """Markdown, mentions, quote marks, terminal codes and emoji go; an e-mail address stays."""
    assert clean_question(typed) == read


def test_full_width_letters_read_as_plain_ones():
    """Full-width letters from an input method ("Ｈｕａ") are the question typed plainly."""
    assert clean_question("ｗｈａｔ ｄｉｄ Ｈｕａ ｓａｙ？") == "what did Hua say"
