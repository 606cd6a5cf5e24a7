"""A verb of saying after a relative clause: the phrase ``who`` follows is the speaker."""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    # The relative clause's own words (``the plan``, ``the Vell Courier``) never speak.
    ("A county official who spoke anonymously to discuss the plan said on Monday that talks were under way.",
     ["county official"]),
    ("But growers who sell at the Vell market almost universally say the fees are too high.", ["growers"]),
    ("An aide who asked not to be named said Wednesday, “The talks go on.”", ["aide"]),
    ("“We will win,” Ana Ruiz, who chairs the Vell board said in a statement.", ["Ana Ruiz"]),
    # A verb right after ``who`` is the relative clause's own: no speaker is read from it.
    ("Those who said the fees were too high split evenly between the two candidates.", [None]),
])
def test_the_head_of_a_relative_clause_speaks(make_engine, text, speakers):
    """``A county official who … the plan said``: the official, not the plan; ``those who said``: no one."""
    assert who(make_engine(text)) == speakers
