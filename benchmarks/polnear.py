"""Read PolNeAR's attribution annotations (brat standoff) and CoreNLP coreference.

PolNeAR (github.com/networkdynamics/PolNeAR) ships each article as ``text/<name>.txt``,
one or more annotators' ``attributions/<name>_<annotator>.ann`` and CoreNLP's
``corenlp/<name>.txt.xml``. It has no licence, so nothing here copies its text: the
benchmark reads it from a directory the user gives.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldArticle", "GoldAttribution", "parse_ann", "parse_corenlp", "read_split"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: who (source), the verb (cue) and what (content)."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A CoreNLP coreference mention: its character span, whether it is a proper name, its head's NER tag."""

    span: Span
    proper: bool
    ner: str = "O"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article's text, its attributions, and CoreNLP coreference chains (may be empty)."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    chains: tuple[tuple[Mention, ...], ...]
    ner: dict[Span, str]  # token span → CoreNLP NER tag, for the words that have one


_SPAN = re.compile(r"(\d+) (\d+)")


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """Attributions from brat standoff: ``T`` lines hold spans, ``E`` lines tie them together."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = tuple((int(a), int(b)) for a, b in _SPAN.findall(offsets))
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    return tuple(
        GoldAttribution(spans.get(e.get("Source", ""), ()), spans.get(e.get("Cue", ""), ()),
                        spans.get(e.get("Content", ""), ()))
        for e in events if spans.get(e.get("Content", "")))


def parse_corenlp(xml: str) -> tuple[tuple[tuple[Mention, ...], ...], dict[Span, str]]:
    """Coreference chains as character spans, and each token's NER tag."""
    root = ET.fromstring(xml)
    tokens: dict[tuple[int, int], tuple[Span, str, str]] = {}
    for sentence in root.iter("sentence"):
        if sentence.find("tokens") is None:
            continue
        for token in sentence.iter("token"):
            span = (int(token.findtext("CharacterOffsetBegin")), int(token.findtext("CharacterOffsetEnd")))
            tokens[int(sentence.get("id")), int(token.get("id"))] = (
                span, token.findtext("POS") or "", token.findtext("NER") or "O")
    chains = []
    for chain in root.iter("coreference"):
        mentions = []
        for m in chain.findall("mention"):
            s, a, b = (int(m.findtext(k)) for k in ("sentence", "start", "end"))
            words = [tokens[s, t] for t in range(a, b) if (s, t) in tokens]
            if words:
                # A name when its head word is a proper noun: "Mike Pence", not "a nurse trained in Montreal".
                head = tokens.get((s, int(m.findtext("head") or a)), words[0])
                proper = head[1].startswith("NNP")
                mentions.append(Mention((words[0][0][0], words[-1][0][1]), proper, head[2]))
        if mentions:
            chains.append(tuple(mentions))
    ner = {span: tag for span, _, tag in tokens.values() if tag != "O"}
    return tuple(chains), ner


def read_split(root: Path, split: str) -> list[GoldArticle]:
    """Every article of ``split`` under ``root`` with its first annotator's file (by name)."""
    base = root / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"No PolNeAR split at {base}: give the folder holding train/ and dev/.")
    articles = []
    for text_path in sorted((base / "text").glob("*.txt")):
        name = text_path.stem
        anns = sorted((base / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        text = text_path.read_bytes().decode("utf-8")
        xml_path = base / "corenlp" / f"{name}.txt.xml"
        chains, ner = parse_corenlp(xml_path.read_text(encoding="utf-8")) if xml_path.exists() else ((), {})
        articles.append(GoldArticle(name, text, parse_ann(anns[0].read_text(encoding="utf-8")), chains, ner))
    return articles
