"""Index terms: a word's term does not depend on how it is capitalised or owned."""

from __future__ import annotations

import pytest

from retrieval.terms import term_of, tokenize


@pytest.mark.parametrize(("plain", "other"), [
    ("harbours", "Harbours"), ("harbours", "harbours’"), ("levy", "LEVY."), ("japanese", "Japan"),
])
def test_a_plain_word_and_its_other_spellings_share_a_term(plain, other):
    assert term_of(plain) is not None
    assert term_of(plain) == term_of(other)


@pytest.mark.parametrize("word", ["the", "The", "and", "And"])
def test_a_stop_word_has_no_term_in_any_case(word):
    assert term_of(word) is None


def test_a_question_and_a_sentence_meet_on_their_terms():
    assert set(tokenize("What did the Vell board decide on harbour fees?")) >= set(
        tokenize("Harbour fees: the board decided."))
