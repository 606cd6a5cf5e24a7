"""Looking back: which earlier person or body a pronoun can stand for."""

import pytest

from retrieval.antecedents import agrees, antecedent, named_after, window
from retrieval.entities import Entity
from retrieval.mentions import read_mentions


def test_window_looks_back_four_sentences_nearest_first():
    """From sentence 6 a reference looks at 5, 4, 3, 2."""
    assert list(window(6)) == [5, 4, 3, 2]
    assert list(window(1)) == [0]


@pytest.mark.parametrize(("kind", "gender", "pronoun", "expected"), [
    ("person", "f", "she", True),
    ("person", "m", "she", False),
    ("person", None, "he", True),
    ("institution", None, "he", False),
    ("institution", None, "it", True),
    ("group", None, "they", True),
    ("anonymous", None, "someone", True),
    ("name", None, "someone", False),
])
def test_agreement(kind, gender, pronoun, expected):
    """Number, gender and person-or-body decide whether a pronoun can stand for an entity."""
    assert agrees(Entity("X", kind, gender=gender), pronoun) is expected


def test_he_is_never_a_document_that_spoke(make_engine):
    """``“…,” the book says. “…,” he said``: the man the story is about, not the book."""
    engine = make_engine("Tom Hale runs the mill in Kestrel.\n“Profits fell,” the book says.\n"
                         "“The workers did their best,” he said.")
    assert engine.attributions[2].speaker.name == "Tom Hale"


def test_pronoun_prefers_a_person_to_a_bare_name(make_reading):
    """A known person wins over a capitalised word never shown to be a person."""
    reading = make_reading("One. Two. Three.")
    bare = reading.table.new("Lee", "name")
    person = reading.table.new("Ann Hale", "person")
    reading.table.note(bare, 1)
    reading.table.note(person, 0)
    assert antecedent(reading, "he", 2) is person


def test_chosen_antecedent_learns_the_pronoun_gender(make_reading):
    """Once "she" refers to the last speaker, that person is known to be a woman."""
    reading = make_reading("One. Two.")
    person = reading.table.new("Sam Hale", "person")
    reading.table.note(person, 0)
    reading.speaker_of[0] = person
    assert antecedent(reading, "she", 1) is person
    assert person.gender == "f"


def test_someone_named_in_passing_learns_no_gender(make_reading):
    """"She" may go to someone only named before, but that guess does not make them a woman."""
    reading = make_reading("One. Two.")
    person = reading.table.new("Sam Hale", "person")
    reading.table.note(person, 0)
    assert antecedent(reading, "she", 1) is person
    assert person.gender is None


def test_pronoun_is_not_someone_its_clause_names_after_it(make_reading):
    """`He praised Cruz`: "he" is the man before, not Cruz; `He said that … Cruz` may still be."""
    reading = make_reading("Sen. Ted Cruz met Gov. Ed Lamb. He praised Cruz warmly. He said that Cruz won.")
    read_mentions(reading)
    cruz = reading.table.exact("Ted Cruz")
    assert named_after(reading, 1, 0) == [cruz]
    assert named_after(reading, 2, 0) == []
    assert antecedent(reading, "he", 1, named_after(reading, 1, 0)).name == "Ed Lamb"


def test_he_is_never_a_country_that_spoke(make_engine):
    """``Germany said … Germany should buy ships, he noted``: the man named before, not the country."""
    engine = make_engine("Tom Hale spoke first.\nGermany said it would “pay its share.”\n"
                         "Germany should buy more ships, he noted.")
    assert engine.attributions[2].speaker.name == "Tom Hale"


@pytest.mark.parametrize(("between", "speaker"), [
    ("Dunmore ignored the poll and left the fair early.", "Dunmore"),  # a surname met alone, acting
    ("Sometimes tempers flared at the harbour fair.", "Tom Hale"),  # an opener is no name
    ("Vellton needed a new canal.", "Tom Hale"),  # a town needs, as a person may
])
def test_he_is_a_surname_first_met_as_the_subject_just_before(make_engine, between, speaker):
    """``Dunmore ignored the poll. “…,” he said``: Dunmore, not the man quoted before him."""
    engine = make_engine("“The canal will be ready by winter,” Tom Hale said.\n"
                         f"{between}\n"
                         "“Nobody reads those numbers anyway,” he said.")
    assert engine.attributions[2].speaker.name == speaker


def test_she_is_not_whom_an_earlier_she_named_after_her(make_engine):
    """``She backed Mayor Kit Dorn … “…,” she said``: the woman who backed him, not Dorn."""
    engine = make_engine("“The harbour needs dredging,” Ann Lee said.\n"
                         "It is no secret that she was a loyal backer of Mayor Kit Dorn in the last race.\n"
                         "“I knocked on every door,” she said.")
    assert engine.attributions[2].speaker.name == "Ann Lee"
