"""Questions about the article itself, not anyone in it: its facts, its gist, what it says, its quotes.

"Who wrote this?", "whats the story", "what does the article say about the veto?", "give me
all quotes": the article (or "it", "this") is what they ask about, never a speaker to look up.
"""

from __future__ import annotations

import re

from retrieval.lazy_patterns import gated

__all__ = ["all_quotes_asked", "article_fact", "article_says", "summary_asked"]

_ARTICLE = r"(?:it|this|the\s+(?:article|story|piece|report))"
# The article as the one saying: "what does the article say about the veto?", "does it mention
# Russia?" search the topic; "what is the story saying?" asks for the summary.
_ARTICLE_SAYS = (r"^(?:(?:what|anything)\s+(?:(?:does|did|do|is|else\s+does)\s+)?|does\s+|did\s+)?"
                 rf"{_ARTICLE}\s+(?:say|says|saying|mention|mentions|tell\s+(?:us|me))"
                 r"(?:\s+(?:anything|something))?(?:\s+(?:about|on|regarding|concerning|of)?\s*(?P<topic>.+))?$")
_SAYS_WORDS = ("article", "story", "piece", "report", "it ", "this")  # the gate of _ARTICLE_SAYS
# Questions about the article's facts; each names the fact asked for. Each pattern needs one of
# _ABOUT_WORDS (below) in the question: a new pattern adds its word there.
_ABOUT = (
    ("writer", rf"^(?:who\s+(?:wrote|writes|reported|filed)(?:\s+{_ARTICLE})?$|"
               r"who\s+is\s+the\s+(?:author|writer|reporter)|(?:what\s+is\s+)?(?:the\s+)?"
               r"(?:author|writer|byline|reporter)$)"),
    ("agency", rf"^(?:(?:which|what)\s+(?:news\s+)?(?:agency|outlet|wire|publication)\b|"
               rf"who\s+(?:published|ran)\s+{_ARTICLE}$)"),
    ("place", rf"^(?:where\s+(?:was|is|were)\s+{_ARTICLE}\s+(?:filed|written|reported|from|"
              rf"published|datelined)|where\s+(?:does|did)\s+{_ARTICLE}\s+come\s+from|"
              r"where\s+(?:did|does)\s+(?:it|this|all\s+this)\s+(?:happen|take\s+place)|"
              r"(?:what\s+is\s+)?the\s+dateline)"),
    ("date", rf"^(?:when\s+(?:was|is)\s+{_ARTICLE}\s+(?:written|filed|published|from|dated)|"
             r"(?:what\s+is\s+)?the\s+(?:article'?s\s+)?date$|"
             rf"what\s+(?:date|day)\s+(?:was|is)\s+{_ARTICLE}\b)"),
    ("counts", r"^(?:how\s+(?:many|much)\s+(?:people|persons|speakers|sources|voices|sentences|"
               rf"quotes)(?:\s+(?:are|were|is))?(?:\s+(?:quoted|there|named|in\s+{_ARTICLE}))*$|"
               rf"how\s+long\s+is\s+{_ARTICLE})"),
    ("about", r"^(?:about|info|information|metadata|details)$"),
    ("most", r"^who\s+(?:(?:is|was|gets|got)\s+quoted\s+(?:the\s+)?most|"
             r"(?:speaks|spoke|talks|talked)\s+the\s+most)"),
)
_ABOUT_ANY = "|".join(f"(?P<{fact}>{pattern})" for fact, pattern in _ABOUT)  # one match for all
# The gate of ``_ABOUT``, the biggest pattern ("writ" for wrote, writer, written; "date" for
# dateline, dated): a question with none of these is not about the article.
_ABOUT_WORDS = ("most", "wrote", "writ", "report", "filed", "author", "byline", "agency", "outlet", "wire",
                "publi", "ran", "from", "date", "day", "how", "about", "info", "metadata", "details",
                "happen", "place")
_SUMMARY = (r"^(?:(?:(?:can\s+you\s+|please\s+)?(?:give|show|tell)\s+(?:me|us)\s+)?(?:a\s+|the\s+)?"
            r"(?:summari[sz]e|summary|gist|tl;?dr|short\s+version|main\s+points)|"
            r"what\s+(?:is|was|'s)\s+(?:it|this|(?:this|the)\s+(?:article|story|piece|news))\s+about|"
            r"what\s+(?:this|the)\s+(?:article|story|piece)\s+is\s+about|what\s+happened$|"
            r"what\s+is\s+(?:(?:the|this)\s+(?:story|news|article|piece)|this|going\s+on|happening|new)$|"
            r"what\s+(?:are|were)\s+the\s+(?:main|key)\s+points|key\s+points|"
            r"what\s+is\s+the\s+(?:main\s+|key\s+)?(?:point|idea|takeaway)$|main\s+(?:point|idea)$|"
            r"tell\s+(?:me|us)\s+about\s+(?:it|this|the\s+(?:article|story|piece|news))$)")
_SUMMARY_WORDS = ("summar", "gist", "tl", "short", "main", "key", "about", "happen", "story", "news", "this",
                  "going", "new", "article", "piece", "point", "idea", "takeaway")
# "give me all quotes", "list the quotes": every quoted sentence.
_ALL_QUOTES = (r"^(?:(?:give|show)\s+(?:me|us)\s+|list\s+|show\s+)?(?:all\s+|every\s+)?(?:the\s+)?"
               rf"(?:quotes?|quotations|direct\s+quotes)(?:\s+in\s+{_ARTICLE})?$")
_QUOTES_WORDS = ("quot",)


def article_fact(lowered: str) -> str | None:
    """The fact of the article asked for (writer, agency, place, date, counts, about, most), or None."""
    found = gated(_ABOUT_ANY, _ABOUT_WORDS, lowered)
    return found.lastgroup if found else None


def article_says(lowered: str) -> re.Match[str] | None:
    """The match of "what does the article say (about TOPIC)?", its ``topic`` group the topic if any."""
    return gated(_ARTICLE_SAYS, _SAYS_WORDS, lowered)


def summary_asked(lowered: str) -> bool:
    """Whether the question asks what the article is about ("whats the story", "tl;dr")."""
    return gated(_SUMMARY, _SUMMARY_WORDS, lowered) is not None


def all_quotes_asked(lowered: str) -> bool:
    """Whether the question asks for every quote ("give me all quotes", "list the quotes")."""
    return gated(_ALL_QUOTES, _QUOTES_WORDS, lowered) is not None
