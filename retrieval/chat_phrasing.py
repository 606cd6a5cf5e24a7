"""How a chat question is phrased, apart from what it asks: small talk, polite openings, contractions, typos.

A greeting, thanks, "who are you?" or "help me" asks nothing of the article and gets a hint;
"hi, can you tell me what Hale said?", "whats the dam for" and "waht did Hale siad" ask what
"what did Hale say?" and "what is the dam for?" ask, once the opening is dropped, the
contraction written out and the question's own words spelt right.
"""

from __future__ import annotations

import re

from retrieval.lazy_patterns import compiled, gated

__all__ = ["small_talk", "spelt_right", "without_opening"]

# Chat that asks nothing of the article: a greeting, thanks, what the bot is or a plea for help
# ("help me", "can you help?", "I need help": what it can be asked); the whole text, so "help me
# understand the vote" is a question.
_SMALL_TALK = (r"(?:(?P<greeting>(?:hi|hello|hey|hiya|howdy|yo|greetings|"
               r"good\s+(?:morning|afternoon|evening))(?:\s+(?:there|bot|all|everyone))?)|"
               r"(?P<thanks>(?:thanks|thank\s+you|thx|ty|cheers|great|cool|nice|ok|okay|awesome|perfect|"
               r"good\s+bot|got\s+it)(?:\s+(?:so\s+much|a\s+lot|very\s+much|bot))?)|"
               r"(?P<self>who\s+are\s+you|what\s+are\s+you|what\s+can\s+you\s+do|"
               r"what\s+(?:can|should|do)\s+i\s+ask(?:\s+you)?|"
               r"what\s+do\s+you\s+do|how\s+does\s+this\s+work|how\s+do\s+(?:i|you)\s+use\s+(?:this|you)|"
               r"(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?help(?:\s+me|\s+us)?(?:\s+please)?|"
               r"i\s+(?:need|want)\s+(?:some\s+)?help|(?:need\s+)?(?:some\s+)?help\s+(?:pls|plz)|"
               r"how\s+do\s+i\s+(?:start|begin|ask)|commands))$")
_SMALL_TALK_CHARS = 30  # longer text is a question, or more than small talk
# The gate of _SMALL_TALK: each of its phrasings holds one of these ("what did Hale say?" none of
# them, so a first speaker question never compiles it).
_SMALL_TALK_WORDS = ("hi", "hello", "hey", "howdy", "yo", "greet", "good", "thank", "thx", "ty", "cheer",
                     "great", "cool", "nice", "ok", "awesome", "perfect", "got", "you", "help", "ask", "work",
                     "use", "start", "begin", "commands")
# Greetings, polite or indirect openings before the question itself: "hi, what did Hua say?", "so
# what did Hua say", "pls tell me who wrote this", "show me what Hua said", "I want to know why …".
# Dropped before the question is read; _OPENER_WORDS is their gate.
_OPENER = (r"(?i)^(?:(?:hi|hey|hello|yo|so|ok|okay|well|alright|hmm|um)(?:\s+there)?[\s,!.]+)?"
           r"(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would)\s+you\s+"
           r"(?:please\s+)?)?(?:(?:tell|show|give)\s+(?:me|us)\s+|i\s+(?:want|would\s+like|'d\s+like)\s+to\s+know\s+|"
           r"do\s+you\s+know\s+)?(?=(?:what|who|where|when|why|how|which|whether|if|did|does|do|is|are|was|were|"
           r"has|have|can|could|will|would|tell|show|give|summari[sz]e|and)(?:'s|s)?\b)")
_OPENER_WORDS = ("please", "pls", "plz", "can ", "could", "would", "show ", "tell ", "i ", "do you", "hi",
                 "hey", "hello", "yo", "so", "ok", "well", "alright", "hmm", "um")
# "whats", "who's", "wheres" as typed in chat: read as "what is" ("who's been" as "who has been").
_CONTRACTED = r"(?i)^(?P<and>and\s+)?(?P<wh>what|who|where|how|when|why)(?:'s|s)\s+(?P<been>been\b|got\b)?"
# Slips of the fingers on the words that frame a question, none of them a common word itself: the
# question is read by these words ("waht did Hale say" is a speaker question), a name never is
# (one capitalised inside a question: "what is Wat Arun").
_TYPOS = {
    "what": ("waht", "wht", "whta", "hwat", "wut", "wat", "wot", "whut"), "who": ("woh", "hwo"),
    "did": ("ddi", "idd"),
    "say": ("sya",), "said": ("siad", "sadi", "sayed"), "does": ("deos",), "why": ("wyh", "hwy"),
    "where": ("wehre", "whre", "hwere", "wher"), "when": ("wehn", "whne", "hwen"),
    "many": ("meny", "mnay"), "quoted": ("qouted", "qoted", "quotd"), "about": ("abotu", "baout", "abt"),
    "think": ("thnik", "htink"),
}
# Short forms chat gives the words of a body's name: "the state dept" is the State Department.
_SHORT_FORMS = {"department": ("dept",), "government": ("govt",), "international": ("intl",),
                "national": ("natl",), "association": ("assn",), "administration": ("admin",)}
_TYPO_OF = {typo: word for word, typos in (*_TYPOS.items(), *_SHORT_FORMS.items()) for typo in typos}
_TYPOS_FOUND = r"(?i)\b(?:" + "|".join(_TYPO_OF) + r")\b"


def small_talk(text: str) -> str | None:
    """What chat that asks nothing of the article is ("greeting", "thanks", "self"), else None."""
    if len(text) > _SMALL_TALK_CHARS:
        return None
    found = gated(_SMALL_TALK, _SMALL_TALK_WORDS, text.lower())
    return found.lastgroup if found else None


def _written_out(m: re.Match[str]) -> str:
    """"whats" as "what is", "who's been" as "who has been"."""
    return f"{m['and'] or ''}{m['wh']} {'has ' + m['been'] if m['been'] else 'is '}"


def without_opening(text: str) -> str:
    """``text`` without a polite opening, its first word's contraction written out."""
    if text[:6].lower().startswith(_OPENER_WORDS):
        text = compiled(_OPENER).sub("", text, count=1)
    if "'s " in text or "s " in text[:11]:
        text = compiled(_CONTRACTED).sub(_written_out, text, count=1).rstrip()
    return text


def spelt_right(text: str) -> str:
    """``text`` with slips on a question's own words ("waht", "siad") and short forms ("dept") spelt out.

    Most questions have none, found by their words at a tenth of the cost of the pattern's search.
    """
    if _TYPO_OF.keys().isdisjoint(text.lower().split()):
        return text
    return compiled(_TYPOS_FOUND).sub(_spelt, text)


def _spelt(m: re.Match[str]) -> str:
    """The word a slip stands for; a capitalised one inside the question is a name ("what is Wat Arun")."""
    slip = m.group()
    return _TYPO_OF[slip.lower()] if m.start() == 0 or slip.islower() else slip

