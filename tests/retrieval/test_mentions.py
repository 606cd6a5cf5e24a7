"""Reading mentions: the people and bodies each sentence names, with their roles."""

import pytest

from retrieval.mentions import read_mentions


def people(reading):
    return {e.name: (e.kind, e.role, e.gender) for e in reading.table.entities}


def test_titled_name_is_a_person_with_a_role(make_reading):
    """`Foreign Minister Wang Yi` registers Wang Yi, Foreign Minister."""
    reading = make_reading("Foreign Minister Wang Yi arrived on Monday.")
    read_mentions(reading)
    assert people(reading) == {"Wang Yi": ("person", "Foreign Minister", None)}


def test_titled_name_before_its_home_state_is_a_person(make_reading):
    """`Ruiz's rival, Sen. Tom Hale of Vell,` registers Tom Hale; `University of Vell` names no one."""
    reading = make_reading("Ruiz's rival, Sen. Tom Hale of Vell, met staff at the University of Vell.")
    read_mentions(reading)
    assert people(reading)["Tom Hale"][:2] == ("person", "Senator")
    assert all(kind != "person" for name, (kind, _, _) in people(reading).items() if "University" in name)


def test_apposition_gives_the_role_and_gender(make_reading):
    """`Ann Lee, a spokeswoman for the city,` is a person whose role is in the apposition."""
    reading = make_reading("Ann Lee, a spokeswoman for the city, arrived.")
    read_mentions(reading)
    assert people(reading) == {"Ann Lee": ("person", "spokeswoman for the city", "f")}


def test_job_just_before_the_name(make_reading):
    """`The committee's chairman, Walter Briggs,` takes the job given before the name."""
    reading = make_reading("The committee's chairman, Walter Briggs, arrived.")
    read_mentions(reading)
    assert people(reading)["Walter Briggs"][1] == "committee's chairman"


def test_body_named_with_a_word_of_its_kind(make_reading):
    """`Maple Ridge School District` is an institution found by "district"."""
    reading = make_reading("Maple Ridge School District closed its schools.")
    read_mentions(reading)
    assert people(reading) == {"Maple Ridge School District": ("institution", None, None)}
    assert reading.table.with_word("district")[0].name == "Maple Ridge School District"


def test_capitalised_word_alone_is_no_person(make_reading):
    """A bare capitalised word with no title, job or apposition registers nobody."""
    reading = make_reading("Rain fell on Tokyo.")
    read_mentions(reading)
    assert people(reading) == {}


def test_later_mention_of_a_known_person_is_noted(make_reading):
    """A surname alone, after the full titled name, counts as a mention in its sentence."""
    reading = make_reading("Mayor Ann Lee arrived. Lee left early.")
    read_mentions(reading)
    assert reading.table.entities[0].seen == [0, 1]


def test_honorific_gives_gender_but_no_role(make_reading):
    """`Mrs. Hollis` is a woman with no role."""
    reading = make_reading("Mrs. Hollis arrived.")
    read_mentions(reading)
    assert people(reading) == {"Hollis": ("person", None, "f")}


def test_apposition_must_be_headed_by_its_job(make_reading):
    """`Still, the lack of enthusiasm among voters …`: "voters" does not head the phrase, so no person."""
    reading = make_reading("Still, the lack of enthusiasm among black voters worries the party.")
    read_mentions(reading)
    assert people(reading) == {}


def test_common_given_name_and_surname_is_a_person(make_reading):
    """`Hillary Clinton toured Ohio`: a common given name before a surname names a woman."""
    reading = make_reading("Hillary Clinton toured Ohio on Monday.")
    read_mentions(reading)
    assert people(reading) == {"Hillary Clinton": ("person", None, "f")}


def test_unisex_given_name_gives_no_gender(make_reading):
    """`Kim` is a given name for both sexes, and a family name written first: no gender from it."""
    reading = make_reading("Kim Soo toured Ohio on Monday.")
    read_mentions(reading)
    assert people(reading) == {"Kim Soo": ("person", None, None)}


def test_title_case_headline_names_nobody(make_reading):
    """A headline in title case is style, not a run of names."""
    reading = make_reading("Senator Slams Mayor Over Budget Plan\nThe vote is on Monday.")
    read_mentions(reading)
    assert people(reading) == {}


def test_an_age_after_a_name_marks_a_person(make_reading):
    """`Orla Venn, 41, voted` names a person, though Orla is no listed name and no job is given."""
    reading = make_reading("Orla Venn, 41, voted early.")
    read_mentions(reading)
    assert [e.name for e in reading.table.mentioned[0] if e.kind == "person"] == ["Orla Venn"]


def test_a_job_for_someone_else_tells_nothing_of_the_gender(make_reading):
    """`Nick Carrow, a spokesman for Mrs. Lamb`: Carrow is a man; the Mrs. is Lamb's."""
    reading = make_reading("Nick Carrow, a spokesman for Mrs. Lamb, spoke.")
    read_mentions(reading)
    assert people(reading)["Nick Carrow"][2] == "m"


def test_lower_case_job_just_before_the_name(make_reading):
    """`political science professor Tamsin Vell` is a person with that job; `his doctor Friday` is nobody."""
    reading = make_reading("To political science professor Tamsin Vell, it seemed sad. "
                           "He sent a note from his doctor Friday.")
    read_mentions(reading)
    assert people(reading) == {"Tamsin Vell": ("person", "political science professor", None)}


def test_an_owner_s_title_is_not_the_name_s(make_reading):
    """`the mayor's Pacific roots`, `Mr. Dole's Pacific roots`: nobody called Pacific."""
    reading = make_reading("The mayor's Pacific roots mattered. Mr. Dole's Pacific roots mattered.")
    read_mentions(reading)
    assert "Pacific" not in people(reading)


def test_place_words_before_a_name_are_no_title(make_reading):
    """`her National League for Reform`, `St. Clairsville`: no person called League or Clairsville."""
    reading = make_reading("Her National League for Reform won. They met in St. Clairsville on Monday.")
    read_mentions(reading)
    assert not any(kind == "person" for kind, _, _ in people(reading).values())


def test_adjective_before_the_job_in_an_apposition(make_reading):
    """`Obed Tarr, the highest-ranking black pollster,`: "-ing" after "the" describes the job."""
    reading = make_reading("Obed Tarr, the highest-ranking black pollster, spoke.")
    read_mentions(reading)
    assert people(reading) == {"Obed Tarr": ("person", "highest-ranking black pollster", None)}


def test_a_common_noun_opening_the_sentence_names_no_body(make_reading):
    """`Bank executives aren't.`: no body called Bank."""
    reading = make_reading("Bank executives aren't.")
    read_mentions(reading)
    assert people(reading) == {}


def test_a_participle_after_the_first_word_ends_an_apposition(make_reading):
    """`In Ohio, a June poll found Lee receiving 20 percent`: no job, so nobody called Ohio."""
    reading = make_reading("In Ohio, a June poll found Lee receiving 20 percent support.")
    read_mentions(reading)
    assert "Ohio" not in people(reading)


def test_an_apposition_after_another_name_is_that_name_s(make_reading):
    """`Recently, Ada Marsh, the radio host, …`: the job is Ada Marsh's; nobody called Recently."""
    reading = make_reading("Recently, Ada Marsh, the radio host, was asked why.")
    read_mentions(reading)
    assert "Recently" not in people(reading)
    assert people(reading)["Ada Marsh"][1] == "radio host"


def test_a_day_is_nobody_whatever_follows(make_reading):
    """`… in the room Sunday, the president framed it`: no person called Sunday."""
    reading = make_reading("It rained. Speaking in the room Sunday, the president framed it as a test.")
    read_mentions(reading)
    assert "Sunday" not in people(reading)


def test_a_list_of_subjects_after_a_name_is_no_apposition(make_reading):
    """`Asked about Peru, the retired dentist and the businessman met`: Peru is nobody."""
    reading = make_reading("It rained. Asked about Peru, the retired dentist and the businessman met.")
    read_mentions(reading)
    assert "Peru" not in people(reading)


def test_a_day_after_a_name_is_when_not_part_of_the_name(make_engine):
    """"On KTV Tuesday, his wife, Ana, …": no person "KTV Tuesday" for a later "she" to stand for."""
    engine = make_engine("Tom Hale wants a closed primary.\n"
                         "On KTV Tuesday, his wife, Ana, called for an open primary.\n"
                         "“Shutting people out is wrong,” she said.\n")
    assert "KTV Tuesday" not in [s.name for s in engine.speakers.all]
    assert engine.attributions[2].speaker.name == "Ana"


def test_opening_adverb_before_a_description_is_no_person(make_reading):
    """`Instead, the Kestrel mayor …`: a sentence adverb set off by a comma is not a person described."""
    reading = make_reading("Instead, the Kestrel mayor went back to her budget.")
    read_mentions(reading)
    assert "Instead" not in people(reading)


def test_place_in_the_opening_phrase_is_no_person(make_reading):
    """`In central Kestrel Falls, a nurse …`: what follows the place's comma is the subject, not its job."""
    reading = make_reading("In central Kestrel Falls, a nurse from the clinic handed out water.")
    read_mentions(reading)
    assert "Kestrel Falls" not in people(reading)


def test_a_name_written_with_either_apostrophe_is_one_person(make_engine):
    """"O’Neill" and "O'Neill" in one article (typed by different hands) are one speaker."""
    engine = make_engine("VELL (Wire) - County Commissioner Pat O’Neill said the bridge reopens in May.\n\n"
                         "“We are on schedule,” O'Neill said.\n\n“The money is there,” O’Neill added.\n")
    assert [(s.name, s.sentences) for s in engine.speakers.quoted] == [("Pat O’Neill", (0, 1, 2))]


def test_a_name_is_mentioned_whichever_apostrophe_a_sentence_writes(make_engine):
    """A sentence naming "O’Neill" mentions the "O'Neill" of the article's other sentences."""
    engine = make_engine("VELL (Wire) - County Commissioner Pat O'Neill said the bridge reopens in May.\n\n"
                         "Critics of O’Neill met on Monday.\n\n“The money is there,” O'Neill added.\n")
    (speaker,) = engine.speakers.quoted
    assert (speaker.sentences, speaker.mentions) == ((0, 2), (0, 1, 2))


def test_a_given_name_after_an_owner_s_wife_is_her_own_person(make_engine):
    """`At the fair, Hale's wife, Ana, …`: Ana is registered, so a later "she" is Ana, not Rita Dunn."""
    engine = make_engine("Rita Dunn judged the pies on Sunday.\n"
                         "At the fair, Hale's wife, Ana, cut the ribbon for the new barn.\n"
                         "She grew up on a dairy farm near Vell.\n"
                         "“He listens to farmers,” she told the county paper.")
    assert engine.attributions[-1].speaker.name == "Ana"


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Tom King arrived on Monday.", "Tom King"),  # a title word as a surname after a given name
    ("The chair, Ana Ruiz White, arrived on Monday.", "Ana Ruiz White"),  # a middle name between
])
def test_a_title_word_after_a_given_name_is_a_surname(make_reading, text, name):
    """`Sen. Tom King`: "King" ends a person's name, not a title that leaves no name."""
    reading = make_reading(text)
    read_mentions(reading)
    assert people(reading)[name][0] == "person"


def test_a_title_after_a_name_and_a_title_word_is_no_surname(make_reading):
    """`Joe Dunn White House`: "House" after "White" is a body's word, not Joe Dunn White House's surname."""
    reading = make_reading("Sen. Joe Dunn White House aides arrived on Monday.")
    read_mentions(reading)
    assert "Joe Dunn White House" not in people(reading)


def test_central_before_a_place_is_no_title(make_reading):
    """`Central Vell` is a region, not a person called Vell; `Central Bank Governor Ed Lamb` still is one."""
    reading = make_reading("Roads cross Central Vell, said Central Bank Governor Ed Lamb.")
    read_mentions(reading)
    assert "Vell" not in people(reading)
    assert people(reading)["Ed Lamb"][0] == "person"


def test_nickname_in_quotation_marks_stays_inside_the_name(make_reading):
    """`Juan "Chico" Lamb held …` registers one person, not a Juan and a Lamb apart."""
    reading = make_reading('Juan "Chico" Lamb held a sign by the gate.')
    read_mentions(reading)
    assert [e.kind for e in reading.table.entities] == ["person"]
    assert reading.table.entities[0].name_words[-1] == "lamb"


def test_given_name_and_surname_before_their_town_is_a_person(make_reading):
    """`Juan Lamb of Dunmore` is a person from Dunmore; `Bank of Dunmore` is none."""
    reading = make_reading("Juan Lamb of Dunmore met the Bank of Dunmore.")
    read_mentions(reading)
    assert [e.name for e in reading.table.entities if e.kind == "person"] == ["Juan Lamb"]


def test_a_country_tied_to_another_is_no_person(make_reading):
    """`Indonesia, Vell's closest friend,`: countries have friends and allies too, so it names no person."""
    reading = make_reading("Hale expects Indonesia, Vell's closest friend in Asia, to do more.")
    read_mentions(reading)
    assert "Indonesia" not in people(reading)


def test_title_beats_a_tie_written_before_the_name(make_reading):
    """`Her opponent, Gov. Ed Lamb,` is the governor, not only somebody's opponent."""
    reading = make_reading("Her opponent, Gov. Ed Lamb, arrived.")
    read_mentions(reading)
    assert people(reading)["Ed Lamb"][1] == "Governor"


def test_a_tie_alone_before_a_name_is_no_job(make_reading):
    """`his opponent Ana Ruiz`: "opponent" ties her to someone the phrase doesn't name; no role."""
    reading = make_reading("Hale said his opponent Ana Ruiz had shown bad judgment.")
    read_mentions(reading)
    assert people(reading)["Ana Ruiz"][1] is None


def test_a_tie_before_a_name_keeps_only_whom_it_ties_to(make_reading):
    """`beating Vell opponent Ed Lamb`: the job is "Vell opponent", never "beating Vell opponent"."""
    reading = make_reading("Hale is beating Vell opponent Ed Lamb in the polls.")
    read_mentions(reading)
    assert people(reading)["Ed Lamb"][1] == "Vell opponent"


def test_a_relative_clause_with_whom_ends_the_apposition(make_reading):
    """`Nia Porter, a lawyer whom the board hired,`: her job is "lawyer", without the clause."""
    reading = make_reading("Nia Porter, a lawyer whom the board hired in May, arrived.")
    read_mentions(reading)
    assert people(reading)["Nia Porter"][1] == "lawyer"
