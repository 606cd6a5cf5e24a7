"""The verb of saying whose speaker phrase cannot be read, and the sentences that have none."""

import pytest

from retrieval.quotes import find_quotes
from retrieval.tokens import Token, tokens_of
from retrieval.unparsed_tags import unparsed_cue


def _tokens(text: str) -> list[Token]:
    return tokens_of(text, 0, len(text), find_quotes(text, 0))


@pytest.mark.parametrize(("text", "verb"), [
    ("Those close to him say that the mill will close.", "say"),
    ("Ruiz, Lamb and other growers said their orchards were dry.", "said"),
    ("Many said, “We will not wait.”", "said"),
])
def test_the_cue_is_the_verb_of_saying(text: str, verb: str):
    tokens = _tokens(text)
    k = unparsed_cue(tokens)
    assert k is not None and tokens[k].low == verb


@pytest.mark.parametrize("text", [
    "No one said that the mill would close.",
    "Nobody says the river is clean.",
    "Hale told the board that the mill would close.",
    "The fees were said to be too high.",
])
def test_no_one_a_listener_or_a_passive_is_no_cue(text: str):
    assert unparsed_cue(_tokens(text)) is None
