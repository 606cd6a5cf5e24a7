"""Find quoted stretches of text, including quotes that run over several sentences or lines.

News style closes a quote with ``”`` but, when a quote runs into the next paragraph,
leaves the paragraph open and starts the next one with a fresh ``“``. Straight quotes
(``"``) are read as opening or closing from the character before them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes"]

_OPEN, _CLOSE = "“", "”"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """``text[start:end]`` is one quotation, marks included; ``closed`` is False when unbalanced."""

    start: int
    end: int
    closed: bool


def _mark(text: str, i: int) -> str | None:
    """Classify ``text[i]`` as an opening or closing quotation mark, or neither."""
    ch = text[i]
    if ch == _OPEN:
        return _OPEN
    if ch == _CLOSE:
        return _CLOSE
    if ch == '"':
        before = text[i - 1] if i else " "
        return _OPEN if before.isspace() or before in "([{—–-/" else _CLOSE
    return None


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Return the quotations in ``text[start:end]`` in order.

    An opening mark left open at the end of a paragraph carries on into the next
    paragraph when that paragraph starts with an opening mark; otherwise the quote
    ends with its paragraph, so one stray mark cannot swallow the article.
    """
    end = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            if open_at is not None and not _quote_continues(text, i, end):
                spans.append(QuoteSpan(open_at, _rstrip(text, open_at, i), closed=False))
                open_at = None
        else:
            mark = _mark(text, i)
            if mark == _OPEN and open_at is None:
                open_at = i
            elif mark == _CLOSE and open_at is not None:
                spans.append(QuoteSpan(open_at, i + 1, closed=True))
                open_at = None
        i += 1
    if open_at is not None:
        spans.append(QuoteSpan(open_at, _rstrip(text, open_at, end), closed=False))
    return spans


def _quote_continues(text: str, newline: int, end: int) -> bool:
    """Whether a quote open at ``newline`` runs on into the next paragraph.

    It does when that paragraph starts with a fresh opening mark (news style), or when
    its first quotation mark closes a quote (the opening one was left out).
    """
    i = newline
    while i < end and text[i].isspace():
        i += 1
    while i < end and text[i] != "\n":
        mark = _mark(text, i)
        if mark is not None:
            return mark == _CLOSE or text[newline:i].isspace()
        i += 1
    return False


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
