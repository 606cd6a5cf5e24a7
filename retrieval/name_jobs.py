"""The job an article gives a name: just before it or in the apposition after it.

``The committee's chairman, Sen. Walter Briggs``, ``political science professor Tamsin
Vell``, ``Ann Lee, a spokeswoman for the city,``: reading these marks a name as a person's
and gives that person a role.
"""

from __future__ import annotations

from retrieval.cues import cue_length
from retrieval.lexicon import (
    COUNTRIES,
    DAYS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
)
from retrieval.names import is_job_like, is_role_word, is_tie, job_words, without_generation
from retrieval.reading import Reading
from retrieval.speech_words import SPEECH_VERBS
from retrieval.tokens import Token

__all__ = ["apposition_role", "bare_tie", "is_relation", "looks_like_name", "role_before", "role_text",
           "ties_a_country"]

_APPOSITION_STOPS = frozenset({"who", "whom", "which", "that", "to", "whose", "where", "when"})
# Nouns for people who do something ("baker", "donor", "retiree", "postman"), and words ending so
# that are not.
_AGENT_ENDINGS = ("er", "or", "ee", "man", "woman", "person")
_NOT_PEOPLE = frozenset({"former", "other", "latter", "further", "major", "minor", "prior", "number",
                         "matter", "letter", "order", "paper", "newspaper", "water", "power", "quarter",
                         "error", "factor", "human"})
# "Gareth Owusu, who chairs the farmers' association,": the job a relative clause gives.
_JOB_VERBS = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
              "founded": "founder", "co-founded": "co-founder", "manages": "manager", "owns": "owner",
              "edits": "editor", "coaches": "coach", "runs": "head"}
_HEAD_ENDS = PREPOSITIONS | {"and", "or"}  # what follows a role's head noun
# Words that end a job read backwards from the name: "Others, like retired teacher Joan Pell",
# "…,” said county engineer Ana Ruiz" (her job is "county engineer").
_NOT_OF_THE_JOB = DAYS | STOP_WORDS | PREPOSITIONS | SPEECH_VERBS | frozenset(
    {"like", "unlike", "including", "among"})


def role_before(reading: Reading, tokens: list[Token], k: int, end: int) -> str | None:
    """``The committee's chairman, Sen. Walter Briggs``: the job given just before the name.

    After a comma the job opens its phrase or follows an owner anywhere in the sentence
    (``At the fair, Hale's wife, Ana, cut the ribbon``).

    Or with no comma, a job in lower case before a name of two words or more, with the
    words that qualify it (``political science professor Tamsin Vell``, ``Republican
    presidential nominee Tom Hale``, ``Hale campaign spokesman Joe Dunn``).
    """
    if k and _job_noun(tokens[k - 1]) and end - k > 1:  # not "his doctor Friday", "chief Democratic"
        tie = is_relation(tokens[k - 1].low)  # "Hale rival Ed Lamb", not "beating rival Ed Lamb"
        j = k - 1
        while j > 0 and k - j < 4 and tokens[j - 1].is_word and tokens[j - 1].low not in _NOT_OF_THE_JOB \
                and not tokens[j - 1].possessive and (tokens[j - 1].capitalized or not tie):
            j -= 1
        return reading.span_text(tokens[j:k])
    if k < 2 or tokens[k - 1].text != ",":
        return None
    words: list[Token] = []
    j = k - 2
    while j >= 0 and tokens[j].is_word and tokens[j].low not in STOP_WORDS and len(words) < 6:
        words.insert(0, tokens[j])
        j -= 1
    if not words or not is_role_word(words[-1]):
        return None
    if j < 0 or tokens[j].low in DETERMINERS:
        return reading.span_text(tokens[_job_start(tokens, j) : k - 1] if j > 1 else words)
    owner = next((n for n, t in enumerate(words[:-1]) if t.possessive), None)  # "Hale's wife, Ana,"
    return reading.span_text(words[owner:]) if owner is not None else None


def _job_start(tokens: list[Token], j: int) -> int:
    """Where the job before ``the`` (at ``j``) begins: ``spokeswoman`` of ``a spokeswoman for the governor``.

    The words after the preposition name whom the person works for, not the person's own job.
    """
    start = j + 1
    if tokens[j - 1].low in PREPOSITIONS and is_role_word(tokens[j - 2]) and not tokens[j - 2].capitalized:
        start = j - 2
        while start > 0 and j - start < 4 and tokens[start - 1].is_word \
                and not tokens[start - 1].capitalized and tokens[start - 1].low not in STOP_WORDS:
            start -= 1  # "a senior adviser to the mayor"
    return start


def _job_noun(token: Token) -> bool:
    """One person's job in lower case (``professor``, ``spokeswoman``), not a body or a group."""
    low = token.low
    return (token.is_word and not token.capitalized and not token.possessive and low in ROLE_NOUNS
            and not low.endswith("s")
            and low not in ORG_NOUNS and low not in DOCUMENT_NOUNS)


def apposition_role(reading: Reading, tokens: list[Token], end: int) -> str | None:
    """The job in the appositions after a name: ``Name, R-Texas, the committee's ranking Republican,``.

    Each comma-separated part is tried in turn (at most three). ``North Korea, the
    official said`` is a tag, not an apposition: no role then.
    """
    k = end
    for _ in range(3):
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        stop = next((n for n in range(k + 1, len(tokens)) if not tokens[n].is_word
                     and not _plural_apostrophe(tokens, n)), len(tokens))
        part = tokens[k + 1 : stop]
        clause = next((n for n, t in enumerate(part) if t.low in _APPOSITION_STOPS), len(part))
        if any(cue_length(tokens, n) for n in range(k + 1, k + 1 + clause)):
            return None
        role = _part_role(reading, part)
        if role:
            return role
        if len(part) > 2 or any(t.low in STOP_WORDS for t in part) or (part and looks_like_name(part)):
            return None  # only a short tag such as "R-Texas" or "54" may come before the job, not a
            # name: in "Recently, Ada Marsh, the radio host," the job is Ada Marsh's
        k = stop
    return None


def _plural_apostrophe(tokens: list[Token], n: int) -> bool:
    """The apostrophe of ``the dockworkers' union``: it ends no apposition."""
    return tokens[n].text in ("'", "’") and tokens[n - 1].is_word and tokens[n - 1].low.endswith("s") \
        and n + 1 < len(tokens) and tokens[n + 1].is_word


def _part_role(reading: Reading, part: list[Token]) -> str | None:
    """The job in one apposition: ``a mother of three from Tucson``, ``chief executive of Acme``."""
    if len(part) > 2 and part[0].low == "who" and part[1].low in _JOB_VERBS:  # "who chairs the board"
        end = next((n for n in range(3, len(part)) if part[n].low in ("and", "but")), len(part))
        return f"{_JOB_VERBS[part[1].low]} of {reading.span_text(part[2:end])}"
    determiner = bool(part) and part[0].low in DETERMINERS
    words = part[1:] if determiner else part
    cut = []
    for n, token in enumerate(words[:10]):
        participle = not token.capitalized and token.low.endswith(("ing", "ed")) and not is_role_word(token)
        if token.low in _APPOSITION_STOPS or (participle and not (determiner and not cut)):
            break  # right after "a"/"the", "-ing" is an adjective: "the top-ranking pollster"
        if token.low in PREPOSITIONS and not any(is_role_word(t) for t in cut):
            break  # "the lack of enthusiasm among … voters": the job must head the apposition
        joins_job = n + 1 < len(words) and is_role_word(words[n + 1])  # "a developer and spokesman for …"
        if token.low == "and" and not joins_job and not any(is_role_word(t) for t in cut):
            break  # "toward Peru, the retired dentist and the businessman met": two subjects
        cut.append(token)
    roles = [n for n, t in enumerate(cut) if is_role_word(t)]
    if not roles and part and part[0].low in ("a", "an") and cut and not cut[-1].capitalized \
            and _heads_for_a_person(cut[-1].low):
        roles = [len(cut) - 1]  # "a baker whose shop …": a noun for a person, though no job list has it
    if not roles:
        return None
    # Without an article an apposition starts with its job, in lower case with the words that
    # qualify it ("chief executive of Acme", "political science professor at Eastvale"), or with
    # someone's ("Raymond Ocasio’s sister"); "Beijing, Chinese … spokeswoman Hua" is no apposition.
    if not determiner and any(t.capitalized for t in cut[: roles[0] + 1]) and not any(
            t.possessive for t in cut[: roles[0]]):
        return None
    after = cut[roles[0] + 1] if roles and roles[0] + 1 < len(cut) else None
    if after is not None and after.capitalized and not is_role_word(after):
        return None  # "spokeswoman Hua Chunying": a name after the job, a new phrase
    while cut and cut[-1].low in STOP_WORDS:
        cut.pop()
    return reading.span_text(cut) if cut else None


def _heads_for_a_person(low: str) -> bool:
    """``baker``, ``retiree``, ``meteorologist``: after "Name, a …" a noun ending so is the person's job."""
    return is_job_like(low) or (low.endswith(_AGENT_ENDINGS) and low not in _NOT_PEOPLE)


def is_relation(role: str) -> bool:
    """``Vell's main ally and lifeline``, ``a critic of the plan``: the role ties its holder to another."""
    head = job_words(role.lower().split(), _HEAD_ENDS)[-1:]
    return bool(head) and is_tie(head[0])


def bare_tie(role: str) -> bool:
    """``rival`` of ``rival Ana Ruiz``, ``Ruiz, his rival,``: a tie alone, to no one it names, is no role."""
    return " " not in role.strip() and is_relation(role)


def ties_a_country(role: str | None, name: list[Token]) -> bool:
    """``Indonesia, Vell's main ally``: a country's tie to another, neither a job nor a person's."""
    return role is not None and is_relation(role) and name[-1].low.replace(".", "") in COUNTRIES


def role_text(reading: Reading, role: list[Token]) -> str | None:
    """Title words as the article has them; an abbreviated title spelled out (``Sen.`` → Senator)."""
    if not role:
        return None
    if len(role) == 1 and role[0].low in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[role[0].low]
    return reading.span_text(role)


def looks_like_name(name: list[Token]) -> bool:
    """Every word capitalised, none abbreviated nor a party tag: ``Tom Hale``, not ``R-Texas``.

    A generation after the surname (``Martin Graves Jr.``) and a double surname
    (``Zoë O'Connor-Blake``) belong to names.
    """
    return all(t.capitalized and "." not in t.text and _not_a_tag(t.text) for t in without_generation(name))


def _not_a_tag(text: str) -> bool:
    """``Núñez-Ortega`` is a name; ``R-Texas``, a party and a state, is not."""
    return "-" not in text or all(len(part) > 1 and part[:1].isupper() for part in text.split("-"))
