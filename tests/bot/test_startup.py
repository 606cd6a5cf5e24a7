"""`article-bot ask` loads only what answering needs: no Discord, no dotenv without a .env, no REPL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
from bot.__main__ import main
main(["ask", "--json", "what did Hua say?", "--article", sys.argv[1]])
print(" ".join(m for m in ("discord", "slack_bolt", "slack_sdk", "aiohttp", "dotenv", "bot.repl")
               if m in sys.modules), file=sys.stderr)
"""


def test_ask_imports_no_discord_dotenv_or_repl(tmp_path: Path):
    """Answering one question imports no chat library (discord.py, Slack's, aiohttp), dotenv or REPL."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    done = subprocess.run([sys.executable, "-c", CHECK, str(seed)], cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    assert '"speaker": "Hua Chunying"' in done.stdout
    assert done.stderr.strip() == ""


def test_a_one_shot_command_leaves_at_once_with_all_it_wrote(tmp_path: Path):
    """The program skips the interpreter's teardown after ``sentences``, yet every line gets out."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    done = subprocess.run([sys.executable, "-m", "bot", "sentences", "--json", "--article", str(seed)],
                          cwd=tmp_path, capture_output=True, text=True, check=True)
    assert len(json.loads(done.stdout)) == 36 and done.stderr == ""


def test_a_reader_that_leaves_early_is_no_error(tmp_path: Path):
    """``article-bot sentences | head -1``: status 0 and nothing on stderr."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    long = tmp_path / "long.txt"  # more than a pipe holds, so writing fails once the reader has gone
    long.write_text("\n\n".join([seed.read_text(encoding="utf-8")] * 20), encoding="utf-8")
    program = subprocess.Popen([sys.executable, "-m", "bot", "sentences", "--article", str(long)],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert program.stdout.readline()
    program.stdout.close()
    assert program.wait(timeout=60) == 0 and program.stderr.read() == b""
