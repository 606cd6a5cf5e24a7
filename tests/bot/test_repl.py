"""The REPL: questions, commands, paging with "more"."""

import io
import json

import pytest

from bot.render import everything_shown
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
    """Asking for more past the end is answered, not ignored, in the words every chat front end uses."""
    out = run(seed_engine, "what did Hua say?\nmore\n")
    assert everything_shown("what did Hua say?") in out


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


def test_what_else_did_she_say_follows_up_on_the_last_speaker(seed_engine):
    """After "who said …?" found Hua, "what else did she say?" gives her other quotes, not "who?"."""
    out = run(seed_engine, "who said we welcome all parties?\nwhat else did she say?\n")
    assert "not sure who you mean" not in out
    assert out.count("— Hua Chunying") == 3  # §16 first, then §15 and §17, each once


def test_and_name_switches_speaker(seed_engine):
    """"and Pak?" after a question about Hua answers with Pak's quotes."""
    out = run(seed_engine, "what did Hua say?\nand Pak?\n")
    assert out.count("— Pak Myong Ho, North Korean embassy official") == 3


def test_they_after_and_a_body_follows_the_body(seed_engine):
    """"and the US?" then "what else did they say?" pages through the US's voices, never asks who."""
    out = run(seed_engine, "what did the State Department say?\nand the US?\nwhat else did they say?\n")
    assert "The US is quoted through" in out and "Who do you mean" not in out
    assert out.count("— Rex Tillerson") == 2 * PAGE_SIZE and "(10 more: type “more”)" in out


def test_a_chat_mention_asked_about_gets_who_do_you_mean(seed_engine):
    """"what did @everyone say?" is answered with a question back, echoing no mention."""
    out = run(seed_engine, "what did @everyone say?\n")
    assert "Who do you mean?" in out and "@everyone" not in out


def test_what_else_after_a_speaker_answer_pages_on(seed_engine):
    """After Tillerson's first page, "what else did he say?" shows his next page."""
    out = run(seed_engine, "what did Tillerson say?\nwhat else did he say?\n")
    assert out.count("— Rex Tillerson") == 2 * PAGE_SIZE


def test_more_counts_down_to_the_end(seed_engine):
    """Tillerson's 10 sentences: the hint counts down 7, 4, 1, then the end is said once."""
    out = run(seed_engine, "/speaker Tillerson\nmore\nmore\nmore\nmore\n")
    assert [n for n in (7, 4, 1) if f"({n} more: type “more”)" in out] == [7, 4, 1]
    assert out.count("— Rex Tillerson") == 10 and out.count("That was everything") == 1


def test_json_mode_follows_up_too(seed_engine):
    """In --json, "what did she say?" after Hua is about Hua; "more" has nothing left to add."""
    lines = run(seed_engine, "what did Hua say?\nwhat did she say?\nmore\n", as_json=True).splitlines()
    first, second, third = (json.loads(line) for line in lines)
    assert second["speaker"] == "Hua Chunying" and second["results"] == first["results"]
    assert third["results"] == [] and "everything" in third["message"]


@pytest.mark.parametrize("word", ["quit", "exit", "Quit.", "EXIT!"])
def test_quit_and_exit_work_without_the_slash(seed_engine, word):
    """"quit" or "exit" alone ends the session like /quit."""
    assert "Hua" not in run(seed_engine, f"{word}\nwhat did Hua say?\n")


def test_help_works_without_the_slash(seed_engine):
    """"help" alone shows the help; a question containing "help" is still a question."""
    out = run(seed_engine, "help\n")
    assert out.startswith("Ask anything about the article")
    assert "Ask anything about the article" not in run(seed_engine, "did China help?\n")


def test_text_wraps_at_the_width_without_breaking_words(seed_engine):
    """At width 40 every line fits (or is one long word) and the words are those of the unwrapped text."""
    wide, narrow = io.StringIO(), io.StringIO()
    for out, width in ((wide, None), (narrow, 40)):
        lines = io.StringIO("what did Hua say?\n/speakers\n")
        Repl(seed_engine, out, width=width).run(lines, interactive=False)
    lines = narrow.getvalue().splitlines()
    assert len(lines) > len(wide.getvalue().splitlines())
    assert all(len(line) <= 40 or " " not in line.strip() for line in lines)
    assert narrow.getvalue().split() == wide.getvalue().split()
    assert "  — Hua Chunying, Chinese Foreign" in lines  # an attribution keeps its indent


def test_she_after_a_search_follows_the_woman_it_showed(make_engine):
    """At the terminal as in chat: after a search showing Hale and Ruiz, "she" is Ruiz, "they" asks which."""
    engine = make_engine("Town news.\n\nTom Hale said the clinic would open in May. "
                         "Ana Ruiz said the clinic budget was too small. "
                         "“We will pay for the roads first,” Ruiz said.\n")
    out = run(engine, "what about the clinic?\nwhat else did they say?\nwhat else did she say?\n")
    assert "Who do you mean by “they”: Tom Hale or Ana Ruiz?" in out
    assert "“We will pay for the roads first,” Ruiz said.\n  — Ana Ruiz" in out


def test_control_characters_are_shown_not_obeyed(seed_engine):
    """An escape code typed into the REPL never reaches the terminal, and the question is still read."""
    out = run(seed_engine, "what did \x1b[2J\x1b]0;x\x07Pak think of the radar?\n")
    assert "\x1b" not in out and "\x07" not in out and "— Pak Myong Ho" in out


@pytest.mark.parametrize("as_json", [False, True])
def test_an_unknown_slash_command_lists_the_commands(seed_engine, as_json):
    """`/share` (a chat button's word) is told the REPL's commands, not searched for as a question."""
    out = run(seed_engine, "/share\n", as_json=as_json)
    assert "There is no /share here" in out and "/speakers" in out and "Nothing in the article" not in out


def test_about_and_sentence_work_as_in_chat(seed_engine):
    """`/about` and `/sentence 16` answer in the REPL as they do on Discord and Slack."""
    out = run(seed_engine, "/about\n/sentence §16\n/sentence 99\n")
    assert "Dateline: Tokyo · Agency: Reuters · Sentences: 36" in out
    assert "» §16 “We welcome all parties" in out and "  §15 In Beijing" in out
    assert "Speaker: Hua Chunying, Chinese Foreign Ministry spokeswoman (quoted directly)" in out
    assert "The article has 36 sentences: pick one from 1 to 36." in out


def test_about_and_sentence_as_json(seed_engine):
    """`--json` gets the facts and the sentence as objects; a bad number is an error object."""
    lines = [json.loads(line) for line in run(seed_engine, "/about\n/sentence 16\n/sentence 0\n",
                                               as_json=True).splitlines()]
    assert lines[0]["dateline"] == "Tokyo" and lines[0]["sentences"] == 36
    assert lines[1]["sentence"] == 16 and lines[1]["speaker"] == "Hua Chunying"
    assert "pick one from 1 to 36" in lines[2]["error"]


def test_a_piped_line_is_read_to_a_bound_and_the_next_line_still_answered(seed_engine):
    """A 200,000-character line costs bounded memory: its first 64 KiB are the question, the rest dropped."""
    out = run(seed_engine, "x" * 200_000 + "\nwhat did Pak say?\n")
    assert "That question is 65,536 characters long" in out
    assert out.count("— Pak Myong Ho, North Korean embassy official") == 3
