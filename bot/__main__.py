"""Entry point: settings and logging, then Slack and/or Discord (with their tokens) or the local REPL.

Ctrl-C anywhere in start-up (even while Python is still importing) ends the program quietly
with status 130 and the shell prompt on a line of its own, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

INTERRUPTED = 130  # the shell's status for a program stopped by Ctrl-C (128 + SIGINT)


def _not_installed(exc: ModuleNotFoundError) -> int:
    """For a Python without the bot's dependencies (the system's, say): one line on what to install."""
    if (exc.name or "").partition(".")[0] in ("bot", "retrieval"):
        raise exc  # our own code is broken: the traceback is what a developer needs
    print(f"article-bot: the package {exc.name!r} is not installed for {sys.executable}; "
          "install the bot with `pip install -e .` (see the README's quick start)", file=sys.stderr)
    return 1


_CTRL_C_PRESSED: list[int] = []


def _note_ctrl_c(signum: int, frame: object) -> None:
    """Python's own Ctrl-C handler, noting the press.

    numpy's C start-up turns a KeyboardInterrupt raised while it imports ``datetime`` into an
    ImportError, which is then the only trace of the press.
    """
    _CTRL_C_PRESSED.append(signum)
    signal.default_int_handler(signum, frame)


signal.signal(signal.SIGINT, _note_ctrl_c)
try:
    # The engine (and numpy, under rank_bm25) is imported first and as a whole module, so numpy's
    # import runs at the shallowest stack depth: on CPython 3.11 a call that lands on a data-stack
    # chunk boundary is ~300x slower, and numpy imported under bot.cli made start-up ~30 ms slower.
    import retrieval
    from bot.arguments import build_parser
    from bot.cache import load_engine
    from bot.cli import print_answer, print_quotes, print_sentences, print_speakers, printable
    from bot.settings import ArticleChoice, Settings, SettingsError, choose_article, load_env_file
except KeyboardInterrupt:
    print(file=sys.stderr)
    sys.exit(INTERRUPTED)
except ImportError as failed:  # numpy missing (imported with the engine), or its import interrupted
    if _CTRL_C_PRESSED:
        print(file=sys.stderr)
        sys.exit(INTERRUPTED)
    if not isinstance(failed, ModuleNotFoundError):
        raise
    sys.exit(_not_installed(failed))
finally:
    signal.signal(signal.SIGINT, signal.default_int_handler)

NO_TOKEN_NOTICE = (
    "No DISCORD_TOKEN or Slack tokens set: starting the local REPL (see README to run on Discord or Slack)."
)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status (130 after Ctrl-C)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(file=sys.stderr)  # after the terminal's "^C", so the shell prompt starts a new line
        return INTERRUPTED
    except ModuleNotFoundError as exc:  # a dependency imported on the way (rank_bm25, discord.py …)
        return _not_installed(exc)


def run() -> NoReturn:
    """The console script and ``python -m bot``: ``main`` on ``sys.argv``, its status the process's.

    What the run made is frozen out of the collector's reach first (``gc.freeze``): at exit
    Python would otherwise collect twice over everything still alive (the engine, numpy, every
    module) only to free memory the process is about to give back, 8 ms of a one-shot ``ask``.
    Reference counting still frees it all as modules are torn down.
    """
    status = main()
    gc.freeze()
    sys.exit(status)


def _main(argv: list[str] | None) -> int:
    # A console that cannot show a curly quote or "§" (cp437, ascii) gets "?" instead of a traceback,
    # and a typed or piped byte it cannot read (a curly quote on ASCII, Latin-1 into UTF-8) is "\ufffd".
    for stream in (sys.stdout, sys.stdin):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a real console stream, not a test's StringIO (or no stdin: `<&-`)
            reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    try:
        cwd = Path.cwd()
    except FileNotFoundError:  # deleted since the shell went there; .env and seeds/ are read from it
        print("article-bot: the working folder no longer exists; cd to one that does and run it again.",
              file=sys.stderr)
        return 2
    try:
        load_env_file(cwd / ".env")
        settings = Settings.from_env()
        command = args.command or _default_command(settings)
        if command in CHAT or args.verbose:
            _configure_logging(args.verbose)
        if args.command is None and command == "repl":
            _notice(NO_TOKEN_NOTICE)
        article = choose_article(args.article, settings)
        interactive = sys.stdin is not None and sys.stdin.isatty()
        if article.others and not (command == "repl" and interactive):  # the REPL's banner says it
            print(f"article-bot: {article.describe()}", file=sys.stderr)
        engine = load_engine(article.path)
    except (SettingsError, retrieval.ArticleError) as exc:
        print(printable(f"article-bot: {exc}"), file=sys.stderr)  # a path or .env value may hold escapes
        return 2
    try:
        return _run(command, args, settings, engine, article)
    except BrokenPipeError:  # `article-bot sentences | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        if command in CHAT:
            raise  # the chat runners report their own failures; this is not one of those
        # A full disk (`> /dev/full`) or a terminal gone: one line, and nothing left to flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"article-bot: stopped, the input or output failed: {exc.strerror or exc}.", file=sys.stderr)
        return 1


CHAT = ("discord", "slack", "both")  # the long-running front ends


def _default_command(settings: Settings) -> str:
    """No subcommand: whichever chat platforms have tokens (both in one process), else the REPL."""
    platforms = [name for name, wanted in (("discord", bool(settings.discord_token)),
                                           ("slack", settings.slack.wanted)) if wanted]
    return "both" if len(platforms) == 2 else platforms[0] if platforms else "repl"


def _notice(text: str) -> None:
    """``text`` on stderr, wrapped at the terminal's width between words as the REPL's answers are."""
    from bot.repl import terminal_width  # the REPL comes next: nothing more to import

    width = terminal_width(sys.stderr)
    if width is not None:
        import textwrap

        text = textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)
    print(text, file=sys.stderr)


def _configure_logging(verbose: bool) -> None:
    """Timestamped log lines for the long-running bot; the one-shot commands need none.

    (Without handlers, Python still prints warnings and errors to stderr.)
    """
    import logging  # not on the ask/REPL path: start-up time counts there

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # The bot's own few INFO lines (connected, commands synced, stopping) show by default;
    # -v adds discord.py's.
    logging.getLogger("bot").setLevel(logging.INFO)


def _run(
    command: str,
    args: argparse.Namespace,
    settings: Settings,
    engine: retrieval.Engine,
    article: ArticleChoice,
) -> int:
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
        from bot.discord.run import run_discord  # discord.py is heavy: only load it here

        return run_discord(settings, engine, sync_global=getattr(args, "sync", False))
    elif command == "slack":
        from bot.slack.run import run_slack  # Bolt and slack_sdk: only load them here

        return run_slack(settings.slack, engine)
    elif command == "both":
        return _run_both(settings, engine)
    else:
        from bot.repl import Repl, terminal_width  # only the REPL needs it; `ask` starts faster without

        repl = Repl(engine, out, as_json, width=terminal_width(out), article=article.describe())
        lines = sys.stdin or io.StringIO()  # no stdin at all (`<&-`) reads as an empty one
        return repl.run(lines, interactive=lines.isatty())
    return 0


def _run_both(settings: Settings, engine: retrieval.Engine) -> int:
    """Discord and Slack in one process on one engine; the worse exit status of the two.

    Discord's runner owns SIGINT/SIGTERM; when it ends, for a signal or a failure, Slack stops
    too (answering what is in flight), and a Slack failure stops Discord.
    """
    import asyncio  # the one-shot commands start faster without these
    import contextlib

    from bot.discord.run import serve_discord
    from bot.slack.run import serve_slack

    async def serve() -> int:
        stop_slack = asyncio.Event()
        discord = asyncio.create_task(serve_discord(settings, engine, sync_global=False))
        slack = asyncio.create_task(serve_slack(settings.slack, engine, stop=stop_slack))
        await asyncio.wait({discord, slack}, return_when=asyncio.FIRST_COMPLETED)
        stop_slack.set()
        if not discord.done():
            discord.cancel()  # closes the Discord connection on its way out
        statuses = [await slack]
        with contextlib.suppress(asyncio.CancelledError):
            statuses.append(await discord)
        return max(statuses)

    return asyncio.run(serve())


if __name__ == "__main__":
    run()
