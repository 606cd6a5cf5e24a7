"""How the article names people, and whether what a reader typed is a name at all.

A speaker question ("what did X say?") may name someone the attribution registered by
part of their name, a body, or no one: a term of the article ("ctenophore") or a whole
clause. These functions tell them apart from the article's own text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import STOP_WORDS
from retrieval.names import name_key
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry

__all__ = [
    "asked_by_name", "described", "known_by_role", "known_in_full", "name_like", "named_in_tag",
    "proper_name", "sentences_naming", "written_as_name",
]

_NAME_WORDS = 5  # "the Chinese Foreign Ministry spokeswoman"; a longer "who" is a clause


def sentences_naming(sentences: Sequence[Sentence], name: str) -> tuple[int, ...]:
    """Sentences holding every significant word of ``name``, or its last word as a name.

    "Ryan Tully" is named in full once and as "Tully" afterwards.
    """
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in STOP_WORDS]
    if not words:
        return ()
    patterns = [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words]
    surname = re.compile(rf"\b{re.escape(words[-1].capitalize())}\b") if len(words) > 1 else None
    return tuple(s.index for s in sentences if all(p.search(s.text) for p in patterns)
                 or (surname is not None and surname.search(s.text)))


def written_as_name(sentences: Sequence[Sentence], name: str, mentions: Sequence[int]) -> bool:
    """Whether the article writes ``name`` as a name: capitalised somewhere past a sentence's start."""
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in STOP_WORDS]
    found = re.compile(rf"(?<=\S\s)(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)
    return any(m.group(0)[:1].isupper() for i in mentions for m in found.finditer(sentences[i].text))


def known_in_full(sentences: Sequence[Sentence], speakers: SpeakerRegistry, name: str) -> Speaker | None:
    """A quoted speaker registered by part of the name the article gives in full ("Hailey Puckett")."""
    if not name[:1].isalpha():
        return None
    full = re.compile(rf"\b(?i:{re.escape(name)})(?:\s+[A-Z][\w’'-]+){{0,2}}")
    for i in sentences_naming(sentences, name):
        for found in full.finditer(sentences[i].text):
            speaker = speakers.by_part_of(found.group(0))
            if speaker is not None:
                return speaker
    return None


def known_by_role(sentences: Sequence[Sentence], speakers: SpeakerRegistry, role: str) -> Speaker | None:
    """A quoted speaker the article describes with ``role`` where it names them, not in the quote tag.

    "For Hailey Puckett, a nurse at the hospital, …" and later "Puckett said": "the nurse"
    finds Puckett. The role must stand next to the name, as a title or an apposition.
    """
    words = [w for w in re.findall(r"[\w’'-]+", role) if w.lower() not in STOP_WORDS]
    if not words:
        return None
    job = r"\s+".join(re.escape(w) for w in words)
    name = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
    before = r"(?:(?!(?:at|in|for|of|from|with)\s)[\w’'-]+\s+){0,3}"  # "a veteran night nurse", not "at the"
    pattern = re.compile(
        rf"(?P<a>{name}),\s+(?:a|an|the)\s+{before}(?i:{job})\b|\b(?i:{job})\s+(?P<b>{name})")
    for sentence in sentences:
        for found in pattern.finditer(sentence.text):
            speaker = speakers.by_part_of(found.group("a") or found.group("b"))
            if speaker is not None:
                return speaker
    return None


def named_in_tag(sentences: Sequence[Sentence], speakers: SpeakerRegistry, body: str) -> tuple[Speaker, ...]:
    """Quoted speakers whose own sentences name ``body`` just before them.

    "A Department of Health and Social Care spokesperson said": whatever the speaker was
    registered as, "the Department of Health" is who speaks.
    """
    words = re.findall(r"[\w’'-]+", re.sub(r"^\s*(?:the|a|an)\s+", "", body, flags=re.IGNORECASE))
    if not any(w.lower() not in STOP_WORDS for w in words):
        return ()
    phrase = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)
    found = []
    for speaker in speakers.quoted:
        near = re.compile(rf"{phrase.pattern}(?:\s+[\w’'-]+){{0,4}}?\s+{re.escape(speaker.name)}\b",
                          re.IGNORECASE)
        if any(near.search(sentences[i].text) for i in speaker.sentences):
            found.append(speaker)
    return tuple(found)


def described(sentences: Sequence[Sentence], speaker: Speaker) -> tuple[int, ...]:
    """Sentences that describe the speaker in an apposition: "said Tillerson, a former oil executive"."""
    names = "|".join(re.escape(n) for n in dict.fromkeys((speaker.name, speaker.name.split()[-1])) if n)
    apposition = re.compile(rf"\b(?:{names}),\s+(?:a|an|the|who|whose)\s")
    return tuple(i for i in (*speaker.sentences, *speaker.mentions) if apposition.search(sentences[i].text))


def proper_name(speaker: Speaker) -> bool:
    """Whether the speaker has a name ("Hua Chunying"), not only a description ("U.S. official")."""
    return all(w[:1].isupper() for w in speaker.name.split())


def asked_by_name(speaker: Speaker, typed: str) -> bool:
    """Whether ``typed`` uses the speaker's own name ("Hua"), not words of a description ("the official")."""
    return proper_name(speaker) and bool(set(name_key(typed).split()) & set(name_key(speaker.name).split()))


def name_like(text: str) -> bool:
    """Whether ``text`` could name a person or body: a few words, not a clause ("the reason it gave")."""
    return len(text.split()) <= _NAME_WORDS
