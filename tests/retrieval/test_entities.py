"""The entity table: sentences noted once and in order, lookups by word, and who each sentence names."""

from __future__ import annotations

from retrieval.entities import EntityTable


def test_a_sentence_naming_one_anna_mentions_no_other_anna(make_engine):
    """Regression: "Anna Berg" in a sentence used to count as a mention of every Anna in the story."""
    engine = make_engine(
        "Foreign Minister Anna Berg said the talks had failed. "
        "Trade Minister Anna Holt said they would resume. "
        "Anna Berg left for Oslo on Monday. "
        "Holt stayed behind.\n")
    berg, holt = engine.speakers.find("Anna Berg"), engine.speakers.find("Anna Holt")
    assert berg.mentions == (0, 2)
    assert holt.mentions == (1, 3)


def test_a_name_followed_by_punctuation_or_inside_quotes_is_a_mention(make_engine):
    engine = make_engine("Mayor Ann Lee spoke. “Lee was right,” the paper wrote. "
                         "Nobody asked Ann Lee, sadly.\n")
    assert engine.speakers.find("Ann Lee").mentions == (0, 1, 2)


def test_a_shared_surname_alone_names_the_person_introduced_first():
    table = EntityTable(3)
    first, second = table.new("Lucía Ferrer", "person"), table.new("Pablo Ferrer", "person")
    table.note(first, 0)
    table.note(second, 1)
    found = table.mentions(["Lucía Ferrer led it.", "Pablo Ferrer built it.", "Ferrer said so."])
    assert found[first] == [0, 2] and found[second] == [1]


def test_notes_stay_sorted_and_unique_whatever_their_order():
    table = EntityTable(10)
    entity = table.new("Ann Lee", "person")
    for i in (5, 2, 5, 9, 2, 0):
        table.note(entity, i)
    assert entity.seen == [0, 2, 5, 9]
    assert table.mentioned[5] == (entity,)


def test_latest_is_the_entity_seen_last_by_a_sentence_among_many_with_the_word():
    """Hundreds of ministers: "the minister" at sentence i is the one named last up to i."""
    table = EntityTable(400)
    ministers = []
    for i in range(300):
        minister = table.new(f"Person{i} Name{i}", "person")
        table.set_role(minister, "Foreign Minister")
        table.note(minister, i)
        ministers.append(minister)
    table.note(ministers[7], 350)
    assert table.latest("minister", 200) is ministers[200]
    assert table.latest("minister", 399) is ministers[7]
    assert table.latest("minister", 0) is ministers[0]
    assert table.latest("governor", 399) is None


def test_merge_moves_the_sentences_and_forgets_the_merged_entity():
    table = EntityTable(3)
    person, described = table.new("Duarte Menezes", "person"), table.new("environment minister", "anonymous")
    table.note(described, 0)
    table.note(person, 2)
    table.merge(person, described)
    assert person.seen == [0, 2] and table.entities == [person]
    assert table.with_word("environment") == [] and table.mentioned[0] == (person,)


def test_a_name_cut_short_by_the_end_of_a_sentence_is_no_match():
    """Regression: "… said Secretary of State Rex" must not match a longer name run off the end."""
    table = EntityTable(1)
    whole = table.new("Secretary of State Rex Tillerson", "institution")
    cut = table.new("Secretary of State Rex", "institution")
    found = table.mentions(["They met Secretary of State Rex"])
    assert found[whole] == [] and found[cut] == [0]
