"""Read the people and bodies each sentence names, with the roles the article gives them.

A person is named with a title (``Foreign Minister Wang Yi``), an apposition (``X, a …
official``) or a job just before (``the chairman, Sen. X``); a body with a word of its
kind (``Maple Ridge School District``). Later mentions of people already met are noted,
so pronouns and descriptions can find them.
"""

from __future__ import annotations

from collections.abc import Iterator

from retrieval.appositions import in_opening_place
from retrieval.entities import Entity
from retrieval.gender import gender_of, is_given_name
from retrieval.lexicon import (
    DAYS,
    HONORIFICS,
    ORG_NOUNS,
    PARTY_MEMBERS,
    SENTENCE_OPENERS,
    STOP_WORDS,
    TITLE_WORDS,
)
from retrieval.merges import adopt_surname
from retrieval.name_jobs import (
    apposition_role,
    bare_tie,
    is_relation,
    looks_like_name,
    role_before,
    role_text,
    ties_a_country,
)
from retrieval.names import (
    is_common_noun,
    is_job_like,
    is_name_word,
    is_title,
    job_words,
    split_title,
    title_chunk_end,
    without_generation,
)
from retrieval.reading import Reading
from retrieval.tokens import Token

_NICKNAME_WORDS = 2  # at most: "Chico", "Big Ed"

__all__ = ["keys", "known_person", "plain_word", "read_mentions", "register_person", "whole_words",
           "without_honorific"]


def read_mentions(reading: Reading) -> None:
    """Register the people and bodies every sentence names, in article order."""
    for i in range(len(reading.sentences)):
        _sentence_mentions(reading, i)


def _sentence_mentions(reading: Reading, i: int) -> None:
    tokens = reading.tokens[i]
    if _title_line(tokens):
        return  # "Senator Slams Mayor Over Budget Plan": capitals mark the style, not names
    k = 0
    while k < len(tokens):
        if not is_name_word(tokens[k]):
            k += 1
            continue
        end = title_chunk_end(tokens, k)
        if _nickname(reading, tokens, end):  # 'Juan "Chico" Lamb': the name goes on after the nickname
            end = title_chunk_end(tokens, end + 1)
        single = end == k + 1
        if single and (tokens[k].low in DAYS or (k == 0 and is_common_noun(tokens[0].low))):
            k = end  # "the room Sunday, the president …": a day, whatever follows; "Bank
            continue  # executives aren't", "Police said": a common noun opening the sentence
        role, name = split_title([t for t in tokens[k:end] if t.is_word])
        if not name:
            role, name = _before_home(role)
        if not name or any(t.capitalized and t.low in ORG_NOUNS for t in name):
            _institution(reading, [*without_honorific(role)[0], *name], i)  # "Maple Ridge School District"
        else:
            # Only the title words after an owner are the name's: "Mr. Dole's Pacific roots".
            owned = max((n + 1 for n, t in enumerate(role) if t.possessive), default=0)
            own, honorific = without_honorific(role[owned:])
            role = without_honorific(role)[0]
            apposition = apposition_role(reading, tokens, end)
            before = role_before(reading, tokens, k, end)
            proof = _job(apposition, name) or _job(before, name) or _age_follows(tokens, end)
            described = proof and looks_like_name(name) \
                and not (k == 0 and single and plain_word(reading, tokens[0])) \
                and not in_opening_place(tokens, k)  # "Instead, the senator …", "In Kestrel, a group …"
            titled = is_title(own)
            if titled or honorific or described or _given_and_surname(name):
                title = role_text(reading, role if titled else [])
                register_person(reading, name, _first_role(before, title), apposition, i, honorific)
            else:
                known = reading.table.person_named(keys(name), i)
                if known is not None and known.kind == "person":
                    reading.table.note(known, i)
        k = max(end, k + 1)


def _first_role(before: str | None, title: str | None) -> str | None:
    """The job written before the name, else its title; a title beats a tie ("Her rival, Gov. Lamb")."""
    return before if before and not (title and is_relation(before)) else title


def _job(role: str | None, name: list[Token]) -> bool:
    """A role that shows ``name`` is a person's, not a country's tie ("Indonesia, Vell's main ally")."""
    return role is not None and not ties_a_country(role, name)


def _nickname(reading: Reading, tokens: list[Token], n: int) -> bool:
    """Token ``n`` quotes a nickname between a given name and a surname: ``Juan "Chico" Lamb``.

    One or two capitalised words in the marks, a name word on each side.
    """
    if not (0 < n < len(tokens) - 1 and tokens[n].is_quote and is_name_word(tokens[n + 1])
            and is_name_word(tokens[n - 1])):
        return False
    words = reading.text[tokens[n].start + 1:tokens[n].end - 1].split()
    return 0 < len(words) <= _NICKNAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def _before_home(words: list[Token]) -> tuple[list[Token], list[Token]]:
    """``Sen. Tom Hale of Vermont``, ``Juan Lamb of Dunmore``: a person's name before the place it is of.

    A title or a given name shows it is one; else all of it is a role (``University of
    Vermont`` and ``Secretary of State`` have neither before a name).
    """
    n = next((n for n, t in enumerate(words) if t.low == "of"), len(words))
    role, name = split_title(words[:n])
    person = name and (is_title(role) or (not role and _given_and_surname(name)))
    return (role, name) if n < len(words) and person else (words, [])


def _institution(reading: Reading, words: list[Token], i: int) -> None:
    """Register a body named with a word of its kind: ``Maple Ridge School District 118``.

    "The district said" can then find it.
    """
    head = next((t.low for t in reversed(words) if t.capitalized and t.low in ORG_NOUNS), None)
    if head is not None:
        reading.table.note(reading.table.body(reading.span_text(words), head), i)


def register_person(reading: Reading, name: list[Token], role: str | None, apposition: str | None,
                    i: int, honorific: str | None) -> Entity:
    """The person called ``name`` (new, or met before), noted as named in sentence ``i``.

    An honorific of the other gender makes a new person: "Mrs. Hale" after Tom Hale.
    """
    gender = gender_of(honorific or "")
    entity = known_person(reading, keys(name), i, gender)
    if entity is None:
        clash = gender is not None and reading.table.person_named(keys(name), i) is not None
        written = reading.span_text(name)
        called = f"{honorific.title()}. {written}" if clash and honorific else written
        entity = reading.table.new(called, "person")
        adopt_surname(reading, entity)
    if entity.kind == "name":
        entity.kind = "person"
    if role:
        role = _without_opening_capital(reading, reading.tokens[i][0], role)
    reading.table.set_role(entity, next((r for r in (role, apposition) if r and not _label(r)), None))
    if entity.gender is None:
        entity.gender = gender_of(honorific or "") or gender_of(entity.name_words[0]) or gender_of(
            " ".join(" ".join(job_words(role.split())) for role in (entity.role, apposition) if role))
    reading.table.note(entity, i)
    return entity


def _label(role: str) -> bool:
    """A tie alone (``rival``) or a party alone (``Republican``): no role; a later job may be one."""
    return bare_tie(role) or role.lower() in PARTY_MEMBERS


def known_person(reading: Reading, words: list[str], i: int, gender: str | None = None) -> Entity | None:
    """The person met before whom ``words`` name, never one of the other ``gender``.

    Of several people sharing a surname, a bare surname is the one quoted just before
    in the same paragraph ("Denise Ocasio, Raymond Ocasio’s sister, said … “…,” Ocasio
    said"), else the one the story introduced first (its main subject).
    """
    first = reading.table.person_named(words, i)
    if first is None:
        return None
    candidates = [e for e in reading.table.with_word(words[-1])
                  if e.kind in ("person", "name") and all(w in e.name_words for w in words)]
    if gender is not None:
        candidates = [e for e in candidates if e.gender in (None, gender)]
    if len(candidates) > 1 and first.name_words != words:
        paragraph = reading.text.rfind("\n", 0, reading.sentences[i].start)
        for j in range(i - 1, -1, -1):
            if reading.sentences[j].end <= paragraph:
                break
            if reading.speaker_of[j] in candidates:
                return reading.speaker_of[j]
    return first if first in candidates else next(iter(candidates), None)


def _without_opening_capital(reading: Reading, first: Token, job: str) -> str:
    """``Meteorologist Ed Lamb said``: a job opening the sentence is "meteorologist", in lower case.

    Only a common word loses its capital (a job, a kind of body, a word the article also writes
    in lower case: "Club chairman"), and only where no other word has one ("New Jersey Gov."
    stays); a title (``Senator``) and a party (``Republican``) keep theirs.
    """
    rest = job[len(first.text):]
    if job.startswith(first.text) and first.capitalized and rest == rest.lower() \
            and first.low not in TITLE_WORDS \
            and (is_job_like(first.low) or is_common_noun(first.low) or plain_word(reading, first)):
        return first.text.lower() + rest
    return job


def plain_word(reading: Reading, token: Token) -> bool:
    """A capitalised word that is no name: an opener (``Instead``), or a word written in lower case too.

    Names keep their capital wherever they stand; "Part" is no name where the article writes "part".
    """
    return token.low in SENTENCE_OPENERS or next(whole_words(reading.text, token.low), None) is not None


def whole_words(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word, in that case (a plain search, no pattern)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start
        start = text.find(word, end)


def keys(words: list[Token]) -> list[str]:
    """Name words as the entity table keys them: lower case, no possessive, no dots (U.S. → us)."""
    return [t.low.replace(".", "") for t in words]


def without_honorific(role: list[Token]) -> tuple[list[Token], str | None]:
    """``Mr.``, ``Dr`` tell gender at most: split them off the title words."""
    honorific = next((t.low for t in role if t.low in HONORIFICS), None)
    return [t for t in role if t.low not in HONORIFICS], honorific


def _given_and_surname(name: list[Token]) -> bool:
    """``Ana Ruiz``, ``Thomas J. Hale``, ``Martin Graves Jr.``: a common given name, then a surname."""
    name = without_generation(name)
    return 2 <= len(name) <= 4 and is_given_name(name[0].low) and all(
        t.capitalized and ("." not in t.text or len(t.text) == 2) for t in name) and "." not in name[-1].text


def _title_line(tokens: list[Token]) -> bool:
    """A line in title case: every word but the small ones capitalised, four or more of them."""
    words = 0
    for t in tokens:  # most sentences fail at their first lower-case word: no list of all first
        if t.is_word and t.low not in STOP_WORDS and not t.text[0].isdigit():
            if not t.capitalized:
                return False
            words += 1
    return words >= 4


def _age_follows(tokens: list[Token], end: int) -> bool:
    """``Dana Kerr, 41, a nurse``: an age set off by commas after a name marks a person."""
    return (end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 2].text == ","
            and tokens[end + 1].text.isdigit() and 0 < int(tokens[end + 1].text) < 120)
