"""Answers about the article itself: where and by whom it was filed, its date, its size.

The dateline ("TOKYO (Reuters) -", "WASHINGTON, March 15 (AP) —") gives the place, the
agency and sometimes the date; a byline ("By Jane Doe"), a wire credit ("Reporting by
Jane Doe") or, in an opinion piece or a letter, the closing line ("Jane Doe is a lecturer
at …", "Jane Doe.") gives the writer. What the article does not give is said plainly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from retrieval.article import Article
from retrieval.names import name_key
from retrieval.results import Answer, Result
from retrieval.speakers import SpeakerRegistry
from retrieval.typed_speakers import as_written

if TYPE_CHECKING:
    from retrieval.questions import ParsedQuestion

__all__ = ["LISTED", "about_reply", "chat_reply", "example_question", "is_byline", "own_story",
           "quoted_note", "times_quoted"]

LISTED = 8  # names given in a note or a list; a long list helps no one
# Pattern strings, compiled on first use by ``re``'s cache: start-up time counts for ``ask``.
# A byline may name the writer's post after a comma: "By Mara Quinn, Health Reporter".
_BYLINE = (r"(?im)^\s*by[ \t]+(?P<who>[A-Z][\w.'’-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’-]+){0,5})"
           r"(?-i:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]*$")
_CREDIT = r"\((?:Reporting|Writing|Reported|Written)\s+by\s+(?P<who>[^;)]+)"
_DATE = r",\s*(?P<date>[^()\n]*?\d[^()\n]*?)\s*(?:\(|[-–—])"
# How an opinion piece or a letter ends: its writer's line ("Ed Lamb is a lecturer at Vell
# College.", "Ed Lamb, a retired teacher, is …") or a signature alone ("Ana Ruiz.").
_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]{2,3})"  # "Lamb", "O'Neil", "AJ"; not "MoreInfo"
_NAME = rf"(?!The\b)(?P<who>(?:Mr|Ms|Mrs|Dr)\.\s+{_WORD}|{_WORD}(?:\s+[A-Z]\.)?(?:\s+{_WORD}){{1,2}})"
_WRITERS_LINE = (rf"{_NAME}(?:,[^,\n]{{3,80}},)?\s+(?:is|was)\s+"
                 r"(?:an?|the|former|(?:[\w-]+\s+){1,3}(?:of|at|for|in))\b[^\n]*")
_SIGNATURE = rf"{_NAME}\.?"
_CLOSING = 2  # paragraphs at the end where a letter is signed
_ARTICLES_KEPT = 8  # articles whose writer is kept (one per engine in use)


@lru_cache(maxsize=_ARTICLES_KEPT)
def _writer(article: Article) -> str | None:
    """The byline near the top, else the agency's reporting credit, else the piece's closing line.

    Kept per article: a speaker no one quotes is checked against it at every question.
    """
    found = re.search(_BYLINE, article.text[:300]) or re.search(_CREDIT, article.text)
    return " ".join(found["who"].split()) if found else _signed(article.text)


def own_story(question: str, name: str, topic: str, article: Article, search: Callable[[str, str], Answer],
              lede: tuple[Result, ...]) -> Answer | None:
    """What the article's own agency or writer ("reuters", "Lamb") says: the story, on ``topic`` if asked.

    None when ``name`` names neither: the agency or a columnist is no speaker quoted in the story.
    """
    typed = set(name_key(name).split())
    agency = article.dateline.agency if article.dateline else None
    author = next((w for w in (agency, _writer(article)) if w and typed & set(name_key(w).split())), None)
    if author is None:
        return None
    found = search(question, topic) if topic else None
    on = found is not None and bool(found.results) and not found.closest
    told = (f" On “{topic}” it says:" if on
            else f" It says nothing on “{topic}”; it opens:" if topic else " It opens:")
    return Answer(question, "speaker", None, found.results if on and found else lede,
                  message=f"{author} wrote the article.{told}")


def _signed(text: str) -> str | None:
    """The writer an opinion piece or letter names at its end: their own line, or a signature.

    Only a name the article gives nowhere else: a news story ending on someone it named before
    is not signed by them.
    """
    paragraphs = [p.strip() for p in text.strip().split("\n") if p.strip()]
    for n, paragraph in enumerate(paragraphs[-_CLOSING:], start=len(paragraphs) - _CLOSING):
        found = re.fullmatch(_SIGNATURE, paragraph) or (
            re.fullmatch(_WRITERS_LINE, paragraph) if n == len(paragraphs) - 1 else None)
        surname = found["who"].split()[-1] if found else ""
        if found and sum(surname in p for p in paragraphs) == 1:
            return found["who"]
    return None


def is_byline(text: str) -> bool:
    """Whether a sentence is only a byline ("By Mara Quinn"): no part of a summary."""
    return re.match(_BYLINE, text) is not None


def _date(article: Article) -> str | None:
    found = re.search(_DATE, article.dateline.text) if article.dateline else None
    return found["date"].strip() if found else None


def about_reply(fact: str, article: Article, speakers: SpeakerRegistry, sentences: int) -> str:
    """A sentence answering ``fact`` (writer, agency, place, date, counts, most), then the article's facts."""
    dateline = article.dateline
    place = dateline.place if dateline else None
    agency = dateline.agency if dateline and dateline.agency else None
    writer, date = _writer(article), _date(article)
    answers = {
        "writer": f"Written by {writer}." if writer else "The article doesn't say who wrote it.",
        "agency": f"It is {agency}'s story." if agency else "The article doesn't name a news agency.",
        "place": f"Filed in {place}." if place else "The article has no dateline, so it doesn't say.",
        "date": f"Dated {date}." if date else "The article doesn't give its date.",
    }
    quoted = len(speakers.quoted)
    people = "person or group" if quoted == 1 else "people or groups"
    names = ", ".join(s.name for s in speakers.quoted[:LISTED]) + (", …" if quoted > LISTED else "")
    facts = [
        f"Dateline: {dateline.text.rstrip(' -–—')}." if dateline else "No dateline.",
        f"{sentences} sentence{'s' * (sentences != 1)}; {quoted} {people} quoted"
        + (f" ({names})" if quoted else "")
        + (f"; {len(speakers.mentioned)} more named but not quoted." if speakers.mentioned else "."),
    ]
    if fact == "most" and speakers.quoted:  # "who is quoted the most?"
        ranked = sorted(speakers.quoted, key=lambda s: -len(s.sentences))[:2]
        answers["most"] = f"{ranked[0].name} is quoted the most, in {len(ranked[0].sentences)} sentences" + (
            f"; then {ranked[1].name}, in {len(ranked[1].sentences)}." if len(ranked) > 1 else ".")
    lead = answers.get(fact, "")
    return " ".join(x for x in (lead, *facts) if x)


def quoted_note(speakers: SpeakerRegistry) -> str:
    """Who the article quotes, for a reply that found nothing: the reader's next question."""
    names = [s.name for s in speakers.quoted[:LISTED]]
    if not names:
        return "Nobody is quoted in it."
    more = len(speakers.quoted) - len(names)
    return "Quoted: " + ", ".join(names) + (f" and {more} more." if more else ".")


def example_question(speakers: SpeakerRegistry) -> str:
    """A question this article answers, to show a reader who asked nothing usable."""
    first = speakers.quoted[0].name if speakers.quoted else None
    return f"what did {first} say?" if first else "what happened?"


def chat_reply(parsed: ParsedQuestion, speakers: SpeakerRegistry) -> str:
    """The reply to what asks nothing of the article: a chat mention, a greeting, thanks, "who are you?".

    A mention asked about ("what did @everyone say?") is not repeated: echoed, it could ping.
    """
    example = f"“{example_question(speakers)}”"
    if parsed.intent == "mention":
        return ("Who do you mean? A chat mention is someone in this chat, not in the article. "
                f"Ask me something about the article, for example {example} or “who is quoted?”.")
    replies = {
        "greeting": f"Hi! Ask me about the article, for example {example} or “who is quoted?”.",
        "thanks": f"Glad to help. Ask me anything else about the article, for example {example}.",
        "self": ("I answer questions about one news article and know who said what in it: ask "
                 f"{example}, “who said …?”, “who is quoted?”, or anything the article may answer."),
    }
    return replies.get(parsed.topic, replies["self"])


def times_quoted(answer: Answer, asked: str) -> str:
    """How many sentences quote the speaker (or body) of ``answer``, before the note it had."""
    count = len(answer.results)
    voices = tuple({r.speaker.name: r.speaker for r in answer.results if r.speaker is not None}.values())
    who = answer.speaker.name if answer.speaker is not None else as_written(asked, voices)
    note = f"{who[:1].upper()}{who[1:]} is quoted in {count} sentence{'s' * (count != 1)}."
    return f"{note} {answer.message}" if answer.message else note
