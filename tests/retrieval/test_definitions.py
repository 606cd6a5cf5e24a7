"""The term a question asks to be defined or named otherwise, met in the sentence that does it."""

from retrieval.definitions import definer


def test_what_is_a_term_is_met_by_the_sentence_opening_with_what_it_is():
    """What Harbor Works is, "Harbor Works is a firm …", meets "What is Harbor Works?"; naming it does not."""
    defines = definer("What is Harbor Works?")
    assert defines("Harbor Works is a firm of marine engineers.")
    assert not defines("The town hired Harbor Works to build the pier.")


def test_another_name_is_met_by_the_term_named_again_in_brackets_or_by_also_called():
    """The plural asked meets the singular: "another name for lamps" in "the lamp, also called a torch"."""
    defines = definer("What is another name for lamps?")
    assert defines("The lamp, also called a torch, hangs by the door.")
    assert defines("Two lamps (storm lanterns) hang by the door.")
    assert not defines("Two lamps hang by the door.")


def test_a_question_asking_neither_has_no_test():
    """A question such as "Who built the pier?" asks no term defined."""
    assert definer("Who built the pier?") is None
