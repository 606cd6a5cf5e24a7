"""Consoles as people have them: input in another encoding than the console's, or not text at all."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bot.test_cli import run_bot
from tests.conftest import SEED


@pytest.mark.parametrize(("encoding", "typed"), [
    ("ascii", "what did Hua say? \u2019\n".encode()),  # a curly quote typed on an ASCII console
    ("utf-8", b"what did Hua say? \xff\n"),  # a Latin-1 byte piped into a UTF-8 one
])
def test_input_the_console_cannot_decode_is_answered_not_a_traceback(tmp_path, encoding, typed):
    """A line the console's encoding cannot read is still answered, its odd bytes as "\ufffd"."""
    done = run_bot("repl", "--article", str(SEED), cwd=tmp_path, input=typed + b"who is Pak?\n",
                   env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert b"Hua Chunying" in done.stdout and b"Pak Myong Ho" in done.stdout


NO_HOME = """
import pathlib, sys
def no_home(cls):
    raise RuntimeError("Could not determine home directory.")
pathlib.Path.home = classmethod(no_home)  # as for a user id with no passwd entry and no HOME
from bot.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_repl_runs_without_a_home_folder(tmp_path):
    """A container's arbitrary user id has no home folder: the REPL answers, keeping no history
    file; importing it raised RuntimeError ("Could not determine home directory")."""
    done = subprocess.run([sys.executable, "-c", NO_HOME, "repl", "--article", str(SEED)], cwd=tmp_path,
                          input=b"what did Hua say?\n", capture_output=True, timeout=60)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert b"Hua Chunying" in done.stdout


def test_history_is_kept_only_in_memory_without_a_home_folder(monkeypatch):
    """Turning history on where there is no home folder neither fails nor writes a file anywhere."""
    from bot import repl

    def no_home(cls):
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", classmethod(no_home))
    saved = []
    monkeypatch.setattr("atexit.register", lambda *args: saved.append(args))
    repl._enable_history()
    assert saved == []


def test_a_working_folder_that_was_deleted_is_one_line(tmp_path):
    """Run from a folder deleted meanwhile (rebuilt by another shell): one line and status 2;
    os.getcwd() raised FileNotFoundError through a traceback."""
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f'cd "{gone}" && rmdir "{gone}" && exec "{sys.executable}" -m bot ask "what did Hua say?"'
    done = subprocess.run(["sh", "-c", script], capture_output=True, timeout=60)
    assert done.returncode == 2 and b"Traceback" not in done.stderr, done.stderr
    assert done.stderr.decode().splitlines() == [
        "article-bot: the working folder no longer exists; cd to one that does and run it again."]


def test_a_python_without_numpy_is_told_what_to_install(tmp_path):
    """`python -m bot` by a Python without the engine's own imports (numpy: the system's Python,
    outside the virtualenv): one line; the import at the top of bot.__main__ was a traceback."""
    script = ("import runpy, sys\nsys.modules['numpy'] = None  # as if not installed\n"
              "runpy.run_module('bot', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", script, "ask", "hi"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "'numpy' is not installed" in done.stderr
