"""What a reader typed for a speaker, read back: a body in the article's own casing, a campaign's leader."""

from __future__ import annotations

import re

from retrieval.lazy_patterns import compiled
from retrieval.lexicon import DOCUMENT_NOUNS
from retrieval.names import is_role_noun
from retrieval.proper_names import asked_by_name
from retrieval.role_words import acronyms
from retrieval.speakers import Speaker, SpeakerRegistry

__all__ = ["as_written", "document_asked", "employed", "employee_of", "holders", "without_entourage"]

# "the Hale campaign", "Ruiz's team", "the Lamb camp": whom the entourage speaks for, asked so
# (compiled on first use: rarely asked, and its ’ makes it half a millisecond of every start).
_ENTOURAGE = (r"(?i)(?:the\s+)?(?!the\b)(?P<who>.+?)(?:['’]s)?\s+"
              r"(?:campaign|camp|team|staff|aides|people|side)")
_ACRONYMS_READ = 8  # labels whose initials may spell a word typed in lower case
_LOWER_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "a", "an"})  # never recased
# "Ana Ruiz of the Elm Herald", "the Herald's Ana Ruiz": a person and where they work.
_EMPLOYED = (r"(?i)(?:(?P<who>.+?)\s+(?:of|from|at|with)\s+.+"
             r"|(?:the\s+)?[^\s'’]+(?:\s+[^\s'’]+){0,3}?['’]s?\s+(?P<owned>.+))")
# Words that date or point at a document, not name it: "the latest poll" is the poll.
_DATING = frozenset({"the", "a", "an", "this", "that", "latest", "new", "newest", "recent", "most",
                     "last", "current"})


def as_written(text: str, speakers: tuple[Speaker, ...]) -> str:
    """``text`` with each word cased as ``speakers``' names and roles write it: "the ewb" → "the EWB".

    What a reader typed in lower case is shown back as the article writes it, initials of a
    label in capitals ("the ewb" of "Eastvale Water Board"); other words stay.
    Words the labels hold together are taken whole ("the chinese foreign ministry"); alone, a
    job word keeps the reader's case ("the mayor", not "the Mayor").
    """
    rest = text[4:] if text[:4].lower() == "the " else text
    together = re.compile(rf"(?i)(?<!\w){re.escape(rest)}(?!\w)") if " " in rest else None
    for speaker in speakers if together else ():
        whole = together.search(speaker.label)
        if whole:
            return text[: len(text) - len(rest)] + whole.group()
    # Only the typed words are looked up, and each is taken as the first label writes it: a body
    # may have hundreds of voices ("the minister" on a long article).
    wanted = {w.lower() for w in text.split()}
    wanted = {w for w in wanted if w not in _LOWER_WORDS and not is_role_noun(w)}  # "the mayor" stays
    written: dict[str, str] = {}
    for speaker in speakers if wanted else ():
        for word in speaker.label.replace(",", " ").split():
            low = word.lower()
            low = low if low in wanted else low.replace(".", "")  # "the us" of "U.S. official"
            if low in wanted and low not in written:
                written[low] = word
        if len(written) == len(wanted):
            break
    for speaker in speakers[:_ACRONYMS_READ] if len(written) < len(wanted) else ():  # "the ewb": initials
        written.update((short, short.upper()) for short in acronyms(speaker.label) if short in wanted)
    return " ".join(written.get(w, w) if w.islower() else w for w in text.split())  # "the US" as typed


def without_entourage(text: str) -> str | None:
    """Whom "the Hale campaign" or "Ruiz's team" speaks for ("Hale", "Ruiz"); None for other text."""
    found = compiled(_ENTOURAGE).fullmatch(text.strip())
    return found["who"] if found else None


def employee_of(text: str) -> str | None:
    """The person in "Ana Ruiz of the Elm Herald" or "the Herald's Ana Ruiz"; None for other text.

    A reader names a journalist or an official with where they work; the person is asked, the
    employer only tells which one.
    """
    found = compiled(_EMPLOYED).fullmatch(text.strip())
    return (found["who"] or found["owned"]) if found else None


def employed(name: str, speakers: SpeakerRegistry) -> Speaker | None:
    """The speaker "Ana Ruiz of the Elm Herald" or "the Herald's Ana Ruiz" names by their own name.

    A name the article gives whole ("Hua", "Lamb and Sons") is looked up first: then the
    pattern, half a millisecond to compile, is never needed.
    """
    if speakers.named(name) is not None:
        return None
    person = employee_of(name)
    if person is None:
        return None
    speaker = speakers.find(person)
    return speaker if speaker is not None and asked_by_name(speaker, person) else None


def holders(name: str, speakers: SpeakerRegistry) -> tuple[Speaker, ...]:
    """Every quoted speaker holding the job ``name`` asks in the plural: "the councillors".

    A plural job is all who hold it, not the one whose job is spelt nearest; a name the article
    gives ("the residents", quoted as such) is that speaker, not this.
    """
    words = name.split()
    singular = _singular(words[-1].lower()) if words else None  # first: most names asked are no plural job
    if singular is None or speakers.named(name) is not None:
        return ()
    asked = " ".join([*words[:-1], singular])
    return tuple(s for s in speakers.quoted if s.holds(asked))


def _singular(plural: str) -> str | None:
    """``councillors`` → ``councillor``, ``secretaries`` → ``secretary``; None for a word no plural job."""
    if plural.endswith("men"):
        singular = plural[:-3] + "man"
    elif plural.endswith("ies"):
        singular = plural[:-3] + "y"
    elif plural.endswith("s") and not plural.endswith("ss"):
        singular = plural[:-1]
    else:
        return None
    return singular if is_role_noun(singular) else None


def document_asked(text: str) -> str | None:
    """"the poll" for "the latest poll": a document asked what it says, without words that only date it.

    A poll, report or study is read for what it holds, not quoted like a person; None when
    ``text`` names no document.
    """
    words = text.split()
    if not words or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    return " ".join(["the", *(w for w in words[:-1] if w.lower() not in _DATING), words[-1]])
