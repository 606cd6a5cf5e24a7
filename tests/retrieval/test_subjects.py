"""Sentence subjects, and pronouns that look to them first."""

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
