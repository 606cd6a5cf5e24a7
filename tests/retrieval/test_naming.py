"""Telling names from terms and clauses, from the article's own text."""

import pytest

TEXT = ("Ctenophores are comb jellies. A ctenophore swims with cilia.\n"
        "Biologist Ana Ruiz studies them. Ruiz works in Vigo.")


@pytest.fixture
def names(make_engine):
    return make_engine(TEXT)._names


def test_surname_alone_counts_as_naming_the_full_name(names):
    """"Ana Ruiz" is named in full once and as "Ruiz" afterwards."""
    assert names.sentences_naming("Ana Ruiz") == (2, 3)


def test_a_word_capitalised_only_at_a_sentence_start_is_no_name(names):
    """"ctenophore" is written in lower case inside sentences: a term, not a name."""
    assert not names.written_as_name("ctenophore", names.sentences_naming("ctenophore"))
    assert names.written_as_name("Ruiz", names.sentences_naming("Ruiz"))

