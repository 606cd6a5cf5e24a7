"""Answer latency in a fresh process: each question's first answer (cold), then repeated (hot).

``python -m benchmarks.answers ARTICLE QUESTIONS_JSON ROUNDS [SHUFFLE_SEED] [--peers]`` prints
JSON. A chat bot mostly meets a question once, just after it has read the article, so the
cold figure is what a user waits for; the hot one shows the scoring alone. With
``--peers``, bm25s and tantivy index the engine's own tokens and answer each search
question's own terms (already tokenized, which favours them), each timed taking turns with
the engine alone. Speaker lookups rank nothing, so peers are timed on search questions only.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.peers import PEERS, available
from retrieval import Engine
from retrieval.terms import tokenize


def measure(path: str, questions: list[str], rounds: int, shuffle: int, peers: bool) -> dict:
    """Per question: its intent, cold ms, and hot ms samples of the engine and each peer."""
    engine = Engine.load(path)
    engine.complete()  # as a running bot's engine is after its first search: cold is the answer alone
    order = list(questions)
    random.Random(shuffle).shuffle(order)  # which question comes first pays for first-use costs
    cold = {}
    intents = {}
    for question in order:
        start = time.perf_counter()
        answer = engine.answer(question)
        cold[question] = (time.perf_counter() - start) * 1000
        intents[question] = answer.intent
    hot = {"engine": _timed(rounds, questions, {"engine": engine.answer})["engine"]}
    if peers:
        corpus = [tokenize(s.text) for s in engine.sentences]
        terms = {q: engine.index.query_terms(q) for q in questions}
        searches = [q for q in questions if intents[q] != "speaker"]
        for name in available():
            search = PEERS[name](corpus)
            paired = _timed(rounds, searches, {
                "engine": engine.answer, name: lambda q, search=search: search(terms[q])})
            hot[name], hot[f"engine beside {name}"] = paired[name], paired["engine"]
    return {"intents": intents, "cold": cold, "hot": hot}


def _timed(rounds: int, questions: list[str], contenders: dict[str, Callable[[str], object]],
           ) -> dict[str, dict[str, list[float]]]:
    """Hot ms of each contender on each question, taking turns question by question.

    Each peer takes turns with the engine alone: a third library run between two of the
    engine's answers evicts its caches (a search's 0.10 ms became 0.15 ms beside bm25s and
    tantivy), which measured the neighbour more than either contender.
    """
    hot: dict[str, dict[str, list[float]]] = {name: {q: [] for q in questions} for name in contenders}
    for _ in range(rounds):
        for question in questions:
            for name, ask in contenders.items():
                start = time.perf_counter()
                ask(question)
                hot[name][question].append((time.perf_counter() - start) * 1000)
    return hot


def samples(results: list[dict], which: str, lookups: bool, contender: str = "engine") -> list[float]:
    """``cold`` or ``hot`` ms of one contender over several runs, for lookups or for search questions."""
    found = []
    for result in results:
        for question, intent in result["intents"].items():
            if (intent == "speaker") == lookups:
                timed = result["cold"][question] if which == "cold" else result["hot"][contender][question]
                found.extend(timed if isinstance(timed, list) else [timed])
    return found


def main(argv: list[str]) -> None:
    peers = "--peers" in argv
    path, questions, rounds, *rest = [a for a in argv if a != "--peers"]
    asked = json.loads(Path(questions).read_text(encoding="utf-8"))
    print(json.dumps(measure(path, asked, int(rounds), int(rest[0]) if rest else 0, peers)))


if __name__ == "__main__":
    main(sys.argv[1:])
