"""Who is quoted and who is only named, and finding them from what people type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from retrieval.epithets import fold_epithets
from retrieval.gender import PERSON_NOUNS, asked_gender, gender_of
from retrieval.lexicon import HONORIFICS, TITLE_WORDS
from retrieval.names import is_role_noun, name_key
from retrieval.role_words import acronyms, job, job_head, key_words, owners

__all__ = ["Speaker", "SpeakerRegistry"]

_FUZZY = 0.75  # SequenceMatcher ratio that still counts as the same word: tilerson, pyke ~ pike
_FOUND_KEPT = 1024  # lookups remembered; a speaker scored among thousands costs milliseconds
_FUZZY_FULL_NAME = 0.65  # for each word of a full name, all close to one person's: Allan Bruer ~ Alan Brewer
_SECOND_POSTS = frozenset({"deputy", "vice", "assistant", "associate"})  # not "the attorney general"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or body in the article, with the sentences (0-based) that quote or name it."""

    name: str
    role: str | None
    aliases: tuple[str, ...]
    sentences: tuple[int, ...]
    mentions: tuple[int, ...]

    @property
    def quoted(self) -> bool:
        """Whether any sentence is attributed to this speaker."""
        return bool(self.sentences)

    @property
    def label(self) -> str:
        """``Hua Chunying, Chinese Foreign Ministry spokeswoman`` — name, then role if known."""
        return f"{self.name}, {self.role}" if self.role else self.name

    def holds(self, role: str) -> bool:
        """Whether ``role`` ("the party's nominee") is this person's own job, not a body they speak for.

        The head of the job decides: "the nominee" is the nominee; "the State Department" is
        not a "State Department spokesman", it speaks through one; "the woman" is any woman. A
        role that only names a body ("KVL", of "KVL’s Ed Lamb") is whom they speak for, not a job.
        A role may hold two jobs: "the study's lead author and a professor" is the lead author.
        """
        asked, own = job_head(role), self.role or ""
        if not asked:
            return False
        if asked[0] in PERSON_NOUNS:  # "the woman" is this woman
            return asked_gender(role) == gender_of(self.label)
        employer = not is_role_noun(asked[0]) and not any(w.islower() for w in own.split())  # "KVL"
        return not employer and any(asked == job_head(part) for part in own.split(" and "))  # two jobs


class SpeakerRegistry:
    """The speakers of one article: the quoted ones and those only mentioned."""

    def __init__(self, speakers: list[Speaker]) -> None:
        """Keep ``speakers`` in article order; quoted ones come first in ``all``.

        A description that is a person named beside it ("the Vell senator") is folded into them.
        """
        speakers = fold_epithets(speakers)
        self.quoted: tuple[Speaker, ...] = tuple(s for s in speakers if s.quoted)
        self.mentioned: tuple[Speaker, ...] = tuple(s for s in speakers if not s.quoted)
        self.all: tuple[Speaker, ...] = self.quoted + self.mentioned
        names = [(s.name, *(a for a in s.aliases if a != s.role)) for s in self.all]
        self._name_words = [{*key_words(" ".join(n)), *(a for name in n for a in acronyms(name))}
                            for n in names]
        roles = [[*key_words(s.role or ""), *acronyms(s.role or "")] for s in self.all]
        self._words = [n | set(r) for n, r in zip(self._name_words, roles, strict=True)]
        self._heads = [n | set(job_head(s.role or "")) for n, s in zip(self._name_words, self.all,
                                                                         strict=True)]
        self._vocabulary: dict[str, set[int]] = {}  # word of a name or role -> speakers using it
        for i, words in enumerate(self._words):
            for word in words:
                self._vocabulary.setdefault(word, set()).add(i)
        self._by_key: dict[str, Speaker] = {}
        self._found: dict[str, Speaker | None] = {}  # what was typed -> whom it found
        for speaker in reversed(self.all):  # the first speaker to use a key keeps it
            self._by_key.update((name_key(a), speaker) for a in (speaker.name, *speaker.aliases))

    def __len__(self) -> int:
        """How many speakers, quoted or not."""
        return len(self.all)

    def named(self, text: str) -> Speaker | None:
        """The speaker whose name, a word of it, or role is exactly ``text`` (any case, "the" or not)."""
        key = name_key(text)
        return self._by_key.get(key) if key else None

    def find(self, text: str) -> Speaker | None:
        """The speaker ``text`` refers to: full name, surname, role words or a near spelling.

        An exact name or alias wins; otherwise every word typed must match a word of
        the speaker's name or role (allowing small misspellings), and among those the
        speaker whose name and role have the fewest words left over is taken.
        """
        if text not in self._found:  # a chat asks after the same people again and again
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            self._found[text] = self._search(text)
        return self._found[text]

    def _search(self, text: str) -> Speaker | None:
        exact = self.named(text)
        if exact is not None:
            return exact
        typed = key_words(text)
        if not PERSON_NOUNS.keys().isdisjoint(typed):
            described = self.described(text)
            return described[0] if len(described) == 1 else None
        gender = asked_gender(text)
        found = self._best(typed, gender=gender) if typed else None
        titles = next((k for k, word in enumerate(typed) if word not in TITLE_WORDS), len(typed))
        untitled = typed[titles:]  # the words after the titles typed first
        if found is None and titles and untitled and TITLE_WORDS.isdisjoint(untitled):
            # "Senator Hale" where the article never calls him senator: his name alone finds him
            found = self._best(untitled, by_name=True, gender=gender)
        return found

    def described(self, text: str) -> tuple[Speaker, ...]:
        """The quoted speakers "the woman" or "the Chinese man" may mean.

        Of that sex, as the article shows it (a job word, a title, a given name), with a word
        close to each other word typed.
        """
        gender = asked_gender(text)
        typed = key_words(text)
        if gender is None or PERSON_NOUNS.keys().isdisjoint(typed):
            return ()
        rest = [w for w in typed if w not in PERSON_NOUNS]
        having = self._having_all([self._close_words(w, _FUZZY) for w in rest]) if rest else range(len(self))
        return tuple(self.all[i] for i in sorted(having) if self.all[i].quoted and self._genders[i] == gender)

    def near_words(self, text: str, speaker: Speaker) -> list[str]:
        """The words of ``text`` that found ``speaker`` only by a near spelling ("client" for Clint).

        Titles are left out: "Senator Hale" finds Hale by his name alone.
        """
        own = next((words for s, words in zip(self.all, self._words, strict=True) if s is speaker), set())
        return [w for w in key_words(text) if w not in own and w not in TITLE_WORDS]

    def _best(self, typed: list[str], by_name: bool = False, gender: str | None = None) -> Speaker | None:
        """The speaker with a word close to each of ``typed`` and fewest left over (by a name word only).

        Someone the article shows to be of another ``gender`` than typed ("the spokesman") is not meant.
        """
        closeness = [self._close_words(word, _FUZZY) for word in typed]
        candidates = self._having_all(closeness)
        if not candidates and len(typed) > 1:  # two words misspelt together still point at one person
            closeness = [self._close_words(word, _FUZZY_FULL_NAME) for word in typed]
            candidates = self._having_all(closeness)
        # Someone is asked for by a name word or a job ("the spokeswoman"), not by a word that
        # only qualifies the job: "Keefe" must not find "Keefe's attorney".
        heads = self._name_words if by_name else self._heads
        candidates = {i for i in candidates if any(w in heads[i] for close in closeness for w in close)
                      and (self._named(i, closeness) or not self._second_post(i, typed))
                      and gender in (None, self._genders[i] or gender)}
        best: tuple[float, int] | None = None
        for i in candidates:
            matched = [max((r for w, r in close.items() if w in self._words[i]), default=0.0)
                       for close in closeness]
            named = self._named(i, closeness)
            score = sum(matched) + (0.5 if named else 0.0) - 0.01 * len(self._words[i])
            if best is None or (score, -i) > (best[0], -best[1]):
                best = (score, i)
        return self.all[best[1]] if best else None

    def _named(self, i: int, closeness: list[dict[str, float]]) -> bool:
        """Whether a word typed (or one close to it) is a word of speaker ``i``'s name."""
        return any(w in self._name_words[i] for close in closeness for w in close)

    def _second_post(self, i: int, typed: list[str]) -> bool:
        """Whether speaker ``i``'s role is a second post not typed: a Deputy Attorney General."""
        return bool((self._words[i] - self._name_words[i]) & _SECOND_POSTS - set(typed))

    def speaking_for(self, body: Speaker) -> tuple[Speaker, ...]:
        """The quoted voices of ``body`` but itself: its "White House spokesman" for "White House".

        The body quoted by its initials too ("the VWA said" beside "the Vell Water Authority
        said"), and the people whose job is of that name.
        """
        key = name_key(body.name)
        same = [body, *self._by_initials.get(key, ()),
                *(s for s in map(self._by_key.get, acronyms(body.name)) if s is not None and s.quoted)]
        voices = [*same, *(s for b in same for s in self._jobs_of.get(name_key(b.name), ()))]
        return tuple(s for s in dict.fromkeys(voices) if s is not body)

    @cached_property
    def _jobs_of(self) -> dict[str, list[Speaker]]:
        """Who holds a job of each body, by the body's name key; made on the first question by name.

        The body is what the job's name holds before the job ("White House" of "White House
        spokesman", "VWA" of "VWA chief engineer") or a name after it ("executive director of
        the VWA").
        """
        jobs: dict[str, list[Speaker]] = {}
        for speaker in self.quoted:
            head = job(speaker.role or "").split()[-1:]
            if not head or not (is_role_noun(head[0].lower()) or head[0].lower() in TITLE_WORDS):
                continue  # no job: "Ana Ruiz endorses", a headline's words, speaks for no one
            for owner in owners(speaker.role or ""):
                jobs.setdefault(name_key(owner), []).append(speaker)
        return jobs

    @cached_property
    def _genders(self) -> list[str | None]:
        """Each speaker's sex as name and role show it ("spokeswoman", "Mr.", a given name), if they do."""
        return [gender_of(" ".join((s.label, *s.aliases))) for s in self.all]

    @cached_property
    def _by_initials(self) -> dict[str, list[Speaker]]:
        """The quoted speakers by the initials of their names: "vwa" for "Vell Water Authority"."""
        found: dict[str, list[Speaker]] = {}
        for speaker in self.quoted:
            for initials in acronyms(speaker.name):
                found.setdefault(initials, []).append(speaker)
        return found

    def by_part_of(self, full_name: str) -> Speaker | None:
        """The quoted speaker known by part of ``full_name``, its last word included.

        Attribution may meet a person first outside a quote tag ("For Hailey Puckett, …")
        and register them by the surname of the tag ("Puckett said"), or by it with a courtesy
        title ("Mr. Puckett said"); the full name then still finds them.
        """
        typed = name_key(full_name).split()
        for speaker in self.quoted:
            words = [w for w in name_key(speaker.name).split() if w not in HONORIFICS]
            if words and typed and typed[-1] in words and set(words) <= set(typed):
                return speaker
        return None

    def _having_all(self, closeness: list[dict[str, float]]) -> set[int]:
        """The speakers with a word close to each typed word."""
        return set.intersection(*({i for w in close for i in self._vocabulary[w]} for close in closeness))

    def _close_words(self, word: str, cutoff: float) -> dict[str, float]:
        """Words of names and roles equal or close to ``word``, with how close (1 is equal)."""
        if word in self._vocabulary:
            return {word: 1.0}
        import difflib  # only for a misspelt name: 1 ms of start-up that a one-shot ``ask`` mostly skips

        close = difflib.get_close_matches(word, self._vocabulary, n=3, cutoff=cutoff)
        return {w: difflib.SequenceMatcher(None, word, w).ratio() for w in close}

    def complete(self, text: str, limit: int = 25) -> list[Speaker]:
        """Quoted speakers whose name or role contains what was typed, best first, at most ``limit``."""
        typed = text.strip().lower()
        if not typed:
            return list(self.quoted[:limit])
        starts, contains = [], []
        for speaker in self.quoted:
            label = speaker.label.lower()
            if any(part.startswith(typed) for part in label.split()) or label.startswith(typed):
                starts.append(speaker)
            elif typed in label or any(typed in name_key(a) for a in speaker.aliases):
                contains.append(speaker)
        return (starts + contains)[:limit]
