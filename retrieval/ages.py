"""The age an article gives a person: "Tom Hale, 54,", "54-year-old Tom Hale", "the 54-year-old engineer".

News gives an age once, beside the name, in a form the words "old" and "age" of "how old is
Hale?" never meet: BM25 and the answerability check miss it. It is read here from the
sentences naming the person, and from a sentence right after one of them that goes on about
them by their job ("The 61-year-old engineer …"), or in the job it gives them ("her
12-year-old son, Ed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.attribution import Attribution
from retrieval.results import Answer, result
from retrieval.speakers import Speaker

__all__ = ["GivenAge", "age_answer", "given_age"]

_OLDEST = 120
_AGE = r"(\d{1,3})"  # one group per place an age may stand
# Around a word of the name (NAMES): "Hale, 54,", "Hale (54)", "Hale, aged 54", "54-year-old Tom
# Hale", "Hale, a 54-year-old farmer", "Hale, who is 54".
_BESIDE_NAME = (rf"\b(?:NAMES)(?:,\s+(?:aged\s+)?{_AGE}(?=\s*[,.;)]|\s+(?:and|who|of|from)\b)|"
                rf"\s+\({_AGE}\)|,\s+(?:an?\s+|the\s+)?{_AGE}-year-old\b|,?\s+who\s+is\s+{_AGE}\b)|"
                rf"\b{_AGE}-year-old\s+(?:[\w.'’-]+\s+){{0,3}}?(?:NAMES)\b")
# A sentence going on about someone by their job: "The 61-year-old engineer has …".
_BY_JOB = rf"^(?:The|A|An)\s+{_AGE}-year-old\s+([\w'’-]+)"


@dataclass(frozen=True, slots=True)
class GivenAge:
    """The age the article gives someone, and the sentence (0-based) giving it."""

    years: int
    sentence: int


def given_age(speaker: Speaker, sentences: Sequence[str]) -> GivenAge | None:
    """The age the article gives ``speaker`` (article text of each sentence), or None."""
    words = [w for w in speaker.name.split() if w[:1].isupper() and len(w) > 1]
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted({speaker.name, *words}, key=len, reverse=True))
    beside = re.compile(_BESIDE_NAME.replace("NAMES", names))
    job = {w.lower() for w in (speaker.role or "").split()}
    for i in sorted({*speaker.sentences, *speaker.mentions}):
        found = beside.search(sentences[i])
        after = re.match(_BY_JOB, sentences[i + 1]) if not found and i + 1 < len(sentences) else None
        if after is not None and after[2].lower() not in job:
            after = None
        age = _years(found) if found else _years(after) if after else None
        if age is not None:
            return GivenAge(age, i if found else i + 1)
    return _in_role(speaker, sentences)


def _in_role(speaker: Speaker, sentences: Sequence[str]) -> GivenAge | None:
    """The age in the job the article gives before the name: "her 12-year-old son, Ed"."""
    found = re.search(rf"\b{_AGE}-year-old\b", speaker.role or "")
    years = _years(found) if found else None
    where = (i for i in sorted({*speaker.sentences, *speaker.mentions}) if found and found[0] in sentences[i])
    first = next(where, None)
    return GivenAge(years, first) if years is not None and first is not None else None


def _years(match: re.Match[str]) -> int | None:
    years = int(next(g for g in match.groups() if g and g.isdigit()))
    return years if 0 < years <= _OLDEST else None


def age_answer(question: str, speaker: Speaker, attributions: Sequence[Attribution]) -> Answer:
    """"How old is Hale?": the sentence giving the age first, or a plain "the article doesn't say"."""
    age = given_age(speaker, [a.sentence.text for a in attributions])
    if age is not None:
        return Answer(question, "speaker", speaker, (result(attributions[age.sentence], 0.0),),
                      message=f"The article gives {speaker.name}'s age as {age.years}.")
    first = min((*speaker.sentences, *speaker.mentions), default=None)
    shown = () if first is None else (result(attributions[first], 0.0),)
    return Answer(question, "speaker", speaker, shown, closest=bool(shown), message=(
        f"The article doesn't say how old {speaker.name} is." + (" First named here:" if shown else "")))
