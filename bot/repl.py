"""The local REPL: ask the article questions with no Discord at all.

Interactive on a terminal (prompt, history, a banner, output wrapped to the terminal's width;
Ctrl-C drops the line being typed, Ctrl-D leaves); quiet when stdin is piped, so
``echo "what did Hua say?" | article-bot repl --json`` prints one JSON object per line.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import re
import textwrap
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from bot.cli import json_text, printable
from bot.conversation import PAGE_SIZE, Conversation, Turn
from bot.render import (
    about_json,
    about_text,
    answer_json,
    answer_text,
    everything_shown,
    pick_a_sentence,
    registry_json,
    sentence_json,
    sentence_number,
    sentence_text,
    speakers_text,
)
from retrieval import Engine

__all__ = ["PAGE_SIZE", "Repl", "terminal_width"]

ME = "repl"  # the one conversation at a terminal
HISTORY = ".article_bot_history"  # in the home folder
HELP = """Ask anything about the article, for example:
  what did <name> say?        everything a speaker said (surname, role or full name)
  what did <name> say about X?  their sentences, best match for X first
  who said <words>?           find the speaker of a quote
  <any question>              the best matching sentences, each with its speaker
Commands:
  more                        the next results of the last answer
  what else did she say?      follow up on the last speaker ("and <name>?" switches)
  /speaker NAME               same as "what did NAME say?"
  /speakers                   who is quoted and who is only mentioned
  /sentence N                 sentence N (as in §16) in context, and who said it
  /about                      the article: dateline, agency, how many sentences and speakers
  /help                       this text (or just: help)
  /quit                       leave (or: quit, exit, Ctrl-D); Ctrl-C clears the line"""
BARE_COMMANDS = ("help", "quit", "exit")  # understood without their slash
_COLUMN = re.compile(r"( +\S.*? {2,})\S")  # an indented term, then its description after 2+ spaces
_LINE_LIMIT = 64 * 1024  # characters of a piped line kept; the engine refuses questions far shorter
_ROOM = 20  # columns a description needs beside its term; narrower, it goes on under the term


class Repl:
    """Reads lines, answers each as the same conversation as in chat ("more", "what else did she say?")."""

    def __init__(
        self,
        engine: Engine,
        out: TextIO,
        as_json: bool = False,
        *,
        width: int | None = None,
        article: str = "",
    ) -> None:
        """Answer into ``out``, as text (wrapped at ``width``, if given) or one JSON object per line.

        ``article`` says which article is used and how to choose another, under the banner.
        """
        self.engine = engine
        self.out = out
        self.as_json = as_json
        self.width = width
        self.article = article
        # A terminal session does not time out; JSON readers get every result at once.
        self.conversation = Conversation(engine, ttl=math.inf, maxsize=1)
        self._page_size = None if as_json else PAGE_SIZE
        self._commands: dict[str, Callable[[str], bool]] = {
            "/speaker": self._speaker, "/speakers": self._speakers, "/sentence": self._sentence,
            "/about": self._about, "/help": self._help, "/quit": self._quit, "/exit": self._quit,
        }

    def run(self, lines: TextIO, interactive: bool) -> int:
        """Answer every line of ``lines`` until end of input or /quit; return the exit status."""
        if interactive:
            _enable_history()
            self._print_text("\n".join(filter(None, [_banner(self.engine), self.article])))
        while True:
            try:
                line = input("> ") if interactive else _bounded_line(lines)
                if not (interactive or line) or not self.handle(line.strip()):
                    return 0
            except EOFError:  # Ctrl-D
                print(file=self.out)  # so the shell prompt starts a line of its own
                return 0
            except KeyboardInterrupt:
                if not interactive:
                    raise
                print(file=self.out)  # Ctrl-C drops the half-typed line (or the answer) for a new prompt

    def handle(self, line: str) -> bool:
        """Answer one line; False when the user asked to quit."""
        if not line and not self.as_json:
            return True
        bare = line.lower().rstrip("!.? ")
        if bare in BARE_COMMANDS:
            line = f"/{bare}"
        command, _, rest = line.partition(" ")
        if command.lower() in self._commands:
            return self._commands[command.lower()](rest.strip())
        if re.fullmatch(r"/[a-z]+", command.lower()):  # "/about" from chat: a command, not a question
            return self._unknown(command)
        self._show(self.conversation.reply(ME, line))
        return True

    def _show(self, turn: Turn) -> None:
        """Print the page of the answer the turn is on; the notice and mentions only on its first."""
        answer = turn.answer
        if turn.past_end(self._page_size):
            answer = replace(answer, message=everything_shown(answer.question), mentions=(), results=())
        elif turn.page > 0:
            answer = replace(answer, message=None, mentions=())
        answer = replace(answer, results=turn.results(self._page_size))
        if self.as_json:
            self._print_json(answer_json(answer))
            return
        left = turn.left(self._page_size)
        more = f"\n({left} more: type “more”)" if left > 0 else ""
        self._print_text(answer_text(answer, self.engine) + more)

    def _speaker(self, name: str) -> bool:
        if not name:
            self._say("Usage: /speaker NAME — /speakers lists the names.")
        else:
            self._show(self.conversation.remember(ME, self.engine.speaker_answer(name)))
        return True

    def _speakers(self, _: str) -> bool:
        if self.as_json:
            self._print_json(registry_json(self.engine))
        else:
            self._print_text(speakers_text(self.engine))
        return True

    def _sentence(self, text: str) -> bool:
        count = len(self.engine.attributions)
        number = sentence_number(text, count)
        if number is None:
            self._say(f"Usage: /sentence N — {pick_a_sentence(count)}")
        elif self.as_json:
            self._print_json(sentence_json(self.engine.attributions[number - 1]))
        else:
            self._print_text(sentence_text(self.engine, number))
        return True

    def _about(self, _: str) -> bool:
        if self.as_json:
            self._print_json(about_json(self.engine))
        else:
            self._print_text(about_text(self.engine))
        return True

    def _help(self, _: str) -> bool:
        if self.as_json:
            self._print_json({"help": HELP})
        else:
            self._print_text(HELP)
        return True

    def _unknown(self, command: str) -> bool:
        known = ", ".join(sorted(self._commands))
        self._say(f"There is no {command} here; the commands are {known}. Or just ask a question.")
        return True

    def _say(self, message: str) -> None:
        """A notice that is no answer: a JSON reader gets it as an error."""
        if self.as_json:
            self._print_json({"error": message})
        else:
            self._print_text(message)

    def _quit(self, _: str) -> bool:
        return False

    def _print_text(self, text: str) -> None:
        text = printable(text)
        print(text if self.width is None else _wrap(text, self.width), file=self.out, flush=True)

    def _print_json(self, data: dict[str, Any]) -> None:
        print(json_text(data, self.out), file=self.out, flush=True)


def terminal_width(out: TextIO) -> int | None:
    """The width to wrap at: the terminal's when ``out`` is one, else None (no wrapping)."""
    import shutil  # only an interactive REPL needs it

    return shutil.get_terminal_size().columns if out.isatty() else None


def _wrap(text: str, width: int) -> str:
    """Each line fitted to ``width`` at spaces; words are never split.

    A line goes on at its own indent, or under its second column in an indented table such as
    the help's (``  /speakers    who is quoted …``).
    """
    lines = []
    for line in text.splitlines():
        column = _COLUMN.match(line)
        own = len(line) - len(line.lstrip())
        indent = len(column[1]) if column and width - len(column[1]) >= _ROOM else own
        lines.extend(textwrap.wrap(line, width, subsequent_indent=" " * indent, break_long_words=False,
                                   break_on_hyphens=False) or [""])
    return "\n".join(lines)


def _banner(engine: Engine) -> str:
    article = engine.article
    where = f", filed from {article.dateline.place}" if article.dateline else ""
    return (f"article-bot: {article.title}{where} — {len(engine.attributions)} sentences, "
            f"{len(engine.speakers.quoted)} people quoted. Type /help for help, /quit to leave.")


def _enable_history() -> None:
    """Arrow-key editing and history across sessions, where the platform has readline.

    With no home folder (a container's arbitrary user id) the history lasts the session only.
    """
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input() still works
        return
    try:
        history = Path.home() / HISTORY
    except RuntimeError:  # "Could not determine home directory"
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    readline.set_history_length(1000)
    atexit.register(_save_history, readline.write_history_file, history)


def _save_history(write: Callable[[Path], None], history: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only home must not spoil leaving the REPL
        write(history)


def _bounded_line(lines: TextIO) -> str:
    """The next piped line, at most ``_LINE_LIMIT`` characters: the rest of a longer one is read and dropped.

    A file of one endless line (``< /dev/zero``) then costs bounded memory, never all of it.
    """
    line = lines.readline(_LINE_LIMIT)
    if len(line) == _LINE_LIMIT and not line.endswith("\n"):
        while (rest := lines.readline(_LINE_LIMIT)) and not rest.endswith("\n"):
            pass
    return line
