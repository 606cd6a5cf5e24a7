"""Entry point: settings and logging, then Discord (with a token) or the local REPL."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The engine (and numpy, under rank_bm25) is imported first and as a whole module, so numpy's
# import runs at the shallowest stack depth: on CPython 3.11 a call that lands on a data-stack
# chunk boundary is ~300x slower, and numpy imported under bot.cli made start-up ~30 ms slower.
import retrieval
from bot.cli import print_answer, print_quotes, print_sentences, print_speakers
from bot.settings import Settings, SettingsError, default_article_path

NO_TOKEN_NOTICE = "No DISCORD_TOKEN set: starting the local REPL (see README to run on Discord)."


def build_parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per front end or query."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--article", type=Path, metavar="PATH",
                        help="article text file (default: ARTICLE_PATH, else the first in seeds/)")
    common.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON instead of text")

    parser = argparse.ArgumentParser(
        prog="article-bot", parents=[common],
        description="Answer questions about a news article, and say who said what.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("repl", parents=[common, as_json], help="ask questions interactively")
    ask = sub.add_parser("ask", parents=[common, as_json], help="answer one question")
    ask.add_argument("question", nargs="+", help="the question, e.g. 'what did Hua say?'")
    sub.add_parser("sentences", parents=[common, as_json], help="every sentence with its speaker")
    sub.add_parser("speakers", parents=[common, as_json], help="who is quoted and who is named")
    sub.add_parser("quotes", parents=[common, as_json], help="every quote once, with its spans")
    discord = sub.add_parser("discord", parents=[common], help="run the Discord bot")
    discord.add_argument("--sync", action="store_true",
                         help="publish slash commands globally (one-time production step)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args = build_parser().parse_args(argv)
    env_file = Path.cwd() / ".env"
    if env_file.is_file():  # python-dotenv pulls in tempfile, shutil and more: only load it when needed
        from dotenv import load_dotenv

        load_dotenv(env_file, override=False)
    try:
        settings = Settings.from_env()
        command = args.command or ("discord" if settings.discord_token else "repl")
        if command == "discord" or args.verbose:
            _configure_logging(args.verbose)
        if args.command is None and command == "repl":
            print(NO_TOKEN_NOTICE, file=sys.stderr)
        engine = retrieval.Engine.load(args.article or settings.article_path or default_article_path())
    except (SettingsError, retrieval.ArticleError) as exc:
        print(f"article-bot: {exc}", file=sys.stderr)
        return 2
    try:
        return _run(command, args, settings, engine)
    except BrokenPipeError:  # `article-bot sentences | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _configure_logging(verbose: bool) -> None:
    """Timestamped log lines for the long-running bot; the one-shot commands need none.

    (Without handlers, Python still prints warnings and errors to stderr.)
    """
    import logging  # not on the ask/REPL path: start-up time counts there

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _run(command: str, args: argparse.Namespace, settings: Settings, engine: retrieval.Engine) -> int:
    out = sys.stdout
    as_json = getattr(args, "json", False)
    if command == "ask":
        print_answer(engine, " ".join(args.question), as_json, out)
    elif command == "sentences":
        print_sentences(engine, as_json, out)
    elif command == "speakers":
        print_speakers(engine, as_json, out)
    elif command == "quotes":
        print_quotes(engine, as_json, out)
    elif command == "discord":
        from bot.discord_client import run_discord  # discord.py is heavy: only load it here

        return run_discord(settings, engine, sync_global=getattr(args, "sync", False))
    else:
        from bot.repl import Repl  # only the REPL needs it; `ask` starts faster without

        return Repl(engine, out, as_json).run(sys.stdin, interactive=sys.stdin.isatty())
    return 0


if __name__ == "__main__":
    sys.exit(main())
