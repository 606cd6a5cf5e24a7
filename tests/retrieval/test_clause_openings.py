"""Whether what was said follows a verb: a clause, a quotation, or an object."""

import pytest

from retrieval.clause_openings import clause_follows, clause_subject_follows
from retrieval.tokens import tokens_of


def _tokens(text: str):
    return tokens_of(text, 0, len(text), [])


@pytest.mark.parametrize(("text", "follows"), [
    ("Lamb claims that the fee is fair", True),
    ("Lamb boasted Friday night that the fee is fair", True),
    ("Lamb claims the seat", False),
    ("Lamb claims", False),
    ("Lamb claims privately that the fee is fair", True),
    ("Lamb claims privately the fee", False),
])
def test_a_that_clause_follows_the_verb(text, follows):
    """After the verb (word 1): "that …", also past a day; not an object, nor nothing at all."""
    assert clause_follows(_tokens(text), 1) is follows


@pytest.mark.parametrize(("text", "follows"), [
    ("Lamb claims his farm is small", True),
    ("Lamb notes it will rain", True),
    ("Lamb insists rivals must pay", True),
    ("Lamb insists Ana Ruiz has won", True),
    ("Lamb suggests such a fee would hurt", True),
    ("Lamb suggests rivals of the fee", False),
    ("Lamb claims the seat that was empty", False),
    ("Lamb notes the date of the vote", False),
])
def test_a_clause_without_that_opens_with_its_subject(text, follows):
    """A pronoun, or a short noun phrase and a finite verb, opens a clause; an object does not."""
    assert clause_subject_follows(_tokens(text), 1) is follows
