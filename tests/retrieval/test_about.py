"""Replies about the article itself, and the notes that point a reader at what it holds."""

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
