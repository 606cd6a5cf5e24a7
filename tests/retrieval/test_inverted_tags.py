"""The speaker after an inverted verb of saying: ``“…,” said the clerk``, ``said a spokeswoman, Ana Ruiz``."""

import pytest

from retrieval.inverted_tags import inverted_after_quotation, inverted_speaker
from retrieval.quotes import find_quotes
from retrieval.tokens import Token, tokens_of


def _tokens(text: str) -> list[Token]:
    return tokens_of(text, 0, len(text), find_quotes(text, 0))


def _after(tokens: list[Token], verb: str) -> int:
    return next(k for k, t in enumerate(tokens) if t.low == verb) + 1


@pytest.mark.parametrize(("text", "speaker", "apposition"), [
    ("The roads will close, said Ana Ruiz on Monday.", "Ana Ruiz", ""),
    ("The roads will close, said a spokeswoman for the board, Ana Ruiz.", "Ana Ruiz",
     "a spokeswoman for the board"),
])
def test_the_speaker_follows_the_verb(text: str, speaker: str, apposition: str):
    tokens = _tokens(text)
    found = inverted_speaker(tokens, _after(tokens, "said"))
    assert found is not None
    assert " ".join(t.text for t in found[0]) == speaker
    assert " ".join(t.text for t in found[1]) == apposition


def test_a_clause_after_the_verb_is_no_speaker():
    """``said the company would …``: the company is what was said about, not who said it."""
    tokens = _tokens("Ed Lamb said the company would close the mill.")
    assert inverted_speaker(tokens, _after(tokens, "said")) is None


@pytest.mark.parametrize(("text", "inverted"), [
    ("“The mill will close,” said the night clerk.", True),
    ("“The mill will close,” says he knew it all along.", False),
])
def test_a_verb_right_after_a_quotation(text: str, inverted: bool):
    tokens = _tokens(text)
    k = next(k for k, t in enumerate(tokens) if t.low in ("said", "says"))
    assert inverted_after_quotation(tokens, k, 1) == inverted
