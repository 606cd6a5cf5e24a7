"""Who said what: give every sentence its speaker (or none) and its kind of quote.

The rules follow how English news reports speech:

* a tag (``tags.py``) names the speaker outside the quotation marks;
* the tag's phrase may be a titled name (``U.S. Secretary of State Rex Tillerson``), a
  surname of someone named before (``Pak said``), a pronoun (``he said``: the nearest
  earlier person who fits), a definite description (``the official said``: the latest
  official; ``the company said``: the latest body that spoke) or an anonymous source
  (``a U.S. official``, kept as one speaker);
* a quotation that runs over several sentences or paragraphs belongs to the tag in
  any of them, and a sentence wholly inside quotes with no tag continues the quote
  before it (or, failing that, the one after it).

Kinds: ``direct`` (the sentence is a quotation, perhaps with its tag), ``mixed``
(reported speech holding a quoted fragment) and ``indirect`` (reported, no quotes).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from retrieval.article import Article
from retrieval.entities import Entity, EntityTable
from retrieval.lexicon import (
    ANONYMOUS_SOURCES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    HONORIFICS,
    MALE_NAMES,
    MALE_WORDS,
    ORG_NOUNS,
    PRONOUNS,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from retrieval.names import (
    Token,
    inside_name,
    is_name_word,
    is_role_word,
    name_key,
    role_phrase_end,
    split_title,
    strip_possessive,
    tokens_of,
)
from retrieval.quotes import QuoteSpan, find_quotes
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker, SpeakerRegistry
from retrieval.tags import Tag, clause_subject, cue_length, find_tag

__all__ = ["Attribution", "QuoteKind", "attribute"]

QuoteKind = Literal["direct", "indirect", "mixed"]
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ANTECEDENT_WINDOW = 4  # sentences a pronoun may look back
_LEDE_WINDOW = 2  # "Portugal’s environment minister accused …" named within two sentences
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_APPOSITION_STOPS = frozenset({"who", "which", "that", "to", "whose", "where", "when"})
_WORD = re.compile(r"[A-Z][\w’'.-]*")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A sentence with its speaker (None for narration) and its kind of quote."""

    sentence: Sentence
    speaker: Speaker | None
    kind: QuoteKind | None


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
        self.tokens = [
            tokens_of(self.text, s.start, s.end, [self.quotes[j] for j in spans])
            for s, spans in zip(sentences, self.spans, strict=True)
        ]
        self.table = EntityTable(len(sentences))
        self.speaker_of: list[Entity | None] = [None] * len(sentences)
        self.kind_of: list[QuoteKind | None] = [None] * len(sentences)
        self.tagged = [False] * len(sentences)  # a speech tag, even one whose speaker is unsure

    def read(self) -> tuple[list[Attribution], SpeakerRegistry]:
        for i in range(len(self.sentences)):
            self._find_people(i)
        for group in self._quote_groups():
            self._attribute_group(group)
        self._fill_quotes_from_neighbours()
        return self._freeze()

    # -- quotations and their speakers ---------------------------------------------

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
            tag = find_tag(self.tokens[i])
            if tag is None:
                continue
            self.tagged[i] = True
            speaker = self._resolve(tag, i, before=group[0]) if tag.subject else None
            if speaker is not None:
                self._learn_gender(speaker, self.tokens[i][tag.after : tag.after + 4])
                self.speaker_of[i] = speaker
                group_speaker = group_speaker or speaker
        for i in group:
            quoted, outside, starts_inside = self._quote_shape(i)
            if self.speaker_of[i] is None and quoted and (not outside or starts_inside):
                self.speaker_of[i] = group_speaker
            self.kind_of[i] = self._kind(i, quoted, outside, starts_inside)
            if self.speaker_of[i] is not None:
                self.table.note(self.speaker_of[i], i)

    @staticmethod
    def _learn_gender(speaker: Entity, reported: list[Token]) -> None:
        """``Marsh said she agreed``, ``told reporters that he``: the speaker's own pronoun."""
        if speaker.gender is not None or speaker.kind not in ("person", "anonymous", "name"):
            return
        for token in reported:
            if not token.is_word:
                return
            if token.low in _PRONOUN_GENDER:
                speaker.gender = _PRONOUN_GENDER[token.low]
                return

    def _fill_quotes_from_neighbours(self) -> None:
        """A quoted sentence with no tag continues the quote before it, or else the one after."""
        for i in range(len(self.sentences)):
            if self.speaker_of[i] is None and self.kind_of[i] == "direct":
                self.speaker_of[i] = self._neighbour_speaker(i, -1)
        for i in reversed(range(len(self.sentences))):
            if self.speaker_of[i] is None and self.kind_of[i] == "direct":
                self.speaker_of[i] = self._neighbour_speaker(i, +1)

    def _neighbour_speaker(self, i: int, step: int) -> Entity | None:
        """The speaker a tagless quote continues, if the neighbour at ``step`` gives one.

        Before it: a quote, or reported speech (``Dr Adeyemi says the message is simple.
        ‘If you’re pregnant, …’``); after it: a quote.
        """
        j = i + step
        kinds = ("direct", "mixed", "indirect") if step < 0 else ("direct", "mixed")
        if 0 <= j < len(self.sentences) and self.kind_of[j] in kinds:
            return self.speaker_of[j]
        return None

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
        speech = self.speaker_of[i] is not None or self.tagged[i]  # unsure speakers stay speech
        if not quoted:
            return "indirect" if speech else None
        if not outside or starts_inside or self._only_tag_outside(i):
            return "direct"
        return "mixed" if speech else None

    def _only_tag_outside(self, i: int) -> bool:
        """``Smith said: “…”`` — the words outside the quote are just its tag."""
        tokens = self.tokens[i]
        first = next((k for k, t in enumerate(tokens) if t.is_quote), None)
        if first is None or any(t.is_word for t in tokens[first:]):
            return False
        before = [t for t in tokens[:first] if t.is_word]
        return len(before) <= 8 and any(cue_length(tokens, k) for k in range(first))

    # -- people named in a sentence ------------------------------------------------

    def _find_people(self, i: int) -> None:
        """Register the people a sentence names, and note later mentions of known ones.

        A person is named with a title (``Foreign Minister Wang Yi``), an apposition
        (``X, a … official``) or a job just before (``the chairman, Sen. X``).
        """
        tokens = self.tokens[i]
        k = 0
        while k < len(tokens):
            if not is_name_word(tokens[k]):
                k += 1
                continue
            end = _title_chunk_end(tokens, k)
            role, name = split_title([t for t in tokens[k:end] if t.is_word])
            role, honorific = _without_honorific(role)
            if not name or any(t.capitalized and t.low in ORG_NOUNS for t in name):
                self._institution([*role, *name], i)  # "Maple Ridge School District"
            else:
                apposition = self._apposition_role(tokens, end)
                before = self._role_before(tokens, k)
                if role or honorific or ((apposition or before) and _looks_like_name(name)):
                    self._person(name, before or self._role_text(role), apposition, i, honorific)
                else:
                    known = self.table.person_named(_keys(name), i)
                    if known is not None and known.kind == "person":
                        self.table.note(known, i)
            k = max(end, k + 1)

    def _institution(self, words: list[Token], i: int) -> None:
        """Register a body named with a word of its kind: ``Maple Ridge School District 118``.

        "The district said" can then find it.
        """
        head = next((t.low for t in reversed(words) if t.capitalized and t.low in ORG_NOUNS), None)
        if head is not None:
            self.table.note(self.table.body(self._span_text(words), head), i)

    def _role_before(self, tokens: list[Token], k: int) -> str | None:
        """``The committee's chairman, Sen. Walter Briggs``: the job given just before the name."""
        if k < 2 or tokens[k - 1].text != ",":
            return None
        words: list[Token] = []
        j = k - 2
        while j >= 0 and tokens[j].is_word and tokens[j].low not in STOP_WORDS and len(words) < 6:
            words.insert(0, tokens[j])
            j -= 1
        if words and is_role_word(words[-1]) and (j < 0 or tokens[j].low in DETERMINERS):
            return self._span_text(words)
        return None

    def _apposition_role(self, tokens: list[Token], end: int) -> str | None:
        """The job in the appositions after a name: ``Name, R-Texas, the committee's ranking Republican,``.

        Each comma-separated part is tried in turn (at most three). ``North Korea, the
        official said`` is a tag, not an apposition: no role then.
        """
        k = end
        for _ in range(3):
            if k >= len(tokens) or tokens[k].text != ",":
                return None
            stop = next((n for n in range(k + 1, len(tokens)) if not tokens[n].is_word), len(tokens))
            part = tokens[k + 1 : stop]
            clause = next((n for n, t in enumerate(part) if t.low in _APPOSITION_STOPS), len(part))
            if any(cue_length(tokens, n) for n in range(k + 1, k + 1 + clause)):
                return None
            role = self._part_role(part)
            if role:
                return role
            if len(part) > 2 or any(t.low in STOP_WORDS for t in part):
                return None  # only a short tag such as "R-Texas" or "54" may come before the job
            k = stop
        return None

    def _part_role(self, part: list[Token]) -> str | None:
        """The job in one apposition: ``a mother of three from Tucson``, ``chief executive of Acme``."""
        determiner = bool(part) and part[0].low in DETERMINERS
        words = part[1:] if determiner else part
        cut = []
        for token in words[:10]:
            if token.low in _APPOSITION_STOPS or (not token.capitalized and token.low.endswith(("ing", "ed"))
                                                   and not is_role_word(token)):
                break
            cut.append(token)
        roles = [n for n, t in enumerate(cut) if is_role_word(t)]
        if not roles:
            return None
        # Without an article an apposition starts with its job ("chief executive of Acme") or
        # someone's ("Raymond Ocasio’s sister"); "Beijing, Chinese … spokeswoman Hua" is no apposition.
        if not determiner and not (roles[0] == 0 and not cut[0].capitalized) and not any(
                t.possessive for t in cut[: roles[0]]):
            return None
        after = cut[roles[0] + 1] if roles and roles[0] + 1 < len(cut) else None
        if after is not None and after.capitalized and not is_role_word(after):
            return None  # "spokeswoman Hua Chunying": a name after the job, a new phrase
        while cut and cut[-1].low in STOP_WORDS:
            cut.pop()
        return self._span_text(cut) if cut else None

    def _role_text(self, role: list[Token]) -> str | None:
        """Title words as the article has them; an abbreviated title spelled out (``Sen.`` → Senator)."""
        if not role:
            return None
        if len(role) == 1 and role[0].low in TITLE_ABBREVIATIONS:
            return TITLE_ABBREVIATIONS[role[0].low]
        return self._span_text(role)

    def _person(self, name: list[Token], role: str | None, apposition: str | None, i: int,
                honorific: str | None) -> Entity:
        entity = self.table.person_named(_keys(name), i)
        if entity is None:
            entity = self.table.new(self._span_text(name), "person")
            self._adopt_surname(entity)
        if entity.kind == "name":
            entity.kind = "person"
        self.table.set_role(entity, role or apposition)
        if entity.gender is None:
            entity.gender = _gender(" ".join(filter(None, (entity.role, apposition, honorific,
                                                           entity.name_words[0]))))
        self.table.note(entity, i)
        return entity

    # -- from a tag's phrase to an entity -------------------------------------------

    def _resolve(self, tag: Tag, i: int, before: int) -> Entity | None:
        words = [t for t in tag.subject if t.low not in DETERMINERS]
        determiner = tag.subject[0].low if tag.subject[0].low in DETERMINERS else None
        if len(words) == 1 and words[0].low in PRONOUNS:
            return self._antecedent(words[0].low, before)
        apposition = self._apposition_role([*tag.subject, Token(",", 0, 0), *tag.apposition],
                                           len(tag.subject)) if tag.apposition else None
        if words[-1].capitalized and not role_phrase_end(words):
            return self._named(words, apposition, i)
        return self._described(words, determiner, i)

    def _named(self, words: list[Token], apposition: str | None, i: int) -> Entity:
        role, name = split_title(words)
        if not name:  # "the State Department said": a body, not a person
            return self.table.body(self._span_text(words), words[-1].low)
        role, honorific = _without_honorific(role)
        if role or apposition or honorific or len(name) > 1:
            person = self._person(name, self._role_text(role), apposition, i, honorific)
            self._absorb_lede_description(person, i)
            return person
        entity = self.table.person_named([name[0].low], i) or self.table.new(self._span_text(name), "name")
        self.table.note(entity, i)
        return entity

    def _described(self, words: list[Token], determiner: str | None, i: int) -> Entity:
        """``a U.S. official`` (new or same anonymous source) or ``the official`` (refers back)."""
        end = role_phrase_end(words) or next(
            (n for n, t in enumerate(words) if t.low == "of" and n), len(words))
        head = words[end - 1].low
        if determiner in _DEFINITE:
            earlier = self.table.latest(head, i)
            gender = _gender(head)
            if earlier is None and head in ORG_NOUNS:  # "the company said": the body that spoke last,
                earlier = (self._latest_speaker(i, lambda e: e.kind in ("name", "institution"))
                           or self._subject_body(i, head))  # or the one the story is about
            elif earlier is None and gender:  # "the woman said": the last woman who spoke
                earlier = self._latest_speaker(
                    i, lambda e: e.kind in ("person", "anonymous") and e.gender == gender)
            elif earlier is None and head in DOCUMENT_NOUNS:  # "the statement added": its author
                earlier = self._latest_speaker(i, lambda e: e.kind in ("name", "institution", "group"))
            elif earlier is None and head not in ANONYMOUS_SOURCES:  # "the 24-year-old said": an epithet
                earlier = self._antecedent("they" if head.endswith("s") else "someone", i)
            if earlier is not None:
                return earlier
        name = self._span_text(words)
        if determiner == "another":  # "another diplomat": a second unnamed source, not the first
            name = f"another {name}"
        entity = self.table.exact(name)
        if entity is None:
            plural = head.endswith("s") and not head.endswith("ss")
            kind = "institution" if head in ORG_NOUNS else "group" if plural else "anonymous"
            entity = self.table.new(name, kind, head=head)
            entity.gender = _gender(head)
        return entity

    def _subject_body(self, i: int, head: str) -> Entity | None:
        """The body that is the subject of a recent sentence or of the lede.

        "Kestrel Systems cut its forecast …" makes a later "the company" Kestrel Systems.
        """
        for j in [*_window(i), 0]:
            subject = [t for t in clause_subject(self.tokens[j]) if t.is_word]
            if not subject or not subject[-1].capitalized or any(t.low in DETERMINERS for t in subject):
                continue
            if self._names_a_person(subject):
                continue  # "Referee Tom Baxendale waved play on", "Kofi Mensah headed": people
            return self.table.body(self._span_text(subject), head)
        return None

    def _names_a_person(self, words: list[Token]) -> bool:
        """A title and a name, a known given name, or a word of a known person's name."""
        role, name = split_title(words)
        return bool(role and name) or any(
            w in FEMALE_NAMES or w in MALE_NAMES
            or any(e.kind == "person" for e in self.table.with_word(w)) for w in _keys(words))

    def _latest_speaker(self, i: int, accept: Callable[[Entity], bool]) -> Entity | None:
        for j in _window(i):
            speaker = self.speaker_of[j]
            if speaker is not None and accept(speaker):
                return speaker
        return None

    def _adopt_surname(self, person: Entity) -> None:
        """``Mrs Hollis`` met before ``Leanne Hollis``: the surname alone was this person."""
        surname = person.name_words[-1] if len(person.name_words) > 1 else None
        for other in list(self.table.with_word(surname)) if surname else ():
            if other is not person and other.kind in ("person", "name") and other.name_words == [surname]:
                self._merge(person, other)

    def _merge(self, person: Entity, other: Entity) -> None:
        for k, speaker in enumerate(self.speaker_of):
            if speaker is other:
                self.speaker_of[k] = person
        self.table.set_role(person, other.role)
        person.gender = person.gender or other.gender
        self.table.merge(person, other)

    def _absorb_lede_description(self, person: Entity, i: int) -> None:
        """Merge a description from just before into the person it turns out to be.

        ``Portugal’s environment minister accused …`` then ``Environment Minister Duarte
        Menezes said``: the lede's description was Menezes all along.
        """
        role = set(name_key(person.role or "").split())
        for j in range(max(0, i - _LEDE_WINDOW), i):
            speaker = self.speaker_of[j]
            if (speaker is not None and speaker is not person and speaker.kind == "anonymous"
                    and speaker.head in role and len(role & set(speaker.name_words)) >= 2):
                self._merge(person, speaker)

    def _antecedent(self, pronoun: str, before: int) -> Entity | None:
        """The nearest earlier speaker or named person that ``pronoun`` can refer to.

        People come before bodies; "he" and "she" skip anyone known to be of the other
        gender (a spokeswoman, a Donna, someone already called "she"). Whoever is chosen
        is then known to be of that gender.
        """
        candidates = [e for j in _window(before) for e in (self.speaker_of[j], *self.table.mentioned[j])
                      if e is not None and _agrees(e, pronoun)]
        people = [e for e in candidates if e.kind != "name"]
        chosen = next(iter(people or candidates), None)
        gender = _PRONOUN_GENDER.get(pronoun)
        if chosen is not None and gender:
            chosen.gender = gender
        return chosen

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
        order = sorted(self.table.entities, key=lambda e: e.seen[0] if e.seen else len(self.sentences))
        speakers = {
            id(e): Speaker(name=e.name, role=e.role, aliases=_aliases(e),
                           sentences=tuple(quoted[id(e)]), mentions=tuple(mentions[id(e)]))
            for e in order if e.kind == "person" or id(e) in quoted
        }
        attributions = [
            Attribution(sentence, speakers[id(s)] if s is not None else None, self.kind_of[i])
            for i, (sentence, s) in enumerate(zip(self.sentences, self.speaker_of, strict=True))
        ]
        return attributions, SpeakerRegistry(list(speakers.values()))

    def _mentions(self) -> dict[int, list[int]]:
        """Sentences naming each entity, quotes included: its full name, or a word of a person's name."""
        mentions: dict[int, list[int]] = {id(e): [] for e in self.table.entities}
        keys = {id(e): f" {name_key(e.name)} " for e in self.table.entities}
        # For each word, the people it names outright (every word of a person's name is indexed)
        # and the other entities indexed under it, whose full name must be in the sentence. Worked
        # out once per word: a common first name or title is met in thousands of sentences.
        by_word: dict[str, tuple[list[int], list[tuple[int, str]]]] = {}
        for i, sentence in enumerate(self.sentences):
            words = {strip_possessive(w).replace(".", "").lower() for w in _WORD.findall(sentence.text)}
            text_key = f" {name_key(sentence.text)} "
            named: set[int] = set()
            for w in words:
                if w not in by_word:
                    by_word[w] = self._indexed_under(w, keys)
                people, others = by_word[w]
                named.update(people)
                named.update(e for e, key in others if key in text_key)
            for e in named:
                mentions[e].append(i)
        return mentions

    def _indexed_under(self, word: str, keys: dict[int, str]) -> tuple[list[int], list[tuple[int, str]]]:
        """Entities indexed under ``word``: people with it in their name, and the rest with their keys."""
        people, others = [], []
        for e in self.table.with_word(word):
            if e.kind == "person" and len(word) > 1 and word in e.name_words:
                people.append(id(e))
            else:
                others.append((id(e), keys[id(e)]))
        return people, others


def _window(before: int) -> range:
    """The sentences a reference may look back over, nearest first."""
    return range(before - 1, max(-1, before - 1 - _ANTECEDENT_WINDOW), -1)


def _keys(words: list[Token]) -> list[str]:
    """Name words as the entity table keys them: lower case, no possessive, no dots (U.S. → us)."""
    return [t.low.replace(".", "") for t in words]


def _without_honorific(role: list[Token]) -> tuple[list[Token], str | None]:
    """``Mr.``, ``Dr`` tell gender at most: split them off the title words."""
    honorific = next((t.low for t in role if t.low in HONORIFICS), None)
    return [t for t in role if t.low not in HONORIFICS], honorific


def _title_chunk_end(tokens: list[Token], k: int) -> int:
    """End of a run of name words, title words and ``of`` starting at ``k``."""
    end = k
    while end < len(tokens):
        token = tokens[end]
        if token.is_word and (is_name_word(token) or token.low in TITLE_WORDS):
            end += 1
            if token.possessive and not (end < len(tokens) and is_name_word(tokens[end])):
                break  # "Wang Yi’s proposal" ends here; "Spain’s Ecological Transition Minister" goes on
        elif inside_name(tokens, end) and end + 1 < len(tokens) and is_name_word(tokens[end + 1]):
            end += 1  # "Secretary of State", "Commission on Presidential Debates"
        elif token.text.isdigit() and end > k and tokens[end - 1].low in ORG_NOUNS:
            end += 1  # "School District 118"
        else:
            break
    return end


def _looks_like_name(name: list[Token]) -> bool:
    return all(t.capitalized and "." not in t.text and "-" not in t.text for t in name)


def _gender(text: str) -> str | None:
    """"f" or "m" from job words, courtesy titles or a given name in ``text``; None if it never says."""
    words = set(name_key(text).split())
    if words & (FEMALE_WORDS | FEMALE_NAMES):
        return "f"
    if words & (MALE_WORDS | MALE_NAMES):
        return "m"
    return None


def _agrees(entity: Entity, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``entity`` (number, gender, person or body).

    "someone" is how an epithet ("the veteran defender") refers: any one person.
    """
    if pronoun == "someone":
        return entity.kind in ("person", "anonymous")
    if pronoun in ("he", "she"):
        wrong = "f" if pronoun == "he" else "m"
        return entity.kind in ("person", "name", "anonymous") and entity.gender != wrong
    if pronoun == "they":
        return entity.kind in ("group", "institution")
    return entity.kind in ("institution", "name")


def _aliases(entity: Entity) -> tuple[str, ...]:
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
