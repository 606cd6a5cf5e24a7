"""Speech set off by a colon or signed with a dash, and the colon lines that are not speech.

News introduces a quotation with a colon after any verb (``Mook agreed: “…”``,
``She went further: “…”``), round-ups give a name and an outlet before one
(``Ann Lee, The Daily Star: “…”``), and transcripts start a turn with the speaker in
capitals (``RUIZ: Do you accept …``). Captions look the same (``WATCH: Police warn
…``) but report nothing: the words after them are a headline. Round-ups and epigraphs
also sign a quotation after it with a dash (``“…” ― Ann Lee, Ohio``).
"""

from __future__ import annotations

from retrieval.lexicon import STOP_WORDS
from retrieval.names import is_name_word, is_role_noun
from retrieval.tokens import Token

__all__ = ["colon_cue", "headline", "is_caption", "signature", "speaker_after_dash", "speaker_before_colon"]

# Capitalised words that label a caption or a page section, never a speaker.
_CAPTION_WORDS = frozenset({"watch", "video", "videos", "photo", "photos", "listen", "update",
                            "updated", "read", "related", "breaking", "exclusive", "live",
                            "see", "more", "note", "editor", "correction", "clarification",
                            "opinion", "analysis", "poll", "graphic", "audio", "q", "a",
                            "previously", "email", "contact", "source", "sources", "credit",
                            "tags", "topics", "subscribe", "follow", "share", "advertisement"})
_HEADLINE_SHARE = 0.6  # capitalised words after a colon beyond this share make a headline
_PARTICLES = frozenset({"on", "up", "out", "again", "further"})
_MAX_ROUNDUP = 10  # words of "Name, Outlet" before a round-up's colon
_MAX_BRACKET = 6  # tokens inside "(R-Ohio)" after a speaker's name
_DASHES = frozenset({"―", "—", "–", "--", "-"})  # "-" too: "“…” -Ann Lee" signs with a hyphen
_MAX_SIGNATURE = 4  # words of the name that signs a quotation after a dash
_FINAL_MARKS = frozenset({".", "!", "?"})
# Words a role may hold beside its noun: "Former deputy director Ann Lee: “…”".
_SMALL_ROLE_WORDS = STOP_WORDS | {"former", "then", "acting", "deputy", "senior", "chief", "state", "top"}


def is_caption(tokens: list[Token]) -> bool:
    """``WATCH: …``, ``VIDEO: …``: a caption's label and headline, no speech."""
    return len(tokens) > 1 and tokens[1].text == ":" and tokens[0].low in _CAPTION_WORDS


def colon_cue(tokens: list[Token], k: int) -> bool:
    """A lower-case word right before ``: “…”``: ``agreed: “…”``, ``went further: “…”``."""
    if k == 0 or k + 2 >= len(tokens) or tokens[k + 1].text != ":" or not tokens[k + 2].is_quote:
        return False
    token = tokens[k]
    particle = token.low in _PARTICLES and tokens[k - 1].is_word  # "went on: “…”"
    return token.is_word and not token.capitalized and (token.low not in STOP_WORDS or particle)


def speaker_before_colon(tokens: list[Token]) -> tuple[list[Token], int] | None:
    """The speaker and the token after the colon of a transcript turn or a round-up entry.

    ``RUIZ: …`` (a name in capitals opening the sentence), ``Ann Lee, The Daily
    Star: “…”`` (a name, perhaps an outlet after a comma, then a quotation) or ``Ruiz: “…”``.
    """
    if is_caption(tokens):
        return None
    entry = _headed_entry(tokens)
    if entry is not None:
        return entry
    colon = next((n for n, t in enumerate(tokens[: _MAX_ROUNDUP + 2]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return None
    head = _without_parenthesis(tokens[:colon])
    comma = next((n for n, t in enumerate(head) if t.text == ","), len(head))
    name = head[:comma]
    if name and comma == len(head) and colon + 1 < len(tokens) and tokens[colon + 1].is_quote:
        name = _after_role(name)  # "Former mayor Ann Lee: “…”": the name after its role
    if not name or not all(is_name_word(t) for t in name) or any(not t.is_word for t in head[comma + 1 :]):
        return None
    if all(t.text.isupper() and len(t.text) > 1 for t in name) and comma == len(head) \
            and not headline(tokens[colon + 1 :]):
        return name, colon + 1  # "RUIZ: …", not "NEWSLETTER: Voters Shift To Lamb"
    if colon + 1 < len(tokens) and tokens[colon + 1].is_quote and (len(name) >= 2 or comma == len(head)):
        return name, colon + 1  # "Ann Lee, The Daily Star: “…”", a debate's "Ruiz: “…”"
    return None


def _after_role(words: list[Token]) -> list[Token]:
    """The name ending ``words`` after the lower-case role before it (``Former mayor | Ann Lee``).

    ``words`` themselves when they hold no such role, or a word that is neither a role's nor small.
    """
    n = len(words)
    while n > 0 and is_name_word(words[n - 1]):
        n -= 1
    role = words[:n]
    if n == 0 or len(words) - n < 2 or not any(is_role_noun(t.low) for t in role):
        return words
    plain = all(is_role_noun(t.low) or t.low in _SMALL_ROLE_WORDS for t in role if t.is_word)
    return words[n:] if plain and all(t.is_word for t in role) else words


def _without_parenthesis(head: list[Token]) -> list[Token]:
    """``Rep. Ann Lee (R-Ohio)`` without its closing bracket of party or place: ``Rep. Ann Lee``."""
    if not head or head[-1].text != ")":
        return head
    opening = next((n for n in range(len(head) - 2, max(-1, len(head) - _MAX_BRACKET - 2), -1)
                    if head[n].text == "("), None)
    return head if opening is None else head[:opening]


def _headed_entry(tokens: list[Token]) -> tuple[list[Token], int] | None:
    """``Polls were early - Ann Lee: “…”``: a round-up's heading, a dash, the author, the quotation."""
    colon = next((n for n in range(1, len(tokens) - 1)
                  if tokens[n].text == ":" and tokens[n + 1].is_quote), None)
    if colon is None:
        return None
    dash = next((n for n in range(colon - 1, 0, -1) if tokens[n].text in _DASHES), None)
    if dash is None or not tokens[dash - 1].is_word:
        return None
    name = signature(tokens[dash:colon])
    return (name, colon + 1) if len(name) == colon - dash - 1 else None


def speaker_after_dash(tokens: list[Token]) -> tuple[list[Token], int] | None:
    """The name signing a quotation after a dash, and the dash's index: ``“…” ― Ann Lee, Ohio``.

    Only a sentence that is a quotation, a dash and a name (perhaps with more after a comma):
    a dash inside running text sets off a clause, not a speaker.
    """
    if len(tokens) < 3 or not tokens[0].is_quote:
        return None
    name = signature(tokens[1:])
    return (name, 1) if name else None


def signature(tokens: list[Token]) -> list[Token]:
    """The name in ``― Ann Lee, Ohio``: a dash, then a name (perhaps with more after a comma)."""
    if len(tokens) < 2 or tokens[0].text not in _DASHES:
        return []
    end = next((n for n, t in enumerate(tokens) if n > 0 and t.text == ","), len(tokens))
    while end > 1 and tokens[end - 1].text in _FINAL_MARKS:
        end -= 1  # "― Ann Lee."
    name = tokens[1:end]
    if not 1 <= len(name) <= _MAX_SIGNATURE or not is_name_word(name[0]) \
            or not all(is_name_word(t) or _initial(t) for t in name[1:]):
        return []
    return name


def _initial(token: Token) -> bool:
    """A middle initial inside a name: ``B.`` in ``Ana B. Ortega``."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def headline(tokens: list[Token]) -> bool:
    """Words in title case, or too few to be a turn of speech: ``A Seismic Shift Among Voters``."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 2:
        return True
    return sum(t.capitalized for t in words) > _HEADLINE_SHARE * len(words)
