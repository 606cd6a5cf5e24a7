"""An engine's analysis of an article as JSON, so a cache can skip reading the article again.

The engine is a graph of the package's own records (sentences, speakers, quotes, the
index) over plain containers and numpy arrays. It is written out generically, object by
object, so that a new field anywhere in the engine is kept without a schema to update.
Loading is safe where pickle is not: it calls no code named by the data. It only makes
instances of classes defined in this package (without running their ``__init__``), the
built-in containers, and numpy arrays of numbers; anything else is refused with
``ValueError``. Which code wrote the data is recorded (``engine_version``, a hash of
the package's source and of the libraries that shape the index), so analysis made by
other code is never read back as current.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import rank_bm25
import Stemmer

from retrieval.analysis_values import Reader, Writer
from retrieval.article import Article
from retrieval.gc_pause import collector_paused
from retrieval.qa import Engine

__all__ = ["FORMAT", "article_digest", "dumps", "engine_version", "loads"]

FORMAT = 4


def engine_version() -> str:
    """A hash of the code that analyses articles; any change to it gives a new version.

    It covers this package's source and rank-bm25's (whose ``BM25Okapi`` the index builds on),
    numpy's and the stemmer's versions, Python's, and this format.
    """
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {np.__version__} {Stemmer.version()}".encode())
    for source in [*sorted(Path(__file__).parent.glob("*.py")), Path(rank_bm25.__file__)]:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:32]


def dumps(engine: Engine, version: str) -> str:
    """The engine as JSON text, marked with the ``version`` of the code that built it.

    The article itself is not written (whoever loads it has it): only its hash, and each
    sentence's offsets into it. Raises TypeError if the engine holds something this format
    cannot write.
    """
    writer = Writer(engine.article)
    with collector_paused():  # the encoded copy is as many containers as reading makes
        encoded = writer.value(engine)
        top = {"format": FORMAT, "version": version, "article": article_digest(engine.article),
               "classes": writer.classes, "engine": encoded}
        return json.dumps(top, ensure_ascii=False, separators=(",", ":"))


def loads(text: str, article: Article, version: str, digest: str | None = None) -> Engine:
    """The engine ``dumps`` wrote, for ``article``; ValueError if of another version or malformed.

    ``digest`` is ``article_digest(article)`` when the caller has it already (hashing 5 MB
    of text is a few per cent of reading an analysis back).
    """
    try:
        # Parsing makes hundreds of thousands of lists and dicts that all stay alive: without
        # the collector rescanning them as they pile up, it takes a quarter of the time.
        # Only the engine is left once the JSON is freed, so it is frozen (kept from the collector).
        with collector_paused(freeze=True):
            data = json.loads(text)
            if data.get("format") != FORMAT or data.get("version") != version:
                raise ValueError("analysis written by other code")
            if data.get("article") != (digest or article_digest(article)):
                raise ValueError("analysis of another article")
            engine = Reader(data["classes"], article).value(data["engine"])
    except (KeyError, TypeError, AttributeError, IndexError, ImportError, RecursionError,
            OverflowError) as exc:
        raise ValueError(f"malformed analysis: {exc!r}") from exc
    if not isinstance(engine, Engine) or engine.article is not article:
        raise ValueError("not an engine for this article")
    return engine


def article_digest(article: Article) -> str:
    """What identifies an article: a hash of its source, text and dateline split."""
    digest = hashlib.sha256(f"{article.source}\0{article.body_start}\0{article.dropped}\0".encode())
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
