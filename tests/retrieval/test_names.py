"""Names: a capitalised phrase split into the role before it and the person's name."""

import pytest

from retrieval.names import is_given_name, split_title


@pytest.mark.parametrize(("text", "role", "name"), [
    ("Meteorologist Ed Lamb", "Meteorologist", "Ed Lamb"),  # a job no list has, before a given name
    ("Beekeeper Ana Ruiz", "Beekeeper", "Ana Ruiz"),
    ("Brian Ed Lamb", "", "Brian Ed Lamb"),  # a given name ending as jobs do ("-ian") stays in the name
    ("Secretary Ed Lamb", "Secretary", "Ed Lamb"),
])
def test_a_word_ending_as_jobs_do_before_a_given_name_is_the_role(make_reading, text, role, name):
    """`Meteorologist Ed Lamb said …`: the sentence's capital makes the job look like part of the name."""
    words = make_reading(f"{text} said no.").tokens[0][:len(text.split())]
    found_role, found_name = split_title(words)
    assert (" ".join(t.text for t in found_role), " ".join(t.text for t in found_name)) == (role, name)


def test_given_names_come_from_both_lists():
    """A nickname ("ed") counts as well as a common name ("edward")."""
    assert is_given_name("ed") and is_given_name("edward") and not is_given_name("meteorologist")


@pytest.mark.parametrize("text", ["Kestrel Foods", "Vell Motors Inc.", "Harborton Airlines",
                                  "Eastvale Holdings"])
def test_a_company_name_names_no_person(make_reading, text):
    """`Kestrel Foods said …`: a word that ends company names makes a body, which "the company" is later."""
    words = make_reading(f"{text} said no.").tokens[0][:len(text.split())]
    assert split_title(words)[1] == []
