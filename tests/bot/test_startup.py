"""`article-bot ask` loads only what answering needs: no Discord, no dotenv without a .env, no REPL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
from bot.__main__ import main
main(["ask", "--json", "what did Hua say?", "--article", sys.argv[1]])
print(" ".join(m for m in ("discord", "slack_bolt", "slack_sdk", "aiohttp", "dotenv", "bot.repl", "shutil",
                          "difflib", "rank_bm25", "retrieval.index", "snowballstemmer")
               if m in sys.modules), file=sys.stderr)
"""


def test_ask_imports_no_discord_dotenv_or_repl(tmp_path: Path):
    """Answering one question imports no chat library (discord.py, Slack's, aiohttp), dotenv or REPL.

    Nor shutil, which argparse imports for the terminal's width unless told it (2 ms of a start),
    nor difflib, which only a misspelt name or word needs, nor rank-bm25, the index and its
    stemmer, which only a search needs (the next test asks one).
    """
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    done = subprocess.run([sys.executable, "-c", CHECK, str(seed)], cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    assert '"speaker": "Hua Chunying"' in done.stdout
    assert done.stderr.strip() == ""


def test_a_search_question_builds_the_index_it_needs(tmp_path: Path):
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    check = CHECK.replace("what did Hua say?", "what about sanctions?")
    done = subprocess.run([sys.executable, "-c", check, str(seed)], cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    assert '"intent": "search"' in done.stdout and "sanctions" in done.stdout
    assert done.stderr.split() == ["rank_bm25", "retrieval.index", "snowballstemmer"]


FROZEN_AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print(gc.get_freeze_count() > 0, file=sys.stderr))
sys.argv = ["article-bot", "ask", "what did Hua say?", "--article", sys.argv[1]]
from bot.__main__ import run
run()
"""


def test_the_console_script_leaves_nothing_for_the_collector_at_exit(tmp_path: Path):
    """What a run made is frozen before the process exits, where Python's last collections would scan it."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "tillerson-tokyo-2017.txt"
    done = subprocess.run([sys.executable, "-c", FROZEN_AT_EXIT, str(seed)], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 0 and "Hua" in done.stdout
    assert done.stderr.strip() == "True"
