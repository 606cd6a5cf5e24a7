"""A tag after a quotation whatever its verb: ``“…,” Ed Lamb shot back.``"""

import pytest

from tests.retrieval.test_attribution import who


@pytest.mark.parametrize(("text", "speakers"), [
    # The verb is no verb of saying, yet the quotation's tag: not a continuation of Hale.
    ("“The roads are fine,” Tom Hale said.\n“They are a disgrace,” Ed Lamb shot back.",
     ["Tom Hale", "Ed Lamb"]),
    ("“The roads are fine,” Tom Hale said.\n“Not one of them is,” Ana Ruiz scoffed with a laugh.",
     ["Tom Hale", "Ana Ruiz"]),
    # A verb of saying that also counts ("added to the total") reports here.
    ("“The roads are fine,” Tom Hale said.\n“We fixed them,” Ana Ruiz added to reporters.",
     ["Tom Hale", "Ana Ruiz"]),
    # "and" after the verb goes on with what the speaker did next.
    ("“The roads are fine,” Tom Hale said.\n“Go home,” Ana Ruiz barked and a guard led Tom Hale out.",
     ["Tom Hale", "Ana Ruiz"]),
    ("Tom Hale spoke first.\nAna Ruiz came later.\n“We will see,” she mused.", [None, None, "Ana Ruiz"]),
    ("“The roads are fine,” Tom Hale said.\nAna Ruiz disagreed.\n"
     "“We are not done,” she continued.",
     ["Tom Hale", None, "Ana Ruiz"]),
    # A title in quotation marks opening a sentence is no quotation with a tag.
    ("“Elm Street Blues” star Ana Ruiz sang in Elmford.", [None]),
    ("“Elm Street Blues” opened in Elmford on Friday.", [None]),
])
def test_a_name_and_any_verb_after_a_quotation_tag_it(make_engine, text, speakers):
    """``“…,” she mused``: the name or pronoun after the quotation speaks, whatever the verb."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("“The roads are fine,” Tom Hale said.\n“They are a disgrace,” scoffed Ed Lamb.",
     ["Tom Hale", "Ed Lamb"]),
    ("“The roads are fine,” Tom Hale said.\n“Not for long,” mused Ana Ruiz, “not for long.”",
     ["Tom Hale", "Ana Ruiz"]),
    # The speaker's town after "of" is part of the tag.
    ("“The roads are fine,” Tom Hale said.\n“This is wonderful!” beamed Ana Ruiz of Elmford, who came early.",
     ["Tom Hale", "Ana Ruiz"]),
    ("“Elm Street Blues” won Best of Show.", [None]),
    # A name that goes on into a phrase, or a number opening a list line, is no tag.
    ("“Elm Street Blues” won Best Song at the Elmford fair.", [None]),
    ("“Top picks”\n1 Tom Hale.", [None, None]),
])
def test_any_verb_right_after_a_quotation_and_before_a_name_tags_it(make_engine, text, speakers):
    """``“…,” mused Ana Ruiz.``: the inverted tag, whatever the verb."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("“The roads are fine,” Tom Hale said.\n“They are a disgrace,” an angry Ed Lamb snapped.",
     ["Tom Hale", "Ed Lamb"]),
    ("Mayor Ana Ruiz met Tom Hale.\n“The roads are fine,” Tom Hale said.\n“We will see,” the mayor scoffed.",
     [None, "Tom Hale", "Ana Ruiz"]),
])
def test_a_described_name_or_role_after_a_quotation_tags_it(make_engine, text, speakers):
    """``“…,” an angry Ed Lamb snapped``, ``“…,” the mayor scoffed``: an article before the speaker."""
    assert who(make_engine(text)) == speakers
