"""Verbs that report through their clause: a quotation in their "that" clause or after their comma."""

import pytest

from retrieval.quoted_clauses import clause_opener
from retrieval.tokens import Token
from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    # Quoted words in the "that" clause of a past-tense verb are its subject's.
    ("In the drought, Ana Ruiz worried that the well was running “dry by June.”", ["Ana Ruiz"]),
    ("Tom Hale estimated that “half the town” backs the plan.", ["Tom Hale"]),
    # A past tense without -ed too.
    ("A county audit found that the fund was “nearly empty” by May.", ["county audit"]),
    # Not after an article or a preposition, nor without a quotation.
    ("Ana Ruiz worried that the well was running dry.", [None]),
    ("Farmers spoke of the hatred that “outsiders” feel.", [None]),
])
def test_a_past_tense_verb_whose_that_clause_quotes(make_engine, text, speakers):
    """``Ruiz worried that the well was running “dry by June”``: Ruiz's words."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz fretted to a crowd in Elmford that the dam was “a leaky mess.”", ["Ana Ruiz"]),
    ("Tom Hale hinted to reporters that the mill would “close by May.”", ["Tom Hale"]),
    # "that" opening a relative clause, or the clause of a claim, is none of the verb's.
    ("Ana Ruiz died in a crash that “shocked” the town.", [None]),
    ("Ana Ruiz worked at a bakery that sold “green” bread.", [None]),
    ("The Elmford Post pounced on Hale’s claim that the mill had “hundreds” of jobs.", ["Hale"]),
])
def test_a_past_tense_verb_then_a_phrase_then_a_quoting_that_clause(make_engine, text, speakers):
    """``fretted to a crowd in Elmford that … “…”``: a phrase of listener or place may come first."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A present-tense verb's "that" clause quotes its subject, after a name, a person or a body.
    ("Maybe he figures that a second term on the “Elm Board” was reward enough.", ["Tom Hale"]),
    ("The Ruiz campaign projects that “a small levy on trades” would raise $7 billion.",
     ["Ruiz campaign"]),
    # Not a noun after a name that modifies it, nor the listeners of a verb of saying.
    ("There is worry among farmers and some Ruiz allies that the “river vote” is lost.", [None]),
    ("Ana Ruiz tells Hale supporters that “he will fix the roads.”", ["Ana Ruiz"]),
])
def test_a_present_tense_verb_whose_that_clause_quotes(make_engine, text, speakers):
    """``he figures that … “…”``; not ``some Ruiz allies that …``."""
    assert who(make_engine("Tom Hale spoke first.\n" + text))[1:] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("He jokes, “The queue goes round the block!”", ["Tom Hale"]),
    ("At their first forum, Ana Ruiz cracked, “I fix potholes, not blame.”", ["Ana Ruiz"]),
    # A noun before the comma is no verb of its subject.
    ("Ana Ruiz held up the sign, “Farmers for Hale.”", [None]),
])
def test_a_verb_then_a_comma_and_a_closing_quotation(make_engine, text, speakers):
    """``Ruiz cracked, “…”``: the verb before a comma and a quotation ending the sentence reports it."""
    assert who(make_engine("Tom Hale spoke first.\n" + text))[1:] == speakers


def test_a_clause_after_that_opens_with_a_subject_not_a_verb():
    """``that | they``, ``that | the``, ``that | Hale`` open a clause; ``a crash that | killed`` does not."""
    assert all(clause_opener(Token(word, 0, len(word))) for word in ("they", "the", "Hale", "you"))
    assert not any(clause_opener(Token(word, 0, len(word))) for word in ("killed", "won", "Of"))
