"""Whether a speaker has a name of their own, and whether typed text could be one."""

from retrieval.proper_names import name_like


def test_a_clause_is_not_a_name():
    assert name_like("the Chinese Foreign Ministry spokeswoman")
    assert not name_like("the reason the court gave that resulted in his claim")
