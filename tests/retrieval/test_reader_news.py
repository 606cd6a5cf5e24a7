"""Speaker questions as new readers ask them on news: claims, initials, owners and titles."""

import pytest

from retrieval.questions import parse_question

# Invented: every name and place here is made up.
CLAIM = """Vell County votes on the dam.

Tom Hale said the board should talk about the dam before it votes on taxes.

"We owe the valley a debate," Hale said.

Ana Ruiz said the vote should go ahead.
"""


@pytest.mark.parametrize("question", ["did Hale say the board should talk about the dam?",
                                      "did Tom Hale say the board should comment on taxes?"])
def test_did_someone_say_a_claim_asks_their_words(make_engine, question):
    """"Did Hale say the board should talk about …?" asks Hale's words, not a speaker "Hale say the board"."""
    parsed = parse_question(question)
    assert parsed.intent == "search" and parsed.who in ("Hale", "Tom Hale")
    first = make_engine(CLAIM).answer(question).results[0]
    assert first.speaker.name == "Tom Hale"
