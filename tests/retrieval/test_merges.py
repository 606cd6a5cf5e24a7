"""Two entities that turn out to be one: a surname met first, a lede's description."""

from retrieval.merges import absorb_lede_description, adopt_surname


def test_surname_met_first_is_adopted_by_the_full_name(make_reading):
    """`Hollis` quoted before `Leanne Hollis` is named becomes her."""
    reading = make_reading("One. Two.")
    surname = reading.table.new("Hollis", "name")
    reading.speaker_of[0] = surname
    reading.table.note(surname, 0)
    person = reading.table.new("Leanne Hollis", "person")
    adopt_surname(reading, person)
    assert reading.speaker_of[0] is person
    assert surname not in reading.table.entities


def test_another_surname_is_not_adopted(make_reading):
    """`Hale` stays apart from `Leanne Hollis`."""
    reading = make_reading("One.")
    other = reading.table.new("Hale", "name")
    adopt_surname(reading, reading.table.new("Leanne Hollis", "person"))
    assert other in reading.table.entities


def test_lede_description_is_absorbed_by_the_person_with_that_role(make_reading):
    """`an environment minister` just before `Environment Minister X` was X."""
    reading = make_reading("One. Two.")
    description = reading.table.new("Portugal’s environment minister", "anonymous", head="minister")
    reading.speaker_of[0] = description
    reading.table.note(description, 0)
    person = reading.table.new("Duarte Menezes", "person")
    person.role = "Environment Minister"
    absorb_lede_description(reading, person, 1)
    assert reading.speaker_of[0] is person


def test_description_sharing_only_the_job_word_is_kept(make_reading):
    """`a finance minister` is not `Environment Minister X`: one shared word is not enough."""
    reading = make_reading("One. Two.")
    description = reading.table.new("a finance minister", "anonymous", head="minister")
    reading.speaker_of[0] = description
    reading.table.note(description, 0)
    person = reading.table.new("Duarte Menezes", "person")
    person.role = "Environment Minister"
    absorb_lede_description(reading, person, 1)
    assert reading.speaker_of[0] is description
