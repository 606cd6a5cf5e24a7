"""The noun phrase naming a speaker: where a name ends, and plurals counted by a quantifier."""

import pytest

from retrieval.tags import find_tag
from tests.retrieval.test_attribution import who


def test_a_name_whose_verb_takes_a_job_noun_ends_before_it(make_engine):
    """``Ed Lamb | visited farmers …``: a name, then its verb; ``FBI forensic accountant Ana Ruiz``: one."""
    engine = make_engine("Governor Ed Lamb visited farmers near the river and said the levee would hold.\n"
                         "FBI forensic accountant Ana Ruiz said the books were clean.\n"
                         "“We will win,” said Ruiz’s deputy campaign manager, Tom Hale, who ran in 2010.")
    assert who(engine) == ["Ed Lamb", "Ana Ruiz", "Tom Hale"]


def test_a_possessive_name_goes_on_to_its_noun(make_engine):
    """``Tom Hale’s longtime right-hand man``: after a possessive comes its noun, never the name's verb."""
    engine = make_engine("Tom Hale’s longtime right-hand man closed the meeting, saying: “We open in May.”")
    assert who(engine) == ["Tom Hale’s longtime right-hand man"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Both parents repeated their complaint about the school, saying the fees were unfair.", "Both parents"),
    ("Other Republicans backed the mayor, saying the plan is sound.", "Other Republicans"),
])
def test_quantified_people_are_speakers(make_engine, text, speaker):
    """A quantified plural (``Both parents``, ``Other Republicans``) names who spoke."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nearly half said the new bridge should wait.", "Nearly half"),
    ("By 61%-30%, those polled say the mill should stay open.", "those polled"),
    ("Those surveyed said the ferry runs late.", "those surveyed"),
    ("42% say the mayor should resign.", "42%"),
    ("By two to one, two-thirds said the roads were worse.", "two-thirds"),
    ("Prices worry the growers of Vell County; most said the harvest was poor.", "most"),
    ("Almost two-thirds of the farmers said the rain came too late.", "Almost two-thirds"),
    ("Four in 10 residents trust the board, and a third said the mayor should resign.", "third"),
    ("Nearly seven out of 10 say the ferry runs late.", "seven out of 10"),
])
def test_counts_and_shares_of_people_are_group_speakers(make_engine, text, speaker):
    """A share standing for people polled (``Nearly half said``, ``those polled say``) speaks as a group."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The levy passed, with 41 percent of growers warning it would close farms.", "41 percent of growers"),
    ("The board fell behind, with four in 10 claiming the mill should close.", "four in 10"),
    ("Lamb trailed, with 17% vowing to vote against him.", "17%"),
    ("Pear sales rose, with 41 percent growth saying much about May.", None),
])
def test_a_share_after_with_speaks_through_its_participle(make_engine, text, speaker):
    """``with 41 percent of growers warning``: the share is the participle's subject, as a name is."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“It is a fair price,” said Will Hale, a baker from Kestrel.", "Will Hale"),
    ("“The count was wrong,” said a former senior state tax official.",
     "former senior state tax official"),
    ("“The vote will be close,” said a person close to the Hale campaign.",
     "person close to the Hale campaign"),
    ("“It will pass,” said an aide involved in the Vell County talks.",
     "aide involved in the Vell County talks"),
    ("“We need a new chair,” said one Democrat familiar with the board’s plans, who asked not to be named.",
     "Democrat familiar with the board’s plans"),
    ("“There is no path for Hale,” said one of the advisers, who spoke on condition of anonymity.",
     "one of the advisers"),
])
def test_inverted_speakers_read_in_full(make_engine, text, speaker):
    """``said Will Hale,`` (a small word as a given name), four modifiers before the job, ``close to X``.

    ``involved in X`` runs on as ``close to X`` does, after a party member too (``one Democrat
    familiar with X``); ``said one of the advisers`` is one of them, as ``One of the advisers said``.
    """
    assert who(make_engine(text)) == [speaker]


def test_an_age_after_an_inverted_verb_is_a_speaker(make_engine):
    """``said the 52-year-old``: the age names someone, here the nurse just introduced."""
    engine = make_engine("Ana Ruiz, a nurse from Kestrel, spoke at the hall on Monday. "
                         "“The plan is sound,” said the 52-year-old.")
    assert who(engine) == [None, "Ana Ruiz"]


def test_people_placed_by_a_preposition_speak_when_they_open_the_clause(make_engine):
    """``But growers near the river | called``: a plural for people, its place after it, is the subject."""
    engine = make_engine("The county met on Monday. "
                         "But growers near the river quickly called the plan “a disaster.”")
    assert who(engine) == [None, "growers"]


@pytest.mark.parametrize(("text", "subject"), [
    ("“It is a fair price,” said Tom de Hale, a professor of law at Vell College.", ["Tom", "de", "Hale"]),
    ("“It is a fair deal,” said Ana van Ruiz.", ["Ana", "van", "Ruiz"]),
])
def test_a_small_word_inside_a_name_is_read_with_it(make_reading, text, subject):
    """``said Tom de Hale,``: ``de`` between two capitalised words is part of the name, not its verb."""
    assert [t.text for t in find_tag(make_reading(text).tokens[0]).subject] == subject


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We need the bridge,” said the county treasurer.", "county treasurer"),
    ("“The vote was fair,” said a Vell staffer.", "Vell staffer"),
    ("“We lost,” said the party boss.", "party boss"),
])
def test_jobs_of_clerks_and_staff_name_a_speaker(make_engine, text, speaker):
    """``the county treasurer``, ``a staffer``, ``the party boss``: jobs, as ``official`` is."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("One tweet said: “The Vell County board has lost its way.”", "tweet"),
    ("“Vote for Ana Ruiz,” said the campaign card.", "campaign card"),
    ("A Hale campaign ad argues that “only Tom Hale can fix the roads.”", "Hale campaign ad"),
    ("“Hi neighbours!” the greeting message reads.", "greeting message"),
])
def test_posts_ads_and_papers_speak_as_documents(make_engine, text, speaker):
    """A tweet, an ad or a printed card quoted as the source speaks as a document does."""
    assert who(make_engine(text)) == [speaker]


def test_a_body_with_of_then_a_title_and_a_name_is_that_person(make_engine):
    """``The Union of Vell Growers Executive Director Tom Hale says``: Hale speaks, not the union."""
    engine = make_engine("The Vell growers have a union.\n"
                         "The Union of Vell Growers Executive Director Tom Hale says the plan is "
                         "“a disaster.”")
    assert who(engine) == [None, "Tom Hale"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Farmers in Vell, Eastvale and Harborton said the rain came too late for the harvest.",
     "Farmers in Vell, Eastvale and Harborton"),
    ("Most residents of Eastvale and Harborton say the wells are dry.",
     "residents of Eastvale and Harborton"),
])
def test_places_listed_after_a_preposition_are_not_the_speaker(make_engine, text, speaker):
    """``farmers in Vell, Eastvale and Harborton said``: the farmers spoke, not the last place listed."""
    assert who(make_engine(text)) == [speaker]
