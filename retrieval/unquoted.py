"""What to say of a name asked about that no quote belongs to: mentioned, absent, or a term to search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.about import quoted_note
from retrieval.names import is_role_noun
from retrieval.naming import Names
from retrieval.proper_names import name_like
from retrieval.speakers import Speaker, SpeakerRegistry

if TYPE_CHECKING:
    from retrieval.index import SentenceIndex

__all__ = ["not_quoted"]


def not_quoted(name: str, speaker: Speaker | None, names: Names, index: SentenceIndex,
               speakers: SpeakerRegistry) -> tuple[str, tuple[int, ...]] | None:
    """The reply for ``name`` and the sentences mentioning it; None when it is a term to search for.

    A person the article names is "mentioned but not quoted"; a job word it names but no one
    holds ("the host") likewise; a word or phrase that is no one's name ("ctenophore", "his
    former wife") is searched; a name the article never writes is said to be absent.
    """
    if speaker is not None:
        return f"{speaker.label} is mentioned but not quoted in the article.", speaker.mentions
    mentions = names.sentences_naming(name)
    last = name.split()[-1].lower() if name.split() else ""
    someone = is_role_noun(last) and not last.endswith("s")  # "the host", unquoted; "the voters" searched
    term = mentions and not someone and not names.written_as_name(name, mentions)
    if not name_like(name) or term:
        return None  # a term or a phrase, not a person: a search
    if mentions:
        return f"“{name}” appears in the article but is not quoted.", mentions
    from retrieval.terms import tokenize  # the index's words (and its stemmer): not at start-up

    words = tokenize(name)
    if words and all(map(index.knows, words)):  # written otherwise: "his former wife"
        return None
    return f"The article doesn't mention “{name}”. {quoted_note(speakers)}", ()
