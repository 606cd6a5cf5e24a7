"""The speech pass: tags resolved to speakers, quotations grouped, and each sentence's kind."""

from retrieval.mentions import read_mentions
from retrieval.speech import quote_groups, read_speech


def read(make_reading, text):
    reading = make_reading(text)
    read_mentions(reading)
    read_speech(reading)
    return reading


def test_sentences_of_one_quotation_form_one_group(make_reading):
    """A quotation over two sentences joins them; the narration after stands alone."""
    reading = make_reading("“One. Two,” Lee said. It rained.")
    assert quote_groups(reading) == [[0, 1], [2]]


def test_tag_anywhere_in_the_group_speaks_for_all_of_it(make_reading):
    """The tag in the second sentence of a quotation gives the first its speaker."""
    reading = read(make_reading, "“One point. Two points,” Mayor Ann Lee said.")
    assert [e.name for e in reading.speaker_of] == ["Ann Lee", "Ann Lee"]


def test_kinds(make_reading):
    """Quoted with tag: direct; reported with a fragment: mixed; reported: indirect; narration: none."""
    reading = read(make_reading,
                   "“We won,” Lee said.\nLee said the “fair” vote ended.\nLee said it ended.\nIt rained.")
    assert reading.kind_of == ["direct", "mixed", "indirect", None]


def test_tag_before_the_quote_leaves_it_direct(make_reading):
    """`Lee said: “…”` is direct: only the tag is outside the quotation marks."""
    reading = read(make_reading, "Mayor Ann Lee said: “The bridge opens in May.”")
    assert reading.kind_of == ["direct"]


def test_unreadable_speaker_stays_speech_without_a_name(make_reading):
    """`Those close to him say that …` is speech whose speaker is unknown."""
    reading = read(make_reading, "Those close to him say that he will stand again.")
    assert reading.tags[0] is not None and reading.tags[0].subject == []
    assert reading.speaker_of == [None]
    assert reading.kind_of == ["indirect"]


def test_speaker_learns_gender_from_own_pronoun(make_reading):
    """`Sam Hale said she agreed`: Hale is a woman."""
    reading = read(make_reading, "Sam Hale said she agreed.")
    assert reading.speaker_of[0].gender == "f"


def test_a_line_ending_with_a_colon_introduces_the_quotation_after_it(make_reading):
    """`Hale continued:` introduces Hale's quotation on the next line; a transcript names nobody."""
    reading = read(make_reading, "Senator Ted Hale spoke.\nHale continued:\n“You see the problem.”\n"
                                 "Partial transcript follows:\n“Nobody trusts them.”")
    assert [e.name if e else None for e in reading.speaker_of] == [None, None, "Ted Hale", None, None]


def test_a_transcript_turn_inside_quotation_marks_names_its_label(make_reading):
    """`"HALE: …` with the marks taking in the label: the named Hale, or the label in title case."""
    reading = read(make_reading, "Senator Ted Hale joined the show.\n\"HALE: We will win the vote.\n"
                                 "\"MORROW: Will you run again?")
    assert [e.name if e else None for e in reading.speaker_of] == [None, "Ted Hale", "Morrow"]


def test_a_tag_line_ending_with_a_colon_introduces_a_block_quotation(make_reading):
    """`Ruiz added:` alone on its line: the paragraph after it is Ruiz's, without quotation marks."""
    reading = read(make_reading, "Mayor Ana Ruiz spoke last.\nThe Ames Herald responded:\n"
                                 "It is a shame. We will appeal.\nThe council then adjourned.")
    speakers = [e.name if e else None for e in reading.speaker_of]
    assert speakers == [None, None, "Ames Herald", "Ames Herald", None]
    assert reading.kind_of[1] is None


def test_an_ally_or_a_backer_is_an_unnamed_source(make_reading):
    """`A Hale ally suggested …`, `said one Ruiz backer`: a person named by a tie to another."""
    reading = read(make_reading, "A Hale ally suggested she would change course.\n"
                                 "“It is hard,” said one Ruiz backer.")
    assert [e.name if e else None for e in reading.speaker_of] == ["Hale ally", "Ruiz backer"]


def test_a_country_named_with_its_ally_has_no_job(make_reading):
    """`Even Indonesia, Vell's closest friend, said`: the country speaks, and "friend" is no job of it."""
    reading = read(make_reading, "Even Indonesia, Vell's closest friend, said it opposed the test.")
    assert reading.speaker_of[0].role is None


def test_a_tie_opening_the_sentence_is_neither_name_nor_role(make_reading):
    """`Rival Ana Ruiz had mocked …, saying`: the speaker is Ana Ruiz, with no role."""
    reading = read(make_reading, 'Rival Ana Ruiz had scoffed at the complaint, saying it was "not fair."')
    assert (reading.speaker_of[0].name, reading.speaker_of[0].role) == ("Ana Ruiz", None)


def test_a_surname_that_is_also_a_tie_stays_a_name(make_reading):
    """`Dan Friend, the fund's lawyer,` then `Friend said`: a surname, not "a friend"."""
    reading = read(make_reading, "Dan Friend, the fund's lawyer, spoke on Monday.\n"
                                 "Friend said the fund was legal.")
    assert reading.speaker_of[1].name == "Dan Friend"


def test_a_body_is_not_the_person_whose_job_names_it(make_reading):
    """`Ed Lamb, a lawyer for the union,` then `The union says`: the union speaks, not its lawyer."""
    reading = read(make_reading, "“We had no choice,” said Ed Lamb, a lawyer for the union.\n"
                                 "The lawyer added that it would appeal.\nThe union says it will strike.")
    assert [e.name for e in reading.speaker_of] == ["Ed Lamb", "Ed Lamb", "union"]


def test_a_party_before_a_name_is_no_part_of_it(make_reading):
    """`Republican Tom Hale`, `Democrat Nia Porter`: the party is a label, so "she" can find her."""
    reading = read(make_reading, "Republican Tom Hale said the race was close.\n"
                                 "Democrat Nia Porter spoke later; she said the plan was weak.\n"
                                 "Republican Ed Lamb, a former mayor, said no.")
    assert [(e.name, e.role) for e in reading.speaker_of] == [
        ("Tom Hale", None), ("Nia Porter", None), ("Ed Lamb", "former mayor")]
