"""Which lower-case and small words join a speaker phrase on their way to a job or a name."""

import pytest

from retrieval.modifiers import given_small_word, job_ahead, leads_to_name, name_particle
from retrieval.quotes import find_quotes
from retrieval.tokens import Token, tokens_of


def _tokens(text: str) -> list[Token]:
    return tokens_of(text, 0, len(text), find_quotes(text, 0))


def _at(tokens: list[Token], word: str) -> int:
    return next(n for n, t in enumerate(tokens) if t.text == word)


@pytest.mark.parametrize(("text", "word", "joins"), [
    ("The former senior state tax official said so.", "senior", True),
    ("Ed Lamb urged the county to act.", "urged", False),
])
def test_a_modifier_leads_to_a_job_or_a_name_within_four_words(text: str, word: str, joins: bool):
    tokens = _tokens(text)
    assert leads_to_name(tokens, _at(tokens, word)) is joins


@pytest.mark.parametrize(("text", "word", "joins"), [
    ("The FBI forensic official Ana Ruiz said so.", "forensic", True),
    ("The FBI forensic official said so.", "forensic", True),
    ("Ed Lamb urged farmers to leave.", "urged", False),
])
def test_a_job_ahead_ends_the_phrase_or_comes_before_a_name(text: str, word: str, joins: bool):
    tokens = _tokens(text)
    assert job_ahead(tokens, _at(tokens, word)) is joins


def test_a_particle_joins_only_between_parts_of_one_name():
    tokens = _tokens("said Tom de Hale, and the van left")
    assert name_particle(tokens, _at(tokens, "de"))
    assert not name_particle(tokens, _at(tokens, "van"))


def test_a_small_capitalised_word_before_one_more_capital_is_a_given_name():
    tokens = _tokens("“We are ready,” said Will Hale, the clerk.")
    assert given_small_word(tokens, _at(tokens, "Will"))
    assert not given_small_word(_tokens("Will Hale and Ana Ruiz agree?"), 0)
