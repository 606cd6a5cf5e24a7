"""The US state a party tag names: "Sen. Ed Lamb (R-Ga.)" is Georgia's senator.

News writes a lawmaker's party and state after the name, abbreviated (AP style, "R-Ga.",
"D-N.Y.") or in postal code ("R-GA"); a reader asks for "the senator from Georgia" or
"the Georgia senator".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import STOP_WORDS, TITLE_ABBREVIATIONS
from retrieval.names import name_key
from retrieval.naming import NAME
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry

__all__ = ["tagged_holder"]

# state: its AP abbreviation (the name itself where AP writes it out), then its postal code
_STATES = {
    "alabama": ("Ala", "AL"), "alaska": ("Alaska", "AK"), "arizona": ("Ariz", "AZ"),
    "arkansas": ("Ark", "AR"), "california": ("Calif", "CA"), "colorado": ("Colo", "CO"),
    "connecticut": ("Conn", "CT"), "delaware": ("Del", "DE"), "florida": ("Fla", "FL"),
    "georgia": ("Ga", "GA"), "hawaii": ("Hawaii", "HI"), "idaho": ("Idaho", "ID"),
    "illinois": ("Ill", "IL"), "indiana": ("Ind", "IN"), "iowa": ("Iowa", "IA"), "kansas": ("Kan", "KS"),
    "kentucky": ("Ky", "KY"), "louisiana": ("La", "LA"), "maine": ("Maine", "ME"), "maryland": ("Md", "MD"),
    "massachusetts": ("Mass", "MA"), "michigan": ("Mich", "MI"), "minnesota": ("Minn", "MN"),
    "mississippi": ("Miss", "MS"), "missouri": ("Mo", "MO"), "montana": ("Mont", "MT"),
    "nebraska": ("Neb", "NE"), "nevada": ("Nev", "NV"), "new hampshire": ("N.H", "NH"),
    "new jersey": ("N.J", "NJ"), "new mexico": ("N.M", "NM"), "new york": ("N.Y", "NY"),
    "north carolina": ("N.C", "NC"), "north dakota": ("N.D", "ND"), "ohio": ("Ohio", "OH"),
    "oklahoma": ("Okla", "OK"), "oregon": ("Ore", "OR"), "pennsylvania": ("Pa", "PA"),
    "rhode island": ("R.I", "RI"), "south carolina": ("S.C", "SC"), "south dakota": ("S.D", "SD"),
    "tennessee": ("Tenn", "TN"), "texas": ("Tex", "TX"), "utah": ("Utah", "UT"), "vermont": ("Vt", "VT"),
    "virginia": ("Va", "VA"), "washington": ("Wash", "WA"), "west virginia": ("W.Va", "WV"),
    "wisconsin": ("Wis", "WI"), "wyoming": ("Wyo", "WY"),
}
_NAMED = rf"\b({'|'.join(sorted(_STATES, key=len, reverse=True))})\b"  # compiled on first use
_TITLES = {short: title.lower() for short, title in TITLE_ABBREVIATIONS.items()}  # sen: senator


def tagged_holder(role: str, sentences: Sequence[Sentence], speakers: SpeakerRegistry) -> Speaker | None:
    """The quoted person whose party tag names the state of ``role`` ("the Georgia senator"), in that job.

    The job must be theirs: their role, or a title just before the name ("Sen. Ed Lamb (R-Ga.)").
    """
    state = re.search(_NAMED, role, re.IGNORECASE)
    if state is None:
        return None
    jobs = {w for w in name_key(role[: state.start()] + role[state.end() :]).split() if w not in STOP_WORDS}
    if not jobs:
        return None
    tagged = re.compile(rf"(?P<name>{NAME})\s*(?:\(|,\s*){_party_tag(state.group(1).lower())}")
    for sentence in sentences:
        for found in tagged.finditer(sentence.text):
            person = speakers.by_part_of(found["name"]) or speakers.named(found["name"])
            if person is None or not person.quoted:
                continue
            before = name_key(sentence.text[max(found.start() - 12, 0) : found.start()]).split()
            if jobs <= {_TITLES.get(w, w) for w in (*name_key(person.role or "").split(), *before)}:
                return person
    return None


def _party_tag(state: str) -> str:
    """A pattern for a party tag of ``state``: "R-Ga.", "D-GA", "R-Texas", "I-Vt"."""
    short, postal = _STATES[state]
    written = "|".join(re.escape(s) for s in sorted({short, postal, state.title()}, key=len, reverse=True))
    return rf"\b[RDI]-(?:{written})\b\.?"
