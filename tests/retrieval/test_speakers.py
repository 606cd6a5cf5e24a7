"""The speaker registry: canonical names, roles, lookup and autocomplete."""

import json

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
    """'Mayor Alan Brewer': a given name before 'Brewer' (a noun for companies too) makes a person."""
    engine = make_engine("The hearing went on.\nMayor Alan Brewer said he had trusted the council.")
    assert [(s.name, s.role) for s in engine.speakers.quoted] == [("Alan Brewer", "Mayor")]
