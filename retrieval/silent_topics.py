"""The note for a speaker asked on a topic none of their quotes touches, and what the article says instead."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from retrieval.sentences import Sentence
from retrieval.speakers import Speaker

__all__ = ["silence_note"]


def silence_note(who: str, topic: str, voices: Sequence[Speaker], scores: np.ndarray,
                 sentences: Sequence[Sentence]) -> str:
    """"Tan says nothing about “Saturdays”", or, when the article tells of them on it, that sentence.

    A narrator's "Councillor Ana Ruiz called for a free hour on Saturdays" holds what the
    reader asked though no quote of hers does: it is shown in the note, numbered as answers
    are, before everything they are quoted saying.
    """
    said = {i for voice in voices for i in voice.sentences}
    told = [i for voice in voices for i in voice.mentions if i not in said and scores[i] > 0]
    if not told:
        return f"{who} says nothing about “{topic}” in the article. Everything quoted:"
    best = max(told, key=lambda i: (scores[i], -i))
    return (f"{who} is not quoted on “{topic}”, but the article says: {sentences[best].text} "
            f"(§{best + 1}). Everything {who} is quoted saying:")
