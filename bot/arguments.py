"""The command line's grammar: one subcommand per front end or query, options on either side.

Built only when the program runs, after the engine's import (see ``bot.__main__``), and lean:
argparse would otherwise import shutil to find the terminal's width, and importlib.metadata
for a version rarely asked.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

__all__ = ["build_parser"]


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """Help laid out at the width shutil would find: COLUMNS, else the terminal's, else 80.

    argparse makes a formatter for every option added and, left to find the width itself,
    imports shutil (with bz2 and lzma) to do it: 2 ms of every start, for help rarely shown.
    """
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdecimal() else 0
    if width <= 0:
        try:
            width = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):  # no terminal
            width = 80
    return argparse.HelpFormatter(prog, width=width - 2)


_parser = functools.partial(argparse.ArgumentParser, formatter_class=_help_formatter)


def _options(given_only: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the subcommand.

    After it (``given_only``) they have no default, so that ``--article F ask …`` is not undone
    by the subcommand's own default; the one given after the subcommand wins.
    """
    options = _parser(add_help=False)
    unset = argparse.SUPPRESS if given_only else None
    options.add_argument("--article", type=Path, metavar="PATH", default=unset,
                         help="article text file (default: ARTICLE_PATH, else the first in seeds/)")
    options.add_argument("-v", "--verbose", action="store_true", default=unset or False,
                         help="log more detail")
    return options


class _Version(argparse.Action):
    """``--version``: reads the installed version only when asked, so start-up stays fast."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("article-bot")
        except PackageNotFoundError:  # run from a checkout that was never installed
            number = "unknown (not installed)"
        print(f"{parser.prog} {number}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per front end or query."""
    common = _options(given_only=True)
    as_json = _parser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON instead of text")

    parser = _parser(
        prog="article-bot", parents=[_options(given_only=False)],
        description="Answer questions about a news article, and say who said what.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_parser)

    def command(name: str, what: str, *parents: argparse.ArgumentParser) -> argparse.ArgumentParser:
        """A subcommand whose own --help says what it does, as the list of commands does."""
        return sub.add_parser(name, parents=[common, *parents], help=what,
                              description=f"{what[0].upper()}{what[1:]}.")

    command("repl", "ask questions interactively", as_json)
    ask = command("ask", "answer one question", as_json)
    ask.add_argument("question", nargs="+", help="the question, e.g. 'what did Hua say?'")
    command("sentences", "every sentence with its speaker", as_json)
    command("speakers", "who is quoted and who is named", as_json)
    command("quotes", "every quote once, with its spans", as_json)
    discord = command("discord", "run the Discord bot")
    discord.add_argument("--sync", action="store_true",
                         help="publish the global slash commands now, even if Discord already has them")
    command("slack", "run the Slack bot (Socket Mode)")
    return parser
