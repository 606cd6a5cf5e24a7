"""Rendering shared by every front end."""

from __future__ import annotations

from bot.render import answer_text, attribution_line


def test_an_unsure_quote_says_the_article_is_not_clear(make_engine):
    """A quote with no resolvable speaker is rendered honestly, never with a guessed name."""
    engine = make_engine("Prices rose again in May. “We cannot go on like this,” he said.")
    assert attribution_line(engine.attributions[1]) == "— the article doesn't say clearly who said this (§2)"
    assert attribution_line(engine.attributions[0]) == "(§1)"


def test_a_named_quote_shows_the_speaker_and_section(make_engine):
    engine = make_engine("“We will win,” Mayor Ann Lee said.")
    answer = engine.answer("what did Lee say?")
    assert "— Ann Lee, Mayor (§1)" in answer_text(answer, engine)
