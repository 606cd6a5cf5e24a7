"""Telling names from terms and clauses, from the article's own text."""

from retrieval import parse_article
from retrieval.naming import name_like, sentences_naming, written_as_name
from retrieval.sentences import split_sentences

TEXT = ("Ctenophores are comb jellies. A ctenophore swims with cilia.\n"
        "Biologist Ana Ruiz studies them. Ruiz works in Vigo.")
SENTENCES = split_sentences(TEXT, parse_article(TEXT).body_start)


def test_surname_alone_counts_as_naming_the_full_name():
    """"Ana Ruiz" is named in full once and as "Ruiz" afterwards."""
    assert sentences_naming(SENTENCES, "Ana Ruiz") == (2, 3)


def test_a_word_capitalised_only_at_a_sentence_start_is_no_name():
    """"ctenophore" is written in lower case inside sentences: a term, not a name."""
    assert not written_as_name(SENTENCES, "ctenophore", sentences_naming(SENTENCES, "ctenophore"))
    assert written_as_name(SENTENCES, "Ruiz", sentences_naming(SENTENCES, "Ruiz"))


def test_a_clause_is_not_a_name():
    assert name_like("the Chinese Foreign Ministry spokeswoman")
    assert not name_like("the reason the court gave that resulted in his claim")
