"""The relations a question's prepositions state, read the same from questions and sentences."""

from retrieval.relations import relations


def test_a_preposition_is_paired_with_the_term_of_the_word_it_governs_past_an_article():
    """Both "at the depot" and "at a depot" give ("at", the term of "depot")."""
    assert relations("What happens at the depot?") == relations("Sorted at a depot.") != frozenset()


def test_a_preposition_governing_a_stop_word_gives_no_relation():
    """In "built for what farmers?" the preposition governs no word of the subject."""
    assert relations("Built for what farmers?") == frozenset()
