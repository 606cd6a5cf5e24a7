"""Reading a role's words: its key words, initials, job, head and the bodies it works for."""

from retrieval.role_words import acronyms, job, job_head, key_words, owners


def test_key_words_read_titles_demonyms_and_one_job_by_two_names() -> None:
    assert key_words("Sen. Ana Ruiz") == ["senator", "ana", "ruiz"]
    assert key_words("the Spanish spokeswoman") == key_words("Spain spokesperson")
    assert key_words("Mr. Tom Hale") == ["tom", "hale"]


def test_acronyms_skip_small_words_inside_a_run_and_need_three_initials() -> None:
    assert "nfa" in acronyms("Northern Farmers Association")
    assert "dvs" in acronyms("Department of Vell Safety")
    assert acronyms("Ed Lamb") == []


def test_job_drops_where_it_is_held_and_its_head_is_the_last_word() -> None:
    assert job("spokeswoman for the agency") == "spokeswoman"
    assert job_head("Vell Water Authority chief engineer") == ["engineer"]


def test_owners_are_the_job_s_name_before_it_or_a_capitalised_body_after_it() -> None:
    assert owners("campaign spokesman") == ["campaign"]
    assert "Vell Hall" in owners("Vell Hall Press Secretary")
    assert "VWA" in owners("executive director of the VWA in Vell")
    assert owners("spokeswoman for the agency") == []
