"""A sentence that is only a name and its verb of saying tags the quotation after it."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    ("Tom Hale spoke first.\nAna Ruiz agreed.\n“We fixed the roads.”", [None, "Ana Ruiz", "Ana Ruiz"]),
    ("Tom Hale spoke first.\nVell College's Ana Ruiz agreed.\n“We fixed the roads.”",
     [None, "Ana Ruiz", "Ana Ruiz"]),
    # Not a name alone before the verb, or words after it: no tag.
    ("Tom Hale spoke first.\nThe board agreed.\n“We fixed the roads.”", [None, None, None]),
    # (the quotation is still hers, as the one after a sentence about her: continuations, not a tag)
    ("Tom Hale spoke first.\nAna Ruiz agreed to the deal.\n“We fixed the roads.”", [None, None, "Ana Ruiz"]),
])
def test_a_name_and_a_verb_of_saying_alone_tag_the_next_quotation(make_engine, text, speakers):
    """``Ana Ruiz agreed.`` then ``“…”``: she said it."""
    assert who(make_engine(text)) == speakers
