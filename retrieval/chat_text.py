"""Chat decoration around a question, set aside before it is read: mentions, Markdown, emoji.

What people type in Discord, Slack or a terminal carries marks that are no part of the
question ("**Hua**", "@bot", "> quoted", an emoji, a colour code); a mention may also be the
person asked about, which only a chat user can be (``questions.asks_a_chat_user``).
"""

from __future__ import annotations

import re

__all__ = ["ADDRESS", "MENTION", "clean_question"]

_NOISE_MARK = re.compile(r"[<@>*_~|`:\x00-\x1f\x7f-\x9f]")
# Chat decoration that is not part of the question: Discord mentions and custom emoji,
# @everyone/@here or a leading @name, a blockquote's ">", Markdown marks, emoji, :shortcodes:.
# A chat mention, which means a chat user, never someone in the article: Discord's <@123>, <@!123>,
# <@&role>; Slack's <@U123|alice>, <!here>, <!subteam^S1|@team>; @everyone, @here, @channel typed.
MENTION = (r"<@[!&]?\w+(?:\|[^<>]*)?>|<!\w+(?:\^\w+)?(?:\|[^<>]*)?>|"
           r"(?<![\w@])@(?:everyone|here|channel)\b")
# Mentions that address the message rather than ask about anyone: before the question ("@bot
# what did Hua say?", also "@name"), or after its end mark ("what did Hua say? @here").
# After the end mark, a typed "@bob" addresses bob too ("and Pak? @bob", "… say? cc @bob").
_TRAILING_ADDRESS = rf"(?<=[?!.])(?:\s*(?:(?i:/?cc|fyi)\b:?\s*)?(?:{MENTION}|@[\w.-]+))+\s*$"
ADDRESS = rf"^\s*(?:(?:{MENTION}|@[\w.-]+)[\s,:;]*)+|{_TRAILING_ADDRESS}"
_CHAT_NOISE = (
    r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x1f\x7f-\x9f]|"  # terminal codes
    rf"<a?:\w+:\d+>|<#[!&]?\w+(?:\|[^<>]*)?>|{_TRAILING_ADDRESS}|{MENTION}|^\s*@[\w.-]+|(?<![\w<])@(?=\w)|"
    r"^\s*(?:>\s*)+|"
    r"\*\*|__|~~|\|\||`+|(?<!\w)[*_]|[*_](?!\w)|:[a-z0-9_+-]+:|"
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"
)


def clean_question(text: str) -> str:
    """The question as typed, without chat decoration, outer quote marks or end punctuation."""
    if not text.isascii() or _NOISE_MARK.search(text):  # most questions have none
        if not text.isascii():  # full-width letters an input method types ("Ｈｕａ") read as plain ones
            import unicodedata  # only for such text: start-up counts

            text = unicodedata.normalize("NFKC", text)
        text = re.sub(_CHAT_NOISE, " ", text, flags=re.MULTILINE)
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).strip(" ?!.,:;\"'")
