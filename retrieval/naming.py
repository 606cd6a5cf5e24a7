"""How the article names people, and whether what a reader typed is a name at all.

A speaker question ("what did X say?") may name someone the attribution registered by
part of their name, a body, or no one: a term of the article ("ctenophore") or a whole
clause. ``Names`` tells them apart from the article's own text, reading only the
sentences the index says hold the words in question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from retrieval.lazy_patterns import compiled
from retrieval.lexicon import ORG_NOUNS, STOP_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS
from retrieval.names import is_role_noun
from retrieval.proper_names import proper_name
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry
from retrieval.tokens import strip_possessive

if TYPE_CHECKING:
    from retrieval.index import SentenceIndex

__all__ = ["NAME", "Names"]

_WORD = r"[\w’'-]+"
NAME = rf"[A-Z]{_WORD}(?:\s+[A-Z]{_WORD}){{0,3}}"  # up to four capitalised words: a name as written
_BEFORE_JOB = r"(?:(?!(?:at|in|for|of|from|with)\s)[\w’'-]+\s+){0,3}"  # "a veteran night nurse", not "at the"
_FROM = rf"(?:\s+(?:of|from)\s+{NAME})?"  # "Ed Lamb of Vell, the board's chairman"
# What may join a name to its job in an apposition: "a", "the", "who served as", "now".
_AS = (r"(?:(?:who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+|now\s+)"
       r"(?:(?:a|an|the)\s+)?|(?:a|an|the)\s+)")
_OF_PLACE = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+)?"  # a title's own place: "Speaker of the House Ed Lamb"
_OF = r"(?:at|of|for|with|to)"  # between a job and whose it is: "a lawyer for Hale"
_BODY_JOBS = frozenset({"campaign", "committee", "statement", "military", "army", "family", "percent"})
_AS_JOB = r"\bas\s+$"  # this and _OPENER: compiled on first use (``lazy_patterns``)
_OPENER = r"(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+|"  # before a sentence's subject: "In June, "
# governor: gov; and the doctor is "Dr. Ana Ruiz", whose honorific is a job too
_ABBREVIATED = {title.lower(): short for short, title in TITLE_ABBREVIATIONS.items()} | {"doctor": "dr"}


class Names:
    """The names, jobs and bodies an article gives its people, looked up from what a reader typed."""

    def __init__(self, sentences: Sequence[Sentence], index: SentenceIndex,
                 speakers: SpeakerRegistry) -> None:
        """Look up over ``sentences``, indexed by ``index``, whose speakers are ``speakers``."""
        self._sentences = sentences
        self._index = index
        self._speakers = speakers

    def _holding(self, text: str) -> Iterable[int]:
        """The sentences that can hold ``text``: those with all its terms, in order."""
        found = self._index.holding(text)
        return range(len(self._sentences)) if found is None else sorted(found)

    def sentences_naming(self, name: str) -> tuple[int, ...]:
        """Sentences holding every significant word of ``name``, or its last word as a name.

        "Ryan Tully" is named in full once and as "Tully" afterwards.
        """
        words = [w for w in re.findall(r"\w+", name) if w.lower() not in STOP_WORDS]
        if not words:
            return ()
        patterns = [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words]
        found = {i for i in self._holding(" ".join(words))
                 if all(p.search(self._sentences[i].text) for p in patterns)}
        if len(words) > 1:
            surname = re.compile(rf"\b{re.escape(words[-1].capitalize())}\b")
            found |= {i for i in self._holding(words[-1]) if surname.search(self._sentences[i].text)}
        return tuple(sorted(found))

    def in_article(self, word: str) -> bool:
        """Whether the article itself writes ``word``: then it is no misspelling of another.

        As typed, not only its stem: "Hollys" is still a misspelt "Hollis".
        """
        written = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        return any(written.search(self._sentences[i].text) for i in self._holding(word))

    def written_as_name(self, name: str, mentions: Sequence[int]) -> bool:
        """Whether the article writes ``name`` as a name: capitalised somewhere past a sentence's start."""
        words = [w for w in re.findall(r"\w+", name) if w.lower() not in STOP_WORDS]
        found = re.compile(rf"(?<=\S\s)(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)
        return self._capitalised(found, mentions)

    def known_in_full(self, name: str) -> Speaker | None:
        """A quoted speaker registered by part of the name the article gives in full ("Hailey Puckett").

        The name typed may also join words the article writes apart: "Hailey" in one place,
        "Puckett said" in another.
        """
        if not name[:1].isalpha():
            return None
        if self.reads_as_name(name):
            speaker = self._speakers.by_part_of(name)
            if speaker is not None:
                return speaker
        full = re.compile(rf"\b(?i:{re.escape(name)})(?:\s+[A-Z][\w’'-]+){{0,2}}")
        for i in self.sentences_naming(name):
            for found in full.finditer(self._sentences[i].text):
                speaker = self._speakers.by_part_of(found.group(0))
                if speaker is not None:
                    return speaker
        return None

    def reads_as_name(self, text: str) -> bool:
        """Whether ``text`` is a name as the article writes names ("Rusty Hale"), not a job ("the governor").

        Each word is capitalised somewhere in the article (a headline's first word too), and the
        last is no job or title.
        """
        words = _job_words(text)
        if not words or is_role_noun(words[-1].lower()) or words[-1].lower() in TITLE_WORDS:
            return False
        return all(self._capitalised(re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE), self._holding(w))
                   for w in words)  # "LAMB:" too

    def _capitalised(self, word: re.Pattern[str], sentences: Iterable[int]) -> bool:
        """Whether ``word`` is found capitalised in one of ``sentences``."""
        return any(m.group(0)[:1].isupper()
                   for i in sentences for m in word.finditer(self._sentences[i].text))

    def known_by_role(self, role: str) -> Speaker | None:
        """A quoted speaker the article describes with ``role`` where it names them, not in the quote tag.

        "For Hailey Puckett, a nurse at the hospital, …" and later "Puckett said": "the nurse"
        finds Puckett. The role must stand next to the name, as a title or an apposition.
        """
        words = _job_words(role)
        if not words or self.reads_as_name(role):  # "Rusty Hale, Lamb said": a name, no job of Lamb's
            return None
        job = r"\s+".join(map(_typed, words))
        short = _ABBREVIATED.get(words[0].lower()) if len(words) == 1 else None
        title = rf"(?i:{job})s?\b" + (rf"|{short.title()}\." if short else "")  # "the governor": "Gov. Lamb"
        forms = [rf"(?P<a>{NAME}){_FROM},\s+{_AS}{_BEFORE_JOB}(?i:{job})\b",
                 rf"(?:\b{title}){_OF_PLACE},?\s+(?P<b>{NAME})"]  # "one of the farm's lawyers, Ed Lamb"
        if len(words) > 1:  # "the Vell Clinic nurse", "Hale's lawyer": "a nurse at the Vell Clinic, Ed Lamb"
            owner = r"\s+".join(_typed(strip_possessive(w)) for w in words[:-1])
            held = rf"{_BEFORE_JOB}(?i:{_typed(words[-1])})\s+{_OF}\s+(?:the\s+)?(?i:{owner})\b"
            forms += [rf"(?P<c>{NAME}){_FROM},\s+{_AS}{held}",
                      rf"\b(?i:a|an|the)\s+{held},\s+(?P<d>{NAME})"]
        pattern = re.compile("|".join(forms))
        holding = sorted({*self._holding(" ".join(words)), *(self._holding(short) if short else ())})
        for i in holding:
            for found in pattern.finditer(self._sentences[i].text):
                name = found.group(found.lastgroup or "a")
                speaker = self._speakers.by_part_of(name) or self._speakers.named(name)  # "Lamb, a nurse"
                if speaker is not None and speaker.quoted:
                    return speaker
        from retrieval.states import tagged_holder  # the states' table only for a job no one holds

        return tagged_holder(role, self._sentences, self._speakers)  # "Sen. Ed Lamb (R-Ga.)"

    def known_as_subject(self, role: str) -> Speaker | None:
        """The quoted speaker of a sentence that opens with ``role`` as its subject.

        "The Republican presidential nominee keeps asking about the bridge …", said by Tom Hale:
        "the Republican nominee" is Hale, though the article never writes the job by his name.
        A sentence quoting no one ("The Vell senator then pushed the chief …") goes on about
        the person the sentence before it quotes. A quote that opens with the job ("“The client
        never looked at me,” Ruiz said") speaks of someone else.
        """
        words = _job_words(role)
        if not words:
            return None
        job = rf"\s+(?:{_WORD}\s+){{0,2}}?".join(map(_typed, words))  # words between: "presidential"
        opening = re.compile(rf"The\s+{_BEFORE_JOB}(?i:{job})\b(?![’'-])")
        for i in self._holding(" ".join(words)):
            if opening.match(self._sentences[i].text):
                speaker = self._quoting(i)
                before = self._quoting(i - 1) if speaker is None and i else None
                if speaker is not None or (before is not None and proper_name(before)):
                    return speaker or before
        return None

    def known_as_referred(self, role: str) -> Speaker | None:
        """The quoted person the article calls "the ``role``" after naming them, outside quotes.

        News names someone, then goes on with a job: "Hale's lead grew, but the Republican
        nominee's plan …", "Ruiz now serves as the attorney general", or a sentence that opens
        with the job after one naming them ("Ruiz has long fought the dam. In June, the Vell
        senator …"). It is the first quoted person named before, whose own role is no other job;
        an object ("Hale told the host") is someone else.
        """
        words = _job_words(role)
        if not any(_person_job(w) for w in words) or self.reads_as_name(role):
            return None  # "the Vell County board" is a body, not a person gone on with
        job = rf"\s+(?:{_WORD}\s+){{0,2}}?".join(map(_typed, words))
        referring = re.compile(rf"\b(?i:the)\s+{_BEFORE_JOB}(?i:{job})\b(?P<owner>['’]s\b)?")
        people = [s for s in self._speakers.quoted if proper_name(s) and not _other_job(s, words[-1])]
        for i in self._holding(" ".join(words)):
            text = self._sentences[i].text
            for found in referring.finditer(text):
                before = text[: found.start()]
                held = compiled(_AS_JOB).search(before) is not None  # "… serves as the attorney general"
                person = _first_named(people, before) if found.group("owner") or held else None
                if person is None and i and (held or compiled(_OPENER).fullmatch(before)):
                    person = _first_named(people, self._sentences[i - 1].text)
                if person is not None and not _inside_quote(before):
                    return person
        return None

    def _quoting(self, i: int) -> Speaker | None:
        """The quoted speaker of sentence ``i``, if any."""
        return next((s for s in self._speakers.quoted if i in s.sentences), None)

    def named_in_tag(self, body: str) -> tuple[Speaker, ...]:
        """Quoted speakers whose own sentences name ``body`` just before them, or as whom they head.

        "A Department of Health and Social Care spokesperson said": whatever the speaker was
        registered as, "the Department of Health" is who speaks; so does "the Vell Growers Union"
        in "said Rep. Ed Lamb (D-Vell), chairman of the Vell Growers Union".
        """
        words = re.findall(_WORD, re.sub(r"^\s*(?:the|a|an)\s+", "", body, flags=re.IGNORECASE))
        if not any(w.lower() not in STOP_WORDS for w in words):
            return ()
        # "the Hale campaign" is also written "Hale's campaign"
        phrase = re.compile(r"\b" + r"(?:['’]s)?\s+".join(map(_typed, words)) + r"\b", re.IGNORECASE)
        naming = {i for i in self._holding(" ".join(words)) if phrase.search(self._sentences[i].text)}
        found = []
        for speaker in self._speakers.quoted if naming else ():
            if naming.isdisjoint(speaker.sentences):
                continue
            name = re.escape(speaker.name)
            near = re.compile(rf"{phrase.pattern}(?:\s+[\w’'-]+){{0,4}}?\s+{name}\b|"
                              rf"\b{name}(?:\s+\([^)]*\))?,\s+(?:a\s+|an\s+|the\s+)?{_BEFORE_JOB}"
                              rf"(?:of|for)\s+(?:the\s+)?{phrase.pattern}", re.IGNORECASE)
            if any(near.search(self._sentences[i].text) for i in naming.intersection(speaker.sentences)):
                found.append(speaker)
        return tuple(found)

    def owned(self, body: str) -> tuple[Speaker, ...]:
        """The voices of a body the article names by its noun in their jobs ("the campaign's …")."""
        from retrieval.owners import owned_voices  # rarely needed: not imported at start-up

        return owned_voices(body, self._speakers.quoted, self._sentences)

    def described(self, speaker: Speaker) -> tuple[int, ...]:
        """Sentences that describe the speaker in an apposition: "said Tillerson, a former oil executive"."""
        names = "|".join(re.escape(n) for n in dict.fromkeys((speaker.name, speaker.name.split()[-1])) if n)
        apposition = re.compile(rf"\b(?:{names}),\s+(?:a|an|the|who|whose)\s")
        return tuple(i for i in (*speaker.sentences, *speaker.mentions)
                     if apposition.search(self._sentences[i].text))


def _person_job(word: str) -> bool:
    """Whether ``word`` is a job a person holds ("senator", "attorney"), not a body ("board", "campaign")."""
    low = word.lower()
    return is_role_noun(low) and low not in ORG_NOUNS and low not in _BODY_JOBS


def _other_job(speaker: Speaker, job: str) -> bool:
    """Whether ``speaker``'s role is a job other than ``job`` (a mayor is not "the senator")."""
    held = [w.lower() for w in _job_words(speaker.role or "")[-1:]]
    return bool(held) and is_role_noun(held[0]) and held[0] != job.lower()


def _inside_quote(before: str) -> bool:
    """Whether text that follows ``before`` is inside a quote it opens."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _first_named(people: Sequence[Speaker], text: str) -> Speaker | None:
    """Of ``people``, the one ``text`` names first by a word of their name."""
    at = {}
    for person in people:
        found = re.search(rf"\b(?:{'|'.join(map(re.escape, person.name.split()))})\b", text)
        if found:
            at[found.start()] = at.get(found.start(), person)
    return at[min(at)] if at else None


def _typed(word: str) -> str:
    """A pattern for a word as typed, its apostrophe either way: "Hale's" is also "Hale’s"."""
    return re.escape(word).replace("'", "['’]")


def _job_words(role: str) -> list[str]:
    """The words of a job as typed, less small words: "the Republican nominee" → Republican, nominee.

    A slash joins a word ("the 9/11 widow").
    """
    return [w for w in re.findall(r"[\w’'/-]+", role) if w.lower() not in STOP_WORDS]
