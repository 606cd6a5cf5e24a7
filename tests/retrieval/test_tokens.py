"""Tokens: what each is worked out to be from its spelling."""

from __future__ import annotations

from retrieval.tokens import QUOTE, Token, tokens_of


def test_a_plain_word_is_its_own_lower_case():
    word = Token("harbour", 0, 7)
    assert (word.low, word.is_word, word.is_quote, word.capitalized, word.possessive) == (
        "harbour", True, False, False, False)


def test_a_capitalised_or_owned_word_is_read_as_the_plain_one():
    assert Token("Hale", 0, 4).low == Token("Hale’s", 0, 6).low == Token("hale", 0, 4).low == "hale"
    assert Token("Hale", 0, 4).capitalized and not Token("Hale", 0, 4).possessive
    assert Token("Hale’s", 0, 6).possessive


def test_a_quoted_stretch_is_no_word():
    quote = Token(QUOTE, 0, 9)
    assert quote.is_quote and not quote.is_word


def test_abbreviations_keep_their_letters():
    assert [t.low for t in tokens_of("Mr. Hale met U.S. officials.", 0, 28, [])] == [
        "mr", "hale", "met", "u.s", "officials", ""]
