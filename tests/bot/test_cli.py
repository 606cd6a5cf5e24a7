"""The command line: subcommands, options on either side of them, the --json contract, consoles, Ctrl-C."""

import json
import os
import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from benchmarks import synthetic
from bot.__main__ import NO_TOKEN_NOTICE, build_parser, main
from tests.bot.starting import wait_until_the_bot_imports
from tests.conftest import SEED


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No token or article path leaks in from the machine or a .env file."""
    for name in ("DISCORD_TOKEN", "ARTICLE_PATH", "DISCORD_GUILD_ID", "ANSWER_CHANNEL_IDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def run_json(capsys, *argv):
    assert main([*argv, "--article", str(SEED), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_sentences_json_contract(capsys):
    """`sentences --json` lists every sentence numbered from 1 with speaker and kind."""
    sentences = run_json(capsys, "sentences")
    assert len(sentences) == 36
    assert sentences[15] == {
        "sentence": 16, "speaker": "Hua Chunying", "quote": "direct",
        "text": sentences[15]["text"]}
    assert set(sentences[0]) == {"sentence", "text", "speaker", "quote"}


def test_ask_json_contract(capsys):
    """`ask --json` has question, intent, speaker, results and mentions."""
    answer = run_json(capsys, "ask", "what did Hua say?")
    assert answer["intent"] == "speaker" and answer["speaker"] == "Hua Chunying"
    assert [r["sentence"] for r in answer["results"]] == [15, 16, 17]
    assert set(answer["results"][0]) == {"sentence", "text", "speaker", "quote", "score"}
    assert answer["mentions"] == []


def test_ask_json_not_quoted_lists_mentions(capsys):
    """Someone only mentioned: no results, and the sentences that name them (from 1)."""
    answer = run_json(capsys, "ask", "what did Kishida say?")
    assert answer["results"] == [] and {2, 22} <= set(answer["mentions"])


def test_speakers_json(capsys):
    """`speakers --json` gives quoted and mentioned people with their sentence numbers."""
    registry = run_json(capsys, "speakers")
    hua = next(s for s in registry["quoted"] if s["name"] == "Hua Chunying")
    assert hua["quoted"] == [15, 16, 17]
    assert "Fumio Kishida" in {s["name"] for s in registry["mentioned"]}


def test_ask_text_shows_quote_then_attribution(capsys):
    """Readable output: the sentence, then `— name, role (§N)`."""
    assert main(["ask", "--article", str(SEED), "what did Hua say?"]) == 0
    out = capsys.readouterr().out
    assert "— Hua Chunying, Chinese Foreign Ministry spokeswoman (§16)" in out


def test_missing_article_is_one_line_and_status_2(capsys, tmp_path):
    """A bad path gives one line on stderr naming it, exit status 2, no traceback."""
    assert main(["ask", "--article", str(tmp_path / "gone.txt"), "hi"]) == 2
    err = capsys.readouterr().err
    assert "gone.txt" in err and "Traceback" not in err and err.count("\n") == 1


def test_article_path_from_env_file(capsys, tmp_path):
    """ARTICLE_PATH in ./.env chooses the article."""
    article = tmp_path / "mine.txt"
    article.write_text("“It works,” Ann Lee said.", encoding="utf-8")
    (tmp_path / ".env").write_text(f"ARTICLE_PATH={article}\n", encoding="utf-8")
    assert main(["sentences", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["speaker"] == "Ann Lee"


def test_no_token_falls_back_to_repl_with_notice(capsys, monkeypatch):
    """Plain `article-bot` with no token starts the REPL and says why on stderr."""
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("what did Pak say?\n"))
    assert main(["--article", str(SEED)]) == 0
    captured = capsys.readouterr()
    assert NO_TOKEN_NOTICE in captured.err
    assert "Pak Myong Ho" in captured.out


def test_piped_repl_json_prints_one_object_per_line():
    """`repl --json` reading a pipe prints one JSON object per input line, no prompts."""
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "repl", "--json", "--article", str(SEED)],
        input="what did Hua say?\nwho said the radar is not aimed at just us?\n/speakers\n",
        capture_output=True, text=True, timeout=60, check=True)
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    first, second, third = (json.loads(line) for line in lines)
    assert first["speaker"] == "Hua Chunying" and second["speaker"] == "Pak Myong Ho"
    assert "quoted" in third


def test_binary_article_exits_2_without_traceback(tmp_path):
    """Run as a process: a binary article is a one-line error and exit status 2."""
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "--article", str(path), "hi"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "binary" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("argv", "article", "verbose"), [
    (["--article", "a.txt", "ask", "q"], "a.txt", False),
    (["ask", "--article", "a.txt", "q"], "a.txt", False),
    (["--article", "a.txt", "ask", "--article", "b.txt", "q"], "b.txt", False),
    (["-v", "discord"], None, True),
    (["discord", "-v"], None, True),
    (["--article", "a.txt", "-v"], "a.txt", True),
    (["sentences"], None, False),
])
def test_options_count_before_or_after_the_subcommand(argv, article, verbose):
    """--article and -v work on either side of the subcommand; the one after it wins."""
    args = build_parser().parse_args(argv)
    assert (str(args.article) if args.article else None, args.verbose) == (article, verbose)


@pytest.mark.parametrize("columns", ["44", "200"])
def test_help_fits_the_width_in_columns(monkeypatch, columns):
    """Help is laid out at COLUMNS, as argparse does on its own: narrow wraps, wide keeps lines whole."""
    monkeypatch.setenv("COLUMNS", columns)
    lines = build_parser().format_help().splitlines()
    assert max(map(len, lines)) <= int(columns) - 2
    description = "Answer questions about a news article, and say who said what."
    assert (description in lines) == (columns == "200")


def test_json_before_the_subcommand_is_refused_clearly(capsys):
    """--json belongs to the commands that print JSON: before the subcommand it is an error, not ignored."""
    with pytest.raises(SystemExit) as done:
        main(["--json", "ask", "--article", str(SEED), "what did Hua say?"])
    assert done.value.code == 2
    assert "unrecognized arguments: --json" in capsys.readouterr().err


def test_article_before_the_subcommand_beats_article_path(capsys, monkeypatch, tmp_path):
    """`--article F ask …` answers about F even when ARTICLE_PATH names another article."""
    other = tmp_path / "other.txt"
    other.write_text("“Nothing here,” Bo Chen said.", encoding="utf-8")
    monkeypatch.setenv("ARTICLE_PATH", str(other))
    assert main(["--article", str(SEED), "ask", "--json", "what did Hua say?"]) == 0
    assert json.loads(capsys.readouterr().out)["speaker"] == "Hua Chunying"


def test_version(capsys):
    """--version prints the installed version and exits 0."""
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"article-bot {version('article-bot')}\n"


def run_bot(*argv, cwd, env=None, **options):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "ARTICLE_"))}
    return subprocess.run([sys.executable, "-m", "bot", *argv], cwd=cwd, env={**environ, **(env or {})},
                          capture_output=True, timeout=60, **options)


def test_console_that_cannot_encode_gets_replacements(tmp_path):
    """With a cp437 console, curly quotes and § print as "?", with no traceback."""
    done = run_bot("ask", "--article", str(SEED), "what did Hua say?", cwd=tmp_path,
                   env={"PYTHONIOENCODING": "cp437"})
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("cp437")
    assert "?We welcome all parties" in out and "(?16)" in out and b"Traceback" not in done.stderr


def test_json_on_a_console_that_cannot_encode_is_the_same_json(tmp_path):
    """`ask --json` on a cp437 console escapes what it cannot show, so the JSON reads back the same."""
    plain = run_bot("ask", "--json", "--article", str(SEED), "what did Hua say?", cwd=tmp_path)
    cp437 = run_bot("ask", "--json", "--article", str(SEED), "what did Hua say?", cwd=tmp_path,
                    env={"PYTHONIOENCODING": "cp437"})
    assert cp437.returncode == 0 and json.loads(cp437.stdout) == json.loads(plain.stdout)
    assert "“" in json.loads(plain.stdout)["results"][1]["text"]


def test_several_seed_articles_say_which_is_used(tmp_path):
    """With three articles in seeds/, the first by name is used and stderr says so, naming the others."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("b.txt", "a.txt", "c.txt"):
        (seeds / name).write_text(f"“This is {name},” Ann Lee said.", encoding="utf-8")
    done = run_bot("ask", "what did Ann Lee say?", cwd=tmp_path, text=True)
    assert "This is a.txt" in done.stdout
    assert done.stderr.startswith("article-bot: Article: seeds/a.txt")
    assert "b.txt, c.txt" in done.stderr and "--article PATH or ARTICLE_PATH" in done.stderr


def test_one_seed_article_is_used_without_a_notice(tmp_path):
    """A single article in seeds/ is simply used: nothing on stderr for a one-shot command."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "only.txt").write_text("“Alone,” Ann Lee said.", encoding="utf-8")
    done = run_bot("ask", "what did Ann Lee say?", cwd=tmp_path, text=True)
    assert "Alone" in done.stdout and done.stderr == ""


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # whatever the test runner ignores, Python handles it


def test_ctrl_c_during_start_up_leaves_quietly(tmp_path):
    """SIGINT while a large article loads: status 130, no traceback, stderr ends the line."""
    article = tmp_path / "big.txt"
    article.write_text(synthetic.generate(150).text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--article", str(article), "hi"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)
    wait_until_the_bot_imports(proc.pid)
    time.sleep(0.2)  # importing, or building the engine (about 0.5 s on its own at this size)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert b"Traceback" not in err and err.endswith(b"\n") and out == b""


def test_ctrl_c_that_a_library_turns_into_an_import_error_leaves_quietly(tmp_path):
    """numpy's C start-up reports a Ctrl-C during its import as an ImportError: still 130, quietly."""
    fake = tmp_path / "numpy"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "import os, signal, time\n"
        "try:\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(5)\n"
        "except KeyboardInterrupt:\n"
        "    raise ImportError('PyCapsule_Import could not import module \"datetime\"') from None\n")
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "--article", str(SEED), "hi"],
                          cwd=tmp_path, capture_output=True, timeout=60, preexec_fn=_default_sigint,
                          env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert proc.returncode == 130, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr and proc.stderr.endswith(b"\n") and proc.stdout == b""


def test_quotes_json_contract(capsys):
    """`quotes --json`: each quote once, in article order, with spans and sentence numbers from 1."""
    quotes = run_json(capsys, "quotes")
    keys = {"speaker", "kind", "content", "cue", "speaker_mention", "sentences"}
    assert all(set(q) == keys for q in quotes)
    hua = next(q for q in quotes if q["sentences"] == [16, 17])  # one quote over two sentences
    assert hua["speaker"] == "Hua Chunying" and hua["kind"] == "direct"
    text = SEED.read_text(encoding="utf-8")
    assert text[slice(*hua["content"][0])].startswith("We welcome all parties")
    assert text[slice(*hua["cue"])] == "told" and text[slice(*hua["speaker_mention"])] == "Hua"
    numbers = [n for q in quotes for n in q["sentences"]]
    assert numbers == sorted(set(numbers))  # in order, no sentence twice
    assert not any(set(q["sentences"]) == {17} for q in quotes)


def test_quotes_json_offsets_slice_the_file_with_bom_crlf_and_accents(capsys, tmp_path):
    """Offsets count the file's own characters: a byte-order mark, CRLF line ends, accented letters."""
    raw = ("\ufeffMayor Zoë Núñez spoke in São Paulo.\r\n"
           "“Café prices will fall,” Núñez said.\r\n“They must.”\r\n"
           "Núñez said the crisis was “over” for now.\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert main(["quotes", "--json", "--article", str(path)]) == 0
    direct, mixed = json.loads(capsys.readouterr().out)
    assert [raw[a:b] for a, b in direct["content"]] == ["Café prices will fall", "They must."]
    assert raw[slice(*direct["cue"])] == "said" and raw[slice(*direct["speaker_mention"])] == "Núñez"
    assert direct["sentences"] == [2, 3] and direct["speaker"] == "Zoë Núñez"
    assert [raw[a:b] for a, b in mixed["content"]] == ["the crisis was “over” for now"]


def test_quotes_text_names_who_and_where(capsys):
    """`quotes` prints each quote's sentences, speaker and kind, then its words."""
    assert main(["quotes", "--article", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "§16–§17  Hua Chunying, Chinese Foreign Ministry spokeswoman (direct)\n  We welcome" in out


def test_quotes_json_transcript_turn_has_the_colon_as_cue(capsys, tmp_path):
    """`WALLACE: …` is a quote whose cue is the colon and whose content follows it."""
    path = tmp_path / "transcript.txt"
    path.write_text("Chris Wallace hosted.\nWALLACE: Will you be there tomorrow?\n", encoding="utf-8")
    assert main(["quotes", "--json", "--article", str(path)]) == 0
    quotes = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")
    assert [text[slice(*q["cue"])] for q in quotes] == [":"]
    assert [text[a:b] for a, b in quotes[0]["content"]] == ["Will you be there tomorrow?"]


def test_a_missing_dependency_is_one_line_not_a_traceback(tmp_path):
    """A Python without rank-bm25 (the system's, outside the virtualenv) is told what to install."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    script = ("import sys\nsys.modules['rank_bm25'] = None  # as if not installed\n"
              "from bot.__main__ import main\n"
              f"sys.exit(main(['ask', 'what about sanctions?', '--article', {str(seed)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "'rank_bm25' is not installed" in done.stderr
    assert "pip install -e ." in done.stderr and "Traceback" not in done.stderr


CONTROLS = "\x1b[2J\x1b]0;title\x07\r\x9b31m\x7f"  # clear screen, retitle and bell, CR, C1 CSI, DEL


def _obeyable(text: str) -> set[str]:
    return {ch for ch in text if (ch < " " and ch not in "\t\n") or "\x7f" <= ch < "\xa0"}


def test_text_output_never_passes_control_characters_to_the_terminal(capsys, tmp_path):
    """Escape codes in a question or an article are shown as "\ufffd", never obeyed by the terminal."""
    article = tmp_path / "codes.txt"
    article.write_text(f"Ana Ruiz said the{CONTROLS} dam is safe.\nTom Hale said it{CONTROLS} leaks.\n")
    for command in (["ask", f"what did{CONTROLS} Ana Ruiz say about the dam?"], ["sentences"],
                    ["quotes"], ["speakers"]):
        assert main([*command, "--article", str(article)]) == 0
        out = capsys.readouterr().out
        assert not _obeyable(out), command
        if command == ["sentences"]:
            assert "the\ufffd[2J\ufffd]0;title" in out


def test_an_error_line_never_passes_control_characters(capsys, tmp_path):
    """A path holding escape codes is named in the one-line error without them."""
    assert main(["ask", "hi", "--article", str(tmp_path / f"gone{CONTROLS}.txt")]) == 2
    err = capsys.readouterr().err
    assert "gone" in err and not _obeyable(err)


def test_a_token_broken_across_lines_is_one_line_and_status_2(capsys, monkeypatch):
    """A token pasted over two lines stops start-up with one line naming it, never the token itself."""
    monkeypatch.setenv("DISCORD_TOKEN", "top\nsecret")
    monkeypatch.setenv("DISCORD_API_BASE", "http://127.0.0.1:9/api/v10")  # never the real Discord
    assert main(["discord", "--article", str(SEED)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISCORD_TOKEN" in err and "secret" not in err


def test_ci_runs_exactly_the_readme_test_command():
    """README's quick start promises `.ci/run` runs its test command, word for word."""
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [block.strip() for block in quick_start.split("```sh\n")[1:]]
    tests = next(block.split("\n```")[0] for block in commands if "pytest" in block)
    ci = [line for line in (root / ".ci" / "run").read_text().splitlines() if line and line[0] != "#"]
    assert ci[-1] == tests


def test_json_escapes_del_and_c1_controls_too(capsys):
    """`--json` on a UTF-8 console writes DEL and C1 (a CSI is one) as \\u escapes: the same JSON."""
    question = "what did\x9b2J Hua\x7f say?"
    assert main(["ask", question, "--article", str(SEED), "--json"]) == 0
    out = capsys.readouterr().out
    assert not _obeyable(out) and "\\u009b2J" in out and json.loads(out)["question"] == question


def test_repl_without_any_stdin_ends_quietly(capsys, monkeypatch):
    """`article-bot repl <&-` (no stdin at all) reads as empty input: status 0, no traceback."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["repl", "--article", str(SEED)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_one_line(tmp_path):
    """`article-bot ask … > /dev/full`: one line saying why, status 1, no traceback."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "bot", "ask", "--article", str(SEED), "who is Hua?"],
                              cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1 and err.count("\n") == 1 and "No space left on device" in err


@pytest.mark.parametrize(("command", "says"), [
    ("repl", "Ask questions interactively."), ("ask", "Answer one question."),
    ("quotes", "Every quote once, with its spans."), ("slack", "Run the Slack bot (Socket Mode)."),
])
def test_each_subcommands_help_says_what_it_does(monkeypatch, capsys, command, says):
    """`article-bot repl --help` said only its usage and options: now its first line of prose too."""
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    assert says in capsys.readouterr().out.splitlines()
