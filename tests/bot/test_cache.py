"""The analysis cache: hits give the same answers; stale, corrupt or unsafe entries are never used."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from bot import cache
from bot.cache import cache_folder, load_engine
from retrieval import Engine, analysis_io, qa
from tests.conftest import SEED

QUESTIONS = ("what did Hua say?", "who said the radar is not aimed at just us?", "How much aid?")


def _load(folder: Path, **options) -> Engine:
    return load_engine(SEED, folder=folder, min_chars=0, progress=io.StringIO(), **options)


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def test_the_folder_follows_xdg_cache_home():
    assert cache_folder({"XDG_CACHE_HOME": "/x"}) == Path("/x/article-bot")
    assert cache_folder({}) == Path.home() / ".cache" / "article-bot"
    assert cache_folder({"XDG_CACHE_HOME": "relative"}) == Path.home() / ".cache" / "article-bot"


def test_no_home_folder_means_no_cache_not_an_error(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    out = io.StringIO()
    engine = load_engine(SEED, min_chars=0, progress=out)
    assert engine.answer(QUESTIONS[0]).results and "not caching" in out.getvalue()


def test_a_folder_that_cannot_be_made_means_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    out = io.StringIO()
    engine = load_engine(SEED, folder=blocker / "article-bot", min_chars=0, progress=out)
    assert engine.answer(QUESTIONS[0]).results and "not caching" in out.getvalue()


def test_a_second_load_comes_from_the_cache_with_the_same_answers(tmp_path, monkeypatch):
    folder = tmp_path / "article-bot"
    built = _load(folder)
    (entry,) = _entries(folder)
    monkeypatch.setattr(cache, "Engine", None)  # a cache hit builds nothing
    read = _load(folder)
    assert [read.answer(q) for q in QUESTIONS] == [built.answer(q) for q in QUESTIONS]
    assert _entries(folder) == [entry]


def test_a_cache_hit_rebuilds_nothing_even_for_a_question_about_a_body(tmp_path, monkeypatch):
    """Who speaks for which body is built before storing, so it comes back with the rest."""
    folder = tmp_path / "article-bot"
    built = _load(folder)
    monkeypatch.setattr(qa, "Bodies", None)
    read = _load(folder)
    question = "what did the foreign ministry say?"
    assert read.answer(question) == built.answer(question) and read.answer(question).results


def test_the_folder_and_entries_are_the_users_alone(tmp_path):
    folder = tmp_path / "article-bot"
    _load(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(_entries(folder)[0].stat().st_mode) == 0o600


def test_a_folder_others_can_write_is_not_used(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    out = io.StringIO()
    engine = load_engine(SEED, folder=folder, min_chars=0, progress=out)
    assert engine.answer(QUESTIONS[0]).results
    assert _entries(folder) == []
    assert "not yours alone" in out.getvalue()


def test_an_analysis_by_other_code_is_never_read(tmp_path, monkeypatch):
    """A new engine version means a new entry: the old one is not even opened."""
    folder = tmp_path / "article-bot"
    monkeypatch.setattr(analysis_io, "engine_version", lambda: "a" * 32)
    _load(folder)
    (old,) = _entries(folder)
    old.write_text("not read", encoding="utf-8")
    monkeypatch.setattr(analysis_io, "engine_version", lambda: "b" * 32)
    engine = _load(folder)
    assert engine.answer(QUESTIONS[0]).results
    assert len(_entries(folder)) == 2 and old.read_text(encoding="utf-8") == "not read"


@pytest.mark.parametrize("damage", ["", "{", '{"format": 1}', "[1, 2]"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path, damage):
    folder = tmp_path / "article-bot"
    built = _load(folder)
    (entry,) = _entries(folder)
    entry.write_text(damage, encoding="utf-8")
    again = _load(folder)
    assert again.answer(QUESTIONS[0]) == built.answer(QUESTIONS[0])
    assert analysis_io.loads(entry.read_text(encoding="utf-8"), again.article, analysis_io.engine_version())


def test_bytes_that_are_not_utf8_are_a_corrupt_entry(tmp_path):
    folder = tmp_path / "article-bot"
    _load(folder)
    (entry,) = _entries(folder)
    entry.write_bytes(b"\xff\xfe\x00")
    assert _load(folder).answer(QUESTIONS[0]).results


def test_short_articles_are_not_cached(tmp_path):
    folder = tmp_path / "article-bot"
    load_engine(SEED, folder=folder, progress=io.StringIO())
    assert not folder.exists()


def test_a_build_over_the_notice_time_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "NOTICE_AFTER_S", 0.0)
    out = io.StringIO()
    load_engine(SEED, folder=tmp_path / "article-bot", min_chars=0, progress=out)
    assert "for the first time" in out.getvalue() and "next time it comes from the cache" in out.getvalue()


def test_a_long_build_that_cannot_be_cached_promises_no_cache(tmp_path, monkeypatch):
    """A cache folder that can't be made: the notice ends without "next time it comes from the cache"."""
    monkeypatch.setattr(cache, "NOTICE_AFTER_S", 0.0)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = io.StringIO()
    load_engine(SEED, folder=blocker / "article-bot", min_chars=0, progress=out)
    assert "not caching" in out.getvalue() and "read in" in out.getvalue()
    assert "from the cache" not in out.getvalue()
