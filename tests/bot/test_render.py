"""Rendering shared by every front end."""

from __future__ import annotations

from dataclasses import replace

from bot.render import (
    NO_MATCH,
    answer_json,
    answer_lead,
    answer_text,
    attribution_line,
    count,
    everything_shown,
    neighbourhood,
    speaker_note,
)


def test_an_unsure_quote_says_the_article_is_not_clear(make_engine):
    """A quote with no resolvable speaker is rendered honestly, never with a guessed name."""
    engine = make_engine("Prices rose again in May. “We cannot go on like this,” he said.")
    assert attribution_line(engine.attributions[1]) == "— the article doesn't say clearly who said this (§2)"
    assert attribution_line(engine.attributions[0]) == "(§1)"


def test_a_named_quote_shows_the_speaker_and_section(make_engine):
    engine = make_engine("“We will win,” Mayor Ann Lee said.")
    answer = engine.answer("what did Lee say?")
    assert "— Ann Lee, Mayor (§1)" in answer_text(answer, engine)


def test_speaker_note_says_who_or_why_no_one(seed_engine):
    """A sentence alone: its speaker and how they are quoted, or narration."""
    attributions = seed_engine.attributions
    hua = "Hua Chunying, Chinese Foreign Ministry spokeswoman (quoted directly)"
    assert speaker_note(attributions[15]) == hua
    narration = next(a for a in attributions if a.speaker is None and a.kind is None)
    assert speaker_note(narration) == "No one: the reporter's narration."


def test_answer_lead_never_says_nothing(seed_engine):
    """Results: the notice only; mentions: a heading; nothing at all: no-match and the hint."""
    assert answer_lead(seed_engine.answer("what did Hua say?"), "HINT", str.upper) == ""
    kishida = answer_lead(seed_engine.answer("what did Kishida say?"), "HINT", str.upper)
    assert kishida.endswith("\nWhere the article mentions them:") and "MENTIONED BUT NOT QUOTED" in kishida
    penguins = seed_engine.answer("penguins")
    assert answer_lead(penguins, "HINT", str) == f"{penguins.message}\nHINT"
    silent = replace(penguins, message=None)
    assert answer_lead(silent, "HINT", str) == f"{NO_MATCH}\nHINT"


def test_count_and_everything_shown():
    """Plurals, and the end-of-answer line quoting the question."""
    assert (count(1, "quote"), count(3, "quote")) == ("1 quote", "3 quotes")
    assert everything_shown("q?") == "That was everything I found for “q?”. Ask me something else!"


def test_json_marks_closest_sentences(seed_engine):
    """`ask --json` says when its results only come closest, and scores them 0."""
    data = answer_json(seed_engine.answer("what is the weather in Tokyo?"))
    assert data["closest"] is True and data["message"].startswith("The article doesn't say")
    assert all(r["score"] == 0 for r in data["results"])
    assert answer_json(seed_engine.answer("what did Hua say?"))["closest"] is False


def test_neighbourhood_is_the_sentence_and_its_neighbours(seed_engine):
    """`/sentence N` shows N between N-1 and N+1, fewer at the article's ends."""
    assert [(i, it) for i, _, it in neighbourhood(seed_engine, 16)] == [(14, False), (15, True), (16, False)]
    assert [i for i, _, _ in neighbourhood(seed_engine, 1)] == [0, 1]
    last = len(seed_engine.attributions)
    assert [i for i, _, _ in neighbourhood(seed_engine, last)] == [last - 2, last - 1]
