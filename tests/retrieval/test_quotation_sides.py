"""Which side of a sentence its quotation stands on."""

from retrieval.quotation_sides import apart_from_quotation
from retrieval.quotes import find_quotes
from retrieval.tokens import tokens_of


def apart(text: str) -> list[str]:
    tokens = tokens_of(text, 0, len(text), find_quotes(text, 0))
    stands_apart = apart_from_quotation(tokens)
    return [t.text for k, t in enumerate(tokens) if t.is_word and stands_apart(k)]


def test_an_opening_clause_without_the_quotation_stands_apart():
    assert apart("When Ed Lamb spoke, Ana Ruiz said “no.”") == ["When", "Ed", "Lamb", "spoke"]


def test_the_main_clause_stands_apart_from_a_quotation_in_the_opening_clause():
    assert apart("If Lamb says “no”, Ruiz leaves.") == ["Ruiz", "leaves"]


def test_an_aside_between_dashes_stands_apart():
    assert apart("The levy — Lamb says — is “fair.”") == ["Lamb", "says"]


def test_nothing_stands_apart_without_a_quotation_or_a_clause():
    assert apart("When Ed Lamb spoke, Ana Ruiz said no.") == []
    assert apart("Ana Ruiz said “no” to Lamb.") == []
