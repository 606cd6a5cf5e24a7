"""Split article text into sentences that keep their character offsets.

News text breaks the simple "split at a full stop" rule in known ways: titles and
initials (Mr., U.S., F.), money ($1.35), an ellipsis inside a quote, a quote that
ends a sentence (``.” “``), a question inside a quote followed by its tag
(``?” she asked``) and a missing space after a full stop (``said.State``).
Paragraphs (lines) always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from retrieval.lexicon import (
    ABBREVIATIONS,
    CLOSING_PUNCT,
    HONORIFICS,
    OPENING_PUNCT,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
)
from retrieval.speech_words import SPEECH_VERBS

__all__ = ["Sentence", "SentenceTexts", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``. ``index`` counts from 0.

    It keeps the one article text and its offsets, not a copy of its words: on a long
    article the copies were a tenth of a build's memory, and most are read rarely.
    """

    index: int
    article_text: str = field(repr=False)
    start: int
    end: int

    @property
    def text(self) -> str:
        """The sentence's words, sliced from the article when asked for."""
        return self.article_text[self.start : self.end]

    @property
    def number(self) -> int:
        """The number people see: sentences are numbered from 1."""
        return self.index + 1


class SentenceTexts(Sequence[str]):
    """The sentences' words in order, each sliced from the article as it is read.

    For whoever reads every sentence's text once (the index): a list of them all would be
    a second copy of the article, held at once.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences

    def __len__(self) -> int:
        return len(self._sentences)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [s.text for s in self._sentences[i]]
        return self._sentences[i].text

    def __iter__(self) -> Iterator[str]:
        return (s.text for s in self._sentences)


_PARAGRAPH = re.compile(r"[^\n]+")
# A terminator run (full stops, ellipses, ! and ?) with any closing quotes or brackets after it.
# Written to open with a set of characters, so that it is tried only where one stands.
_END = re.compile(rf"[.…!?][.…!?]*[{re.escape(CLOSING_PUNCT)}]*")
_NEXT_WORDS = re.compile(r"[\w.’'-]+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Return the sentences of ``text[start:end]``, numbered from 0, with offsets into ``text``."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text, start, end):  # a paragraph at a time: no list of all spans
        for a, b in _split_paragraph(text, para.start(), para.end()):
            a, b = _strip(text, a, b)
            if a < b and any(ch.isalnum() for ch in text[a:b]):
                sentences.append(Sentence(len(sentences), text, a, b))
    return sentences


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    begin = start
    for match in _END.finditer(text, start, end):
        cut = match.end()
        if cut < end and _is_boundary(text, match, end):
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, end))
    return spans


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    """Decide whether the terminator in ``match`` ends a sentence."""
    mark = match.group(0)
    closed = mark[-1] in CLOSING_PUNCT
    rest = text[match.end() : end]
    gap = len(rest) - len(rest.lstrip())
    nxt = rest[gap:gap + 1]
    if not nxt:
        return False
    if gap == 0:
        return _glued_boundary(text, match, nxt, closed)
    if not (nxt.isupper() or nxt.isdigit() or nxt in OPENING_PUNCT):
        return False  # "?” she asked", "e.g. this"
    if ("..." in mark or "…" in mark) and not closed:
        return False  # an ellipsis inside a quoted sentence
    words = [w.lower().strip(".") for w in _NEXT_WORDS.findall(rest[gap:gap + 80])[:5]]
    if mark.rstrip(CLOSING_PUNCT)[-1] in "?!" and closed and _tag_follows(words):
        return False  # “Why now?” Smith asked.
    if mark.startswith(".") and not closed:
        return not _is_abbreviation(text, match.start(), words[0] if words else "")
    return True


def _glued_boundary(text: str, match: re.Match[str], nxt: str, closed: bool) -> bool:
    """A terminator with no space after it: ``said.State`` or ``.”“`` ends a sentence."""
    if closed:
        return nxt in OPENING_PUNCT
    if match.group(0) != "." or not nxt.isupper():
        return False
    word = _word_before(text, match.start())
    after = text[match.end() : match.end() + 2]
    return len(word) >= 2 and word.isalpha() and word.islower() and after[1:].islower()


def _tag_follows(words: list[str]) -> bool:
    """True when a speech verb comes within the next few words (a quote's tag)."""
    return any(w in SPEECH_VERBS for w in words[:4])


def _is_abbreviation(text: str, dot: int, next_word: str) -> bool:
    """Whether the full stop at ``dot`` belongs to an abbreviation rather than ending a sentence."""
    word = _word_before(text, dot).lstrip("".join(OPENING_PUNCT))
    bare = word.rstrip(".").lower()
    if bare in HONORIFICS:
        return True  # Mr. Smith: a courtesy title is never the end.
    if bare in TITLE_ABBREVIATIONS:  # Sen. Jones; but "Dover, Del. The …" ends with a state
        return next_word not in SENTENCE_STARTERS
    dotted = "." in word  # U.S., U.N., a.m.
    initial = len(word) == 1 and word.isupper()  # John F. Kennedy
    if dotted or initial or bare in ABBREVIATIONS:
        return next_word not in SENTENCE_STARTERS
    return False


def _word_before(text: str, pos: int) -> str:
    """The run of non-space characters that ends at ``pos``."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:pos]
