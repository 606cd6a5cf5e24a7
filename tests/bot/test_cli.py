"""The command line: subcommands, the --json contract, and errors without tracebacks."""

import json
import subprocess
import sys

import pytest

from bot.__main__ import NO_TOKEN_NOTICE, main
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
