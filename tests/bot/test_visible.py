"""Text that shows nothing is told apart from a question, whatever invisible characters it holds."""

from __future__ import annotations

import pytest

from bot.visible import blank


@pytest.mark.parametrize("text", ["", "  \n\t", "\u200b", "\u200b \u2060\ufeff\u200d", "\u3164",
                                  "\u2800 \u200e"])
def test_invisible_characters_alone_are_blank(text):
    """Whitespace, zero-width and format characters, Hangul fillers and the Braille blank show nothing."""
    assert blank(text)


@pytest.mark.parametrize("text", ["what did Hua say?", "\u200bwho?", "?", "\U0001f44d", "\u00e9"])
def test_anything_visible_is_not_blank(text):
    """One visible character, emoji or punctuation included, makes text something to answer."""
    assert not blank(text)
