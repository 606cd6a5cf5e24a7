"""Reading a question: the cheap gates in front of the patterns never change how one is read."""

from __future__ import annotations

import json

import pytest

from retrieval import questions
from retrieval.questions import parse_question
from tests.conftest import DATA

ABOUT = ["who wrote it?", "Who is the author", "which news agency?", "who published the story",
         "where was it filed?", "where did the article come from", "what is the dateline?",
         "when was the article published?", "what is the date", "what day was it written",
         "how many people are quoted?", "how long is it?", "info", "metadata", "the byline"]
WHO_SAID = ["who said the radar is not aimed at just us?", "which official said that: no deal",
            "Who talked about secondary sanctions?", "who spoke about the alliance"]
STANCE = ["what does China want North Korea to do?", "did China agree?", "is the US going to use force?",
          "does Japan disagree", "what do they hope for", "is Pak ready to talk?", "who opposes the plan?",
          "did Hale say the board should talk about the dam?", "has Ana Ruiz claimed she won?"]
SPEAKERS = ["who is quoted?", "who spoke?", "who is speaking", "list the speakers", "show all sources",
            "the people quoted"]
SUMMARY = ["summarize the article", "give me a summary", "tl;dr", "what is this story about",
           "what happened?", "the gist", "main points", "tell us the short version"]


def _asked() -> list[str]:
    found = [q["q"] for path in sorted((DATA / "questions").glob("*.json"))
             for q in json.loads(path.read_text(encoding="utf-8"))["questions"]]
    return [*found, *ABOUT, *WHO_SAID, *STANCE, *SPEAKERS, *SUMMARY, "what did Hua say about the radar?",
            "how much aid?"]


@pytest.mark.parametrize("question", _asked())
def test_the_gates_read_every_question_as_the_patterns_alone_would(question, monkeypatch):
    gated = parse_question(question)
    for gate in ("_ABOUT_WORDS", "_STANCE_WORDS", "_SPEAKERS_WORDS", "_SUMMARY_WORDS"):
        monkeypatch.setattr(questions, gate, ("",))  # "" is in every question: always tried
    monkeypatch.setattr(questions, "_WHO_OPENINGS", ("",))
    monkeypatch.setattr(questions, "_CLAIM_OPENINGS", ("",))
    assert parse_question(question) == gated
