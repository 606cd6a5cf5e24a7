"""What kind of answer a search question asks for, and the patterns that find one in a sentence.

"How many …?" wants a figure, "when …?" a time, "who …?" a name, "why …?" a reason and
"what …?" a thing, of the kind the noun after it says ("which museum …?"; "in what language
…?" is answered by one of a closed set of words, "Latin"): the ranker favours a sentence
holding one (``retrieval.ranking``).
"""

from __future__ import annotations

import re
from functools import cache

from retrieval.terms import term_of, tokenize

__all__ = ["KIND_PATTERNS", "MEASURES", "asked", "members", "money_terms", "number_terms"]

# What "how …?" measures: "how long", "how big". The word asks for a figure; the answer seldom repeats it.
MEASURES = "much|many|long|old|far|large|big|fast|tall|high|deep|heavy"

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|"
                 r"hundreds?|thousands?|millions?|billions?|trillions?|percent|half|quarter")
_FIGURE = rf"(?i)[$€£¥]\s?\d|\d|\b(?:{_NUMBER_WORDS})\b"
# An amount of money: "$2.1 billion", "2.1 billion dollars", "400,000 pounds".
_MONEY = (r"(?i)[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|m|bn)\s+)?"
          r"(?:dollars|pounds|euros|yen|yuan|rupees|francs)\b")
_TIME = (
    r"(?i)\b(?:\d{4}s?|\d{2}s|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|week|month|year|century|decade|spring|summer|autumn|fall|winter|noon|midnight|dawn|"
    r"morning|afternoon|evening|night)\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b)")
_FREQUENCY = (r"(?i)\b(?:once|twice|every|daily|weekly|monthly|annually|yearly|hourly|always|never|"
              r"rarely|often|per\s+(?:day|week|month|year)|a\s+(?:day|week|month|year))\b")
_REASON = (r"(?i)\b(?:because|due\s+to|since|so\s+that|in\s+order\s+to|as\s+a\s+result|caused?|led\s+to|"
           r"comes?\s+from|named\s+(?:after|for)|thanks\s+to|in\s+honou?r\s+of|owing\s+to|"
           r"(?:driven|fu?ell?ed|prompted|spurred)\s+by|blamed\s+on)\b")
# What the answer holds, by the question's opening: (question pattern, kind of answer).
_ANSWER_TYPES = (
    (r"^how\s+(?:often|frequently)\b", "frequency"),
    # "How much profit …?" asks an amount of money, wherever it stands; "how much did profit fall?" a figure.
    (r"^how\s+much\s+(?:in\s+)?(?:profit|revenue|sales|earnings|income|debt|turnover)\b", "money"),
    (rf"^(?:how\s+(?:{MEASURES})|"
     r"(?:what|which)\s+(?:number|percentage|percent|amount|share|proportion|size|age)\b)", "figure"),
    (r"^(?:when\b|(?:what|which)\s+(?:time|date|day|year|month|century|decade|era|period)\b)", "time"),
    (r"^(?:who|whom|whose|where)\b", "name"),
    (r"^why\b", "reason"),
    # "Which museum …?", "what kind of court …?": the noun after "what"/"which" says what kind of
    # thing is asked for (an answer names one: "the Harbor Museum", "the Court of Appeal").
    (r"^(?:what|which)\b(?:\s+(?:(?:kind|type|sort)\s+of\s+)?(?P<noun>[a-z]+))?", "thing"),
)
# The sentence patterns of the kinds a pattern finds (a name or a thing is found otherwise).
KIND_PATTERNS = {"figure": _FIGURE, "money": _MONEY, "time": _TIME, "frequency": _FREQUENCY,
                 "reason": _REASON}
# Question words asking for an amount of money: "how much is the deal worth?", "what did it cost?".
_MONEY_WORDS = "worth cost costs price pay paid spend spent money value fee salary budget dollars pounds"
# Kinds of thing English names by a closed set of words: "in what language …?" is answered by
# "in Latin", "what colour …?" by "red", though neither names its kind.
_COLOURS = "red blue green yellow black white orange purple pink brown grey gray violet gold golden silver"
_MEMBERS = {
    "language": "English French German Latin Greek Spanish Italian Portuguese Dutch Russian Polish Czech "
                "Swedish Danish Norwegian Finnish Hungarian Turkish Arabic Hebrew Persian Hindi Sanskrit "
                "Chinese Mandarin Cantonese Japanese Korean Swahili Irish Welsh Gaelic",
    "colour": _COLOURS,
    "color": _COLOURS,
    "season": "spring summer autumn fall winter",
    "direction": "north south east west northward southward eastward westward",
}

_OPENING = r"^(?:and|so|but|then|ok|okay)\s+|^(?:in|on|at|by|for|of|from)\s+"  # words before the asking one


@cache
def _answer_types() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening to drop, and one pattern for every kind of answer, compiled on first use.

    The first kind whose pattern matches names the group that matched; start-up time counts.
    """
    kinds = "|".join(f"(?P<{kind}>{pattern[1:]})" for pattern, kind in _ANSWER_TYPES)
    return re.compile(_OPENING), re.compile(f"^(?:{kinds})")


@cache
def money_terms() -> frozenset[str]:
    """The index terms of words asking for money ("worth", "paid" → "pay"), worked out on first use."""
    return frozenset(tokenize(_MONEY_WORDS))


@cache
def _member_terms() -> dict[str, frozenset[str]]:
    """Each kind's term with its members' terms ("languag" → "latin", …), worked out on first use."""
    return {term_of(kind) or kind: frozenset(tokenize(words)) for kind, words in _MEMBERS.items()}


def members(noun: str) -> frozenset[str]:
    """The terms of the words naming a thing of the kind ``noun`` (a term) asks for; empty for most kinds."""
    return _member_terms().get(noun, frozenset())


@cache
def number_terms() -> frozenset[str]:
    """The index terms of the number words ("twelve" → "twelv"), worked out on first use."""
    return frozenset(tokenize(_NUMBER_WORDS.replace("s?", "").replace("|", " ")))


def asked(question: str) -> tuple[str | None, str | None]:
    """The kind of answer ``question`` wants, and for a thing the noun saying which kind.

    The kind is figure, money, time, frequency, name, reason, thing, or None. The noun is the term
    of the word after "what"/"which" ("museum" of "which museum lent it?"), None when that
    is a stop word ("what did …?"). One match finds both.
    """
    opening, kinds = _answer_types()
    found = kinds.match(opening.sub("", question.lower(), count=1))
    if found is None:
        return None, None
    noun = found.group("noun") if found.lastgroup == "thing" else None
    return found.lastgroup, term_of(noun) if noun else None
