"""``python -m benchmarks.search FILE``: does the answering sentence come first?

FILE holds reader questions over articles, each with the answer's span in its article
(the format of XQuAD/SQuAD as flattened in ``../shared/eval/xquad_dev.json``: ``questions``
with ``title``, ``context``, ``question``, ``answer``, ``answer_start``). For every question
``Engine.answer`` runs on its article, and a hit@k is a result among the first k sentences
that holds the answer span. Plain ``rank_bm25`` (``BM25Okapi`` over the same sentences,
lower-case words) is scored beside it. An answer the engine gives only as "closest" counts
as no answer. Off-topic: each article is also asked the questions of the next article, and
should say the article doesn't answer them. ``--split K`` reports the first K articles
(tuned on) and the others (held out) apart. Nothing of FILE is stored by the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval import Engine, parse_article
from retrieval.sentences import Sentence

_WH = ("what", "which", "who", "whom", "whose", "when", "where", "why", "how")


@dataclass
class Tally:
    """Counts over a group of articles."""

    questions: int = 0
    hit1: int = 0
    hit3: int = 0
    bm25_hit1: int = 0
    bm25_hit3: int = 0
    declined: int = 0
    off_topic: int = 0
    off_topic_declined: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def question_type(question: str) -> str:
    """The question's wh-word (``how much``/``how many`` apart), or ``yes/no``, or ``other``."""
    words = re.findall(r"[a-z]+", question.lower())
    for i, word in enumerate(words[:6]):
        if word in _WH:
            if word == "how" and i + 1 < len(words) and words[i + 1] in ("much", "many"):
                return f"how {words[i + 1]}"
            return "who" if word in ("whom", "whose") else word
    if words and words[0] in {"is", "are", "was", "were", "do", "does", "did", "can", "could",
                              "will", "would", "has", "have", "had", "should"}:
        return "yes/no"
    return "other"


def holds(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the answer span [start, end) lies (at least partly) in ``sentence``."""
    return sentence.start < end and start < sentence.end


def _plain_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def score_article(title: str, items: list[dict], off_topic: list[str], tally: Tally,
                  show: int) -> None:
    """Ask ``items`` (and the off-topic questions) of the article they share."""
    engine = Engine(parse_article(items[0]["context"], source=title))
    sentences = engine.sentences
    bm25 = BM25Okapi([_plain_tokens(s.text) for s in sentences])
    for item in items:
        start = item["answer_start"]
        end = start + len(item["answer"])
        answer = engine.answer(item["question"])
        got = [] if answer.closest else [r.sentence for r in answer.results]
        plain = np.argsort(-bm25.get_scores(_plain_tokens(item["question"])), kind="stable")[:3]
        tally.questions += 1
        tally.declined += not got
        tally.hit1 += any(holds(s, start, end) for s in got[:1])
        tally.hit3 += any(holds(s, start, end) for s in got[:3])
        tally.bm25_hit1 += holds(sentences[plain[0]], start, end)
        tally.bm25_hit3 += any(holds(sentences[i], start, end) for i in plain)
        if not any(holds(s, start, end) for s in got[:1]):
            kind = question_type(item["question"])
            tally.misses[kind] += 1
            if len(tally.examples[kind]) < show:
                top = got[0].text[:70] if got else (answer.message or "")[:70]
                tally.examples[kind].append(f"{item['question']} [{item['answer']}] → {top}")
    for question in off_topic:
        answer = engine.answer(question)
        tally.off_topic += 1
        tally.off_topic_declined += answer.closest or not answer.results


def _row(name: str, t: Tally) -> str:
    n = max(t.questions, 1)
    off = t.off_topic_declined / max(t.off_topic, 1)
    return (f"{name:<22} {t.questions:>5} {t.hit1 / n:>7.2f} {t.hit3 / n:>7.2f} "
            f"{t.bm25_hit1 / n:>8.2f} {t.bm25_hit3 / n:>8.2f} {t.declined / n:>9.2f} {off:>10.2f}")


def run(path: Path, split: int | None, show: int) -> list[tuple[str, Tally]]:
    """Score every article of ``path``; one tally per part (all, or tuned and held out)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    by_title: dict[str, list[dict]] = defaultdict(list)
    for item in data["questions"]:
        by_title[item["title"]].append(item)
    titles = list(by_title)
    cut = split if split is not None else len(titles)
    parts = [("all", Tally())] if split is None else [
        (f"articles 1–{cut} (tuned)", Tally()), (f"articles {cut + 1}–{len(titles)} (held out)", Tally())]
    for n, title in enumerate(titles):
        tally = parts[0][1] if n < cut else parts[-1][1]
        following = titles[(n + 1) % len(titles)]
        off_topic = [q["question"] for q in by_title[following]]
        score_article(title, by_title[title], off_topic, tally, show if n < cut else 0)
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="questions with answer spans (xquad_dev.json's format)")
    parser.add_argument("--split", type=int, help="report the first K articles and the rest apart")
    parser.add_argument("--show", type=int, default=0,
                        help="print up to N missed questions per type (tuned articles only)")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"No question file at {args.file}.", file=sys.stderr)
        return 2
    try:
        parts = run(args.file, args.split, args.show)
    except (ValueError, KeyError, TypeError) as exc:  # not JSON, or not this format
        print(f"{args.file} is not a question file in xquad_dev.json's format ({exc!r}).", file=sys.stderr)
        return 2
    print(f"{'':<22} {'asked':>5} {'hit@1':>7} {'hit@3':>7} {'bm25@1':>8} {'bm25@3':>8} "
          f"{'declined':>9} {'off-topic':>10}")
    for name, tally in parts:
        print(_row(name, tally))
    for name, tally in parts:
        misses = ", ".join(f"{k} {v}" for k, v in tally.misses.most_common())
        print(f"\nmisses at 1, {name}: {misses}")
        for kind, lines in tally.examples.items():
            for line in lines:
                print(f"  {kind}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
