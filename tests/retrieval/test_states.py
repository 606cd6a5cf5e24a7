"""A state's lawmaker asked for by the party tag beside the name: "Sen. Ana Ruiz (D-Ore.)"."""

import pytest

# Invented: every name here is made up (the states are real, as party tags name them).
TAGS = """Senators split on the dam.

Sen. Ana Ruiz (D-Ore.) said the dam should wait.

"The river comes first," Ruiz said.

Tom Hale, R-Texas, a businessman, said the vote was late.

Rep. Ed Lamb (R-N.Y.) said nothing on Monday.

"We will vote soon," Lamb said.
"""


@pytest.mark.parametrize(("question", "name"), [
    ("what did the senator from Oregon say?", "Ana Ruiz"),
    ("what did the Oregon senator say?", "Ana Ruiz"),
    ("what did the New York representative say?", "Ed Lamb"),
])
def test_a_lawmaker_is_found_by_the_state_of_their_party_tag(make_engine, question, name):
    """"(D-Ore.)" is Oregon: "the senator from Oregon" is Ruiz, "the New York representative" Lamb."""
    answer = make_engine(TAGS).answer(question)
    assert answer.speaker is not None and answer.speaker.name == name


def test_a_state_tag_beside_someone_in_another_job_is_not_that_job(make_engine):
    """Hale (R-Texas) is a businessman, not "the Texas senator"."""
    answer = make_engine(TAGS).answer("what did the Texas senator say?")
    assert answer.speaker is None or answer.speaker.name != "Tom Hale"
