"""Replies about the article itself, and the notes that point a reader at what it holds."""

import pytest

from retrieval.about import example_question, quoted_note


def test_the_quoted_note_names_eight_voices_then_counts_the_rest(make_engine):
    lines = [f"“Line {n} is ready,” said {first} Hale." for n, first in enumerate(
        ["Ann", "Bob", "Cal", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon"])]
    engine = make_engine("\n".join(lines))
    note = quoted_note(engine.speakers)
    assert note.startswith("Quoted: Ann Hale, Bob Hale")
    assert note.endswith(" and 2 more.")


def test_an_article_quoting_no_one_says_so_and_suggests_a_plain_question(make_engine):
    engine = make_engine("The river rose overnight. Roads were closed.")
    assert quoted_note(engine.speakers) == "Nobody is quoted in it."
    assert example_question(engine.speakers) == "what happened?"


def test_the_example_question_asks_about_the_first_voice(make_engine):
    engine = make_engine("“We will rebuild,” said Ana Ruiz, the mayor.")
    assert example_question(engine.speakers) == "what did Ana Ruiz say?"


OPINION = ("Fix the dam now.\n\nThe Vell County dam is older than most of its critics.\n\n"
           "The board has delayed the repairs for a decade.\n\n")


@pytest.mark.parametrize(("ending", "writer"), [
    ("Ed Lamb is a lecturer in civil engineering at Vell College.\n", "Ed Lamb"),
    ("Ana Ruiz, a retired engineer, was the county's first woman on the board.\n", "Ana Ruiz"),
    ("Ana M. Ruiz.\n\nMapleford, Vell.\n", "Ana M. Ruiz"),  # a letter: signed, then the place
    ("Mr. Lamb is director of the Vell Water Institute.\n", "Mr. Lamb"),
])
def test_an_opinion_piece_or_letter_is_written_by_whom_its_closing_line_names(make_engine, ending, writer):
    answer = make_engine(OPINION + ending).answer("who wrote this?")
    assert answer.message.startswith(f"Written by {writer}.")


@pytest.mark.parametrize("ending", [
    "The board is led by Tom Hale.\n\nTom Hale is a farmer from Mapleford.\n",  # named before: not its writer
    "Tom Hale is running a close second.\n",  # no job after "is"
    "The Vell Institute is a think tank in Mapleford.\n",
])
def test_a_story_ending_on_someone_is_not_signed_by_them(make_engine, ending):
    answer = make_engine(OPINION + ending).answer("who wrote this?")
    assert answer.message.startswith("The article doesn't say who wrote it.")


@pytest.mark.parametrize(("question", "message", "first"), [
    ("what did vell wire report?", "Vell Wire wrote the article. It opens:", 1),
    ("what did Vell Wire say about the roads", "Vell Wire wrote the article. On “the roads” it says:", 3),
    ("what did vell wire say about football", "Vell Wire wrote the article. It says nothing on", 1),
    ("what does Lamb say?", "Ed Lamb wrote the article. It opens:", 1),
])
def test_the_agency_or_writer_asked_as_a_speaker_is_the_story_itself(make_engine, question, message, first):
    """The wire or the columnist is quoted nowhere: what they say is the article (on the topic asked)."""
    engine = make_engine("MAPLEFORD (Vell Wire) - The county board met on Monday.\n\nThe budget passed.\n\n"
                         "Repairs to the roads will start in June.\n\n"
                         "Ed Lamb is a columnist for the Vell Post.\n")
    answer = engine.answer(question)
    assert answer.message.startswith(message) and answer.results[0].sentence.number == first


@pytest.mark.parametrize("byline", ["By Mara Quinn, Health Reporter", "By Mara Quinn, Staff Writer"])
def test_a_byline_naming_the_writers_post_is_no_part_of_the_summary(make_engine, byline):
    """"By Mara Quinn, Health Reporter" is a byline: the summary skips it and it names the writer."""
    engine = make_engine(f"Vell County floods\n\n{byline}\n\nThe river rose overnight.\n\n"
                         "Roads were closed.\n\n“Stay home,” said Tom Hale.\n")
    assert [r.sentence.text for r in engine.answer("whats this about").results][:2] == [
        "Vell County floods", "The river rose overnight."]
    assert engine.answer("who wrote this?").message.startswith("Written by Mara Quinn.")

