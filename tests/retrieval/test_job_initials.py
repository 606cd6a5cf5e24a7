"""Jobs written by their initials: spelt out in capitals, and a company chief ("ceo") in lower case too."""

import pytest

from retrieval.job_initials import spelt_out


@pytest.mark.parametrize(("text", "spelt"), [
    ("the AG", "the attorney general"),
    ("the A.G.", "the attorney general"),
    ("Mapleford DA Ed Lamb", "Mapleford district attorney Ed Lamb"),
    ("Luis da Costa", "Luis da Costa"),
    ("the NFA chairman", "the NFA chairman"),
])
def test_only_known_job_initials_in_capitals_are_spelt_out(text, spelt):
    assert spelt_out(text) == spelt


@pytest.mark.parametrize(("text", "spelt"), [
    ("the ceo", "the chief executive"),
    ("Kestrel CEO Dana Whit", "Kestrel chief executive Dana Whit"),
    ("the cfo", "the chief financial"),
])
def test_a_company_chief_is_spelt_out_in_lower_case_too(text, spelt):
    """"ceo" spells no English word: read as typed in chat, and as the job news writes, without "officer"."""
    assert spelt_out(text) == spelt


@pytest.mark.parametrize("article", [
    "Kestrel news.\n\nKestrel Foods chief executive Dana Whit said two plants would close.\n",
    "Kestrel news.\n\nKestrel Foods chief executive officer Dana Whit said two plants would close.\n",
])
def test_the_ceo_asked_finds_the_chief_executive(make_engine, article):
    """"what did the ceo say?" of "chief executive (officer) Dana Whit": her words, not "not mentioned"."""
    answer = make_engine(article).answer("what did the ceo say?")
    assert [r.speaker.name for r in answer.results] == ["Dana Whit"]
