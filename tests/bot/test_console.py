"""Consoles as people have them: input in another encoding than the console's, or not text at all."""

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
