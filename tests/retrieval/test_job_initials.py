"""Jobs written by their initials: spelt out only in capitals."""

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
