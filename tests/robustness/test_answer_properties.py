"""Any text at all, asked of the engine or in chat, gets an answer that renders within Discord's limits."""

from __future__ import annotations

from discord_limits import CONTENT, assert_embed_fits, assert_pages_fit, assert_renders
from hypothesis import given
from hypothesis import strategies as st

from bot.conversation import Turn, follow_up
from bot.discord.embeds import sentence_embed, turn_pages
from bot.discord.replies import cooldown_text
from retrieval import MAX_QUESTION_CHARS, Engine

# Every Unicode character (control and format characters included), but no lone surrogates,
# which cannot come off Discord's gateway or a UTF-8 terminal.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=MAX_QUESTION_CHARS + 20)
invisible = st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=50)
names = st.one_of(st.sampled_from(["Hua", "Tillerson", "he", "the official", "Pak Myong Ho", "", "US"]),
                  any_text.map(lambda s: s[:60]))
templates = st.sampled_from([
    "what did {} say?", "what did {} say about {}?", "who said {}?", "{}'s comments on {}",
    "quotes from {}", "how did {} respond to {}?", "and {}?", "did {} say anything about {}?",
    "How much {} {}?", "When did {} {}?", "{} {}",
])
questions = st.builds(lambda t, a, b: t.format(a, b), templates, names, any_text.map(lambda s: s[:80]))


@given(any_text)
def test_any_text_gets_an_answer_that_renders(seed_engine: Engine, text: str):
    """Arbitrary Unicode, control characters included, is answered and rendered without error."""
    assert_renders(seed_engine, seed_engine.answer(text))


@given(invisible)
def test_empty_or_invisible_text_gets_a_prompt(seed_engine: Engine, text: str):
    """Empty, whitespace-only or control-character text gets a message suggesting a question."""
    answer = seed_engine.answer(text)
    assert answer.message and not answer.results
    assert_renders(seed_engine, answer)


@given(st.text(min_size=1, max_size=20), st.integers(100_000, 120_000))
def test_huge_questions_are_refused_politely(seed_engine: Engine, unit: str, size: int):
    """A 100 kB question is refused with a message about its length, not parsed."""
    text = (unit * (size // len(unit) + 1))[:size]
    answer = seed_engine.answer(text)
    assert f"{size:,} characters" in (answer.message or "")
    assert_renders(seed_engine, answer)


@given(questions)
def test_questions_about_arbitrary_names_and_topics_render(seed_engine: Engine, question: str):
    """Speaker, who-said and search questions with arbitrary names and topics all render."""
    assert_renders(seed_engine, seed_engine.answer(question))


@given(names)
def test_speaker_lookups_never_fail(seed_engine: Engine, name: str):
    """Finding, completing and answering for any name returns a speaker or None, never an error."""
    seed_engine.speakers.find(name)
    seed_engine.speakers.named(name)
    assert len(seed_engine.speakers.complete(name)) <= 25
    assert_renders(seed_engine, seed_engine.speaker_answer(name))


chat_messages = st.one_of(
    st.sampled_from(["more", "what else did she say?", "what else did he say", "and Pak?",
                     "what did they say about THAAD?", "go on please", "what did Hua say?"]),
    questions,
    st.text(st.characters(exclude_categories=["Cs"]), max_size=CONTENT),  # a whole Discord message
)


@given(st.lists(chat_messages, min_size=1, max_size=6))
def test_chat_conversations_render_every_turn(seed_engine: Engine, messages: list[str]):
    """A run of chat messages, follow-ups included, renders every turn within Discord's limits."""
    last: Turn | None = None
    for text in messages:
        last = follow_up(seed_engine, text, last)
        pages, page = turn_pages(seed_engine, last)
        assert 0 <= page < len(pages)
        assert_pages_fit(pages)


@given(st.integers(1, 36))
def test_every_sentence_embed_fits(seed_engine: Engine, number: int):
    """/sentence N renders within the embed limits for every sentence of the seed."""
    assert_embed_fits(sentence_embed(seed_engine, number))


@given(st.floats(0, 10**6, allow_nan=False))
def test_cooldown_notice_fits_a_message(retry_after: float):
    """The "slow down" reply is short plain content whatever the wait."""
    assert len(cooldown_text(retry_after)) <= CONTENT
