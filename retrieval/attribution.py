"""Who said what: give every sentence its speaker (or none) and its kind of quote.

The passes follow how English news reports speech, each in its own module:

1. ``Reading.start``: find the quotations (``quotes.py``) and tokenize each sentence;
2. ``read_mentions``: the people and bodies each sentence names, with their roles;
3. ``read_speech``: each sentence's tag (``tags.py``), its speaker resolved from the tag's
   phrase (``resolution.py``: names, descriptions, pronouns), and its kind of quote;
4. ``fill_continuations``: a quoted sentence with no tag continues a neighbouring quote;
5. ``build_speakers``: the speakers with their roles, aliases, quotes and mentions;
6. ``collect_quotes``: every quote once, with the spans of its content, cue and speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.article import Article
from retrieval.continuations import fill_continuations
from retrieval.mentions import read_mentions
from retrieval.quote_records import Quote, collect_quotes
from retrieval.reading import QuoteKind, Reading
from retrieval.registry import build_speakers
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry
from retrieval.speech import read_speech

__all__ = ["Attribution", "QuoteKind", "attribute"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A sentence with its speaker (None for narration) and its kind of quote."""

    sentence: Sentence
    speaker: Speaker | None
    kind: QuoteKind | None


def attribute(article: Article, sentences: list[Sentence],
              ) -> tuple[list[Attribution], SpeakerRegistry, tuple[Quote, ...]]:
    """Attribute every sentence of ``article``; build its speaker registry and its list of quotes."""
    reading = Reading.start(article, sentences)
    read_mentions(reading)
    read_speech(reading)
    fill_continuations(reading)
    speakers = build_speakers(reading)
    attributions = [
        Attribution(sentence, speakers[id(entity)] if entity is not None else None, kind)
        for sentence, entity, kind in zip(sentences, reading.speaker_of, reading.kind_of, strict=True)
    ]
    return attributions, SpeakerRegistry(list(speakers.values())), collect_quotes(reading, speakers)
