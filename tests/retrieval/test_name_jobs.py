"""Name jobs: the role an article gives a name, just before it or in the apposition after it."""

import pytest

from retrieval.name_jobs import apposition_role, looks_like_name, role_before, role_text


def words_of(reading):
    return reading.tokens[0]


def at(tokens, text):
    return next(n for n, t in enumerate(tokens) if t.text == text)


def role_after(make_reading, text, surname):
    """The job the apposition after ``surname`` gives in ``text``."""
    reading = make_reading(text)
    tokens = words_of(reading)
    return apposition_role(reading, tokens, at(tokens, surname) + 1)


def test_apposition_role_is_the_job_after_the_comma(make_reading):
    """`Ann Lee, a spokeswoman for the city,`: the job comes from the apposition."""
    reading = make_reading("Ann Lee, a spokeswoman for the city, arrived.")
    tokens = words_of(reading)
    assert apposition_role(reading, tokens, at(tokens, "Lee") + 1) == "spokeswoman for the city"


def test_a_short_tag_may_come_before_the_job(make_reading):
    """`Tom Hale, 54, a spokesman for the mayor,`: the age is skipped, the job is read."""
    reading = make_reading("Tom Hale, 54, a spokesman for the mayor, arrived.")
    tokens = words_of(reading)
    assert apposition_role(reading, tokens, at(tokens, "Hale") + 1) == "spokesman for the mayor"


def test_a_speech_tag_after_a_comma_is_no_apposition(make_reading):
    """`… in Vell County, the official said`: a tag, not a job for Vell County."""
    reading = make_reading("It rains in Vell County, the official said.")
    tokens = words_of(reading)
    assert apposition_role(reading, tokens, at(tokens, "County") + 1) is None


def test_role_before_reads_a_lower_case_job_and_its_qualifiers(make_reading):
    """`political science professor Tamsin Vell`: the job with the words that qualify it."""
    reading = make_reading("To political science professor Tamsin Vell, it seemed sad.")
    tokens = words_of(reading)
    k = at(tokens, "Tamsin")
    assert role_before(reading, tokens, k, k + 2) == "political science professor"


def test_role_before_needs_a_name_of_two_words(make_reading):
    """`his doctor Friday`: one capitalised word after a job is no named person."""
    reading = make_reading("He sent a note from his doctor Friday.")
    tokens = words_of(reading)
    k = at(tokens, "Friday")
    assert role_before(reading, tokens, k, k + 1) is None


def test_role_text_spells_out_an_abbreviated_title(make_reading):
    """`Sen.` is written out as Senator; other titles stay as the article has them."""
    reading = make_reading("Sen. Ed Lamb and Foreign Minister Ana Ruiz met.")
    tokens = words_of(reading)
    assert role_text(reading, tokens[:1]) == "Senator"
    assert role_text(reading, tokens[at(tokens, "Foreign"):at(tokens, "Minister") + 1]) == "Foreign Minister"
    assert role_text(reading, []) is None


def test_looks_like_name_refuses_abbreviations_and_hyphens(make_reading):
    """`Tom Hale` looks like a name; `R-Texas` and `Sen.` do not."""
    tokens = words_of(make_reading("Tom Hale, R-Texas, met Sen. Lamb."))
    assert looks_like_name(tokens[:2])
    assert not looks_like_name([tokens[at(tokens, "R-Texas")]])
    assert not looks_like_name([tokens[at(tokens, "Sen.")]])


@pytest.mark.parametrize(("text", "role"), [
    ("At the fair, Hale's wife, Ana, cut the ribbon.", "Hale's wife"),  # an owner's job after a comma
    ("At the fair, the mayor's wife, Ana, cut the ribbon.", "mayor's wife"),
    ("At the fair, wife, Ana, cut the ribbon.", None),  # a job with neither owner nor determiner
])
def test_role_before_a_comma_follows_a_determiner_or_an_owner(make_reading, text, role):
    """`At the fair, Hale's wife, Ana,`: the owner stands where a determiner would."""
    reading = make_reading(text)
    tokens = words_of(reading)
    k = at(tokens, "Ana")
    assert role_before(reading, tokens, k, k + 1) == role


@pytest.mark.parametrize(("text", "role"), [
    ("A spokeswoman for the governor, Nia Porter, said no.", "spokeswoman for the governor"),
    ("A senior adviser to the mayor, Nia Porter, said no.", "senior adviser to the mayor"),
    ("The governor, Nia Porter, said no.", "governor"),
])
def test_the_job_before_a_comma_is_the_persons_not_the_employers(make_reading, text, role):
    """`A spokeswoman for the governor, Nia Porter,`: Porter speaks for the governor, she is not one."""
    reading = make_reading(text)
    tokens = words_of(reading)
    k = at(tokens, "Nia")
    assert role_before(reading, tokens, k, k + 2) == role


def test_a_job_read_backwards_stops_at_like_or_a_preposition(make_reading):
    """`Others, like retired teacher Joan Pell,`: "like" is not part of Pell's job."""
    reading = make_reading("Others, like retired teacher Joan Pell, stayed.")
    tokens = words_of(reading)
    k = at(tokens, "Joan")
    assert role_before(reading, tokens, k, k + 2) == "retired teacher"


@pytest.mark.parametrize(("text", "role"), [
    ("Ana Ruiz, a baker whose shop flooded, stayed.", "baker"),  # no job list has every job
    ("Ana Ruiz, a 61-year-old beekeeper from Vell, stayed.", "61-year-old beekeeper"),
    ("Ana Ruiz, a retired postman, stayed.", "retired postman"),
    ("Ana Ruiz, a lot of people think, stayed.", None),  # not a noun for a person
])
def test_an_apposition_headed_by_a_noun_for_a_person_gives_the_job(make_reading, text, role):
    """`Ana Ruiz, a baker whose shop …`: after "a", a noun ending as nouns for people do is the job."""
    assert role_after(make_reading, text, "Ruiz") == role


@pytest.mark.parametrize(("text", "role"), [
    ("Gareth Owusu, who chairs the Vell Growers Union, spoke.", "chair of the Vell Growers Union"),
    ("Gareth Owusu, who owns a bakery and sells bread, spoke.", "owner of a bakery"),
    ("Gareth Owusu, who lives nearby, spoke.", None),  # a clause that gives no job
])
def test_a_relative_clause_can_give_the_job(make_reading, text, role):
    """`Gareth Owusu, who chairs the farmers' association,`: he is its chair."""
    assert role_after(make_reading, text, "Owusu") == role


def test_a_plural_owner_inside_the_job_is_kept(make_reading):
    """`who leads the dockworkers' union`: the apostrophe does not end the apposition."""
    text = "Gareth Owusu, who leads the dockworkers' union, spoke."
    assert role_after(make_reading, text, "Owusu") == "leader of the dockworkers' union"


def test_double_surnames_and_generations_look_like_names(make_reading):
    """`Zoë O'Connor-Blake` and `Martin Graves Jr.` are names; `R-Texas` is a party and a state."""
    tokens = words_of(make_reading("Zoë O'Connor-Blake met Martin Graves Jr. and Tom Hale, R-Texas."))
    assert looks_like_name(tokens[:2])
    assert looks_like_name(tokens[at(tokens, "Martin"):at(tokens, "and")])
    assert not looks_like_name([tokens[at(tokens, "R-Texas")]])


@pytest.mark.parametrize("text", ["“We will rebuild,” said county engineer Ana Ruiz.",
                                  "“We will rebuild,” Tom Hale told agency director Ana Ruiz."])
def test_a_job_read_back_from_the_name_stops_at_the_verb_of_saying(make_reading, text):
    """`said county engineer Ana Ruiz`: her job is "county engineer", not "said county engineer"."""
    reading = make_reading(text)
    tokens = words_of(reading)
    k = at(tokens, "Ana")
    assert role_before(reading, tokens, k, k + 2) in ("county engineer", "agency director")
