"""Who said what: give every sentence its speaker (or none) and its kind of quote.

The rules follow how English news reports speech:

* a tag is a reporting verb with its subject, outside the quotation marks:
  ``X said``, ``said X``, ``X told Reuters``, ``according to X``, ``X made it clear``,
  ``X issued a … message``; a negated or infinitive verb (``did not say``,
  ``expected to tell``) is not a tag;
* the subject may carry an appositive (``Pak Myong Ho, a … official …, said``), be a
  surname of someone named before (``Pak said``), a pronoun (``he said``: the nearest
  earlier person who fits), a definite description (``the official said``: the
  latest speaker of that description) or an anonymous source (``a U.S. official``);
* a quotation that runs over several sentences or paragraphs belongs to the tag in
  any of them, and a sentence wholly inside quotes with no tag continues the quote
  before it (or, failing that, the one after it).

Kinds: ``direct`` (the sentence is a quotation, perhaps with its tag), ``mixed``
(reported speech holding a quoted fragment) and ``indirect`` (reported, no quotes).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from retrieval.article import Article
from retrieval.lexicon import (
    AUXILIARIES,
    COMMUNICATION_NOUNS,
    DETERMINERS,
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    PHRASAL_SPEECH,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_ACT_VERBS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
)
from retrieval.names import Token, is_name_word, name_key, split_title, strip_possessive, tokens_of
from retrieval.quotes import QuoteSpan, find_quotes
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry

__all__ = ["Attribution", "QuoteKind", "attribute"]

QuoteKind = Literal["direct", "indirect", "mixed"]
EntityKind = Literal["person", "name", "anonymous", "group", "institution"]
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ANTECEDENT_WINDOW = 4  # sentences a pronoun may look back
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_MAX_APPOSITION = 25  # tokens between the commas of "Name, a … official …, said"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A sentence with its speaker (None for narration) and its kind of quote."""

    sentence: Sentence
    speaker: Speaker | None
    kind: QuoteKind | None


@dataclass(slots=True)
class _Entity:
    """A speaker or named person while the article is read; frozen into a Speaker at the end."""

    name: str
    kind: EntityKind
    role: str | None = None
    gender: str | None = None
    head: str | None = None  # "official" for "a U.S. official": what "the official" refers back to
    seen: list[int] = field(default_factory=list)  # sentences that name or quote it, sorted

    @property
    def name_words(self) -> list[str]:
        """The words of the name, lower case, for matching surnames."""
        return name_key(self.name).split()

    def seen_by(self, i: int) -> int:
        """The last sentence up to ``i`` that names or quotes it (-1 if none)."""
        k = bisect.bisect_right(self.seen, i)
        return self.seen[k - 1] if k else -1


@dataclass(frozen=True, slots=True)
class _Tag:
    """A reporting verb and the phrase naming who spoke, before it is resolved."""

    subject: list[Token]
    apposition: list[Token]
    priority: int  # 0: next to a quotation, 1: set off by a comma, 2: anywhere else


def attribute(article: Article, sentences: list[Sentence]) -> tuple[list[Attribution], SpeakerRegistry]:
    """Attribute every sentence of ``article`` and build its speaker registry."""
    return _Reader(article, sentences).read()


class _Reader:
    """Reads the sentences in order, keeping the people seen so far for later references."""

    def __init__(self, article: Article, sentences: list[Sentence]) -> None:
        self.text = article.text
        self.sentences = sentences
        self.quotes = find_quotes(article.text, article.body_start)
        self.spans = _spans_per_sentence(self.quotes, sentences)
        self.tokens = [self._sentence_tokens(s, j) for s, j in zip(sentences, self.spans, strict=True)]
        self.entities: list[_Entity] = []
        self.by_key: dict[str, _Entity] = {}
        self.by_word: defaultdict[str, list[_Entity]] = defaultdict(list)  # name words, heads, roles
        self.speaker_of: list[_Entity | None] = [None] * len(sentences)
        self.kind_of: list[QuoteKind | None] = [None] * len(sentences)
        self.mentioned: list[list[_Entity]] = [[] for _ in sentences]

    def _sentence_tokens(self, sentence: Sentence, spans: list[int]) -> list[Token]:
        return tokens_of(self.text, sentence.start, sentence.end, [self.quotes[j] for j in spans])

    # -- the passes -----------------------------------------------------------------

    def read(self) -> tuple[list[Attribution], SpeakerRegistry]:
        for i in range(len(self.sentences)):
            self._find_people(i)
        for group in self._quote_groups():
            self._attribute_group(group)
        self._fill_quotes_from_neighbours()
        return self._freeze()

    def _quote_groups(self) -> list[list[int]]:
        """Runs of consecutive sentences joined by one quotation that spans them."""
        groups: list[list[int]] = []
        previous: list[int] = []
        for i, spans in enumerate(self.spans):
            if groups and set(spans) & set(previous):
                groups[-1].append(i)
            else:
                groups.append([i])
            previous = spans
        return groups

    def _attribute_group(self, group: list[int]) -> None:
        group_speaker = None
        for i in group:
            tag = self._best_tag(i)
            if tag is not None:
                speaker = self._resolve(tag, i, before=group[0])
                if speaker is not None:
                    self.speaker_of[i] = speaker
                    group_speaker = group_speaker or speaker
        for i in group:
            quoted, outside, starts_inside = self._quote_shape(i)
            if self.speaker_of[i] is None and quoted and (not outside or starts_inside):
                self.speaker_of[i] = group_speaker
            self.kind_of[i] = self._kind(i, quoted, outside, starts_inside)
            if self.speaker_of[i] is not None:
                self._note_mention(self.speaker_of[i], i)

    def _fill_quotes_from_neighbours(self) -> None:
        """A quoted sentence with no tag continues the quote before it, or else the one after."""
        for i in range(len(self.sentences)):
            if self.speaker_of[i] is None and self.kind_of[i] == "direct":
                self.speaker_of[i] = self._neighbour_speaker(i, -1)
        for i in reversed(range(len(self.sentences))):
            if self.speaker_of[i] is None and self.kind_of[i] == "direct":
                self.speaker_of[i] = self._neighbour_speaker(i, +1)

    def _neighbour_speaker(self, i: int, step: int) -> _Entity | None:
        j = i + step
        if 0 <= j < len(self.sentences) and self.kind_of[j] in ("direct", "mixed"):
            return self.speaker_of[j]
        return None

    # -- the shape of a sentence's quotes ------------------------------------------------

    def _quote_shape(self, i: int) -> tuple[int, int, bool]:
        """Letters inside and outside quotes, and whether the first letter is quoted."""
        quoted = outside = 0
        first_quoted = None
        for token in self.tokens[i]:
            if token.is_quote:
                letters = sum(ch.isalnum() for ch in self.text[token.start : token.end])
                quoted += letters
                if first_quoted is None and letters:
                    first_quoted = True
            elif token.is_word:
                outside += len(token.text)
                if first_quoted is None:
                    first_quoted = False
        return quoted, outside, bool(first_quoted)

    def _kind(self, i: int, quoted: int, outside: int, starts_inside: bool) -> QuoteKind | None:
        speaker = self.speaker_of[i]
        if not quoted:
            return "indirect" if speaker else None
        if not outside or starts_inside or self._only_tag_outside(i):
            return "direct"
        return "mixed" if speaker else None

    def _only_tag_outside(self, i: int) -> bool:
        """``Smith said: “…”`` — the words outside the quote are just its tag."""
        tokens = self.tokens[i]
        first = next((k for k, t in enumerate(tokens) if t.is_quote), None)
        if first is None or any(t.is_word for t in tokens[first:]):
            return False
        before = [t for t in tokens[:first] if t.is_word]
        return len(before) <= 8 and any(self._cue_length(tokens, k) for k in range(first))

    # -- people named in a sentence ------------------------------------------------

    def _find_people(self, i: int) -> None:
        """Register titled people (``Foreign Minister Wang Yi``) and appositives (``X, a … official``)."""
        tokens = self.tokens[i]
        k = 0
        while k < len(tokens):
            if not is_name_word(tokens[k]):
                k += 1
                continue
            end = self._title_chunk_end(tokens, k)
            role, name = split_title([t for t in tokens[k:end] if t.is_word])
            role_words = [t for t in role if t.low not in HONORIFICS]
            honorific = next((t.low for t in role if t.low in HONORIFICS), None)
            appositive = self._appositive_role(tokens, end) if name else None
            if name and (role or honorific or (appositive and self._looks_like_name(name))):
                self._person(name, role_words or None, appositive, i, honorific)
            k = max(end, k + 1)

    def _title_chunk_end(self, tokens: list[Token], k: int) -> int:
        """End of a run of name words, title words and ``of`` starting at ``k``."""
        end = k
        while end < len(tokens):
            token = tokens[end]
            if token.is_word and (is_name_word(token) or token.low in TITLE_WORDS):
                end += 1
                if token.possessive:
                    break
            elif token.low == "of" and end + 1 < len(tokens) and is_name_word(tokens[end + 1]):
                end += 1  # "Secretary of State"
            else:
                break
        return end

    @staticmethod
    def _looks_like_name(name: list[Token]) -> bool:
        return all(t.capitalized and "." not in t.text for t in name)

    def _appositive_role(self, tokens: list[Token], end: int) -> str | None:
        """The role in ``Name, a North Korean embassy official speaking …,``, if one follows.

        ``North Korea, the official said`` is a tag, not an apposition: no role then.
        """
        if end + 1 >= len(tokens) or tokens[end].text != ",":
            return None
        start = end + 1
        if tokens[start].low in DETERMINERS:
            start += 1
        elif not (tokens[start].is_word and _is_role_word(tokens[start])) or tokens[start].capitalized:
            return None  # without an article, an apposition starts with its job: "chief executive of …"
        words: list[Token] = []
        last_role = 0
        for token in tokens[start : start + 8]:
            if not token.is_word or (token.low in STOP_WORDS and token.low != "of"):
                break
            if last_role and token.capitalized and not _is_role_word(token):
                break  # "spokeswoman Hua Chunying": a name follows the role
            words.append(token)
            if _is_role_word(token):
                last_role = len(words)
        after = start + last_role
        if not last_role or (after < len(tokens) and self._cue_length(tokens, after)):
            return None
        # "chief executive of Acme", "an analyst at Barclays": keep the employer.
        employer = after + 1 < len(tokens) and tokens[after].low in ("of", "at", "for")
        if employer and is_name_word(tokens[after + 1]):
            last = after + 1
            while last + 1 < len(tokens) and is_name_word(tokens[last + 1]):
                last += 1
            return self._span_text(tokens[start : last + 1])
        return self._span_text(words[:last_role])

    def _person(
        self, name: list[Token], role: list[Token] | None, appositive: str | None, i: int,
        honorific: str | None,
    ) -> _Entity:
        entity = self._match_name(name, i) or self._new(self._span_text(name), "person", i)
        entity.kind = "person" if entity.kind == "name" else entity.kind
        self._set_role(entity, self._span_text(role) if role else appositive)
        if entity.gender is None:
            entity.gender = _gender(" ".join(filter(None, (entity.role, honorific))))
        self._note_mention(entity, i)
        return entity

    # -- finding tags ------------------------------------------------------------

    def _best_tag(self, i: int) -> _Tag | None:
        tokens = self.tokens[i]
        tags = []
        for k in range(len(tokens)):
            length = self._cue_length(tokens, k)
            if length and not self._negated(tokens, k):
                tag = self._tag_at(tokens, k, length)
                if tag is not None:
                    tags.append(tag)
        return min(tags, key=lambda t: t.priority) if tags else None

    @staticmethod
    def _cue_length(tokens: list[Token], k: int) -> int:
        """How many tokens the reporting cue at ``k`` spans (0 when there is none)."""
        token = tokens[k]
        if not token.is_word:
            return 0
        if token.capitalized and k > 0:
            return 0  # "the United States intends": verbs are lower case inside a sentence
        low = token.low
        words = [t.low for t in tokens[k : k + 6]]
        for phrase in PHRASAL_SPEECH:
            if tuple(words[: len(phrase)]) == phrase:
                return len(phrase)
        if low in SPEECH_VERBS:
            return 1
        if low == "according" and len(words) > 1 and words[1] == "to":
            return 2
        if low in SPEECH_ACT_VERBS:
            for n, word in enumerate(words[1:5], start=1):
                if word in COMMUNICATION_NOUNS:
                    return n + 1
                if word in STOP_WORDS - DETERMINERS:
                    break
        return 0

    @staticmethod
    def _negated(tokens: list[Token], k: int) -> bool:
        """``did not say``, ``declined to comment``, ``expected to tell``: no speech reported."""
        before = [t.low for t in tokens[max(0, k - 2) : k] if t.is_word]
        return bool(before) and (before[-1] in NEGATIONS or (len(before) == 2 and before[0] in NEGATIONS
                                                             and before[1] in AUXILIARIES))

    def _tag_at(self, tokens: list[Token], k: int, length: int) -> _Tag | None:
        after = k + length
        if tokens[k].low == "according":
            subject = self._forward_subject(tokens, after)
            return _Tag(subject, [], self._priority(tokens, k, after)) if subject else None
        j = k - 1
        while j >= 0 and tokens[j].is_word and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith("ly")):
            if tokens[j].low in PASSIVE_AUXILIARIES and j == k - 1:
                return None  # "was told": the subject is the listener
            j -= 1
        priority = self._priority(tokens, j + 1, after)
        if j < 0 or not tokens[j].is_word:
            # Inverted: "…, said Tillerson, a former …" or "“…,” said the official."
            subject = self._forward_subject(tokens, after)
            if subject:
                return _Tag(subject, [], priority)
        if j >= 0 and tokens[j].text == ",":
            return self._appositive_tag(tokens, j, priority)
        if j >= 0 and tokens[j].low in ("who", "which") and j > 0 and tokens[j - 1].text == ",":
            subject = self._subject_before(tokens, j - 2)
            return _Tag(subject, [], priority) if subject else None
        subject = self._subject_before(tokens, j)
        return _Tag(subject, [], priority) if subject else None

    def _appositive_tag(self, tokens: list[Token], comma: int, priority: int) -> _Tag | None:
        """``Pak Myong Ho, a North Korean embassy official …, said``: the name before the apposition."""
        start = comma - 1
        while start >= 0 and comma - start <= _MAX_APPOSITION:
            if tokens[start].is_quote:
                return None
            if tokens[start].text == ",":
                subject = self._subject_before(tokens, start - 1)
                apposition = tokens[start + 1 : comma]
                if subject and apposition and _is_apposition(subject, apposition):
                    return _Tag(subject, apposition, priority)
                return None
            start -= 1
        return None

    @staticmethod
    def _priority(tokens: list[Token], start: int, after: int) -> int:
        near = tokens[max(0, start - 2) : start] + tokens[after : after + 2]
        if any(t.is_quote for t in near):
            return 0
        return 1 if start > 0 and tokens[start - 1].text == "," else 2

    @staticmethod
    def _subject_before(tokens: list[Token], j: int) -> list[Token]:
        """The noun phrase ending at token ``j``: ``the official``, ``spokesman Mark Toner``."""
        if j < 0 or not tokens[j].is_word:
            return []
        if tokens[j].possessive:
            return []  # "Tillerson’s comments": an owner, not a speaker
        if tokens[j].low in PRONOUNS:
            return [tokens[j]]
        words: list[Token] = []
        while j >= 0 and tokens[j].is_word and len(words) < 12:
            token = tokens[j]
            if token.low in DETERMINERS:
                words.insert(0, token)
                if j >= 2 and _role_before_preposition(tokens, j - 1):
                    words.insert(0, tokens[j - 1])  # "a spokesman for | the ministry"
                    j -= 2
                    continue
                break
            if words and (_role_before_preposition(tokens, j) or (
                token.low == "of" and words[0].capitalized and j > 0 and tokens[j - 1].capitalized
            )):
                words.insert(0, token)  # "spokesman for | Acme", "Secretary of | State"
                j -= 1
                continue
            if token.low in STOP_WORDS or (token.possessive and words):
                break
            words.insert(0, token)
            j -= 1
        content = [t for t in words if t.low not in DETERMINERS]
        if not content or not (content[-1].capitalized or content[-1].low in ROLE_NOUNS):
            return []
        return words

    @staticmethod
    def _forward_subject(tokens: list[Token], k: int) -> list[Token]:
        """The noun phrase starting at ``k`` after an inverted verb: ``said Tillerson``."""
        words: list[Token] = []
        if k < len(tokens) and tokens[k].low in DETERMINERS:
            words.append(tokens[k])
            k += 1
        while k < len(tokens) and tokens[k].is_word:
            token = tokens[k]
            if token.low in TIME_WORDS or (token.low in STOP_WORDS and token.low != "of"):
                break
            if not token.capitalized and token.low not in ROLE_NOUNS and not (
                words and token.low not in STOP_WORDS and k + 1 < len(tokens)
                and tokens[k + 1].low in ROLE_NOUNS
            ):
                break
            words.append(token)
            k += 1
        content = [t for t in words if t.low not in DETERMINERS]
        if content and content[-1].low == "of":
            content.pop()
            words.pop()
        if not content or not (content[-1].capitalized or content[-1].low in ROLE_NOUNS):
            return []
        if k < len(tokens) and tokens[k].is_word and tokens[k].low not in _AFTER_INVERTED_SUBJECT:
            return []  # "Smith, 54, said the company would grow": a reported clause, not a speaker
        return words

    # -- from a tag's subject to an entity -------------------------------------------

    def _resolve(self, tag: _Tag, i: int, before: int) -> _Entity | None:
        words = [t for t in tag.subject if t.low not in DETERMINERS]
        determiner = tag.subject[0].low if tag.subject[0].low in DETERMINERS else None
        if len(words) == 1 and words[0].low in PRONOUNS:
            return self._antecedent(words[0].low, before)
        appositive = self._appositive_role(
            [*tag.subject, Token(",", 0, 0), *tag.apposition], len(tag.subject)
        ) if tag.apposition else None
        if words[-1].capitalized and not _role_phrase_end(words):
            return self._named(words, appositive, i)
        return self._described(words, determiner, i)

    def _named(self, words: list[Token], appositive: str | None, i: int) -> _Entity:
        role, name = split_title(words)
        if not name:  # "the State Department said": a body, not a person
            return self._match_exact(self._span_text(words)) or self._new(
                self._span_text(words), "institution", i, head=words[-1].low
            )
        honorific = next((t.low for t in role if t.low in HONORIFICS), None)
        role = [t for t in role if t.low not in HONORIFICS]
        if role or appositive or honorific or len(name) > 1:
            return self._person(name, role or None, appositive, i, honorific)
        entity = self._match_name(name, i) or self._new(self._span_text(name), "name", i)
        self._note_mention(entity, i)
        return entity

    def _described(self, words: list[Token], determiner: str | None, i: int) -> _Entity:
        """``a U.S. official`` (new or same anonymous source) or ``the official`` (refers back)."""
        end = _role_phrase_end(words) or next(
            (n for n, t in enumerate(words) if t.low == "of" and n), len(words))
        head = words[end - 1].low
        name = self._span_text(words)
        if determiner in _DEFINITE:
            earlier = self._latest(head, i, lambda e: e.seen_by(i) >= 0)
            if earlier is not None:
                return earlier
        entity = self._match_exact(name)
        if entity is None:
            plural = head.endswith("s") and not head.endswith("ss")
            entity = self._new(name, "group" if plural else "anonymous", i, head=head)
            entity.gender = _gender(head)
        return entity

    def _antecedent(self, pronoun: str, before: int) -> _Entity | None:
        """The nearest earlier speaker or named person that ``pronoun`` can refer to.

        For "he" and "she", someone known to match (a spokeswoman, or someone already
        called "she") is preferred to a nearer person whose gender the text never gave.
        Whoever is chosen is then known to be of that gender.
        """
        window = range(before - 1, max(-1, before - 1 - _ANTECEDENT_WINDOW), -1)
        candidates = [e for j in window for e in (self.speaker_of[j], *self.mentioned[j])
                      if e is not None and _agrees(e, pronoun)]
        gender = _PRONOUN_GENDER.get(pronoun)
        chosen = next((e for e in candidates if e.gender == gender), None) if gender else None
        chosen = chosen or next(iter(candidates), None)
        if chosen is not None and gender:
            chosen.gender = gender
        return chosen

    # -- the entity table ------------------------------------------------------------

    def _new(self, name: str, kind: EntityKind, i: int, head: str | None = None) -> _Entity:
        entity = _Entity(name=name, kind=kind, head=head)
        self.entities.append(entity)
        self.by_key[name_key(name)] = entity
        for word in {*entity.name_words, head}:
            if word:
                self.by_word[word].append(entity)
        return entity

    def _set_role(self, entity: _Entity, role: str | None) -> None:
        if entity.role is None and role:
            entity.role = role
            self.by_word[name_key(role).split()[-1]].append(entity)

    def _note_mention(self, entity: _Entity, i: int) -> None:
        if i not in entity.seen:
            bisect.insort(entity.seen, i)
        if entity not in self.mentioned[i]:
            self.mentioned[i].append(entity)

    def _match_exact(self, name: str) -> _Entity | None:
        return self.by_key.get(name_key(name))

    def _match_name(self, name: list[Token], i: int) -> _Entity | None:
        """A person already seen whose name is ``name`` or contains it (a surname alone)."""
        exact = self._match_exact(self._span_text(name))
        if exact is not None:
            return exact
        words = [t.low.replace(".", "") for t in name]
        return self._latest(
            words[-1], i,
            lambda e: e.kind in ("person", "name") and len(e.name_words) > len(words)
            and all(w in e.name_words for w in words),
        )

    def _latest(self, word: str, i: int, accept: Callable[[_Entity], bool]) -> _Entity | None:
        """Of the entities indexed under ``word`` that ``accept`` takes, the one seen last by ``i``."""
        found = [e for e in self.by_word.get(word, ()) if accept(e)]
        return max(found, key=lambda e: e.seen_by(i)) if found else None

    def _span_text(self, tokens: list[Token]) -> str:
        """The article's own spelling of a run of tokens, without a trailing possessive."""
        words = [t for t in tokens if t.is_word]
        return strip_possessive(self.text[words[0].start : words[-1].end])

    # -- the result ------------------------------------------------------------------

    def _freeze(self) -> tuple[list[Attribution], SpeakerRegistry]:
        mentions = self._mentions()
        quoted: defaultdict[int, list[int]] = defaultdict(list)
        for i, entity in enumerate(self.speaker_of):
            if entity is not None:
                quoted[id(entity)].append(i)
        speakers = {
            id(e): Speaker(
                name=e.name,
                role=e.role,
                aliases=_aliases(e),
                sentences=tuple(quoted[id(e)]),
                mentions=tuple(mentions[id(e)]),
            )
            for e in sorted(self.entities, key=lambda e: e.seen[0] if e.seen else len(self.sentences))
            if e.kind == "person" or id(e) in quoted
        }
        attributions = [
            Attribution(sentence, speakers[id(s)] if s is not None else None, self.kind_of[i])
            for i, (sentence, s) in enumerate(zip(self.sentences, self.speaker_of, strict=True))
        ]
        return attributions, SpeakerRegistry(list(speakers.values()))

    def _mentions(self) -> dict[int, list[int]]:
        """Sentences naming each entity: its full name, or any word of a person's name."""
        mentions: dict[int, list[int]] = {id(e): [] for e in self.entities}
        # Each entity's key and person-name words, worked out once instead of per sentence and
        # candidate: a common first name or title makes hundreds of candidates in a long article.
        names = {
            id(e): (f" {name_key(e.name)} ", [w for w in e.name_words if len(w) > 1 and e.kind == "person"])
            for e in self.entities
        }
        for i, tokens in enumerate(self.tokens):
            words = {t.low.replace(".", "") for t in tokens if t.is_word and t.capitalized}
            text_key = f" {name_key(self.sentences[i].text)} "
            candidates = {id(e): e for w in words for e in self.by_word.get(w, ())}
            for e in candidates.values():
                key, name_words = names[id(e)]
                if key in text_key or any(w in words for w in name_words):
                    mentions[id(e)].append(i)
        return mentions


_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in"})
# What may follow the speaker in "said Hua on Thursday", "said the official, adding …".
_AFTER_INVERTED_SUBJECT = TIME_WORDS | {"on", "in", "at", "during", "after", "before", "when", "while",
                                        "as", "to", "from", "adding", "speaking", "who", "according",
                                        "and", "but"}


def _role_before_preposition(tokens: list[Token], k: int) -> bool:
    """``spokesman for``, ``official at``: a lower-case job noun followed by a preposition at ``k``."""
    return (k > 0 and tokens[k].low in _ROLE_PREPOSITIONS and tokens[k - 1].low in ROLE_NOUNS
            and not tokens[k - 1].capitalized)


def _is_role_word(token: Token) -> bool:
    """A job word: ``official``, ``spokeswoman``; capitalised titles count too (``Minister``)."""
    return token.low in ROLE_NOUNS or (token.capitalized and token.low in TITLE_WORDS)


def _role_phrase_end(words: list[Token]) -> int:
    """In ``spokesman for the ministry``, how many words make the job (1); 0 if not such a phrase."""
    return next((k for k in range(1, len(words)) if _role_before_preposition(words, k)), 0)


def _is_apposition(subject: list[Token], apposition: list[Token]) -> bool:
    """``Smith, 54,``, ``Smith, chief executive of Acme,``, ``X, a … official …,``, ``X, who …,``."""
    first = apposition[0]
    return (first.low in DETERMINERS or first.low == "who" or first.text[0].isdigit()
            or subject[-1].capitalized)


def _gender(text: str) -> str | None:
    words = set(name_key(text).split())
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None


def _agrees(entity: _Entity, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``entity`` (number, gender, person or body)."""
    if pronoun in ("he", "she"):
        wrong = "f" if pronoun == "he" else "m"
        return entity.kind in ("person", "name", "anonymous") and entity.gender != wrong
    if pronoun == "they":
        return entity.kind in ("group", "institution")
    return entity.kind in ("institution", "name")


def _aliases(entity: _Entity) -> tuple[str, ...]:
    """Ways people may ask for this speaker: the name, each of its words, the role."""
    aliases = [entity.name]
    words = entity.name.split()
    if entity.kind == "person" and len(words) > 1:
        aliases.extend(w for w in words if len(w) > 1)
    if entity.role:
        aliases.append(entity.role)
    return tuple(dict.fromkeys(aliases))


def _spans_per_sentence(quotes: list[QuoteSpan], sentences: list[Sentence]) -> list[list[int]]:
    """For each sentence, the indices of the quotations overlapping it (one sweep, both in order)."""
    result = []
    first = 0
    for sentence in sentences:
        while first < len(quotes) and quotes[first].end <= sentence.start:
            first += 1
        j = first
        overlapping = []
        while j < len(quotes) and quotes[j].start < sentence.end:
            overlapping.append(j)
            j += 1
        result.append(overlapping)
    return result
