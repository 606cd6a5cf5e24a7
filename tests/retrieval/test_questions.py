"""Reading a question: the cheap gates in front of the patterns never change how one is read."""

from __future__ import annotations

import json

import pytest

from retrieval import article_questions, questions
from retrieval.questions import ParsedQuestion, parse_question
from tests.conftest import DATA

ABOUT = ["who wrote it?", "Who is the author", "which news agency?", "who published the story",
         "where was it filed?", "where did the article come from", "what is the dateline?",
         "where did this happen",
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
            "how much aid?", "what does Hale think of the dam?", "how did Ruiz feel?", "whats the main point",
            "what does the article say about the dam?", "give me all quotes", "how old is Hale?",
            "who is quoted the most?", "did Hale mention the roads?", "has Ruiz discussed the levy",
            "did Hale mention that the roads come first?", "what did the new survey show about the levy?",
            "what did the police find?"]


@pytest.mark.parametrize("question", _asked())
def test_the_gates_read_every_question_as_the_patterns_alone_would(question, monkeypatch):
    gated = parse_question(question)
    for gate in ("_STANCE_WORDS", "_SPEAKERS_WORDS", "_VIEW_WORDS", "_AGE_WORDS", "_MENTIONED_WORDS",
                 "_FINDINGS_WORDS"):
        monkeypatch.setattr(questions, gate, ("",))  # "" is in every question: always tried
    for gate in ("_ABOUT_WORDS", "_SUMMARY_WORDS", "_SAYS_WORDS", "_QUOTES_WORDS"):
        monkeypatch.setattr(article_questions, gate, ("",))
    monkeypatch.setattr(questions, "_WHO_OPENINGS", ("",))
    monkeypatch.setattr(questions, "_CLAIM_OPENINGS", ("",))
    assert parse_question(question) == gated


@pytest.mark.parametrize(("question", "who", "topic"), [
    # Ways of making something known ...
    ("what did Tom Hale report?", "Tom Hale", ""),
    ("what did the mayor announce about the dam?", "the mayor", "the dam"),
    ("What did Ana Ruiz tweet", "Ana Ruiz", ""),
    ("what did Ruiz write to the board?", "Ruiz", "the board"),
    ("what did Ed Lamb testify?", "Ed Lamb", ""),
    ("what did the sheriff warn?", "the sheriff", ""),
    ("what did Lamb ask?", "Lamb", ""),
    ("what has Ana Ruiz posted about the vote?", "Ana Ruiz", "the vote"),
    # ... and views asked, with their topic.
    ("what does Hale think of the dam?", "Hale", "the dam"),
    ("How does Ana Ruiz feel about the new clinic", "Ana Ruiz", "the new clinic"),
    ("what did the board think about the vote?", "the board", "the vote"),
    ("what is Ruiz's view on the levy?", "Ruiz", "the levy"),
    ("what's Lamb's take on the budget", "Lamb", "the budget"),
    ("Hale's opinion of the mayor", "Hale", "the mayor"),
    ("what is Ruiz's attitude toward the levy", "Ruiz", "the levy"),
    ("what does Hale think?", "Hale", ""),
    ("where does Hale stand on the levy?", "Hale", "the levy"),
    ("where does the Vell County board stand", "the Vell County board", ""),
    ("What was the reaction of the Vell County board to the vote", "the Vell County board", "the vote"),
    ("the position of Ana Ruiz on roads", "Ana Ruiz", "roads"),
    ("what were the comments from Lamb", "Lamb", ""),
])
def test_what_someone_made_known_or_thinks_is_a_speaker_question(question, who, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.who, parsed.topic) == ("speaker", who, topic)


def test_what_someone_thinks_should_happen_stays_a_search_of_their_view():
    """No "of"/"about" after "think": the rest of the question is the search, their words first."""
    parsed = parse_question("what does Hale think the board should do?")
    assert (parsed.intent, parsed.who) == ("search", "Hale")


@pytest.mark.parametrize("question", ["What was later found written by Tom Hale?",
                                      "Which law mentioned was passed in 1990?"])
def test_a_passive_verb_of_making_known_asks_no_speaker(question):
    """"was written by", "which law mentioned": facts about a thing, searched, never a speaker lookup."""
    assert parse_question(question).intent == "search"


@pytest.mark.parametrize(("question", "who"), [
    ("what did the AG say?", "the attorney general"),
    ("what does the D.A. think of the deal?", "the district attorney"),
    ("what did Ag Lamb say?", "Ag Lamb"),
])
def test_a_job_typed_by_its_initials_is_spelt_out(question, who):
    """"the AG" asks for the attorney general; a name that only looks like initials stays."""
    assert parse_question(question).who == who


@pytest.mark.parametrize("question", ["what did @everyone say?", "what did @here say", "who is <@!42>?",
                                      "what did <@123456> say?", "what did <@U1AB|ann> say?",
                                      "what did <!here> say", "@everyone", "<@123456>", "and @channel?"])
def test_a_chat_mention_asked_about_is_read_as_one(question):
    """A mention where the question's person goes, or alone, asks about a chat user."""
    assert parse_question(question).intent == "mention"


@pytest.mark.parametrize("question", ["@everyone what did Hua say?", "<!here> what did Hua say",
                                      "<@123456>: what did Hua say?", "what did Hua say? @here",
                                      "what did @Hua say?", "what did Hua say? @bob",
                                      "what did Hua say?@ann.lee"])
def test_a_mention_addressing_the_message_leaves_the_question(question):
    """Before the question or after its "?", a mention addresses it; "@Hua" typed is the name."""
    parsed = parse_question(question)
    assert (parsed.intent, parsed.who, parsed.text) == ("speaker", "Hua", "what did Hua say")


@pytest.mark.parametrize(("question", "intent", "who", "topic"), [
    ("whats Hale's take on the dam", "speaker", "Hale", "the dam"),  # "whats" typed for "what's"
    ("who's Ana Ruiz", "identity", "Ana Ruiz", ""),
    ("whos Lamb", "identity", "Lamb", ""),
    ("who's been quoted", "speakers", None, ""),
    ("who else is quoted", "speakers", None, ""),
    ("whats this about", "summary", None, ""),
    ("whats the story", "summary", None, ""),
    ("what's going on?", "summary", None, ""),
    ("what is happening", "summary", None, ""),
    ("what is the story of the dam", "search", None, "what is the story of the dam"),
    ("what does the article say about the levy?", "search", None, "the levy"),  # the article says, no one
    ("does it mention Ruiz", "search", None, "Ruiz"),
    ("tell me what the story says about roads", "search", None, "roads"),
    ("what is the article saying", "summary", None, ""),
    ("whats the main point", "summary", None, ""),
    ("who is this story about", "speakers", None, ""),
    ("who else spoke", "speakers", None, ""),
    ("who is quoted the most?", "about", None, "most"),
    ("is there a quote from Ruiz", "speaker", "Ruiz", ""),
    ("any comments from Hale on the levy", "speaker", "Hale", "the levy"),
    ("give me all quotes", "quotes", None, ""),
    ("list the quotes", "quotes", None, ""),
    ("give me all quotes from Ruiz", "speaker", "Ruiz", ""),
    ("what did Hale warn about?", "speaker", "Hale", ""),  # a preposition left bare: any topic
    ("what was Ruiz talking about", "speaker", "Ruiz", ""),
    ("what did Lamb complain about the levy", "speaker", "Lamb", "the levy"),
    ("who spoke first", "speakers", None, ""),
    ("what is it about", "summary", None, ""),
    ("tell me about the article", "summary", None, ""),
    ("what are the main points", "summary", None, ""),
    ("can you tell me what the story is about", "summary", None, ""),
    ("show me what Ruiz said", "speaker", "Ruiz", ""),
    ("I want to know who wrote this", "about", None, "writer"),
    ("please tell me who is quoted", "speakers", None, ""),
    ("hi, what did Ruiz say?", "speaker", "Ruiz", ""),  # a greeting before the question
    ("hey did anyone mention the levy", "who_said", None, "the levy"),
    ("hello there", "chat", None, "greeting"),
    ("thank you!", "chat", None, "thanks"),
    ("what can you do?", "chat", None, "self"),
    ("tell me about Ed Lamb", "profile", "Ed Lamb", ""),
    ("info on Ruiz", "profile", "Ruiz", ""),
    ("Hale quotes", "speaker", "Hale", ""),
    ("hales comments on the dam", "speaker", "hale", "the dam"),
    ("give me Ruiz's quotes", "speaker", "Ruiz", ""),
    ("anything from Lamb?", "speaker", "Lamb", ""),
    ("is Ana Ruiz quoted?", "speaker", "Ana Ruiz", ""),
    ("has Hale been quoted on the levy", "speaker", "Hale", "the levy"),
    ("did anyone mention the levy", "who_said", None, "the levy"),
    ("has anybody said anything about roads?", "who_said", None, "roads"),
    ("did someone say the dam will fail", "who_said", None, "the dam will fail"),
    ("how many times is Hale quoted", "count", "Hale", ""),
    ("how many quotes does Ana Ruiz have", "count", "Ana Ruiz", ""),
    ("How many times has the club won the cup?", "search", None, "How many times has the club won the cup"),
    ("help me", "chat", None, "self"),
    ("how old is Tom Hale?", "age", "Tom Hale", ""),
    ("whats ruiz's age", "age", "ruiz", ""),
    ("what is the age of the captain", "age", "the captain", ""),
    ("what age is Lamb", "age", "Lamb", ""),
    ("what is Hale's position?", "identity", "Hale", "position"),  # a job, or where he stands
    ("what was Hale's position before", "identity", "Hale", ""),  # a job only
    ("waht did Hale siad abotu the dam", "speaker", "Hale", "the dam"),  # slips on the question's words
    ("hales job", "identity", "hale", ""),  # typed bare, without "what is"
    ("Ana Ruiz's role", "identity", "Ana Ruiz", ""),
    ("his job", "search", None, "his job"),
])
def test_questions_as_typed_in_chat(question, intent, who, topic):
    """Contractions without apostrophes, polite openings, bare possessives and "anyone" are read."""
    parsed = parse_question(question)
    assert (parsed.intent, parsed.who, parsed.topic) == (intent, who, topic)


@pytest.mark.parametrize("question", ["what are his thoughts", "how long does it take",
                                      "why did the board vote on the levy", "Based on the map, where is it?"])
def test_phrasings_that_name_no_one_stay_searches(question):
    """A pronoun or a clause before the noun is no speaker, and a clause before a question no view."""
    parsed = parse_question(question)
    assert parsed.intent == "search" and parsed.who is None


def test_someone_on_a_topic_is_a_search_of_their_words():
    """"Hale on the dam": a search with Hale's words first, as "what does Hale want?" is."""
    parsed = parse_question("Hale on the dam")
    assert (parsed.intent, parsed.who, parsed.topic) == ("search", "Hale", "Hale on the dam")


@pytest.mark.parametrize(("question", "who", "topic"), [
    ("did Hale mention the roads?", "Hale", "the roads"),
    ("has Ana Ruiz discussed the levy", "Ana Ruiz", "the levy"),
    ("did the board ever bring up the cost", "the board", "the cost")])
def test_did_someone_mention_a_thing_asks_what_they_said_on_it(question, who, topic):
    """These verbs take a topic, never a claim: the speaker's words on it, or a plain "nothing about"."""
    assert parse_question(question) == ParsedQuestion("speaker", question.rstrip("?"), who=who, topic=topic)


@pytest.mark.parametrize("question", ["did Hale mention that the roads come first?",
                                      "did the board raise taxes?", "what did the police find?"])
def test_a_claim_or_a_deed_after_did_stays_a_search(question):
    """A claim, a deed, what someone found: searches (only a document's findings are its words)."""
    assert parse_question(question).intent == "search"


def test_a_documents_findings_are_what_it_says():
    assert parse_question("what did the new survey show about the levy?") == ParsedQuestion(
        "speaker", "what did the new survey show about the levy", who="the new survey", topic="the levy")


@pytest.mark.parametrize(("question", "who"), [("whats the mayors take on parking", "the mayor"),
                                               ("what is ruizs view on the dam?", "ruiz")])
def test_a_view_whose_possessive_lacks_its_apostrophe_is_a_speaker_question(question, who):
    """Chat drops the apostrophe: "the mayors take on parking" is the mayor's, on parking."""
    parsed = parse_question(question)
    assert (parsed.intent, parsed.who) == ("speaker", who) and parsed.topic in ("parking", "the dam")
