"""From a tag's phrase to the entity it names: names, bodies, descriptions, pronouns."""

import pytest

from retrieval.mentions import read_mentions
from retrieval.resolution import resolve
from retrieval.tags import Tag, find_tag
from tests.retrieval.test_attribution import who


def speaker(reading, i, before=None):
    return resolve(reading, find_tag(reading.tokens[i]), i, i if before is None else before)[0]


def test_titled_name_is_a_person_with_role(make_reading):
    """`Mayor Ann Lee said` names Ann Lee, Mayor."""
    reading = make_reading("Mayor Ann Lee said the bridge would open.")
    entity = speaker(reading, 0)
    assert (entity.name, entity.kind, entity.role) == ("Ann Lee", "person", "Mayor")


def test_surname_finds_the_person_named_before(make_reading):
    """`Lee said` after `Mayor Ann Lee` is her."""
    reading = make_reading("Mayor Ann Lee arrived. Lee said it was late.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Ann Lee"


def test_body_without_a_person_name(make_reading):
    """`the State Department said` is an institution."""
    reading = make_reading("The State Department said talks would go on.")
    entity = speaker(reading, 0)
    assert (entity.name, entity.kind) == ("State Department", "institution")


def test_a_company_is_its_first_word_and_the_company_later(make_engine):
    """`Kestrel Foods said` is a body; a later "Kestrel said" and "the company said" are that body."""
    engine = make_engine("Kestrel Foods said profit fell. Sales rose, the company said. "
                         "Kestrel said it would hire.")
    assert who(engine) == ["Kestrel Foods"] * 3


def test_indefinite_description_is_an_anonymous_source(make_reading):
    """`a U.S. official said` is one anonymous source, headed by "official"."""
    reading = make_reading("Talks will resume, a U.S. official said.")
    entity = speaker(reading, 0)
    assert (entity.name, entity.kind, entity.head) == ("U.S. official", "anonymous", "official")


def test_definite_description_refers_back(make_reading):
    """`the official said` is the official met before."""
    reading = make_reading("Talks will resume, an official said. Sanctions stay, the official said.")
    first = speaker(reading, 0)
    reading.table.note(first, 0)
    assert speaker(reading, 1) is first


def test_pronoun_looks_back_from_the_quote_start(make_reading):
    """`she said` is the nearest earlier woman."""
    reading = make_reading("Nurse Ada Moss worked late. It rained, she said.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Ada Moss"


def test_the_agency_is_the_body_named_just_before(make_reading):
    """`The Federal Aviation Administration fined … The agency said`: the agency is the FAA."""
    reading = make_reading("The Federal Aviation Administration fined the airline.\n"
                           "The agency said it was fair.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Federal Aviation Administration"


def test_another_is_a_second_source(make_reading):
    """`another official` is not the official quoted before, and a later `an official` is the first."""
    reading = make_reading(
        "Talks will resume, an official said. Talks will fail, another official said. No, an official said.")
    first = speaker(reading, 0)
    reading.table.note(first, 0)
    second = speaker(reading, 1)
    assert first is not second and second.name == "a second official"
    assert speaker(reading, 2) is first


def test_pronoun_after_a_quote_is_the_person_its_sentence_opened_with(make_reading):
    """`Sen. Ann Lee scolded him: “…,” she said` is Lee, though Mary Cole spoke just before."""
    reading = make_reading("“We disagree,” said Mary Cole. "
                           "Sen. Ann Lee scolded him: “You were wrong about the dam,” she said.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Ann Lee"


def test_a_possessive_description_is_named_after_its_owner(make_reading):
    """`His aides said` after Senator Tom Reyes spoke: Tom Reyes's aides, a group."""
    reading = make_reading("Senator Tom Reyes said the plan was sound. His aides called it “a triumph.”")
    read_mentions(reading)
    reading.speaker_of[0] = speaker(reading, 0)
    entity = speaker(reading, 1)
    assert (entity.name, entity.kind) == ("Tom Reyes's aides", "group")


def test_a_middle_initial_stays_in_the_name_after_an_inverted_verb(make_reading):
    """`said Jo A. Quill, a lawyer`: the initial `A.` is no article, the speaker is Jo A. Quill."""
    reading = make_reading("“It is unusual,” said Jo A. Quill, a lawyer.")
    assert speaker(reading, 0).name == "Jo A. Quill"


def test_an_acronym_keeps_its_capitals(make_reading):
    """`The FBI said` names the FBI; only a transcript's `HALE:` label turns into Hale."""
    reading = make_reading("FBI said the review was over.")
    assert speaker(reading, 0).name == "FBI"


def test_a_quantifier_alone_names_nobody(make_reading):
    """`Several said …`, `… said another`: no word to tell who, so no speaker (and no error)."""
    reading = make_reading("Several said the plan would fail. The plan passed, said another.")
    for i, word in ((0, "Several"), (1, "another")):
        token = next(t for t in reading.tokens[i] if t.text == word)
        assert resolve(reading, Tag([token], [], 0, 0), i, i) == (None, 0.0)


def test_a_common_noun_opening_the_sentence_is_a_description(make_reading):
    """`Protesters said …` are protesters (a group), not someone called Protesters."""
    reading = make_reading("Protesters said they would stay.")
    read_mentions(reading)
    entity = speaker(reading, 0)
    assert (entity.name, entity.kind) == ("protesters", "group")


def test_pronoun_is_the_one_person_its_sentence_named_before_it(make_reading):
    """`… Dunn's plan when he says he will stay`: he is Dunn, not the speaker before."""
    reading = make_reading("Sen. Ray Dunn met Gov. Ed Lamb. “It went well,” Lamb said. "
                           "Dunn's plan is clear when he says he will stay in the race.")
    read_mentions(reading)
    reading.speaker_of[1] = reading.table.exact("Ed Lamb")
    assert speaker(reading, 2).name == "Ray Dunn"


def test_a_closing_pronoun_tag_does_not_look_into_what_was_said(make_reading):
    """`People like Dunn, he said.`: the words before the tag are the quote, not its speaker."""
    reading = make_reading("Sen. Ray Dunn met Gov. Ed Lamb. “It went well,” Lamb said. "
                           "People like Dunn, he said.")
    read_mentions(reading)
    reading.speaker_of[1] = reading.table.exact("Ed Lamb")
    assert speaker(reading, 2).name == "Ed Lamb"


def test_a_newspaper_is_a_body_not_a_person(make_engine):
    """``According to the Kestrel Herald, …`` names a body: a later "he said" is not the paper."""
    engine = make_engine("Tom Hale runs the mill.\nAccording to the Kestrel Herald, the mill is old.\n"
                         "“It is sad,” he said.")
    assert engine.attributions[2].speaker.name == "Tom Hale"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kestrel Greens walked out of the vote as they said the tax was “a trap.”", "Kestrel Greens"),
    ("Tom Hale spoke first.\nOhio farmers are angry.\nThey say the plan “fails them.”", "Ohio farmers"),
])
def test_they_is_the_people_a_sentence_opens_with(make_engine, text, speaker):
    """``X walked out as they said``, ``X are angry. They say``: the group just named as a subject."""
    assert make_engine(text).attributions[-1].speaker.name == speaker


def test_one_of_many_is_no_epithet_for_the_person_before(make_engine):
    """``Ed Lamb was asked about taxes. “…,” the moderator said``: a new speaker, not Lamb."""
    engine = make_engine("Ed Lamb was asked about the mill in Kestrel.\n"
                         "“Many say the mill should close,” the moderator said.")
    assert engine.attributions[1].speaker.name == "moderator"


@pytest.mark.parametrize(("text", "speaker"), [
    # A public role with a name in it still stands for the person just named ...
    ("Tom Hale spoke in Dayton.\n“We will win,” the Ohio governor said.", "Tom Hale"),
    # ... another head after a name is that name's body or paper, not the last person named.
    ("Tom Hale runs the mill.\n“The mill is old,” the Kestrel Valley tabloid noted.",
     "Kestrel Valley tabloid"),
    ("Tom Hale runs the mill.\n“The mill is old,” the Kestrel Valley tabloid noted.\n“It works,” he said.",
     "Tom Hale"),
])
def test_a_description_with_a_name_in_it(make_engine, text, speaker):
    """``the Ohio governor`` is an epithet; ``the Kestrel Valley tabloid`` is a paper, and never "he"."""
    assert make_engine(text).attributions[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # A person's noun that no job list holds still refers back ...
    ("Ed Lamb spoke in Dayton.\n“We will win,” the retired neurosurgeon said.", "Ed Lamb"),
    # ... a thing never does.
    ("Ed Lamb spoke in Dayton.\n“Lamb is far ahead,” the morning headline said.", "morning headline"),
    # ... nor a post in a named body, which introduces someone new.
    ("Ed Lamb spoke in Dayton.\nThe director of the Kestrel Trust warned that the plan was “unlawful.”",
     "director of the Kestrel Trust"),
])
def test_an_epithet_names_a_person(make_engine, text, speaker):
    """``the retired neurosurgeon`` is the man just named; ``the morning headline`` is not him."""
    assert make_engine(text).attributions[-1].speaker.name == speaker


def test_his_is_the_person_his_sentence_named_before_it(make_engine):
    """``Hale sold the mill, but his campaign said …``: Hale's campaign, not that of the man before."""
    engine = make_engine("Jeb Lamb spoke on Monday.\n"
                         "Tom Hale sold the mill last year, but his campaign said he kept “a small share.”")
    assert engine.attributions[1].speaker.name == "Tom Hale's campaign"


def test_one_democrat_and_another_are_two_unnamed_sources(make_engine):
    """``one Democrat said … another Democrat said``: two unnamed party members, not a name."""
    engine = make_engine("“We lost the vote,” one Democrat said.\n"
                         "“We won the argument,” another Democrat said.")
    assert [a.speaker.name for a in engine.attributions] == ["Democrat", "a second Democrat"]


def test_plain_word_opening_the_sentence_names_nobody(make_reading):
    """`Part of the blame, say farmers …` read as "Part" said: the article writes "part" too, so no name."""
    reading = make_reading("Part of the blame, say farmers like Tom Hale, lies with the mill. "
                           "The weather is only part of it.")
    read_mentions(reading)
    assert [t.text for t in find_tag(reading.tokens[0]).subject] == ["Part"]
    assert speaker(reading, 0) is None


@pytest.mark.parametrize("opener", ["Whenever", "Unless"])
def test_subordinator_opening_the_sentence_names_nobody(make_reading, opener):
    """`Whenever asked about the repairs, the board …` read as "Whenever" asked: a conjunction, no name."""
    reading = make_reading(f"{opener} asked about the pipe repairs, "
                           "the Eastvale board talks only about its budget.")
    read_mentions(reading)
    tag = find_tag(reading.tokens[0])
    assert tag is not None and [t.text for t in tag.subject] == [opener]
    assert speaker(reading, 0) is None


def test_a_body_with_a_name_in_it_is_its_own_not_the_one_before(make_reading):
    """`The Hale administration said` after a company spoke is the Hale administration, not the company."""
    reading = make_reading("Kestrel Water Company raised its prices on Monday. "
                           "The Hale administration said the rise was unfair.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Hale administration"


def test_a_share_of_people_is_named_in_full_and_each_is_its_own(make_reading):
    """`Two in three said` is the share "Two in three", not "in"; `One in five` later is another share."""
    reading = make_reading("Two in three said the fees were too high. One in five said the bus was late.")
    first, second = speaker(reading, 0), speaker(reading, 1)
    assert (first.name, second.name) == ("Two in three", "One in five")


def test_an_epithet_is_the_one_person_its_sentence_named_before_it(make_reading):
    """`After a reporter asked Governor Ed Lamb …, the candidate said`: Lamb, not the last subject."""
    reading = make_reading("Police chief Ana Ruiz spoke first. After a reporter asked Governor "
                           "Ed Lamb about taxes, the candidate said they would rise.")
    read_mentions(reading)
    assert speaker(reading, 1).name == "Ed Lamb"


def test_people_are_a_group(make_reading):
    """`People at the market said`: many people, not one unnamed source an epithet could stand for."""
    reading = make_reading("People at the market said the deal was close.")
    assert speaker(reading, 0).kind == "group"


def test_a_pronoun_before_a_quotation_is_the_one_person_its_sentence_named(make_engine):
    """`After Governor Ed Lamb heard …, he grinned and said, “…”`: the quotation is Lamb's."""
    engine = make_engine("At the fair, after Governor Ed Lamb heard the news about Ana Ruiz, "
                         "he grinned and said, “I back the farmers first!”")
    assert engine.attributions[0].speaker.name == "Ed Lamb"


@pytest.mark.parametrize(("text", "speaker"), [
    # the one earlier person, not the bare name a report came from ...
    ("Tom Hale runs the mill.\nThe mill will close, according to Kestrelwire.\n“It is sad,” he said.",
     "Tom Hale"),
    # ... and with nobody else to stand for, no speaker rather than the outlet
    ("The mill will close, Kestrelwire reported.\nIt opened in 1901.\n“It is sad,” he said.", None),
    # a bare name that said something may still be "he"
    ("The mill will close, Kestrelwire said.\n“It is sad,” he said.", "Kestrelwire"),
])
def test_a_bare_name_met_as_a_report_source_is_never_he(make_engine, text, speaker):
    """``according to Kestrelwire``, ``Kestrelwire reported``: maybe an outlet, so a later "he" is not it."""
    found = make_engine(text).attributions[-1].speaker
    assert (found.name if found else None) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("The leader of the Kestrel Trust, Tom Hale, warned that the ban was “unfair.”", "Tom Hale"),
    ("The head of the Kestrel Trust, Tom Hale, said it was “unfair.”\n“It is sad,” he said.", "Tom Hale"),
    # a thing, not a job, before the commas: no name is read into it
    ("The report of the Kestrel Trust, Tom Hale, said the ban was “unfair.”", "report of the Kestrel Trust"),
])
def test_a_name_set_off_after_a_job_is_the_speaker(make_engine, text, speaker):
    """``The leader of the Kestrel Trust, Tom Hale, warned``: Tom Hale spoke, the leader is his role."""
    assert make_engine(text).attributions[-1].speaker.name == speaker


@pytest.mark.parametrize(("last", "speaker"), [
    ("Dunmore ran the mill for years, and he said it was “a good life.”", "Dunmore"),
    # Not joined: the words before the tag are what was said, about Dunmore.
    ("Dunmore had every right to sell the land, he wrote to the board.", "Tom Hale"),
])
def test_a_pronoun_joined_to_its_sentence_s_new_surname_is_that_person(make_engine, last, speaker):
    """``Dunmore ran the mill, and he said``: a surname first met as its sentence's subject.

    Only a word the article also writes capitalised mid-sentence, and only for a pronoun in
    a clause joined to the subject's.
    """
    engine = make_engine(f"Mayor Tom Hale spoke on Monday. The board thanked Dunmore.\n{last}")
    assert who(engine)[-1] == speaker


def test_a_body_named_with_a_preposition_before_a_titled_name(make_engine):
    """``The Council on Canal Safety Chief Counsel Tom Hale told …``: Hale, with the body's name as role.

    Only a job opening the sentence (``Experts on farming say``) is a job before a preposition;
    a capital after "The" is the body's own name.
    """
    engine = make_engine("A water users' association says the Vell County board misread the water law.\n"
                         "The Council on Canal Safety Chief Counsel Tom Hale told reporters in Mapleford "
                         "that the county's plan “breaks every promise.”")
    assert engine.attributions[1].speaker.name == "Tom Hale"


def test_a_public_role_never_stands_for_one_of_many_quoted_before(make_engine):
    """``“…,” another supporter wrote. … the mayor said``: the mayor is no supporter.

    With no one else to stand for, the mayor is a new speaker rather than the supporter.
    """
    engine = make_engine("“Turnout was rigged,” one Hale supporter wrote.\n"
                         "“Another county lost to bad lines,” another supporter wrote.\n"
                         "In a video from the county fair, the mayor said she came “to help the farmers.”")
    assert engine.attributions[2].speaker.name == "mayor"


def test_a_document_after_people_described_is_the_document_not_them(make_engine):
    """``Farmers say … “…,” the letter says``: the letter, not farmers (a body keeps its statement)."""
    engine = make_engine("Vell County farmers say the canal is two years late.\n"
                         "“The board has ignored every deadline,” the letter says.")
    assert engine.attributions[1].speaker.name == "letter"


def test_he_of_a_clause_opened_by_he_is_not_the_man_named_in_it(make_engine):
    """`When he rose after Lamb's toast, he said …`: neither "he" is Lamb."""
    engine = make_engine(
        "Ed Lamb, a radio host, introduced Sen. Tom Hale.\n"
        "Hale has long sought to unite rural voters behind him.\n"
        "When he rose after Mr. Lamb's toast at the fair, he said that winning would be easy.")
    assert who(engine)[2] == "Tom Hale"


def test_he_after_a_clause_opened_by_the_name_is_that_person(make_engine):
    """`When Lamb rose, he said …` is Lamb's, whoever was named before."""
    engine = make_engine(
        "Ed Lamb, a radio host, introduced Sen. Tom Hale.\n"
        "Hale has long sought to unite rural voters behind him.\n"
        "When Lamb rose after the vote at the fair, he said that winning would be easy.")
    assert who(engine)[2] == "Ed Lamb"
