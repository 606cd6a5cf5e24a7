"""Whether the article answers a search question at all, or its sentences only come closest.

BM25 always finds something: "what is the weather in Tokyo?" meets a sentence that names
Tokyo. A question is taken as answerable when the article holds more than half of its
significant words (half will do when at least two are held), in the question's form or a
longer or shorter one ("partner" in "partnership", "Atlantic" in "transatlantic", "early"
for "earliest"). Words every question may use without the article needing them ("name",
"year", "happen") don't count, nor the measure "how long …?" asks for when the article lacks
it ("how long was he sentenced?" is answered by "six years"), and neither does a predicate
the article may put in other words, once a word of the question is met in two sentences or
more: a participle after "is" ("what is Japan *worried* about?") or the verb of "did China
*agree*?", "when did Luther *broaden* …?" or "is Moss *happy*?" when the article holds its
subject, nor the kind of answer asked for ("what *researcher* …?" is answered by a name).
The subject of a question ("weather" in "what is the weather in Tokyo?") still has to be
there, and a name the question gives ("when did Tom Hale open it?") that the article lacks
counts twice against it: a name is what a question is most surely about. On reader
questions over 24 Wikipedia articles this keeps 99 % of the questions each article answers
and turns away 97 % of those taken from another article (``python -m benchmarks.search``).
"""

from __future__ import annotations

import math
import re
from functools import cache

from retrieval.answer_types import MEASURES, number_terms
from retrieval.index import SentenceIndex
from retrieval.terms import name_terms, term_of, tokenize

__all__ = ["answerable"]

# Words of the question's form, not of its subject: the answer needn't repeat them.
_FORM = (
    "name named called call type kind sort mean meaning term refer referred known happen happened "
    "one first main example part number year date time place reason way use used people person "
    "thing another other new describe described say said upon across among within via toward towards "
    "generally commonly usually typically currently originally word words worth cost costs price "
    "now today still ever anyone anybody someone somebody everyone everybody")


# Predicates: a participle within a few words after a form of "be"; the verb after a
# do/modal auxiliary or "is" and a capitalised subject ("did China agree", "will the US act",
# "when did Luther broaden …", "is Moss happy"). Compiled (by ``re``, which keeps it) when
# first needed: few questions get that far.
_PREDICATES = (
    r"(?i:\b(?:is|are|was|were|be|been|being|am)\s+(?:[\w'’-]+\s+){0,3}?(?P<participle>[a-z]{3,}(?:ed|ing))\b)|"
    r"^(?i:(?:when|where|why|how|what|which|who|whom|how\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
    r"(?i:did|does|do|will|would|can|could|should|may|might|"
    r"is|are|was|were)\s+"
    r"(?:the\s+)?(?P<subject>(?:[A-Z][\w.'’-]*\s+)+)(?P<verb>[a-z]+)\b")
# A question typed all in lower case shows no name by its case: there the subject is the one
# word after the auxiliary ("does hale want …?"), still only when the article holds it.
# "how high did …?", "how long did …?": the measure asked comes before the auxiliary.
_LOWER_PREDICATE = (r"^(?:(?:when|where|why|how|what|which|who|whom|how\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
                    r"(?:did|does|do|will|would|can|could|should|may|might|is|are|was|were)\s+(?:the\s+)?"
                    r"(?P<subject>[a-z][\w.'’-]*\s+)(?P<verb>[a-z]+)\b")
# "who opposed the plan?": the verb of a who-question whose object the article holds ("voted against").
_WHO_PREDICATE = r"^(?i:who)\s+(?P<verb>[a-z]+)\s+(?:(?i:the|a|an)\s+)?(?P<subject>[\w.'’-]+)\s*\??$"
# The kind of answer asked for: one or two lower-case words after "what"/"which" ("what
# historical figure …"), or after a name there, which is the subject ("which Vell *office* …").
_KIND = r"\b(?i:what|which)\s+(?:[A-Z][\w.-]*\s+)?([a-z]+(?:\s+[a-z]+)?)\b"
# The measure "how long …?", "how big …?" asks for: "four-week trial" answers "how long was the trial?".
_MEASURE = rf"(?i)\bhow\s+({MEASURES})\b"
_TOPIC = 2  # sentences a held word must be met in before a missing predicate is let go


@cache
def _form_words() -> frozenset[str]:
    """The index terms of the form words, worked out on first use (start-up time counts)."""
    return frozenset(tokenize(_FORM))


def answerable(question: str, index: SentenceIndex) -> bool:
    """Whether ``question``'s significant words are mostly in the article (see the module docstring)."""
    form = _form_words()
    if "how" in question.lower():  # the measure counts only when the article has it, as a held word
        form = form.union(t for t in tokenize(" ".join(re.findall(_MEASURE, question))) if not index.knows(t))
    words = [t for t in dict.fromkeys(tokenize(question)) if t not in form]
    held = [t for t in words if index.knows(t) or index.knows(index.spelling(t))]
    lacking_names = _lacking_names(question, words, held) if len(held) < len(words) else 0  # count twice
    if not words or _enough(len(held), len(words) + lacking_names):
        return True
    topical = math.log(1 + (index.size - _TOPIC + 0.5) / (_TOPIC + 0.5))  # IDF of a word in _TOPIC sentences
    if not any(index.idf(index.spelling(t)) <= topical for t in held):
        return False
    predicates = _predicates(question, set(held))
    return _enough(len(held), len([t for t in words if t in held or t not in predicates]) + lacking_names)


def _lacking_names(question: str, words: list[str], held: list[str]) -> int:
    """How many of ``words`` are names in ``question`` ("Tom Hale") that the article does not hold."""
    return len(set(name_terms(question)).intersection(words).difference(held))


def _predicates(question: str, held: set[str]) -> set[str]:
    """The terms of the question's predicates, and of the kind of answer, the article may word otherwise.

    A participle after "is"; the verb after an auxiliary only when the article holds its
    subject ("did China agree?" in an article on China, not in one on Brazil); the noun
    after "what" ("what researcher …?").
    """
    found = []
    patterns = (_PREDICATES, _WHO_PREDICATE, *((_LOWER_PREDICATE,) if question.islower() else ()))
    for match in (m for pattern in patterns for m in re.finditer(pattern, question)):
        if match.groupdict().get("participle"):
            found.append(match.group("participle"))
        elif set(tokenize(match.group("subject"))) <= held:
            found.append(match.group("verb"))
    found.extend(map(_kind_noun, re.findall(_KIND, question)))
    return set(tokenize(" ".join(found)))


def _enough(held: int, counted: int) -> bool:
    """More than half of the ``counted`` words held, or half when that is two or more."""
    return 2 * held > counted or (2 * held == counted and held >= 2)


def _kind_noun(words: str) -> str:
    """The kind of answer "what researcher …?" names: its words up to a stop word or a number.

    "What three parks …?" asks about parks the article must name: a number is no kind.
    """
    kind = []
    for word in words.split():
        if term_of(word) is None or word in number_terms():
            break
        kind.append(word)
    return " ".join(kind)
