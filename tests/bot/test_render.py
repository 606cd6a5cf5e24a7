"""Rendering shared by every front end."""

from __future__ import annotations

from bot.render import answer_json, answer_text, attribution_line


def test_an_unsure_quote_says_the_article_is_not_clear(make_engine):
    """A quote with no resolvable speaker is rendered honestly, never with a guessed name."""
    engine = make_engine("Prices rose again in May. “We cannot go on like this,” he said.")
    assert attribution_line(engine.attributions[1]) == "— the article doesn't say clearly who said this (§2)"
    assert attribution_line(engine.attributions[0]) == "(§1)"


def test_a_named_quote_shows_the_speaker_and_section(make_engine):
    engine = make_engine("“We will win,” Mayor Ann Lee said.")
    answer = engine.answer("what did Lee say?")
    assert "— Ann Lee, Mayor (§1)" in answer_text(answer, engine)


def test_json_marks_closest_sentences(seed_engine):
    """`ask --json` says when its results only come closest, and scores them 0."""
    data = answer_json(seed_engine.answer("what is the weather in Tokyo?"))
    assert data["closest"] is True and data["message"].startswith("The article doesn't say")
    assert all(r["score"] == 0 for r in data["results"])
    assert answer_json(seed_engine.answer("what did Hua say?"))["closest"] is False
