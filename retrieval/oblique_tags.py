"""Speech tags whose speaker is not the plain subject before the verb.

The people a relative ``who`` refers to (``… from water experts who say the dam is weak``),
the agent of a passive question (``was asked by Ana Ruiz whether …``), the source or a
document's author after ``according to`` (``according to a survey by X``), or no one the
article names (``Many said …``, ``42% say …``, ``was asked to …``, ``were told that …``).
This module finds the words; ``tags.py`` makes them a tag.
"""

from __future__ import annotations

from retrieval.appositions import name_ending_at
from retrieval.groups import PEOPLE_PLURALS
from retrieval.lexicon import DOCUMENT_NOUNS, PREPOSITIONS, STOP_WORDS
from retrieval.names import is_role_noun
from retrieval.phrases import forward_phrase, plain_phrase
from retrieval.tokens import Token

__all__ = ["according_subject", "passive_speaker", "relative_speaker", "reported_by", "unnamed_subject",
           "words_of"]

# "Many said", "others say", "those surveyed say", "42% say", "a third said": subjects that
# name no one (a poll's share is no speaker), after which a verb of saying reports whatever follows.
_UNNAMED = frozenset({"many", "some", "others", "most", "both", "all", "one", "another", "each",
                      "few", "several", "surveyed", "polled", "questioned", "interviewed",
                      "percent", "half", "third", "thirds", "quarter", "quarters", "fourths", "fifths",
                      "majority", "plurality", "minority"})
_SAY = frozenset({"say", "says", "said", "tell", "tells", "told"})
# "the man who said goodbye": what a verb of saying takes that is no report.
_NOT_REPORTED = frozenset({"goodbye", "hello", "nothing", "grace", "yes", "no", "little"})
_NOT_REPORTED_OPENERS = _NOT_REPORTED | {"it", "so"}
_SMALL_WORDS = STOP_WORDS | PREPOSITIONS  # made once, not at every test
# "was asked whether …", "were told that …": a passive verb of saying and what opens what was said.
_QUESTION_OPENERS = frozenset({"to", "if", "whether", "what", "why", "how", "who", "which", "when",
                               "where", "about", "a", "an"})
# "was first reported by X": a report's passive names its source only through "by".
_PASSIVE_OPENERS = {"asked": _QUESTION_OPENERS, "told": frozenset({"that"}), "reported": frozenset()}
# "was confirmed by the Elm Forum", "were claimed by the rebels": other passives of saying name
# their speaker only as the agent, which may come after a short phrase ("was reported last week by").
_AGENT_GAP = 8  # words between the passive verb and its "by"
# "it was revealed that … lawsuits by Hale": a "by" past one of these is another clause's
_AGENT_STOPS = frozenset({"that", "whether", "which", "who", "and", "but"})
_NOT_SPOKEN = frozenset({"maintained", "ruled"})  # "is maintained by the firm", "was ruled by kings"
_PUBLISHED_IN = frozenset({"article", "editorial"})  # "an article in the Herald": the paper's words
# "as first reported by", "…, originally reported by": adverbs between a participle and what it follows.
# Participles that pass on what their agent made known (not "the plan, criticized by residents,").
_REPORTING_PARTICIPLES = frozenset({"reported", "disclosed", "revealed", "announced", "confirmed", "stated"})
_REPORT_ADVERBS = frozenset({"first", "originally", "previously", "initially", "earlier", "also"})


def unnamed_subject(tokens: list[Token], j: int) -> bool:
    """``Many | said …``, ``42% | say …``, ``two-thirds | say …``; not ``No one | said``, ``said it``.

    ``j`` is the word before the verb; the word after the verb must open what was said.
    """
    following, low = tokens[j + 2], tokens[j].low
    share = low[:1].isdigit() and low.endswith("%")  # "42%"
    return (share or low.split("-")[-1] in _UNNAMED) and following.is_word \
        and following.low not in _NOT_REPORTED_OPENERS \
        and (j == 0 or tokens[j - 1].low != "no")


def relative_speaker(tokens: list[Token]) -> tuple[list[Token], int] | None:
    """The people before ``who say`` and the verb's index: ``… from water experts who say …``.

    Only ``say`` and ``tell``: other verbs in a relative clause (``a woman who claimed …``)
    describe the people more often than they report what the sentence is about.
    """
    for j in range(1, len(tokens) - 2):
        if tokens[j].low == "who" and tokens[j - 1].is_word and tokens[j + 1].low in _SAY \
                and tokens[j + 2].is_word and tokens[j + 2].low not in _NOT_REPORTED:
            people = _antecedent(tokens, j - 1)
            if people:
                return people, j + 1
    return None


def passive_speaker(tokens: list[Token], k: int, after: int) -> tuple[list[Token], int] | None:
    """Who spoke in the passive ``was asked``, ``were told``, ``was reported`` at ``k``; where the tag ends.

    ``was asked by Ana Ruiz whether …``, ``was originally reported by Elm Radio``: the agent;
    ``was asked to …``, ``were told that …``, ``was asked, “…”``: no one named (an empty
    phrase). ``was told to leave`` and ``was reported on Monday`` report nothing.
    """
    by = _agent_by(tokens, after) if tokens[k].low not in _NOT_SPOKEN else None
    if by is not None:
        agent = forward_phrase(tokens, by + 1)
        return (agent, by + 1 + len(agent)) if agent else None
    if tokens[k].low not in _PASSIVE_OPENERS:
        return None
    following = tokens[after].low if after < len(tokens) else ""
    quoted = following in (",", ":") and after + 1 < len(tokens) and tokens[after + 1].is_quote
    return ([], after) if following in _PASSIVE_OPENERS[tokens[k].low] or quoted else None


def reported_by(tokens: list[Token], k: int, after: int) -> tuple[list[Token], int] | None:
    """The agent of a participle of saying with no auxiliary, and where it ends.

    ``as described by Ann Lee`` (any verb of saying), ``as first reported by the Vell Post``, ``Hale's
    speech, first reported by the Vell Post,``, ``a detail first reported by Ed Lamb``: the participle's
    agent said it, whatever the phrase before it. An auxiliary (``was reported by``) is a
    passive's, read by ``passive_speaker``.
    """
    if k == 0 or after >= len(tokens) or tokens[after].low != "by":
        return None
    if tokens[k - 1].low != "as" and not (tokens[k].low in _REPORTING_PARTICIPLES and _reduced(tokens, k)):
        return None
    agent = forward_phrase(tokens, after + 1)
    return (agent, after + 1 + len(agent)) if agent else None


def _reduced(tokens: list[Token], k: int) -> bool:
    """The participle at ``k`` follows ``as``, a comma or a noun past adverbs: ``a fact | first reported``."""
    j = k - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].capitalized \
            and (tokens[j].low in _REPORT_ADVERBS or tokens[j].low.endswith("ly")):
        j -= 1
    if j < 0:
        return False
    before = tokens[j]
    return before.low == "as" or before.text == "," \
        or (before.is_word and not before.capitalized and before.low not in _SMALL_WORDS
            and not is_role_noun(before.low))  # not "the mayor first reported by letter"


def _agent_by(tokens: list[Token], after: int) -> int | None:
    """The ``by`` of a passive's agent a few plain words after the verb: ``was confirmed as … | by``."""
    for n in range(after, min(len(tokens), after + _AGENT_GAP)):
        if not tokens[n].is_word or tokens[n].low in _AGENT_STOPS:
            return None
        if tokens[n].low == "by":
            return n
    return None


def _antecedent(tokens: list[Token], j: int) -> list[Token]:
    """The people a ``who`` without a comma refers to: ``(from) water experts | who``.

    A name, or a job or plural of people with at most one plain word before it, the whole
    set off by a function word or punctuation (``led among parents who`` gives ``parents``).
    """
    head = tokens[j]
    if head.capitalized:  # not "a clerk at | the Elm Water Office who": that may be the clerk
        name = name_ending_at(tokens, j)
        start = j + 1 - len(name)
        return name if name and (start == 0 or tokens[start - 1].low not in PREPOSITIONS) else []
    if not (is_role_noun(head.low) or head.low.endswith(PEOPLE_PLURALS)) or head.low in STOP_WORDS:
        return []
    start = j
    if j > 0 and tokens[j - 1].is_word and tokens[j - 1].low not in _SMALL_WORDS \
            and (j < 2 or not tokens[j - 2].is_word or tokens[j - 2].low in _SMALL_WORDS):
        start = j - 1  # "water | experts"
    return tokens[start : j + 1]


def words_of(tokens: list[Token], k: int) -> bool:
    """``in the words of X`` at ``k`` (``words``), in a sentence that quotes: X is the source."""
    return 2 <= k < len(tokens) - 2 and tokens[k].low == "words" and tokens[k - 1].low == "the" \
        and tokens[k - 2].low == "in" and tokens[k + 1].low == "of" and any(t.is_quote for t in tokens)


def according_subject(tokens: list[Token], k: int) -> list[Token]:
    """``according to X``; for a document, its author: ``an FDA statement``, ``a survey … by X``."""
    phrase = forward_phrase(tokens, k) or plain_phrase(tokens, k)
    if not phrase and k + 2 < len(tokens) and tokens[k + 1].low == "of":
        phrase = forward_phrase(tokens, k + 2)  # "according to one of | the city lawyers"
    # "the latest data available from X": the document need not end its phrase, but a name
    # after it is the source ("the health data firm Ed Lamb Inc.", "reports Mr. Lamb filed")
    documents = [n for n, t in enumerate(phrase) if t.low in DOCUMENT_NOUNS and not t.capitalized]
    if not documents or (documents[-1] < len(phrase) - 1 and phrase[-1].capitalized):
        return phrase
    for n in range(k + len(phrase), min(len(tokens), k + len(phrase) + 12)):
        if not tokens[n].is_word:
            break
        if tokens[n].low in ("by", "from") or (tokens[n].low == "in" and phrase[-1].low in _PUBLISHED_IN):
            author = forward_phrase(tokens, n + 1)
            if author:
                return author
    modifiers = [t for t in phrase[:-1] if t.capitalized]
    return modifiers or phrase
