"""Tagless quotes continue a neighbour's quote."""

from retrieval.continuations import fill_continuations
from tests.retrieval.test_attribution import who


def filled(make_reading, kinds, speakers):
    reading = make_reading(" ".join(f"S{n}." for n in range(len(kinds))))
    entities = {name: reading.table.new(name, "person") for name in set(speakers) - {None}}
    reading.kind_of = list(kinds)
    reading.speaker_of = [entities.get(s) for s in speakers]
    fill_continuations(reading)
    return [e.name if e else None for e in reading.speaker_of]


def test_continues_the_quote_before(make_reading):
    """A tagless direct quote after Lee's quote is Lee's."""
    assert filled(make_reading, ["direct", "direct"], ["Lee", None]) == ["Lee", "Lee"]


def test_continues_reported_speech_before(make_reading):
    """After Lee's reported speech, a tagless quote is still Lee's."""
    assert filled(make_reading, ["indirect", "direct"], ["Lee", None]) == ["Lee", "Lee"]


def test_opening_quote_takes_the_quote_after(make_reading):
    """A tagless quote before Lee's quote is Lee's."""
    assert filled(make_reading, ["direct", "direct"], [None, "Lee"]) == ["Lee", "Lee"]


def test_reported_speech_after_does_not_claim_a_quote(make_reading):
    """Reported speech after a tagless quote does not give it a speaker."""
    assert filled(make_reading, ["direct", "indirect"], [None, "Lee"]) == [None, "Lee"]


def test_narration_breaks_the_chain(make_reading):
    """Narration between two quotes: the second does not continue the first."""
    assert filled(make_reading, ["direct", None, "direct"], ["Lee", None, None]) == ["Lee", None, None]


def test_a_tag_standing_alone_after_a_quote_speaks_it(make_engine):
    """`“…” / Mayor Ann Lee said as the vote began.`: the quote before the bare tag is Lee's."""
    engine = make_engine("Turnout was low.\n“We will count every ballot.”\n"
                         "Mayor Ann Lee said as the vote began.")
    speakers = [a.speaker.name if a.speaker else None for a in engine.attributions]
    assert speakers == [None, "Ann Lee", "Ann Lee"]


def test_quote_with_its_own_unread_inverted_tag_continues_nobody(make_reading):
    """`“…,” said the night clerk known as Red`: the quote names its own speaker, even if unread."""
    reading = make_reading("“The mill will reopen,” Tom Hale said. “Nobody asked us first,” "
                           "said the night clerk known as Red, talking to reporters on the steps.")
    reading.kind_of = ["direct", "direct"]
    reading.speaker_of = [reading.table.new("Tom Hale", "person"), None]
    fill_continuations(reading)
    assert reading.speaker_of[1] is None


def test_the_quotation_after_a_question_put_to_someone_is_not_the_askers(make_engine):
    """``Ruiz asked, “Will you sell?”`` then a tagless quotation: the answer, not Ruiz again."""
    engine = make_engine("Tom Hale runs the Elmford mill.\nAna Ruiz asked him, “Will you sell it?”\n"
                         "“Not this year.”\nRuiz left soon after.")
    assert [a.speaker.name if a.speaker else None for a in engine.attributions] == \
        [None, "Ana Ruiz", None, None]


def test_a_quote_resumes_its_speaker_over_a_sentence_about_them(make_engine):
    """``“…,” says Ruiz. Ruiz backs Hale. “…”``: the quote after the sentence about her is hers again."""
    engine = make_engine("“Schools come first,” says Ana Ruiz, a nurse from Elmford.\n\n"
                         "Ruiz backs Tom Hale in the race for mayor.\n\n"
                         "“I have a degree, but I also have loans.”")
    assert who(engine) == ["Ana Ruiz", None, "Ana Ruiz"]


def test_a_sentence_about_someone_else_resumes_no_one(make_engine):
    """``“…,” says Ruiz. Hale backs her. “…”``: Hale was not quoted before; the quote stays unsure."""
    engine = make_engine("“Schools come first,” says Ana Ruiz, a nurse from Elmford.\n\n"
                         "Tom Hale backs her in the race for mayor.\n\n"
                         "“I have a degree, but I also have loans.”")
    assert who(engine) == ["Ana Ruiz", None, None]


def test_a_quote_alone_after_a_sentence_about_someone_is_theirs(make_engine):
    """``Ruiz praised the plan. “…” “…”``: both quoted sentences after the sentence about her are hers."""
    engine = make_engine("The Vell County board met on Monday.\n\n"
                         "Ana Ruiz praised the new harbour plan at the meeting.\n\n"
                         "“It is overdue. It is also fair to the fishermen.”")
    assert who(engine) == [None, None, "Ana Ruiz", "Ana Ruiz"]


def test_a_quote_after_someone_touting_her_plan_is_hers_not_the_man_quoted_before(make_engine):
    """``“…,” says Lamb. Ruiz touted her plan. “…”``: "her" is Ruiz, so Lamb is out of view."""
    engine = make_engine("“Schools come first,” says Ed Lamb, a teacher from Elmford.\n\n"
                         "Ana Ruiz touted her own plan for the schools.\n\n"
                         "“We need more teachers, not more forms.”")
    assert who(engine) == ["Ed Lamb", None, "Ana Ruiz"]


def test_words_quoted_in_a_sentence_with_no_tag_are_its_subjects(make_engine):
    """`Hale put out a video that promised, “…”`: the tag names no one, the words are Hale's."""
    engine = make_engine(
        "Tom Hale spoke in Vell.\n"
        "To sell his lessons, Hale put out a video that promised, “We will have great teachers.”")
    assert engine.attributions[1].speaker.name == "Tom Hale"


def test_words_quoted_about_a_passive_subject_are_not_theirs(make_engine):
    """`Hale was called a “menace” by the mayor`: someone else's words about Hale."""
    engine = make_engine("Tom Hale spoke in Vell.\nHale was called a “menace” by the mayor on Monday.")
    assert engine.attributions[1].speaker is None
