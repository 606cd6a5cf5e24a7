"""The REPL: questions, commands, paging with "more"."""

import io
import json

from bot.repl import PAGE_SIZE, Repl


def run(engine, text, as_json=False) -> str:
    out = io.StringIO()
    assert Repl(engine, out, as_json).run(io.StringIO(text), interactive=False) == 0
    return out.getvalue()


def test_answers_each_line(seed_engine):
    """A question gets its sentences with attribution lines."""
    out = run(seed_engine, "what did Pak say?\n")
    assert out.count("— Pak Myong Ho, North Korean embassy official") == 3


def test_more_pages_through_long_answers(seed_engine):
    """Tillerson has 10 sentences: the first page shows PAGE_SIZE, "more" the next."""
    out = run(seed_engine, "what did Tillerson say?\nmore\n")
    assert out.count("— Rex Tillerson") == 2 * PAGE_SIZE
    assert "more: type “more”" in out


def test_more_after_the_last_page_says_so(seed_engine):
    """Asking for more past the end is answered, not ignored."""
    out = run(seed_engine, "what did Hua say?\nmore\n")
    assert "That was everything" in out


def test_speaker_and_speakers_commands(seed_engine):
    """/speaker NAME answers like a question; /speakers lists the registry."""
    out = run(seed_engine, "/speaker toner\n/speakers\n")
    assert "— Mark Toner, State Department spokesman (§14)" in out
    assert "Mentioned, not quoted:" in out and "Fumio Kishida" in out


def test_quit_stops_reading(seed_engine):
    """Lines after /quit are not answered."""
    assert "Hua" not in run(seed_engine, "/quit\nwhat did Hua say?\n")


def test_help_lists_commands(seed_engine):
    """/help explains how to ask and the commands."""
    assert "/speakers" in run(seed_engine, "/help\n")


def test_json_mode_prints_one_object_per_line_including_blank_ones(seed_engine):
    """Every input line, even a blank one, gets exactly one JSON object."""
    lines = run(seed_engine, "what did Hua say?\n\n", as_json=True).splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["message"].startswith("Ask me something")
