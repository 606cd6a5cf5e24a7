"""A speaker as a reader typed it, read back: the article's casing, whom a campaign speaks for."""

import pytest

from retrieval.speakers import Speaker
from retrieval.typed_speakers import as_written, document_asked, employee_of, without_entourage


@pytest.mark.parametrize(("text", "leader"), [("the Hale campaign", "Hale"), ("Ruiz's team", "Ruiz"),
                                              ("the vell county side", "vell county"), ("Tom Hale", None),
                                              ("the campaign", None)])
def test_an_entourage_asked_about_names_whom_it_speaks_for(text, leader):
    assert without_entourage(text) == leader


@pytest.mark.parametrize(("typed", "written"), [("the vcb", "the VCB"), ("the us", "the U.S."),
                                                ("the vell county board", "the Vell County Board"),
                                                ("the mayor", "the mayor")])
def test_a_body_typed_in_lower_case_is_shown_as_the_labels_write_it(typed, written):
    """Initials of a label ("VCB" of "Vell County Board") and dotted ones ("U.S.") are written so too."""
    voices = (Speaker("Ed Lamb", "chairman of the Vell County Board", (), (0,), ()),
              Speaker("Ana Ruiz", "U.S. official", (), (1,), ()))
    assert as_written(typed, voices) == written


@pytest.mark.parametrize(("text", "person"), [("Ed Lamb of the Vell Post", "Ed Lamb"),
                                              ("the Post's Ed Lamb", "Ed Lamb"), ("kvl's ed lamb", "ed lamb"),
                                              ("Ed Lamb", None), ("the Vell Post", None)])
def test_a_person_named_with_their_employer_is_the_person(text, person):
    assert employee_of(text) == person


@pytest.mark.parametrize(("text", "document"), [("the latest poll", "the poll"), ("poll", "the poll"),
                                                ("the most recent survey", "the survey"),
                                                ("the Vell Post poll", "the Vell Post poll"),
                                                ("the board", None)])
def test_a_document_asked_is_named_without_the_words_that_date_it(text, document):
    assert document_asked(text) == document
