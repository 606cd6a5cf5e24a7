"""Score the engine's attributions against one PolNeAR article, sentence by sentence.

The engine attributes sentences, so a gold attribution is *found* when a sentence
its content overlaps is marked as speech, *named* when that sentence also has a
speaker (the engine may say it cannot tell who spoke), and *right* when that
speaker is the gold source at name level: right counts among the named, as a
reader sees them; found-and-right counts end to end, unsure ones as misses.

A pronoun or description source ("he", "the senator") is resolved through CoreNLP's
coreference chain to the names of the same entity: mentions headed by a proper
noun that CoreNLP tags as a person or an organisation (only a person for "he" and
"she"). The speaker is right when a significant word of its name or aliases is a
word of the source or of one of those names ("Hale" matches "Tom Hale" and
"he" → "Tom Hale"). Counted apart, not scored: sources that resolve to no word
(a bare "he" outside any chain), and a speaker with a name for a source that stays
a description ("the Indiana governor" with no name in its chain: whether the
engine's "Mike Pence" is right cannot be told).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.polnear import GoldArticle, GoldAttribution
from benchmarks.realnews_spans import SpanTally, score_spans
from retrieval import Engine
from retrieval.speakers import Speaker

__all__ = ["KINDS", "Tally", "kind_of", "name_words", "score_article"]

KINDS = ("direct", "mixed", "indirect-speech-verb", "indirect-other")
# Verbs of saying, independent of the engine's own lexicon so the benchmark cannot flatter it.
_SPEECH = re.compile(
    r"\b(?:say|said|says|saying|tell|told|tells|add|added|adds|according|state[sd]?|stating|"
    r"explain(?:ed|s)?|ask(?:ed|s)?|announce[sd]?|claim(?:ed|s)?|note[sd]?|wr[io]te|writes|"
    r"argue[sd]?|insist(?:ed|s)?|warn(?:ed|s)?|repl(?:y|ied|ies)|respond(?:ed|s)?|declare[sd]?|"
    r"recall(?:ed|s)?|tweet(?:ed|s)?|testif(?:y|ied|ies)|acknowledge[sd]?|admit(?:ted|s)?|"
    r"suggest(?:ed|s)?|confirm(?:ed|s)?|den(?:y|ied|ies)|report(?:ed|s)?)\b", re.IGNORECASE)
# Quoted stretches: curly or straight double marks, or two apostrophes ('') as some archives write them.
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|''.*?''")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_NOT_NAME = frozenset(
    "a an the this that these those his her its their our my your he she they it him them we i you "
    "who which one another some other mr mrs ms dr sen rep gov president said says also and of for in "
    "on to at by with from s".split())
_PERSONAL = frozenset({"he", "she", "him", "her"})
_NAMED = frozenset({"PERSON", "ORGANIZATION"})
_DATES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                   "may june july august september october november december today yesterday".split())


def kind_of(text: str, cue: str) -> str:
    """Direct (all quoted), mixed (a quoted part), or indirect, with or without a verb of saying."""
    inside = sum(len(m.group()) for m in _QUOTED.finditer(text))
    outside = _QUOTED.sub("", text)
    if inside and not re.search(r"\w", outside):
        return "direct"
    if inside:
        return "mixed"
    return "indirect-speech-verb" if _SPEECH.search(cue) else "indirect-other"


def name_words(text: str) -> set[str]:
    """Significant lower-case words of a name: no determiners, pronouns, titles or possessives."""
    words = {re.sub(r"(’s|'s|\.)$", "", w.lower()).replace(".", "") for w in _WORD.findall(text)}
    return {w for w in words if w and w not in _NOT_NAME}


@dataclass
class Tally:
    """Counts over many articles, by kind of quote, with examples of each cause of a miss."""

    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)  # found, with a source that resolves to a name
    right: Counter = field(default_factory=Counter)
    nobody: Counter = field(default_factory=Counter)  # scored, found as speech, but no speaker named
    unresolved: Counter = field(default_factory=Counter)
    attributed: int = 0  # engine sentences with a speaker that overlap gold content
    attributed_right: int = 0
    outside_gold: int = 0  # engine sentences with a speaker and no gold attribution there
    unsure: int = 0  # engine quote sentences left without a speaker
    non_person: Counter = field(default_factory=Counter)
    causes: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    articles: int = 0
    crashed: int = 0
    spans: SpanTally = field(default_factory=SpanTally)  # quote spans vs gold content spans

    def miss(self, cause: str, example: str) -> None:
        """Count a miss under ``cause`` and keep a few short examples of it."""
        self.causes[cause] += 1
        shown = self.examples.setdefault(cause, [])
        if len(shown) < 3:
            shown.append(example)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gold_names(article: GoldArticle, g: GoldAttribution) -> tuple[set[str], bool]:
    """The source's name words and whether they are names; else its description words and False.

    Names: the source's own words when it holds a person's or organisation's name, and
    those of the names in its coreference chain.
    """
    source = " ".join(article.text[a:b] for a, b in g.source)
    if not article.ner:  # no CoreNLP file: the source's own words, as written
        return name_words(source), True
    personal = source.strip().lower() in _PERSONAL
    allowed = {"PERSON"} if personal else _NAMED
    names = set()
    if any(tag in _NAMED and any(_overlap(span, s) for s in g.source) for span, tag in article.ner.items()):
        names |= name_words(source)
    for chain in article.chains:
        if any(_overlap(m.span, s) for m in chain for s in g.source):
            for m in chain:
                if m.proper and m.ner in allowed:
                    names |= name_words(article.text[m.span[0]:m.span[1]])
    if names:
        return names, True
    return (set() if personal else name_words(source)), False


def _judge(gold: set[str], named: bool, speaker: Speaker) -> bool | None:
    """Whether ``speaker`` is the gold source; None when a name meets a description it may stand for."""
    if _speaker_words(speaker) & gold:
        return True
    return None if not named and speaker.name.split()[-1][:1].isupper() else False


def _speaker_words(speaker: Speaker) -> set[str]:
    return set().union(name_words(speaker.name), *(name_words(a) for a in speaker.aliases))


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _non_person(article: GoldArticle, speaker: Speaker) -> str | None:
    """"date", "place" or "not a name" for a proper-looking speaker that is none of people or bodies."""
    words = speaker.name.split()
    if not words or not words[0][:1].isupper():
        return None  # "a U.S. official", "officials": descriptions, judged by the gold source instead
    if len(words) == 1 and words[0].lower() in _DATES:
        return "date"
    last = words[-1].strip(".,’'s")
    tags = {tag for (a, b), tag in article.ner.items() if article.text[a:b] == last}
    if tags & {"PERSON", "ORGANIZATION", "MISC", "NATIONALITY", "TITLE", "COUNTRY"}:
        return None
    if tags & {"DATE", "TIME", "DURATION", "SET"}:
        return "date"
    if tags & {"LOCATION", "CITY", "STATE_OR_PROVINCE"}:
        return "place"
    return "not a name" if len(words) == 1 else None


def score_article(article: GoldArticle, engine: Engine, tally: Tally) -> None:
    """Add one article's figures to ``tally``."""
    tally.articles += 1
    attributions = engine.attributions
    sentences = [(a.sentence.start, a.sentence.end) for a in attributions]
    covered: set[int] = set()
    golds = []
    for g in article.attributions:
        content = " ".join(article.text[a:b] for a, b in g.content)
        cue = " ".join(article.text[a:b] for a, b in g.cue)
        kind = kind_of(content, cue)
        golds.append((kind, g.content))
        tally.gold[kind] += 1
        hit = [i for i, s in enumerate(sentences) if any(_overlap(s, c) for c in g.content)]
        covered.update(hit)
        found = [i for i in hit if attributions[i].kind is not None]
        source = " ".join(article.text[a:b] for a, b in g.source)
        label = f"{_short(cue, 20)!r} src {_short(source, 30)!r}"
        if not found:
            tally.miss(f"{kind}: no tag found", label)
            continue
        tally.found[kind] += 1
        gold, named = _gold_names(article, g)
        speakers = [attributions[i].speaker for i in found if attributions[i].speaker is not None]
        verdict = _judge(gold, named, speakers[0]) if speakers else False
        if not gold or verdict is None:
            tally.unresolved[kind] += 1
            continue
        tally.scored[kind] += 1
        if verdict:
            tally.right[kind] += 1
        elif not speakers:
            tally.nobody[kind] += 1
            tally.miss(f"{kind}: nobody named", label)
        else:
            form = "pronoun source" if not name_words(source) else "named source"
            tally.miss(f"{kind}: wrong person ({form})", f"{label} → {_short(speakers[0].name, 30)!r}")
    _score_precision(article, engine, covered, tally)
    score_spans(golds, engine.quotes, tally.spans)


def _score_precision(article: GoldArticle, engine: Engine, covered: set[int], tally: Tally) -> None:
    """Of the sentences the engine gives a speaker, the share whose speaker is a gold source there."""
    for i, a in enumerate(engine.attributions):
        if a.kind is not None and a.speaker is None:
            tally.unsure += 1
        if a.speaker is None or a.kind is None:
            continue
        span = (a.sentence.start, a.sentence.end)
        golds = [g for g in article.attributions if any(_overlap(span, c) for c in g.content)]
        sources = [_gold_names(article, g) for g in golds]
        names = set().union(*(words for words, _ in sources))
        verdict = _judge(names, any(named for _, named in sources), a.speaker) if names else None
        if i not in covered or not golds:
            tally.outside_gold += 1
        elif verdict is not None:
            tally.attributed += 1
            tally.attributed_right += verdict
    for speaker in engine.speakers.quoted:
        what = _non_person(article, speaker)
        if what:
            tally.non_person[what] += 1
            tally.examples.setdefault(f"non-person speaker: {what}", []).append(_short(speaker.name, 30))
