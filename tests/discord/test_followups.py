"""Follow-ups: "more", "what else did she say?", "and Pak?" read against the user's last answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.discord_followups import NOTHING_YET, WHO, Turn, follow_up
from retrieval import Engine


def numbers(turn: Turn) -> list[int]:
    return [r.sentence.number for r in turn.answer.results]


@pytest.mark.parametrize("text", ["more", "More please!", "show more", "next", "go on."])
def test_more_moves_to_the_next_page(seed_engine: Engine, text: str):
    """Each way of saying "more" keeps the last answer and moves one page on."""
    last = Turn(seed_engine.answer("what did Tillerson say?"), page=1)
    assert follow_up(seed_engine, text, last) == Turn(last.answer, page=2)


def test_more_without_a_last_answer_asks_for_a_question(seed_engine: Engine):
    """Saying "more" with nothing to continue explains what to ask."""
    turn = follow_up(seed_engine, "more", None)
    assert turn.answer.message == NOTHING_YET
    assert turn.answer.results == ()


def test_what_else_after_who_said_leaves_out_what_was_shown(seed_engine: Engine):
    """After "who said …?" found Pak, "what else did he say?" gives only his other quote."""
    last = follow_up(seed_engine, "who said the radar is not aimed at just us?", None)
    turn = follow_up(seed_engine, "what else did he say?", last)
    assert turn.answer.speaker.name == "Pak Myong Ho"
    assert numbers(turn) == sorted({33, 34, 35} - set(numbers(last)))
    assert turn.answer.question == "what else did he say?"


def test_what_else_after_all_their_quotes_pages_on(seed_engine: Engine):
    """After "what did Tillerson say?", "what else did he say?" is the next page."""
    last = follow_up(seed_engine, "what did Tillerson say?", None)
    assert follow_up(seed_engine, "what else did he say?", last) == Turn(last.answer, page=1)


def test_what_else_when_nothing_is_left_says_so(seed_engine: Engine):
    """When every quote was already shown, the answer says that was everything."""
    # As if "who said …?" had found Pak and shown all three of his quotes.
    last = Turn(replace(seed_engine.speaker_answer("Pak"), intent="who_said"))
    turn = follow_up(seed_engine, "what else did he say?", last)
    assert turn.answer.results == ()
    assert turn.answer.message == "That's everything Pak Myong Ho is quoted saying."


@pytest.mark.parametrize("text", ["and what did she say?", "What did they say"])
def test_pronoun_question_is_asked_about_the_last_speaker(seed_engine: Engine, text: str):
    """After a question about Hua, "what did she/they say?" answers with Hua's quotes."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    turn = follow_up(seed_engine, text, last)
    assert turn.answer.speaker.name == "Hua Chunying"
    assert sorted(numbers(turn)) == [15, 16, 17]


def test_pronoun_without_a_last_speaker_asks_who(seed_engine: Engine):
    """Asking "what did he say?" with no one to refer to asks who is meant."""
    assert follow_up(seed_engine, "what did he say?", None).answer.message == WHO


def test_and_name_switches_to_that_speaker(seed_engine: Engine):
    """After Hua, "and Pak?" answers with what Pak said, keeping the user's words as the question."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    turn = follow_up(seed_engine, "and Pak?", last)
    assert turn.answer.speaker.name == "Pak Myong Ho"
    assert sorted(numbers(turn)) == [33, 34, 35]
    assert turn.answer.question == "and Pak?"


def test_other_questions_go_to_the_engine_unchanged(seed_engine: Engine):
    """A question that is no follow-up gets exactly the engine's answer."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    question = "what about secondary sanctions?"
    assert follow_up(seed_engine, question, last) == Turn(seed_engine.answer(question))
