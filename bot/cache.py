"""A per-user cache of the engine's analysis of long articles, so asking again starts at once.

Reading a 5 MB article takes seconds, and ``article-bot ask`` used to do it on every run.
The analysis is kept as JSON (``retrieval.analysis_io``: loading it runs no code) under
``$XDG_CACHE_HOME/article-bot`` (``~/.cache/article-bot`` by default), a directory made
readable and writable by its owner only; a directory that another user owns or can write
to is not used. An entry is named by the hash of the engine's code, the article's text and
its path, so a changed article or a new engine never meets an old analysis; an entry that
cannot be read is rebuilt. Short articles are not cached: reading them is as quick.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from retrieval import Article, Engine, load_article

__all__ = ["cache_folder", "load_engine"]

MIN_CHARS = 200_000  # about 1,500 sentences: below this, building is about as quick as loading
KEEP = 16  # analyses kept; the least recently used go first
NOTICE_AFTER_S = 1.0


def cache_folder(environ: Mapping[str, str] = os.environ) -> Path:
    """Where analyses are kept: ``$XDG_CACHE_HOME/article-bot``, else ``~/.cache/article-bot``.

    As the XDG spec says, a relative ``XDG_CACHE_HOME`` is ignored. Raises RuntimeError when
    there is no home folder to fall back on.
    """
    base = environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "article-bot"


def load_engine(path: str | Path, folder: Path | None = None, min_chars: int = MIN_CHARS,
                progress: TextIO | None = None) -> Engine:
    """The engine for the article at ``path``, from the cache when it holds this article's analysis.

    Raises ArticleError as ``Engine.load`` does. A build that takes over a second says so on
    ``progress`` (stderr by default).
    """
    article = load_article(path)
    progress = progress or sys.stderr
    if len(article.text) < min_chars:
        return Engine(article)
    from retrieval import analysis_io  # json and hashing: only for articles worth caching

    try:
        folder = folder or cache_folder()
    except RuntimeError as exc:  # no home folder
        progress.write(f"article-bot: not caching the analysis: {exc}\n")
        return Engine(article)
    version, digest = analysis_io.engine_version(), analysis_io.article_digest(article)
    entry = folder / f"{_key(digest, version)}.json"
    usable = _private_folder(folder, progress)
    if usable:
        try:
            engine = analysis_io.loads(entry.read_text(encoding="utf-8"), article, version, digest)
            os.utime(entry)  # recently used: kept longest
            return engine
        except (OSError, UnicodeDecodeError, ValueError):
            pass  # none yet, or unreadable: built again below and written over
    with _notice(article, progress, cached=usable):
        engine = Engine(article)
    if usable:
        engine.complete()  # stored whole: nothing is rebuilt when it is read back
        try:
            _store(entry, analysis_io.dumps(engine, version))
        except (OSError, TypeError) as exc:  # a full disk; something the format cannot write
            progress.write(f"article-bot: could not cache the analysis: {exc}\n")
    return engine


def _key(digest: str, version: str) -> str:
    """An entry's name: the hash of the engine's version and of the article's digest (its text and path)."""
    import hashlib  # with threading below, 3 ms of start-up that short articles never need

    return hashlib.sha256(f"{version}\0{digest}".encode()).hexdigest()


def _private_folder(folder: Path, out: TextIO) -> bool:
    """Make ``folder`` (owner only) if need be; whether it is this user's and no one else can write it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError as exc:
        out.write(f"article-bot: not caching the analysis: {exc}\n")
        return False
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        out.write(f"article-bot: not caching the analysis in {folder}: it is not yours alone to write\n")
        return False
    return True


def _store(entry: Path, text: str) -> None:
    """Write ``text`` whole or not at all (a temporary file renamed), then keep the newest ``KEEP``."""
    temporary = entry.with_name(f".{entry.stem}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, entry)
    finally:
        temporary.unlink(missing_ok=True)
    entries = sorted(entry.parent.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


@contextmanager
def _notice(article: Article, out: TextIO, cached: bool = True) -> Iterator[None]:
    """Say on ``out`` that a long build is under way once it has taken a second, and when it ends.

    On a terminal the line counts the seconds; elsewhere (a log, a pipe) it is written once.
    The end line promises the cache only when the analysis is to be ``cached``.
    """
    import threading

    done = threading.Event()
    start = time.perf_counter()
    shown = threading.Event()
    size = f"{len(article.text) / 1e6:.1f} MB"
    live = out.isatty()

    def tick() -> None:
        while not done.wait(NOTICE_AFTER_S if not shown.is_set() else 1.0):
            seconds = time.perf_counter() - start
            line = f"article-bot: reading {article.source} ({size}) for the first time … {seconds:.0f} s"
            if live:
                out.write(f"\r{line}")
            elif not shown.is_set():
                out.write(f"{line}\n")
            out.flush()
            shown.set()

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join()
        if shown.is_set():
            later = "; next time it comes from the cache" if cached else ""
            seconds = time.perf_counter() - start
            out.write(f"{chr(13) if live else ''}article-bot: read in {seconds:.1f} s{later}.\n")
            out.flush()
