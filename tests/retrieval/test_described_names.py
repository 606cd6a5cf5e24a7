"""A description in any case, then a name, right after a verb of saying: ``said party boss Ed Lamb``."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will carry the county,” said party boss Ed Lamb, though he added it was close.", "Ed Lamb"),
    ("“The bridge costs too much,” said master of ceremonies Ana Ruiz, a farmer from Kestrel.", "Ana Ruiz"),
    ("“I like the plan,” said Army 1st Lt. Tom Hale.", "Tom Hale"),
    ("“We need it now,” said Vell constituent Ben Cole when asked about the cost.", "Ben Cole"),
])
def test_a_description_in_any_case_leads_to_the_name_after_an_inverted_verb(make_engine, text, speaker):
    """``said party boss Ed Lamb``: after a verb of saying, words that are no job noun describe the name."""
    assert who(make_engine(text)) == [speaker]


def test_a_place_after_an_inverted_verb_is_not_the_speaker(make_engine):
    """``Ann Dale of Vell County`` is a name and its place, not a description leading to a name."""
    assert who(make_engine("“It will open soon,” said Ann Dale of Vell County.")) == ["Ann Dale"]
