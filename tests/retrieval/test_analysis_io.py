"""The engine's analysis as JSON: the same answers read back, and nothing but data loaded."""

from __future__ import annotations

import json

import pytest

from retrieval import Engine, load_article
from retrieval.analysis_io import dumps, engine_version, loads
from tests.conftest import DATA, SEED

ARTICLES = [SEED, *sorted((DATA / "articles").glob("*.txt"))[:4]]


def _questions(article) -> list[str]:
    found = DATA / "questions" / f"{article.stem}.json"
    if not found.exists():
        return ["who is quoted?", "what happened?", "", "how much?"]
    asked = [q["q"] for q in json.loads(found.read_text(encoding="utf-8"))["questions"]]
    return [*asked, "who is quoted?", "what happened?", "", "how much?"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_an_engine_read_back_answers_as_the_one_built(path):
    article = load_article(path)
    built = Engine(article)
    read = loads(dumps(built, "v"), article, "v")
    assert read.sentences == built.sentences
    assert read.speakers.all == built.speakers.all
    assert read.quotes == built.quotes
    for question in _questions(path):
        assert read.answer(question) == built.answer(question), question


def test_the_index_is_built_by_the_first_search_and_stored_whole_once_completed():
    article = load_article(SEED)
    engine = Engine(article)
    engine.answer("what did Hua say?")
    assert "index" not in vars(engine._searcher)  # a speaker lookup ranks nothing
    assert "index" not in vars(loads(dumps(engine, "v"), article, "v")._searcher)
    engine.complete()
    read = loads(dumps(engine, "v"), article, "v")
    assert {"_names", "_bodies"} <= vars(read).keys()
    assert {"index", "ranker"} <= vars(read._searcher).keys()
    assert read.answer("what about sanctions?") == engine.answer("what about sanctions?")


def test_analysis_from_other_code_or_of_another_article_is_refused(seed_engine):
    text = dumps(seed_engine, "v1")
    with pytest.raises(ValueError, match="other code"):
        loads(text, seed_engine.article, "v2")
    other = load_article(DATA / "articles" / "local-apartment-fire.txt")
    with pytest.raises(ValueError, match="another article"):
        loads(text, other, "v1")


@pytest.mark.parametrize("damage", [
    lambda d: d["classes"].__setitem__(0, ["subprocess:Popen", d["classes"][0][1]]),
    lambda d: d["classes"].__setitem__(0, ["os:system", []]),
    lambda d: d["classes"].__setitem__(0, ["retrieval.nowhere:Engine", d["classes"][0][1]]),
    lambda d: d.__setitem__("engine", ["n", "|O", [1], [None]]),
    lambda d: d.__setitem__("engine", ["L", [["o", 0, []]]]),
    lambda d: d.__setitem__("engine", ["x", 1]),
    lambda d: d.__setitem__("engine", ["r", 99]),
    lambda d: d.__setitem__("engine", ["c", "t", 0, 3, [["L", [1, 2]]]]),
    lambda d: d.__setitem__("engine", ["c", "d", 0, 1, []]),
], ids=["foreign class", "a function", "no such module", "object array", "object in a plain list",
        "unknown tag", "dangling", "table of the wrong shape", "table as a dict"])
def test_only_the_engines_classes_and_plain_data_are_loaded(seed_engine, damage):
    """Classes from elsewhere, object arrays and malformed data are refused, never called."""
    data = json.loads(dumps(seed_engine, "v"))
    damage(data)
    with pytest.raises(ValueError):
        loads(json.dumps(data), seed_engine.article, "v")


def test_many_objects_of_a_class_are_written_as_a_table(seed_engine):
    """Sentences and attributions go column by column (the quick path), and read back the same."""
    data = json.loads(dumps(seed_engine, "v"))
    tables = []

    def walk(v):
        if type(v) is list and v:
            if v[0] == "c" and len(v) == 5 and v[1] in ("l", "t") and type(v[2]) is int:  # not a word "c"
                tables.append(data["classes"][v[2]][0])
            for x in v:
                walk(x)
    walk(data["engine"])
    assert {"retrieval.attribution:Attribution", "retrieval.sentences:Sentence"} <= set(tables)
    assert loads(json.dumps(data), seed_engine.article, "v").attributions == seed_engine.attributions


def test_truncated_text_is_refused(seed_engine):
    with pytest.raises(ValueError):
        loads(dumps(seed_engine, "v")[:-100], seed_engine.article, "v")


def test_the_version_is_stable_and_names_the_code():
    version = engine_version()
    assert version == engine_version() and len(version) == 32
