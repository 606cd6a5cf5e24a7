"""Load a news article: UTF-8 text with its dateline split off as metadata."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.errors import ArticleNotFound, ArticleUnreadable, EmptyArticle
from retrieval.lazy_patterns import compiled

__all__ = ["Article", "Dateline", "load_article", "parse_article"]

# "TOKYO (Reuters) - ", "WASHINGTON, March 15 (AP) — ", "BEIJING — ": a place in capitals (a
# few words), an optional date or state ("Dec. 8", "N.H."; not more capitals, as a shouted
# headline has), an optional agency in brackets, then a dash. It opens the story, or one of its
# first lines, after a headline and a byline; a label such as "EXCLUSIVE —" is no place.
_DATELINE = re.compile(
    r"""^[ \t]*(?!(?:EXCLUSIVE|BREAKING|UPDATED?|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|WATCH|VIDEO|LIVE)\b)
    (?P<place>[A-Z][A-Z.'’/-]+(?:\ [A-Z][A-Z.'’/-]+){0,3})   # TOKYO, NEW YORK, ST. LOUIS
    (?:,\ (?![A-Z]{2,}\b)[^()\n]{1,40}?)?               # , March 15
    [ \t]*(?:\((?P<agency>[^()\n]{1,40})\))?             # (Reuters)
    [ \t]*[-–—]+[ \t]+""",
    re.VERBOSE | re.MULTILINE,
)
_HEAD_LINES = 6  # headline, subheading, byline, date, …: the lines a dateline may open
_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)
# A line break inside a sentence, as in text wrapped at a fixed width: the line ends with a
# word or comma and the next starts in lower case ("the bill\nwould pass"), or the line ends
# with a comma or a word no sentence ends with ("said the\nSenate"). A headline, a dateline
# or a paragraph ending in a full stop keeps its break.
_SOFT_BREAK = re.compile(  # opens with the newline: only newlines are tried (5 MB: 9 ms)
    r"""\n(?:(?<=[\w,;]\n)(?=[ \t]*[a-z])
    |(?:(?<=,\n)|(?<=\bthe\n)|(?<=\ba\n)|(?<=\ban\n)|(?<=\bof\n)|(?<=\bto\n)|(?<=\band\n)|(?<=\bor\n)
       |(?<=\bin\n)|(?<=\bon\n)|(?<=\bat\n)|(?<=\bby\n)|(?<=\bfor\n)|(?<=\bwith\n)|(?<=\bfrom\n)
       |(?<=\bthat\n))(?=[ \t]*[\w“"‘'(]))""",
    re.VERBOSE,
)
# Markdown a story pasted from a notes app or a .md file carries: a heading, quote or list mark
# opening a line, and **bold**, *italics* or __bold__ around words. Blanked with spaces, which
# keeps every offset; an article with fewer than two marked lines and no bold keeps its marks.
# A dash opening a line stays: news also writes who spoke that way ("- Ana Ruiz.").
_MARKDOWN_LINE = r"(?m)^[ \t]*(?:#{1,6}|>|[*+])[ \t]+"
_MARKDOWN_EMPHASIS = r"(?<![\w*_])(\*\*|\*|__|_)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*_])"
_MARKDOWN_HINTS = ("\n#", "\n>", "\n* ", "\n+ ", "**", "__")
_BINARY_SAMPLE = 4096
# What reading drops: a byte-order mark, CR of CRLF (compiled on first use: most files have neither).
_DROPPED = r"\A\ufeff|\r(?=\n)"


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and by whom the story was filed; metadata, never a speaker or a match."""

    place: str
    agency: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    r"""The article text; ``body_start`` is where the story proper begins, after the dateline.

    ``text`` has ``\n`` line ends, none inside a sentence, and no byte-order mark;
    ``dropped`` keeps where the file had a character more (before which offset of
    ``text``), so spans map back to the file.
    """

    source: str
    text: str
    dateline: Dateline | None
    body_start: int
    dropped: tuple[int, ...] = field(default=(), repr=False)

    @property
    def title(self) -> str:
        """A short human name for the article: its file name without extension."""
        return Path(self.source).stem if self.source else "article"

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` as offsets into the file's own text (byte-order mark and CRs counted)."""
        return (start + bisect.bisect_right(self.dropped, start),
                end + bisect.bisect_left(self.dropped, end))


def parse_article(text: str, source: str = "") -> Article:
    """Split the dateline off ``text``; raise EmptyArticle when no words are left.

    A line wrapped inside a sentence reads as one line: its break becomes a space, which
    keeps every offset, so spans still slice the file's own text; so do Markdown's marks.
    """
    text = _SOFT_BREAK.sub(" ", _without_markdown(text))
    match, first = _dateline(text)
    dateline = None
    body_start = 0
    if match:
        place = match["place"].title()
        agency = match["agency"].strip() if match["agency"] else None
        dateline = Dateline(place=place, agency=agency, text=match.group(0).strip())
        if first:
            body_start = match.end()
        else:  # a headline above it stays part of the story; the dateline, blanked, is no name in it
            text = f"{text[:match.start()]}{' ' * (match.end() - match.start())}{text[match.end():]}"
    if not re.search(r"\w", text[body_start:]):
        name = source or "the article"
        raise EmptyArticle(f"{name} has no text to answer from; put a news article in it.")
    return Article(source=source, text=text, dateline=dateline, body_start=body_start)


def _without_markdown(text: str) -> str:
    """``text`` with Markdown's marks blanked out (see ``_MARKDOWN_LINE``), when it has them."""
    if not any(hint in text for hint in _MARKDOWN_HINTS) and not text.startswith(("#", ">", "* ")):
        return text
    lines, emphasis = compiled(_MARKDOWN_LINE), compiled(_MARKDOWN_EMPHASIS)
    if len(lines.findall(text)) < 2 and not any(len(marks[1]) == 2 for marks in emphasis.finditer(text)):
        return text  # no two marked lines, no bold: plain text with a dash or a star in it
    text = lines.sub(lambda mark: " " * len(mark.group()), text)
    return emphasis.sub(lambda words: f"{' ' * len(words[1])}{words[2]}{' ' * len(words[1])}", text)


def _dateline(text: str) -> tuple[re.Match[str] | None, bool]:
    """The dateline opening one of the first lines, and whether that line is the first."""
    for n, line in enumerate(_LINE.finditer(text)):
        if n == _HEAD_LINES:
            break
        match = _DATELINE.match(text, line.start())
        if match:
            return match, n == 0
    return None, False


def load_article(path: str | Path) -> Article:
    """Read ``path`` as UTF-8 news text; raise an ArticleError that names the file."""
    path = Path(path)
    if not path.exists():
        raise ArticleNotFound(f"No article at {path}: check the path or ARTICLE_PATH.")
    if path.is_dir():
        raise ArticleUnreadable(f"{path} is a folder; give the path of a .txt article.")
    if not path.is_file():  # a device or a pipe (/dev/zero, a FIFO) would be read forever
        raise ArticleUnreadable(f"{path} is not a regular file; give the path of a .txt article.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleUnreadable(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise ArticleUnreadable(f"{path} looks binary; the article must be UTF-8 text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleUnreadable(
            f"{path} is not UTF-8 text (bad byte at {exc.start}); save it as UTF-8."
        ) from exc
    if "\r" not in text and not text.startswith("\ufeff"):  # most files: nothing to drop, no scan
        return parse_article(text, source=str(path))
    dropped = tuple(m.start() - n for n, m in enumerate(compiled(_DROPPED).finditer(text)))
    article = parse_article(compiled(_DROPPED).sub("", text).replace("\r", "\n"), source=str(path))
    return replace(article, dropped=dropped)
