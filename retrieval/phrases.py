"""Read the noun phrase that names a speaker, around a reporting cue.

``subject_before`` reads leftwards from the verb (``the official | said``) and
``forward_phrase`` rightwards from it (``said | Tillerson``); ``clauses.py`` finds the
subject a participle hangs on. They only find words; who the words refer to is
attribution's job.
"""

from __future__ import annotations

from retrieval.described_names import described_name
from retrieval.groups import group, number, people
from retrieval.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    MEMBER_NOUNS,
    ORG_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_OPENERS,
    STOP_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
)
from retrieval.modifiers import given_small_word, job_ahead, leads_to_name, name_particle
from retrieval.names import inside_name, is_role_noun, is_role_word, role_before_preposition, role_phrase_end
from retrieval.speech_words import CLAUSE_ONLY_VERBS, SPEECH_VERBS
from retrieval.time_phrases import before_time_phrase
from retrieval.tokens import Token, place_of

__all__ = ["CLAUSE_PREPOSITIONS", "forward_phrase", "plain_phrase", "subject_before"]

# Words after which a new clause, and so its subject, begins.
_CLAUSE_STARTS = frozenset({"and", "but", "that", "while", "as", "because", "although", "though",
                            "so", "yet", "when", "if"})
# The writer, the reader, no one: never a speaker the article names.
_NOT_SOMEONE = frozenset({"i", "we", "you", "nobody", "none", "nothing", "everybody", "everyone",
                          "anybody", "anyone", "somebody", "someone", "never"})
# Adjectives that follow their noun with a preposition: "people familiar with the matter".
_POSTPOSED = frozenset({"close", "familiar", "loyal", "opposed", "near", "critical", "friendly",
                        "sympathetic", "hostile", "allied", "connected", "linked", "aligned",
                        "involved", "briefed", "knowledgeable", "privy"})
_PARTITIVES = frozenset({"chorus", "array", "range", "host", "series", "slew", "variety", "panel",
                         "group", "number", "handful", "majority", "minority", "couple",
                         "pair", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "none",
                         "each", "all", "both", "half", "most", "few", "rest", "eight", "five", "four",
                         "six", "seven", "nine", "ten", "dozen", "any", "members", "more", "less"})
# Prepositions that also open clauses: "after the mogul claimed" is a clause, not an object.
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "during"})
_PLAIN_PREPOSITIONS = PREPOSITIONS - CLAUSE_PREPOSITIONS  # made once, not at every test
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# "the most complete tally", "that same survey": stop words that a plain noun phrase goes on after.
_DEGREE_WORDS = frozenset({"most", "same", "very"})
_AGE = "-year-old"  # "said the 52-year-old": an age names a person, as a job does
# "Both parents", "Other Republicans", "Many voters": words counting the people a plural names.
_QUANTIFIERS = frozenset({"both", "other", "many", "most", "some", "several", "few", "all"})


def subject_before(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase ending at token ``j``: ``the official``, ``spokesman Mark Toner``."""
    j = before_time_phrase(tokens, j)
    end = j
    if j < 0 or not tokens[j].is_word:
        return []
    if j > 0 and tokens[j].low in _OBJECT_PRONOUNS and tokens[j - 1].low in _PLAIN_PREPOSITIONS:
        j -= 1  # "A friend close to | him | said": the pronoun is the preposition's object, read past it
    if tokens[j].low in PRONOUNS:
        return [tokens[j]]  # "he", and "He’s" (he is / he has)
    if tokens[j].possessive:
        return []  # "Tillerson’s comments": an owner, not a speaker
    if tokens[j].low == "most" and (
            j == 0 or not tokens[j - 1].is_word or tokens[j - 1].low in _CLAUSE_STARTS):
        return [tokens[j]]  # "Most said": a share of the people polled ("most" is a stop word)
    words: list[Token] = []
    while j >= 0 and tokens[j].is_word and len(words) < 12:
        token = tokens[j]
        if token.low == "that" and words:
            break  # "… so numerous that | Border Patrol agents described": a clause starts
        if token.low in DETERMINERS:
            words.insert(0, token)
            if j >= 2 and role_before_preposition(tokens, j - 1):
                words.insert(0, tokens[j - 1])  # "a spokesman for | the ministry"
                j -= 2
                continue
            j -= 1
            break
        if words and inside_name(tokens, j) and words[0].capitalized and j > 0 \
                and tokens[j - 1].capitalized and _affiliation(tokens, j):
            words = []  # "Sen. Tom Cole | of Oklahoma": the name ends before its place
            j -= 1
            continue
        if words and (role_before_preposition(tokens, j) or (
            inside_name(tokens, j) and words[0].capitalized and j > 0 and tokens[j - 1].capitalized
        )):
            words.insert(0, token)  # "spokesman for | Acme", "Secretary of | State", "Commission on | …"
            j -= 1
            continue
        if token.low in STOP_WORDS or token.low in _CLAUSE_STARTS:
            break
        if len(words) > 1 and all(t.capitalized for t in words) and not token.capitalized \
                and not is_role_noun(token.low) and token.low not in DOCUMENT_NOUNS:
            break  # "at the party convention | Sen. Ann Lee said": a name starts after a plain word
        words.insert(0, token)  # possessives too: "Thornbury’s board", "Spain’s … Minister X"
        j -= 1
    if words and j > 0 and tokens[j].low in ("and", "or") and all(t.capitalized for t in words):
        listed = _listed_object(tokens, j, end)
        if listed:
            return listed
    if words and j >= 1 and tokens[j].low in ("in", "of") and number(tokens[j - 1]) and number(words[0]):
        return [tokens[j - 1], tokens[j], *words]  # "Six in 10 (voters)", "eight of 10 voters"
    if words and j >= 2 and tokens[j].low == "of" and tokens[j - 1].low == "out" and number(tokens[j - 2]) \
            and number(words[0]):
        return [*tokens[j - 2 : j + 1], *words]  # "nine out of 10 (voters)"
    if j >= 1 and tokens[j].low in _PLAIN_PREPOSITIONS and not tokens[j].capitalized \
            and not _in_opening_phrase(tokens, j) and not _partitive(tokens, j):
        # The object of a preposition is not the subject: "Protesters | marching through the streets |
        # chanted", "a study | released by the agency | shows", "An official | with knowledge of the talks".
        skip = _reduced_relative(tokens[j - 1]) or tokens[j - 1].low in _POSTPOSED  # "people familiar | with"
        head = subject_before(tokens, j - 2 if skip else j - 1)
        start = j - (2 if skip else 1) - len(head)  # before the head: "And | growers near the river"
        opens = start < 0 or not tokens[start].is_word or tokens[start].low in _CLAUSE_STARTS
        return head if _names_someone(head, definite=False) or (opens and group(head)) else []
    opens_clause = j < 0 or not tokens[j].is_word or tokens[j].low in _CLAUSE_STARTS
    return words if _names_someone(words) or (opens_clause and group(words)) else []


def _listed_object(tokens: list[Token], j: int, end: int) -> list[Token]:
    """``voters in Vell, Eastvale and | Harborton``: the last of the names a preposition governs.

    The phrase is the one the list's first name ends (``voters in Vell``), with the rest of
    the list; names alone (``Hale, Ruiz and Lamb``) are a subject of their own.
    """
    n = j - 1
    while n >= 0 and (tokens[n].text == "," or (tokens[n].is_word and tokens[n].capitalized)):
        n -= 1
    if n < 1 or n + 1 >= j or tokens[n].low not in _PLAIN_PREPOSITIONS \
            or (n > 1 and tokens[n - 1].capitalized):  # "the Council for Soil and Water": one name
        return []
    first = next((m - 1 for m in range(n + 1, j) if tokens[m].text == ","), j - 1)
    head = subject_before(tokens, first)
    if not head or head[-1] is not tokens[first] or place_of(tokens, head[0]) >= n:
        return []
    return [*head, *tokens[first + 1 : end + 1]]


def _in_opening_phrase(tokens: list[Token], j: int) -> bool:
    """Token ``j`` lies in a phrase that opens the sentence with no comma after it (``In a 2016 meeting``)."""
    return bool(tokens) and (tokens[0].low in PREPOSITIONS or tokens[0].low in SENTENCE_OPENERS) \
        and all(t.text != "," for t in tokens[:j])


def _reduced_relative(token: Token) -> bool:
    """``released`` in ``a report released by X``: the phrase before it is the subject."""
    return token.is_word and not token.capitalized and token.low.endswith(("ed", "ing")) \
        and token.low not in SPEECH_VERBS


def _affiliation(tokens: list[Token], k: int) -> bool:
    """``of`` at ``k`` after a person's name starts a place or employer, not more name.

    ``Secretary of State`` and ``University of Michigan`` go on; ``Tom Cole of Oklahoma`` stops.
    A name has two words at least (``Shares of Acme`` is no person).
    """
    if tokens[k].low != "of" or k < 2:
        return False
    before = tokens[k - 1]
    return before.capitalized and tokens[k - 2].is_word and tokens[k - 2].capitalized \
        and not is_role_word(before) and before.low not in ORG_NOUNS and "." not in before.text


def _and_in_name(tokens: list[Token], k: int, words: list[Token]) -> bool:
    """``and`` inside a body's name: ``Securities and Exchange Commission``, ``Health and Human Services``."""
    if tokens[k].low != "and" or not words or not words[-1].capitalized:
        return False
    for token in tokens[k + 1 : k + 5]:
        if not (token.is_word and token.capitalized):
            return False
        if token.low in ORG_NOUNS or token.low in TITLE_WORDS:
            return True
    return False


def forward_phrase(tokens: list[Token], k: int) -> list[Token]:
    """The noun phrase starting at ``k``: ``Tillerson``, ``the official``, ``the health data firm X``.

    Lower-case words join only on the way to a job noun or a capitalised name; right after a
    verb of saying, any description leading to a name does (``said party boss Ed Lamb``).
    """
    words = _phrase_from(tokens, k)
    end = k + len(words)
    if k > 0 and tokens[k - 1].low in SPEECH_VERBS and end < len(tokens) and tokens[end].is_word:
        return described_name(tokens, k) or words
    return words


def _phrase_from(tokens: list[Token], k: int) -> list[Token]:
    """``forward_phrase`` read word by word, as any noun phrase is."""
    words: list[Token] = []
    if k < len(tokens) and tokens[k].low in PREPOSITIONS:
        return []  # "said | of RT": what was spoken about, not who spoke
    if 0 < k < len(tokens) - 2 and tokens[k - 1].low in SPEECH_VERBS and _partitive(tokens, k + 1) \
            and tokens[k + 2].low in DETERMINERS:
        words.extend(tokens[k : k + 2])  # "said one of the advisers", read as "Two in three said"
        k += 2
    if k < len(tokens) and tokens[k].low in DETERMINERS:
        words.append(tokens[k])
        k += 1
    if k + 1 < len(tokens) and tokens[k].low in _QUANTIFIERS and people(tokens[k + 1]):
        words.extend(tokens[k : k + 2])  # "Both parents", "Other Republicans", "many voters"
        k += 2
    while k < len(tokens) and tokens[k].is_word:
        token = tokens[k]
        if _and_in_name(tokens, k, words):
            words.append(token)
            k += 1
            continue
        time = token.low in TIME_WORDS and not token.text.isupper()  # "USA TODAY" is a name
        # "Manning | told reporters"; not "a | report" (a noun after a determiner)
        verb = token.low in SPEECH_VERBS and not token.capitalized \
            and not (token.low in CLAUSE_ONLY_VERBS and words and words[-1].low in DETERMINERS)
        if words and _postposed_tail(tokens, k, words[-1]):  # "a person | close to the mayor"
            tail = plain_phrase(tokens, k + 2)
            return [*words, *tokens[k : k + 2 + len(tail)]] if tail else words
        stop = token.low in STOP_WORDS and token.low != "of" and not token.text.endswith(".") \
            and not (k and not words and given_small_word(tokens, k))  # "A. Lee", "Will Hale"
        if time or verb or stop or (words and _affiliation(tokens, k)):
            break
        noun = is_role_noun(token.low) or token.low in DOCUMENT_NOUNS or token.low.endswith(_AGE)
        if not (token.capitalized or noun or leads_to_name(tokens, k)):
            break
        if not (token.capitalized or noun or inside_name(tokens, k) or name_particle(tokens, k)
                or job_ahead(tokens, k)) and words and words[-1].capitalized and not words[-1].possessive:
            break  # "Ed Lamb | urged Republicans", "Lamb | visited farmers near": only a job's way
        if not (token.capitalized or noun) and words and not words[-1].capitalized and token.low != "of" \
                and (is_role_noun(words[-1].low) or words[-1].low in DOCUMENT_NOUNS):
            break  # "several groups | granted Mr. Clarke": after a job, a lower-case word is a verb

        words.append(token)
        k += 1
    while words and words[-1].low == "of":
        words.pop()
    return words if _names_someone(words) else []


def _postposed_tail(tokens: list[Token], k: int, head: Token) -> bool:
    """``close to``, ``familiar with`` after a job or a party: ``a person | close to the mayor`` goes on."""
    return tokens[k].low in _POSTPOSED and (is_role_noun(head.low) or head.low in MEMBER_NOUNS) \
        and k + 1 < len(tokens) and tokens[k + 1].low in PREPOSITIONS


def plain_phrase(tokens: list[Token], k: int) -> list[Token]:
    """Any noun phrase starting at ``k``, up to a function word or a participle after its head.

    ``exit polls`` in ``according to exit polls conducted by …``: sources that are neither
    people nor named, read only where a source must stand.
    """
    words: list[Token] = []
    if k < len(tokens) and tokens[k].low in DETERMINERS:
        words.append(tokens[k])
        k += 1
        if k < len(tokens) and tokens[k].low in _DEGREE_WORDS:  # "the most complete tally", "that same poll"
            words.append(tokens[k])
            k += 1
    while k < len(tokens) and tokens[k].is_word and tokens[k].low not in STOP_WORDS:
        if len(words) > 1 and not tokens[k].capitalized and tokens[k].low.endswith(("ing", "ed")):
            break  # "reports | emerging in the news media"
        words.append(tokens[k])
        k += 1
    return words if any(t.low not in DETERMINERS for t in words) else []


def _names_someone(words: list[Token], definite: bool = True) -> bool:
    """A name, a job, a document, or (when ``definite``) any "the …" phrase ("the veteran defender")."""
    content = [t for t in words if t.low not in DETERMINERS]
    if len(content) > 1 and content[-1].text.isdigit() and content[-2].capitalized:
        content.pop()  # "UFCW Local 832", "School District 118"
    base = content[0].low.replace("’", "'").split("'")[0] if content else ""
    if base in _NOT_SOMEONE or (base in PRONOUNS and base != content[0].low):
        return False  # "as I've suggested": the writer; "Nobody asked": no one; "They’re": no name
    if len(words) > 1 and words[0].low in _QUANTIFIERS and people(words[1]):
        return True  # "Both parents", "Other Republicans"
    return bool(content) and (content[-1].capitalized or is_role_noun(content[-1].low)
                              or content[-1].low in DOCUMENT_NOUNS or (definite and words[0].low == "the")
                              or bool(role_phrase_end(content)))  # "officials in several states"


def _partitive(tokens: list[Token], j: int) -> bool:
    """``one of``, ``a chorus of``, ``eight of``: the speakers are the ones after ``of``."""
    before = tokens[j - 1]
    return tokens[j].low == "of" and (before.low in DETERMINERS or before.low in _PARTITIVES
                                      or before.text[0].isdigit())
