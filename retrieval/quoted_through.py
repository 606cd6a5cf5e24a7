"""The note above a body's voices: whom "the State Department" or "the farmers" is quoted through."""

from __future__ import annotations

from retrieval.about import LISTED
from retrieval.speakers import Speaker
from retrieval.typed_speakers import as_written

__all__ = ["quoted_through"]


def quoted_through(body: str, voices: tuple[Speaker, ...]) -> str:
    """"The EWB is quoted through Ed Lamb, …", "The farmers are quoted through …", "The spokesman is …".

    A body is named as the article writes it ("the ewb" → "the EWB"); past ``LISTED`` voices,
    how many more; one voice holding the job asked is simply named.
    """
    more = len(voices) - LISTED
    names = "; ".join(v.label for v in voices[:LISTED]) + (f"; and {more} more" if more > 0 else "")
    whom = (f"{len(voices)} speakers: {names}. Each sentence says which; ask with a name for one"
            if len(voices) > 1 else names)
    holder = len(voices) == 1 and voices[0].holds(body)  # "the spokesman is …", not "quoted through"
    body = body if holder else as_written(body, voices)
    verb = "are" if _plural(body, voices) else "is"
    told = f"{verb} {voices[0].name}" if holder else f"{verb} quoted through {whom}"
    return f"{body[:1].upper()}{body[1:]} {told}".rstrip(".") + "."  # "… Gen." ends once


def _plural(body: str, voices: tuple[Speaker, ...]) -> bool:
    """``the farmers``, ``the police``: a plural noun ("are quoted"); ``the EWB``, ``the US`` are one.

    ``the Greens`` are too: members of what the voices' labels call "Green".
    """
    last = body.split()[-1] if body.split() else ""
    members = last.endswith("s") and any(last[:-1] in v.label.split() for v in voices)
    return members or (last.islower() and (last in ("police", "people", "staff") or (
        last.endswith("s") and not last.endswith(("ss", "us", "is", "news")))))
