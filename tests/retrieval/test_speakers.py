"""The speaker registry: canonical names, roles, lookup and autocomplete."""

import json

import pytest

from retrieval.speakers import Speaker, SpeakerRegistry
from tests.conftest import DATA


def test_registry_has_canonical_names_roles_and_quote_counts(seed_engine):
    """Each quoted speaker has a canonical name, the article's role, and its sentences."""
    hua = seed_engine.speakers.find("Hua")
    assert hua.name == "Hua Chunying"
    assert hua.role == "Chinese Foreign Ministry spokeswoman"
    assert [i + 1 for i in hua.sentences] == [15, 16, 17]
    assert {"Hua", "Hua Chunying"} <= set(hua.aliases)


def test_mentioned_people_are_exactly_the_gold_list(seed_engine):
    """People only named (Kishida, Abe, Wang Yi …) are listed apart, and places are not people."""
    gold = json.loads((DATA / "gold" / "tillerson-tokyo-2017.json").read_text(encoding="utf-8"))
    mentioned = {s.name for s in seed_engine.speakers.mentioned}
    assert mentioned == set(gold["mentioned_not_quoted"])
    assert not mentioned & {s.name for s in seed_engine.speakers.quoted}


def test_find_returns_none_for_unknown_names(seed_engine):
    """A name that matches nobody is None, not the closest stranger."""
    assert seed_engine.speakers.find("Angela Merkel") is None
    assert seed_engine.speakers.find("") is None


def test_complete_filters_by_prefix_and_caps_at_limit(seed_engine):
    """Autocomplete offers quoted speakers matching what was typed, at most `limit`."""
    assert [s.name for s in seed_engine.speakers.complete("hu")] == ["Hua Chunying"]
    assert [s.name for s in seed_engine.speakers.complete("spokes")] == ["Mark Toner", "Hua Chunying"]
    assert len(seed_engine.speakers.complete("", limit=3)) == 3
    assert seed_engine.speakers.complete("zzz") == []


def test_demonyms_and_possessive_places_find_the_role(make_engine):
    """`the Spanish minister` finds `Spain’s Ecological Transition Minister Elena Sarmiento`."""
    engine = make_engine(
        "Environment Minister Duarte Menezes said the treaty was broken.\n"
        "Spain’s Ecological Transition Minister Elena Sarmiento said it was not.")
    assert engine.speakers.find("the Spanish minister").name == "Elena Sarmiento"
    assert engine.speakers.find("the Portuguese minister") is None


def test_a_surname_that_also_names_bodies_is_still_a_person(make_engine):
    """'Mayor Alan Brewer': a given name before 'Brewer' (also a body's noun) makes a person."""
    engine = make_engine("The hearing went on.\nMayor Alan Brewer said he had trusted the council.")
    assert [(s.name, s.role) for s in engine.speakers.quoted] == [("Alan Brewer", "Mayor")]


def _registry(*people: tuple[str, str | None]) -> SpeakerRegistry:
    speakers = [Speaker(name, role, (name,), (i,), ()) for i, (name, role) in enumerate(people)]
    return SpeakerRegistry(speakers)


def test_the_woman_is_the_one_woman_quoted():
    """"the woman" finds the only woman quoted (by a given name or a job word), "the man" the only man."""
    registry = _registry(("Tom Hale", "mayor"), ("Ana Ruiz", "Vell County clerk"),
                         ("Vell County board", None))
    assert registry.find("the woman").name == "Ana Ruiz"
    assert registry.find("the man").name == "Tom Hale"
    assert registry.find("the Vell County woman").name == "Ana Ruiz"
    assert registry.find("the lady from Vell County").name == "Ana Ruiz"


def test_the_woman_among_several_is_nobody_found_but_all_described():
    """Two women quoted: find() does not guess; described() names both for the reply to ask which."""
    registry = _registry(("Ana Ruiz", "clerk"), ("Tom Hale", "mayor"), ("Ann Vell", "spokeswoman"))
    assert registry.find("the woman") is None
    assert [s.name for s in registry.described("the woman")] == ["Ana Ruiz", "Ann Vell"]
    assert registry.described("the mayor") == ()  # no word of sex: a job, found by find()


def test_a_job_word_for_either_sex_finds_the_one_of_that_sex():
    """"the spokeswoman" finds a spokesperson or a woman called spokesman; never the man."""
    registry = _registry(("Ed Lamb", "board spokesman"), ("Ana Ruiz", "clinic spokesperson"))
    assert registry.find("the spokeswoman").name == "Ana Ruiz"
    assert registry.find("the spokesman").name == "Ed Lamb"
    assert registry.find("the chairwoman") is None


def test_her_in_a_job_asked_is_no_womans_job():
    """"her lawyer" asks for the lawyer, whoever that is, not a woman."""
    registry = _registry(("Ed Lamb", "lawyer"), ("Ana Ruiz", "clerk"))
    assert registry.find("her lawyer").name == "Ed Lamb"


def test_a_job_by_its_initials_finds_the_job_written_either_way():
    """"the DA" finds "district attorney Ana Ruiz", "the district attorney" finds "DA Tom Hale"'s
    county, and a name's small "da" is never a job."""
    registry = _registry(("Ana Ruiz", "Vell County district attorney"), ("Tom Hale", "Mapleford DA"),
                         ("Luis da Costa", "clerk"))
    assert registry.find("the Vell County DA").name == "Ana Ruiz"
    assert registry.find("the Mapleford district attorney").name == "Tom Hale"
    assert registry.find("the da").name == "Luis da Costa"


def test_a_role_that_only_names_a_body_is_no_job_held():
    """"KVL's Ed Lamb" speaks for KVL; "the board spokesman" holds the job "spokesman"."""
    lamb = Speaker("Ed Lamb", "KVL", (), (0,), ())
    hale = Speaker("Tom Hale", "board spokesman", (), (1,), ())
    assert not lamb.holds("kvl") and not lamb.holds("KVL")
    assert hale.holds("the spokesman")


def test_a_body_asked_in_lower_case_is_named_as_written_and_quoted_through(make_engine):
    engine = make_engine("Vote news.\n\nThe vote is close, noted KVL’s Ed Lamb. "
                         '"It could go either way," he wrote.\n')
    assert engine.answer("what did kvl say").message == "KVL is quoted through Ed Lamb, KVL."


@pytest.mark.parametrize("question", ["what did the hale campaign say", "what did Hale's team say?"])
def test_a_campaign_asked_about_is_its_leaders_voices(make_engine, question):
    """The article says "Hale spokesman Ed Lamb", never "the Hale campaign": the spokesman answers."""
    engine = make_engine("Bill news.\n\nHale spokesman Ed Lamb said the senator would sign the bill.\n\n"
                         "Tom Hale, a senator, was at home.\n\nCritics said it was weak.\n")
    answer = engine.answer(question)
    assert answer.message == "Hale is quoted through Ed Lamb, Hale spokesman."
    assert [r.sentence.number for r in answer.results] == [2]


def test_a_role_ending_with_a_stop_ends_the_note_once(make_engine):
    engine = make_engine("Base news.\n\nRetired Vell Air Guard Gen. Ed Lamb said the base would close.\n")
    assert engine.answer("what did the air guard say").message.endswith("Gen.")


def test_a_name_typed_without_its_accents_is_found(make_engine):
    """Readers type `Nunez` for `Núñez`, `Zoe` for `Zoë`."""
    engine = make_engine("“We are ready,” said José Núñez-Ortega.\n“Not affordable,” said Zoë Blake.")
    assert engine.speakers.find("Nunez").name == "José Núñez-Ortega"
    assert engine.speakers.find("zoe blake").name == "Zoë Blake"


def test_a_plural_body_is_quoted_through_its_voice_with_are(make_engine):
    """"what did the farmers say?" → "The farmers are quoted through …"; one body stays "is"."""
    engine = make_engine("“We will watch,” said Gareth Owusu, who chairs the Vell Farmers Association.\n")
    assert engine.answer("what did the farmers say?").message.startswith("The farmers are quoted through")
    assert engine.answer("what did the association say?").message.startswith("The Association is quoted")
