"""``python -m benchmarks.realnews --polnear DIR``: who said what, measured on real news.

Runs the engine on every article of a PolNeAR split (train or dev; never test) and
prints, by kind of quote, how many attributions it finds, how many of those name the
right speaker, both together, the precision of what it attributes, the speakers that
are not people or bodies, and its misses grouped by cause with short examples.
PolNeAR has no licence: its text is read from ``DIR`` and never stored by the project.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.polnear import read_split
from benchmarks.realnews_score import KINDS, Tally, score_article
from benchmarks.realnews_spans import MIN_COVER, SPEECH_KINDS
from retrieval import Engine
from retrieval.article import parse_article


def run(root: Path, split: str, limit: int | None) -> Tally:
    """Score every article of ``split`` (the first ``limit`` when given)."""
    tally = Tally()
    for article in read_split(root, split)[:limit]:
        try:
            engine = Engine(parse_article(article.text, source=article.name))
        except Exception as exc:  # a crash is a finding to count, not a reason to stop
            tally.crashed += 1
            tally.miss("engine raised", f"{type(exc).__name__}: {exc}"[:60])
            continue
        score_article(article, engine, tally)
    return tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def _row(label: str, tally: Tally, kinds: tuple[str, ...]) -> str:
    """One line of the table over ``kinds`` together: counts summed, then the ratios."""
    gold, found, scored, nobody, right, unresolved = (sum(counts[k] for k in kinds) for counts in (
        tally.gold, tally.found, tally.scored, tally.nobody, tally.right, tally.unresolved))
    named = scored - nobody
    end_to_end = right / (gold - unresolved) if gold - unresolved else 0
    return (f"{label:22} {gold:6} {_ratio(found, gold):>6} {_ratio(named, scored):>6} "
            f"{_ratio(right, named):>6} {end_to_end:11.2f} {nobody:6} {unresolved:10}")


def report(tally: Tally, seconds: float) -> str:
    """The figures as a table, then the non-person speakers and the misses by cause."""
    lines = [f"{tally.articles} articles, {tally.crashed} crashed, {seconds:.1f} s",
             f"{'kind':22} {'gold':>6} {'found':>6} {'named':>6} {'right':>6} {'found&right':>11} "
             f"{'unsure':>6} {'unresolved':>10}"]
    lines.extend(_row(kind, tally, (kind,)) for kind in KINDS)
    lines.append(_row("direct+mixed", tally, ("direct", "mixed")))  # the targets are on these
    lines.append(_row("all", tally, KINDS))
    lines.append("found: marked as speech; named: of the found (and judged), given a speaker; right: of the "
                 "named, the right person; found&right: of the gold, both (unsure ones are misses)")
    lines.append(f"precision: {_ratio(tally.attributed_right, tally.attributed)} of "
                 f"{tally.attributed} attributed sentences inside gold content have the right speaker; "
                 f"{tally.outside_gold} attributed sentences lie outside any gold content; "
                 f"{tally.unsure} quote sentences left unsure (no speaker)")
    lines.extend(_span_lines(tally))
    lines.append("non-person speakers: " + (", ".join(
        f"{what} {n}" for what, n in tally.non_person.most_common()) or "none"))
    for what in tally.non_person:
        lines.append(f"  {what}: " + "; ".join(tally.examples[f"non-person speaker: {what}"][:5]))
    lines.append("misses by cause:")
    for cause, n in tally.causes.most_common():
        lines.append(f"  {n:5}  {cause}")
        lines.extend(f"         e.g. {example}" for example in tally.examples.get(cause, []))
    return "\n".join(lines)


def _span_lines(tally: Tally) -> list[str]:
    spans = tally.spans
    precision, recall, f1 = spans.f1(SPEECH_KINDS)
    _, recall_all, f1_all = spans.f1(KINDS)
    lines = [f"quote spans (`Engine.quotes` content covering ≥ {MIN_COVER:.0%} of the gold content): "
             f"P {precision:.2f} R {recall:.2f} F1 {f1:.2f} over direct, mixed and speech-verb quotes; "
             f"R {recall_all:.2f} F1 {f1_all:.2f} over all kinds",
             "  recall by gold kind: " + ", ".join(
                 f"{k} {_ratio(spans.matched[k], spans.gold[k])}" for k in KINDS),
             "  precision by engine kind: " + ", ".join(
                 f"{k} {_ratio(spans.right[k], spans.quotes[k])} of {spans.quotes[k]}"
                 for k in ("direct", "mixed", "indirect"))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realnews",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, required=True,
                        help="PolNeAR data folder (holding train/, dev/)")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        tally = run(args.polnear, args.split, args.limit)
    except (OSError, ValueError) as exc:
        print(f"realnews: {exc}", file=sys.stderr)
        return 2
    print(f"PolNeAR {args.split}: " + report(tally, time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
