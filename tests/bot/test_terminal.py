"""The REPL on a real terminal (a pty): Ctrl-C clears a line, Ctrl-D quits, output fits the width."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

from benchmarks import synthetic
from tests.bot.starting import wait_until_the_bot_imports
from tests.conftest import SEED

PROMPT = b"\r\n> "


class Terminal:
    """``python -m bot ARGV`` on a pseudo-terminal of ``columns`` columns, as a person would run it."""

    def __init__(self, argv: list[str], cwd: Path, columns: int = 80) -> None:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("DISCORD_", "ARTICLE_")) and k not in ("COLUMNS", "LINES")}
        env |= {"HOME": str(cwd), "TERM": "dumb"}  # history goes to the test's folder
        pid, fd = pty.fork()
        if pid == 0:  # the child: its own session, with the pty as its controlling terminal
            try:
                os.chdir(cwd)
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
                signal.signal(signal.SIGINT, signal.SIG_DFL)  # Python makes it KeyboardInterrupt
                os.execve(sys.executable, [sys.executable, "-m", "bot", *argv], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = b""
        self.seen = 0  # how far expect() has read

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def expect(self, text: bytes, timeout: float = 30) -> bytes:
        """Read until ``text`` appears after what was already expected; return the output up to it."""
        deadline = time.monotonic() + timeout
        while text not in self.output[self.seen:]:
            left = deadline - time.monotonic()
            assert left > 0, f"{text!r} not in {self.output[self.seen:]!r}"
            if select.select([self.fd], [], [], left)[0] and not self._read():
                raise AssertionError(f"ended before {text!r}: {self.output[self.seen:]!r}")
        end = self.output.index(text, self.seen) + len(text)
        before, self.seen = self.output[self.seen:end], end
        return before

    def wait(self, timeout: float = 30) -> int:
        """Read to the end and return the exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if select.select([self.fd], [], [], deadline - time.monotonic())[0] and not self._read():
                break
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    def _read(self) -> bool:
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        self.output += chunk
        return bool(chunk)


def test_ctrl_c_clears_the_line_and_ctrl_d_quits(tmp_path: Path):
    """Ctrl-C on a half-typed line gives a fresh prompt; Ctrl-D leaves with status 0 on a new line."""
    term = Terminal(["repl", "--article", str(SEED)], tmp_path)
    term.expect(PROMPT)
    term.send(b"what did Hu")
    term.expect(b"what did Hu")
    # At a person's pace: CPython's readline loses a Ctrl-C that lands in the instant between
    # echoing a key and waiting for the next one (until another key comes).
    time.sleep(0.3)
    term.send(b"\x03")
    term.expect(PROMPT)
    term.send(b"what did Pak say?\r")
    assert b"Pak Myong Ho" in term.expect(PROMPT)
    term.send(b"\x04")
    assert term.wait() == 0
    assert term.output.endswith(b"\r\n")  # the shell prompt comes back on a line of its own
    assert b"Traceback" not in term.output and b"Hua Chunying" not in term.output


def test_banner_says_which_article_and_how_to_choose(tmp_path: Path):
    """At start the REPL names the article file and says how to pick another."""
    term = Terminal(["repl", "--article", str(SEED)], tmp_path)
    banner = b" ".join(term.expect(PROMPT).split())  # as read, whatever the wrapping
    assert b"tillerson-tokyo-2017.txt (from --article)" in banner
    assert b"Choose with --article PATH or ARTICLE_PATH" in banner
    term.send(b"quit\r")
    assert term.wait() == 0


def test_output_fits_the_terminal_width(tmp_path: Path):
    """On a 50-column terminal, answers wrap at 50 without splitting words."""
    term = Terminal(["repl", "--article", str(SEED)], tmp_path, columns=50)
    term.expect(PROMPT)
    term.send(b"what did Hua say?\r")
    lines = term.expect(PROMPT).decode().split("\r\n")[1:-1]
    assert len(lines) > 6 and any("Hua Chunying" in line for line in lines)
    assert all(len(line) <= 50 for line in lines)
    term.send(b"\x04")
    assert term.wait() == 0


def test_ctrl_c_while_starting_leaves_quietly(tmp_path: Path):
    """Ctrl-C while a large article loads: status 130, no traceback, the prompt on its own line."""
    article = tmp_path / "big.txt"
    article.write_text(synthetic.generate(150).text, encoding="utf-8")
    term = Terminal(["repl", "--article", str(article)], tmp_path)
    wait_until_the_bot_imports(term.pid)  # a signal before Python handles it kills it (status -2)
    time.sleep(0.2)  # importing, or building the engine (about 0.5 s on its own at this size)
    term.send(b"\x03")
    assert term.wait() == 130
    assert b"Traceback" not in term.output and term.output.endswith(b"\r\n")


def test_the_no_token_notice_fits_the_terminal_width(tmp_path: Path):
    """`article-bot` with no token says it starts the REPL in lines that fit a 40-column terminal
    (only a word longer than that, the article's path, has a line of its own that is longer)."""
    term = Terminal(["--article", str(SEED)], tmp_path, columns=40)
    lines = term.expect(PROMPT).decode().split("\r\n")
    assert "starting the local REPL" in " ".join(lines)
    assert [line for line in lines if len(line) > 40 and " " in line.strip()] == []
    term.send(b"\x04")
    assert term.wait() == 0
