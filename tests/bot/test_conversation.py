"""The shared conversation: "more", "what else did she say?", "and Pak?" read against the last answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.conversation import NOTHING_YET, PAGE_SIZE, WHO, Conversation, Turn, follow_up
from retrieval import Engine


def numbers(turn: Turn) -> list[int]:
    return [r.sentence.number for r in turn.answer.results]


@pytest.mark.parametrize("text", ["more", "More please!", "show more", "next", "go on.", "what else?",
                                  "anything else", "and what else", "tell me more", "what else is there"])
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
    assert follow_up(seed_engine, "what else did he say?", last) == replace(last, page=1)


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


@pytest.mark.parametrize("text", ["and Pak? @bob", "**and Pak?**", "and Pak? <@123>"])
def test_follow_ups_read_through_chat_decoration(seed_engine: Engine, text: str):
    """A follow-up addressed to someone after its "?" or in Markdown is still a follow-up."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    assert follow_up(seed_engine, text, last).answer.speaker.name == "Pak Myong Ho"
    longer = follow_up(seed_engine, "what did Tillerson say?", None)
    paged = numbers(follow_up(seed_engine, "more", longer))
    assert numbers(follow_up(seed_engine, "**more**", longer)) == paged


def test_other_questions_go_to_the_engine_unchanged(seed_engine: Engine):
    """A question that is no follow-up gets exactly the engine's answer."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    question = "what about secondary sanctions?"
    assert follow_up(seed_engine, question, last).answer == seed_engine.answer(question)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_each_key_holds_its_own_conversation(seed_engine: Engine):
    """Two users (or channels) follow up on their own last answers, not each other's."""
    talk = Conversation(seed_engine)
    talk.reply(("ann", 1), "what did Hua say?")
    talk.reply(("bob", 1), "what did Pak say?")
    assert talk.reply(("ann", 1), "what did she say?").answer.speaker.name == "Hua Chunying"
    assert talk.reply(("bob", 1), "what did he say?").answer.speaker.name == "Pak Myong Ho"
    assert talk.reply(("ann", 2), "what did she say?").answer.message == WHO


def test_more_pages_the_remembered_answer(seed_engine: Engine):
    """"more" twice moves two pages on in the same answer."""
    talk = Conversation(seed_engine)
    first = talk.reply("me", "what did Tillerson say?")
    talk.reply("me", "more")
    assert talk.reply("me", "more") == replace(first, page=2)
    assert talk.last("me") == replace(first, page=2)


def test_remember_makes_an_answer_the_one_to_follow_up(seed_engine: Engine):
    """An answer from a command (like /speaker) is what "what else did he say?" continues."""
    talk = Conversation(seed_engine)
    talk.remember("me", seed_engine.speaker_answer("Tillerson"))
    assert talk.reply("me", "what else did he say?").page == 1


def test_conversations_are_forgotten_after_ttl_and_bounded(seed_engine: Engine):
    """After ttl seconds "more" no longer continues; past maxsize the oldest are forgotten."""
    clock = Clock()
    talk = Conversation(seed_engine, ttl=60, maxsize=2, clock=clock)
    for user in ("a", "b", "c"):
        talk.reply(user, "what did Hua say?")
    assert len(talk) == 2 and talk.last("a") is None
    clock.now = 60
    assert talk.reply("b", "more").answer.message == NOTHING_YET


def test_turn_pages_results_and_counts_what_is_left(seed_engine: Engine):
    """A page holds page_size results; left() counts the rest; past the end there is nothing."""
    answer = seed_engine.answer("what did Tillerson say?")
    total = len(answer.results)
    assert total > 2 * PAGE_SIZE
    second = Turn(answer, page=1)
    assert second.results() == answer.results[PAGE_SIZE : 2 * PAGE_SIZE]
    assert second.left() == total - 2 * PAGE_SIZE
    last_page = (total - 1) // PAGE_SIZE
    assert not Turn(answer, page=last_page).past_end() and Turn(answer, page=last_page).left() == 0
    assert Turn(answer, page=last_page + 1).past_end()


def test_without_a_page_size_everything_is_on_the_first_page(seed_engine: Engine):
    """page_size None (a JSON reader) shows every result at once; "more" is past the end."""
    answer = seed_engine.answer("what did Tillerson say?")
    assert Turn(answer).results(None) == answer.results and Turn(answer).left(None) == 0
    assert Turn(answer, page=1).past_end(None)


def test_an_answer_with_no_results_is_never_past_the_end_on_its_first_page(seed_engine: Engine):
    """A notice or a "mentioned, not quoted" answer shows on page 0 even with no results."""
    assert not Turn(seed_engine.answer("what did Kishida say?")).past_end()


def test_pronoun_after_a_search_means_the_speaker_it_put_first(make_engine):
    """After a search that put Hale's words first, "what else did he say?" gives his other quotes."""
    engine = make_engine("Mapleford clinic.\n\nTom Hale, a doctor in Mapleford, said the clinic would "
                         'open in May.\n\n"It will help everyone," Hale said.\n\nThe clinic is new.\n')
    last = follow_up(engine, "when will the clinic open?", None)
    assert last.answer.intent == "search" and last.answer.results[0].speaker.name == "Tom Hale"
    turn = follow_up(engine, "what else did he say?", last)
    assert [r.sentence.text for r in turn.answer.results] == ['"It will help everyone," Hale said.']


@pytest.mark.parametrize("between", ["what did Ruiz say?", "what did the Vell County board say?"])
def test_pronoun_after_a_not_quoted_answer_means_the_speaker_before(make_engine, between: str):
    """Hale, then someone not quoted: "what else did he say?" still means Hale, not "who do you mean?"."""
    engine = make_engine("Dam vote.\n\nTom Hale said the dam was safe. Ana Ruiz of the Vell County board "
                         'was at the meeting.\n\n"It will hold," Hale said.\n')
    last = follow_up(engine, "who said it will hold?", None)
    last = follow_up(engine, between, last)
    assert not last.answer.results
    turn = follow_up(engine, "what else did he say?", last)
    assert turn.answer.speaker.name == "Tom Hale"
    assert "Tom Hale said the dam was safe." in [r.sentence.text for r in turn.answer.results]


CLINIC = ("Town news.\n\nTom Hale said the clinic would open in May. "
          "“The clinic is a gift to the town,” Hale said. "
          "Ana Ruiz said the clinic budget was too small. "
          "“We will pay for the roads first,” Ruiz said. "
          "The Vell County board met on Monday.\n")


def speakers_of(turn: Turn) -> set[str]:
    return {r.speaker.name for r in turn.results() if r.speaker is not None}


def test_pronoun_after_a_search_with_two_speakers_asks_which(make_engine):
    """The search showed Hale's and Ruiz's words: "they" could be either, so the reply names both."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what about the clinic?", None)
    assert speakers_of(last) == {"Tom Hale", "Ana Ruiz"}
    turn = follow_up(engine, "what else did they say?", last)
    assert turn.answer.results == ()
    assert "Tom Hale" in turn.answer.message and "Ana Ruiz" in turn.answer.message


@pytest.mark.parametrize(("text", "name"), [("what else did she say?", "Ana Ruiz"),
                                            ("what else did he say?", "Tom Hale"),
                                            ("what did the woman say?", "Ana Ruiz"),
                                            ("what did the man say?", "Tom Hale")])
def test_he_or_she_after_a_search_means_the_one_of_that_gender(make_engine, text: str, name: str):
    """Among the speakers a search showed, "she" or "the woman" is the only woman, "he" the only man."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what about the clinic?", None)
    turn = follow_up(engine, text, last)
    assert turn.answer.speaker.name == name
    assert speakers_of(turn) <= {name}


def test_about_it_means_the_topic_of_the_last_search(make_engine):
    """"what did she say about it?" after a search on roads: her sentence on roads first."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "who will pay for the roads?", None)
    turn = follow_up(engine, "what did she say about it?", last)
    assert turn.answer.speaker.name == "Ana Ruiz"
    assert turn.answer.results[0].sentence.text == "“We will pay for the roads first,” Ruiz said."


def test_the_man_after_a_woman_is_not_her(make_engine):
    """After Ruiz, "the man" is asked of the article itself, which quotes one man: Hale."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what did Ruiz say?", None)
    assert follow_up(engine, "what did the man say?", last).answer.speaker.name == "Tom Hale"


def test_she_never_means_a_man_shown_alone(make_engine):
    """A search that showed only Hale's words: "she" means no one, so the reply asks who."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "when will it open in May?", None)
    assert speakers_of(last) == {"Tom Hale"}
    assert follow_up(engine, "what else did she say?", last).answer.message == WHO


def test_they_after_a_bodys_voices_is_the_body(make_engine):
    """After "what did the Vell County board say?" (two voices), "they … about roads" asks the board."""
    engine = make_engine("Board news.\n\nVell County board spokeswoman Ana Ruiz said the clinic would open. "
                         "Vell County board chairman Tom Hale said the roads come first. "
                         "Ed Lamb said the roads were fine.\n")
    last = follow_up(engine, "what did the Vell County board say?", None)
    assert last.answer.speaker is None and speakers_of(last) == {"Ana Ruiz", "Tom Hale"}
    turn = follow_up(engine, "what did they say about the roads?", last)
    assert numbers(turn)[0] == 3 and speakers_of(turn) == {"Ana Ruiz", "Tom Hale"}


def test_the_man_after_her_answer_is_the_man_shown_the_turn_before(make_engine):
    """A search showed Hale and Ruiz, "she" was Ruiz: "the man" is then Hale, not every man quoted."""
    engine = make_engine(CLINIC.replace("The Vell County board met", "Ed Lamb said the board met"))
    assert len(engine.speakers.described("the man")) == 2
    last = follow_up(engine, "what did she say?", follow_up(engine, "what about the clinic?", None))
    assert last.answer.speaker.name == "Ana Ruiz"
    assert follow_up(engine, "what did the man say?", last).answer.speaker.name == "Tom Hale"


@pytest.mark.parametrize("text", ["did she say anything about the roads?",
                                  "does she think the roads come first"])
def test_a_yes_no_question_about_her_asks_the_last_speaker(make_engine, text: str):
    """"did she …?" follows up like "what did she …?": Ruiz's words, the one on roads first."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what did Ruiz say?", None)
    turn = follow_up(engine, text, last)
    assert turn.answer.results[0].sentence.text == "“We will pay for the roads first,” Ruiz said."
    assert turn.answer.question == text


def test_and_a_body_then_they_follow_the_body(seed_engine: Engine):
    """"and the US?" after a speaker answer gives the US's voices; "what else did they say?" pages them."""
    last = follow_up(seed_engine, "what did the State Department say?", None)
    body = follow_up(seed_engine, "and the US?", last)
    assert body.answer.intent == "speaker" and body.answer.speaker is None
    assert body.answer.message.startswith("The US is quoted through")
    assert body.answer.question == "and the US?"
    assert follow_up(seed_engine, "what else did they say?", body) == replace(body, page=1)


def test_and_name_keeps_the_last_topic(make_engine):
    """After "what did Ruiz say about the roads?", "and Hale?" asks Hale about the roads too."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what did Ruiz say about the roads?", None)
    turn = follow_up(engine, "and Hale?", last)
    assert turn.answer.speaker.name == "Tom Hale"
    assert turn.answer.message.startswith("Tom Hale says nothing about “the roads”")


def test_did_he_mention_a_topic_he_never_touched_says_so(make_engine):
    """"did he mention the budget?" after Hale's words: Hale says nothing on it, never Ruiz's budget line."""
    engine = make_engine(CLINIC)
    turn = follow_up(engine, "did he mention the budget?", follow_up(engine, "what did Hale say?", None))
    assert turn.answer.message.startswith("Tom Hale says nothing about “the budget”")
    assert {r.speaker.name for r in turn.answer.results} == {"Tom Hale"}


def test_and_a_thing_is_still_a_search(make_engine):
    """"and the budget?" names no one: a search, as before."""
    engine = make_engine(CLINIC)
    turn = follow_up(engine, "and the budget?", follow_up(engine, "what did Ruiz say?", None))
    assert turn.answer.intent == "search" and numbers(turn)[0] == 4


@pytest.mark.parametrize("text", ["what did @everyone say?", "what did @here say?", "<@123456>",
                                  "what did <@!42> say about it?", "and @everyone?"])
def test_a_chat_mention_gets_who_do_you_mean(seed_engine: Engine, text: str):
    """A chat user asked about is never searched for, and the reply repeats no mention (no ping)."""
    last = follow_up(seed_engine, "what did Hua say?", None)
    turn = follow_up(seed_engine, text, last)
    assert turn.answer.results == ()
    assert turn.answer.message.startswith("Who do you mean?")
    assert "@" not in turn.answer.message and "<" not in turn.answer.message


@pytest.mark.parametrize("text", ["help me", "Help!", "can you help me?", "i need help"])
def test_a_plea_for_help_gets_the_hint_not_a_helpful_sentence(make_engine, text: str):
    """"help me" asks what the bot can do; it is never searched for ("helpful" in the article)."""
    engine = make_engine("Flood news.\n\nAna Ruiz said the harbour staff were helpful.\n")
    turn = follow_up(engine, text, follow_up(engine, "what did Ruiz say?", None))
    assert turn.answer.results == ()
    assert turn.answer.message.startswith("I answer questions about one news article")


def test_she_means_whom_the_article_calls_she_whatever_the_given_name_suggests(make_engine):
    """"Ali" reads as a man's name, but the article tags her words "she said": "she" is her."""
    engine = make_engine("Town news.\n\nAli Vance said the bridge would close in June. "
                         '"The roads come next," she said. "He was wrong about the bridge," she added.\n')
    last = follow_up(engine, "what did Vance say?", None)
    turn = follow_up(engine, "what did she say about the roads?", last)
    assert turn.answer.speaker.name == "Ali Vance" and numbers(turn)[0] == 3


def test_he_after_a_search_that_named_him_means_him(make_engine):
    """The search about Hale also showed Ruiz's words: "he" is Hale, whom the question named."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "when will Hale open the clinic?", None)
    assert {"Tom Hale", "Ana Ruiz"} <= speakers_of(last)
    turn = follow_up(engine, "what did they say about roads?", last)
    assert turn.answer.speaker.name == "Tom Hale"


def test_he_after_a_search_means_the_quoted_man_it_named_even_unshown(make_engine):
    """The question named Hale; the page showed only Ruiz's words: "he" is still Hale."""
    engine = make_engine(CLINIC)
    asked = "how does the budget affect Hale?"
    answer = engine.answer(asked)
    shown = tuple(r for r in answer.results if r.speaker is not None and r.speaker.name == "Ana Ruiz")[:1]
    last = Turn(replace(answer, results=shown), asked=asked)
    assert follow_up(engine, "what did he say?", last).answer.speaker.name == "Tom Hale"


def test_he_never_means_a_one_word_body_a_search_showed(make_engine):
    """The search showed only Vellcorp's words: "he" is no company, so the reply asks who."""
    engine = make_engine("Plant news.\n\nThe plant will close in May, Vellcorp said.\n\n"
                         "Tom Hale, a worker, said the town would suffer.\n")
    last = follow_up(engine, "when will the plant close?", None)
    assert speakers_of(last) == {"Vellcorp"}
    assert follow_up(engine, "what else did he say?", last).answer.message == WHO


@pytest.mark.parametrize("text", ["ok and what about Ruiz?", "so what about Ruiz", "and how about Ruiz"])
def test_and_name_after_a_word_that_only_leads_in(make_engine, text: str):
    """"ok and what about Ruiz?" asks what Ruiz said on the last topic, as "and Ruiz?" does."""
    engine = make_engine(CLINIC)
    turn = follow_up(engine, text, follow_up(engine, "what did Hale say about the clinic?", None))
    assert turn.answer.speaker.name == "Ana Ruiz" and turn.asked == "what did Ruiz say about the clinic"


def test_a_search_about_him_no_one_shown_fits_is_searched_as_typed(make_engine):
    """After an answer about a woman, "when was he convicted?" is searched, not refused: its words say it."""
    engine = make_engine("Fraud case.\n\nEd Baker was convicted in January of fraud at Vell Crown Court.\n\n"
                         "\"It was a fair trial,\" Judge Ana Ruiz said.\n\n"
                         "Baker's wife, Nia Baker, was cleared last month.\n")
    last = follow_up(engine, "who is Nia Baker?", None)
    answer = follow_up(engine, "when was he convicted?", last).answer
    assert answer.message != WHO and answer.results[0].sentence.number == 2


@pytest.mark.parametrize(("text", "name"), [("and her?", "Ana Ruiz"), ("what about him?", "Tom Hale")])
def test_and_a_pronoun_asks_what_that_person_said(make_engine, text: str, name: str):
    """"and her?" after a search showing Hale and Ruiz is what Ruiz said, not someone called "her"."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what about the clinic?", None)
    turn = follow_up(engine, text, last)
    assert turn.answer.speaker is not None and turn.answer.speaker.name == name


def test_and_a_pronoun_no_one_shown_fits_asks_who(make_engine):
    """"and him?" after Ruiz's words alone: no man was shown, so the reply asks whom, never searches "him"."""
    engine = make_engine(CLINIC)
    last = follow_up(engine, "what did Ruiz say?", None)
    turn = follow_up(engine, "and him?", last)
    assert turn.answer.results == () and "not sure who you mean" in turn.answer.message
