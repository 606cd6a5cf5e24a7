"""Whatever is in the article file, loading it gives an engine or an ArticleError, and answers render."""

from __future__ import annotations

from pathlib import Path

import pytest
from discord_limits import assert_embed_fits, assert_pages_fit, assert_renders
from hypothesis import given
from hypothesis import strategies as st

from bot.discord.embeds import about_embed, sentence_embed, speakers_pages
from bot.render import speakers_text
from retrieval import ArticleError, Engine, parse_article

QUESTIONS = ("what did he say?", "who is quoted?", "who said it?", "what happened?", "summarize",
             "what did the official say about it?", "How much?", "and Smith?")
FRAGMENTS = (
    "TOKYO (Reuters) - ", "WASHINGTON, March 15 (AP) — ", "Secretary of State Rex Tillerson",
    "Hua Chunying", "Mr.", "U.S.", "a U.S. official", "the official", "he", "she", "they", "said",
    "told Reuters", "according to", "said on Thursday", "declined to comment", "was told", ",", ".",
    "?", "!", ":", "...", "…", "$1.35 billion", "20 years", "“", "”", '"', "‘", "’", "'", "(", ")",
    "\n", "\n\n", " ", " ", " ", "North Korea", "China", "THAAD", "missile", "—", "-", "e.g.",
    "Inc.", "Sen.", "R-Texas", "who said", "saying", "in a statement", "We", "it is clear",
    "“We will act,” Tillerson said. ", "Hua Chunying, a spokeswoman, said ", " he told reporters.",
    "“It is clear,” said a U.S. official. ", "“Why now?” she asked. ", "Pak said: “No.” ",
)
news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
words = st.lists(st.sampled_from([f for f in FRAGMENTS if not set(f) & set("“”\"‘’'")]), max_size=60)
no_quotes = words.map(" ".join)
only_quotes = st.lists(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="“”\"\n"),
                               min_size=1, max_size=60), min_size=1, max_size=8).map(
    lambda quotes: " ".join(f"“{q}”" for q in quotes))
stray_marks = st.lists(st.sampled_from(["“", "”", '"', "“\n", "”\n"]), min_size=1, max_size=5).map("".join)
unbalanced = st.builds(lambda text, marks: text + marks, news_like, stray_marks)
unicode_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=400)


def assert_engine_renders(engine: Engine) -> None:
    """Everything a front end shows about this article fits, and typical questions render."""
    for sentence in engine.sentences:
        assert engine.article.text[sentence.start : sentence.end] == sentence.text
    assert isinstance(speakers_text(engine), str)
    assert_embed_fits(about_embed(engine))
    assert_pages_fit(speakers_pages(engine))
    assert_embed_fits(sentence_embed(engine, len(engine.sentences)))
    for question in QUESTIONS:
        assert_renders(engine, engine.answer(question))
    for speaker in engine.speakers.all[:3]:
        assert_renders(engine, engine.speaker_answer(speaker.name))


def build(text: str) -> Engine | None:
    """The engine over ``text``, or None when it is rejected with the documented ArticleError."""
    try:
        return Engine(parse_article(text, source="fuzzed.txt"))
    except ArticleError:
        return None


@pytest.fixture(scope="module")
def article_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "article.txt"


@given(data=st.binary(max_size=2000))
def test_random_bytes_load_or_raise_article_error(article_file: Path, data: bytes):
    """Random bytes as the article file give an engine or an ArticleError, nothing else."""
    article_file.write_bytes(data)
    try:
        engine = Engine.load(article_file)
    except ArticleError as error:
        assert str(error)
    else:
        assert_engine_renders(engine)


@given(news_like)
def test_news_like_fragments_build_and_render(text: str):
    """Text stitched from news fragments, quotes and tags in any order builds and answers."""
    engine = build(text)
    if engine is not None:
        assert_engine_renders(engine)


@given(no_quotes)
def test_article_without_quotes_quotes_no_one_directly(text: str):
    """With no quotation marks no sentence is a direct quote, and answers still render."""
    engine = build(text)
    if engine is not None:
        assert all(a.kind != "direct" for a in engine.attributions)
        assert_engine_renders(engine)


@given(only_quotes)
def test_article_of_only_quotes_builds_and_renders(text: str):
    """An article that is nothing but quotations builds and answers."""
    engine = build(text)
    if engine is not None:
        assert_engine_renders(engine)


@given(unbalanced)
def test_unbalanced_quotation_marks_build_and_render(text: str):
    """Stray opening or closing quotation marks never break reading the article."""
    engine = build(text)
    if engine is not None:
        assert_engine_renders(engine)


@given(unicode_text)
def test_arbitrary_unicode_article_builds_or_is_empty(text: str):
    """Any Unicode text is an article or an EmptyArticle error."""
    engine = build(text)
    if engine is not None:
        assert_engine_renders(engine)


@given(st.integers(3000, 30000), st.sampled_from(["word ", "x", "Capital ", "“quote” ", "a, "]))
def test_enormous_sentences_are_split_across_pages(size: int, unit: str):
    """A single sentence longer than a whole embed is cut into pages that each fit."""
    body = (unit * (size // len(unit) + 1))[:size]
    engine = build(f"Hua Chunying said: “{body}.”\nShe said {body}.")
    assert engine is not None
    assert_engine_renders(engine)
