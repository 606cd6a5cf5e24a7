"""Two BM25 engines to measure against, given the very tokens our index holds: bm25s and tantivy.

Both can beat a pure-Python scorer (bm25s is numpy over a sparse matrix, tantivy is Rust),
so a ratio to them can fail. They are optional (``pip install -e '.[bench]'``): a peer that
is not installed is left out, never an error.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence

__all__ = ["PEERS", "available"]

Search = Callable[[list[str]], list[int]]  # query tokens -> the best sentences, best first
LIMIT = 10


def _bm25s(corpus: Sequence[list[str]]) -> Search:
    import bm25s

    retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")  # the engine's k1, b and IDF
    retriever.index(list(corpus), show_progress=False)
    k = min(LIMIT, len(corpus))

    def search(tokens: list[str]) -> list[int]:
        documents, scores = retriever.retrieve([tokens], k=k, show_progress=False, n_threads=0)
        return documents[0][scores[0] > 0].tolist()  # it fills k with sentences sharing no term

    return search


def _tantivy(corpus: Sequence[list[str]]) -> Search:
    import tantivy

    builder = tantivy.SchemaBuilder()
    # Split at spaces only, nothing lower-cased or stemmed: the tokens are already the terms.
    builder.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    schema = builder.build()
    index = tantivy.Index(schema)  # in memory
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for tokens in corpus:
        writer.add_document(tantivy.Document(body=" ".join(tokens)))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    should = tantivy.Occur.Should

    def search(tokens: list[str]) -> list[int]:
        query = tantivy.Query.boolean_query(
            [(should, tantivy.Query.term_query(schema, "body", t)) for t in tokens])
        return [address.doc for _, address in searcher.search(query, LIMIT).hits]

    return search


PEERS: dict[str, Callable[[Sequence[list[str]]], Search]] = {"bm25s": _bm25s, "tantivy": _tantivy}


def available() -> list[str]:
    """The peers installed here."""
    return [name for name in PEERS if importlib.util.find_spec(name) is not None]
