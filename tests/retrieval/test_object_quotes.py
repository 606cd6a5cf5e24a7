"""A quotation in the object of any verb whose subject is someone, read when no other tag is found."""

import pytest

from tests.retrieval.test_attribution import kinds, who


@pytest.mark.parametrize(("text", "speakers"), [
    # The verb need not be one of saying: the quoted words in what the subject does are theirs.
    ("Ana Ruiz also fumed about the “sad state” of the county roads.", ["Ana Ruiz"]),
    ("Tom Hale has long pushed his plan for “free buses” across the county.", ["Tom Hale"]),
    ("Ana Ruiz thought the levy a “quiet theft” of farm money.", ["Ana Ruiz"]),  # a past without -ed
    ("The Vell County board is weighing whether the levy is “worth the pain.”", ["Vell County board"]),
    ("When Ed Lamb weighed in on the “slow lane” plan at the fair, the band stopped.", ["Ed Lamb"]),
    # An adverb before the verb is no noun naming the quotation: "a group called “Acme Now”" is one.
    ("Tom Hale also seeks “a permanent ban on trucks” in the valley.", ["Tom Hale"]),
])
def test_a_quotation_in_what_someone_does(make_engine, text, speakers):
    """``Ruiz fumed about the “sad state” of the roads``: Ruiz's words, a mixed quote."""
    engine = make_engine(text)
    assert who(engine) == speakers
    assert kinds(engine) == ["mixed"]


@pytest.mark.parametrize("text", [
    "Ana Ruiz stood firm in May, naming two mill foremen “the best in the valley.”",
    "Ana Ruiz was defiant, releasing a short note on the “rigged count” at the mill.",
    "Ana Ruiz was at the fair all day after first handing out badges reading “mill strong” to kids.",
    "Ana Ruiz was busy on Sunday, writing to every farmer about the “slow lane” on Elm Road.",
])
def test_a_quotation_after_a_participle_hanging_on_the_clause(make_engine, text):
    """``Ruiz stood firm, naming two foremen “the best …”``: the clause's subject did it, and said it."""
    engine = make_engine(text)
    assert who(engine) == ["Ana Ruiz"]
    assert kinds(engine) == ["mixed"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("By backing the “river tax” on barges, Ana Ruiz angered the mill owners.", ["Ana Ruiz"]),
    ("While touring the “model” dairy on Elm Road, Ana Ruiz met the foremen.", ["Ana Ruiz"]),
    # What was heard or seen is another's words.
    ("After hearing the crowd chant “four more years,” Ana Ruiz left the stage.", [None]),
])
def test_a_participle_opening_the_sentence_is_the_main_subject_s(make_engine, text, speakers):
    """``By backing the “river tax”, Ruiz …``: the opening participle is the main clause subject's act."""
    assert who(make_engine(text)) == speakers


def test_a_participle_that_is_a_preposition_reports_nothing(make_engine):
    """``…, including two near Elm and “the old tannery”``: ``including`` is no verb of the subject's."""
    engine = make_engine("Ana Ruiz was in six mills, including two near Elm and “the old tannery.”")
    assert who(engine) == [None]


@pytest.mark.parametrize("text", [
    "Ana Ruiz last week handed the clerks a list of “lost” tractors.",
    "Ana Ruiz on Sunday thanked the bakers for their “warm” buns at the fair.",
])
def test_a_time_phrase_between_the_subject_and_its_verb(make_engine, text):
    """``Ruiz last week handed …``: the time phrase tells when, the name before it acted."""
    assert who(make_engine(text)) == ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Tom Hale, who signs his notes as “the mill boy,” sent three this week.", ["Tom Hale"]),
    ("Ana Ruiz, who keeps a sign reading “farms first” on her desk, stayed quiet.", ["Ana Ruiz"]),
    # Not a name in another verb's object, nor a description.
    ("Tom Hale met Ed Lamb, who runs a “farm first” stall at the fair.", [None]),
    ("Tom Hale praised the farm workers who won the “best barn” prize.", [None]),
])
def test_a_quotation_in_a_relative_clause_after_a_name(make_engine, text, speakers):
    """``Hale, who signs his notes as “…”``: the name opening the sentence that ``who`` follows."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("The flyer targets the “sleepy county board” and its long lunches.", "flyer"),
    ("The video pans across “the pride of Vell” to loud fiddles.", "video"),
])
def test_a_work_speaks_for_itself(make_engine, text, speaker):
    """``The flyer targets the “sleepy board”``: what the flyer says, the flyer speaks."""
    engine = make_engine(f"The Ruiz campaign put out a new flyer and a video on Monday.\n\n{text}\n")
    assert who(engine) == [None, speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb, a retired judge in Vell, welcomed “the fresh start the county needs.”", ["Ed Lamb"]),
    ("Ana Ruiz, who won the race in May, is pledging to “fix every road” by June.", ["Ana Ruiz"]),
])
def test_a_subject_before_its_apposition(make_engine, text, speakers):
    """``Lamb, a retired judge, welcomed “…”``: the name before the apposition did it."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz fired back that the “farmers of Vell voted for me twice” in the past.", ["Ana Ruiz"]),
    ("Tom Hale also made the point that the Vell dam is “the best in the state.”", ["Tom Hale"]),
    # A relative "that" is no clause of the verb, nor a "that" after a comma.
    ("Tom Hale praised the farm that won the “best barn” prize.", [None]),
    ("Tom Hale contradicted the board, as the roads closed, that the plan was “dead.”", [None]),
])
def test_a_quotation_in_the_verb_s_that_clause(make_engine, text, speakers):
    """``Ruiz fired back that the “…”``: the clause the verb opens holds its subject's words."""
    assert who(make_engine(text)) == speakers


def test_a_pronoun_opening_the_sentence_is_the_subject(make_engine):
    """``He assumed the “quiet plan” was dead``: a capital ``He`` speaks; ``Ruiz | allies`` is no verb."""
    engine = make_engine("Tom Hale spoke first.\n\nHe assumed the “quiet plan” was already dead.\n\n"
                         "There is worry among farmers and some Ruiz allies that the “river vote” is lost.")
    assert who(engine) == [None, "Tom Hale", None]


@pytest.mark.parametrize("text", [
    # A title in title case names a work, not words spoken.
    "Ed Lamb stars in “The Long Road Home” at the Elm Theater this week.",
    # A passive is not what its subject said.
    "Ana Ruiz was handed the “farmer of the year” prize in May.",
    # The quotation after a subordinate clause's comma is none of its subject's.
    "When Tom Hale opened the fair, the band played “a slow waltz” for him.",
    # Nor one whose words another owns.
    "Ana Ruiz turned down the post, preferring, in Lamb's words, to “let the fields talk.”",
    # The second of a pair is not the whole subject: "her aides" did not act alone.
    "Ana Ruiz and her aides tried to pin the levy on Hale, with a flyer asking, “Who pays?”",
    "In the spring, Vell and Elm farmers were acting as “free riders” on the dam.",
    # An opening place set off by commas is no subject of what follows.
    "In Vell, the county seat, the mill struck a “new deal” with the farmers.",
])
def test_no_speaker_from_a_title_a_passive_or_another_s_words(make_engine, text):
    """``stars in “The Long Road Home”``, ``was handed the “…” prize``: no one speaks."""
    assert who(make_engine(text)) == [None]


def test_a_quotation_over_several_sentences_keeps_its_own_tag(make_engine):
    """The weak tag speaks for its sentence alone, never for a quotation that runs on."""
    engine = make_engine("Tom Hale mentioned the levy.\n\nAna Ruiz toured the mill with “a quiet smile. "
                         "But the roads need work,” Ed Lamb said.")
    assert who(engine)[1:] == [None, "Ed Lamb"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Twenty years on, she still keeps her “lucky” hat from the flood.", "Ana Ruiz"),
    ("Thirteen months passed before she got the “final” word from the board.", None),
])
def test_a_number_opening_the_sentence_is_no_one(make_engine, text, speaker):
    """``Twenty years on, she …``: "years" is no verb and "Twenty" no speaker."""
    assert who(make_engine(f"Ana Ruiz spoke to the board.\n\n{text}\n")) == [None, speaker]
