"""Sentence subjects, and pronouns that look to them first."""

import pytest

from retrieval.mentions import read_mentions
from retrieval.speech import read_speech


def subjects(make_reading, text):
    reading = make_reading(text)
    read_mentions(reading)
    read_speech(reading)
    return [e.name if e else None for e in reading.subject_of]


def test_known_person_opening_a_sentence_is_its_subject(make_reading):
    """`Anderson largely agreed …` is about Bryan Anderson, named before."""
    assert subjects(make_reading, "Bryan Anderson, a teacher, came.\nAnderson largely agreed.") == [
        "Bryan Anderson", "Bryan Anderson"]


def test_pronoun_subject_keeps_the_same_person(make_reading):
    """`She has taken a role …` continues the woman the story is about."""
    assert subjects(make_reading, "Aung Mya, the leader, spoke.\nShe has taken a new role.") == [
        "Aung Mya", "Aung Mya"]


def test_unknown_or_descriptive_subjects_are_none(make_reading):
    """A word never shown to name anyone, or a description, is no known subject."""
    assert subjects(make_reading, "Rain fell on Monday.\nThe council disagreed.") == [None, None]


def test_she_goes_to_the_subject_not_to_the_man_she_advises(make_engine):
    """Pronoun subjects carry the referent: `she` is Aung Mya, not the president named after her."""
    engine = make_engine(
        "Aung Mya, the country's leader, spoke to reporters on Monday.\n"
        "She has taken a new role in which she advises President Thant Zin.\n"
        "She also set up a commission led by former envoy Kofi Osei.\n"
        "“Unity means prosperity,” she said.")
    assert engine.attributions[3].speaker.name == "Aung Mya"


def test_a_name_first_met_as_a_subject_is_who_he_stands_for(make_engine):
    """`Zoltan Brevik shrugged it off. “…,” he said`: Brevik, not the man quoted before."""
    engine = make_engine(
        "“We will win,” Tom Hale said.\n"
        "Zoltan Brevik shrugged off the poll at the harbour fair.\n"
        "“Polls in Kestrel Bay never get it right,” he said.")
    assert engine.attributions[2].speaker.name == "Zoltan Brevik"


@pytest.mark.parametrize(("opening", "speaker"), [
    ("As for Hale, he kept his remarks short.", "Tom Hale"),  # the topic the clause is about
    ("When Hale reached the podium, he kept his remarks short.", "Tom Hale"),  # the opening's subject
    ("After greeting Hale, he kept his remarks short.", "Ed Lamb"),  # Hale is greeted, not the one who speaks
])
def test_a_pronoun_after_an_opening_naming_one_person_is_that_person(make_engine, opening, speaker):
    """``As for Hale, he …``, ``When Hale …, he …``: Hale, whoever was quoted last."""
    engine = make_engine(
        "Tom Hale and Ed Lamb met the Vell County board on Monday.\n"
        "“The canal is fine as it is,” Lamb said.\n"
        f"{opening}\n"
        "“The canal can wait for spring,” he told the crowd.")
    assert engine.attributions[3].speaker.name == speaker


def test_words_that_open_a_sentence_are_no_new_name(make_reading):
    """`Neither Ohio Democrats …`, `Often Tom …`: small words and peoples make no subject."""
    text = "Neither Ohio Democrats voted.\nAmerican Voters stayed home."
    assert subjects(make_reading, text) == [None, None]


def test_a_state_after_a_town_is_no_new_name(make_reading):
    """``Campaigning in Kestrel, New Hampshire, Brevik …``: the state read as a subject names nobody."""
    text = "Campaigning at a fair in Kestrel, New Hampshire, Brevik mocked the mayor, calling it “a mess.”"
    assert "New Hampshire" not in subjects(make_reading, text)


def test_job_opening_a_sentence_is_the_name_set_off_after_it(make_reading):
    """`Hale's campaign manager, Ed Lamb, appeared …` is about Ed Lamb, not Hale."""
    assert subjects(make_reading, "Tom Hale lost the vote.\n"
                    "After the count, Hale's campaign manager, Ed Lamb, appeared on television.") == [
        "Tom Hale", "Ed Lamb"]


def test_he_after_a_job_and_its_name_is_that_person(make_engine):
    """The "he" after `Hale's campaign manager, Ed Lamb, appeared …` is Lamb, not Hale."""
    engine = make_engine(
        "Tom Hale lost the vote in Vell.\n"
        "After the count, Hale's campaign manager, Ed Lamb, appeared on television and said little.\n"
        "He said the county would turn.")
    assert engine.attributions[2].speaker.name == "Ed Lamb"
