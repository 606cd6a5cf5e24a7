"""Verbs of saying that hang on another word: ``did not say``, ``refused to say``, ``led Ruiz to declare``.

``cues.negated`` keeps these out of the ordinary tags, where a plain verb of saying nearby
is the better tag. In a sentence with no other tag they still report on someone's speech:
what they would not say (``Hale would not say whether …``, ``Ruiz did not respond to
questions``) or were moved or expected to say (``Growers were more likely to say …``,
``The vote led Ed Lamb to declare …``, ``Nia Porter took to Twitter to say …``). Read by
``tags.py`` only when nothing else is a tag.
"""

from __future__ import annotations

from retrieval.clauses import participle_subject
from retrieval.lexicon import AUXILIARIES, PRONOUNS
from retrieval.phrases import subject_before
from retrieval.speech_words import INFINITIVE_SPEECH, WITHHELD_SPEECH
from retrieval.tokens import Token

__all__ = ["dependent_cue"]

_NEGATIONS = frozenset({"not", "never", "cannot"})
# "did not immediately respond", "has not yet said": adverbs between a negation and its verb.
_BETWEEN = frozenset({"immediately", "yet", "publicly", "directly", "specifically", "explicitly",
                      "always", "even", "ever", "really"})
# "refused to say", "seemed to suggest", "continued to insist": words an infinitive of saying hangs
# on when its subject says it, or tries to; not a forecast ("is expected to tell", "plans to announce").
_CONTROLLERS = frozenset("""
refused refuses refusing declined declines declining tried tries trying seemed seems appeared appears
continued continues began begins beginning willing able careful quick rushed sought seeks needed
decided chose struggled struggles forced pressed
""".split())
_COMPARATIVES = frozenset({"more", "less"})  # "voters were more likely to say": what a poll found
# "The vote led Ed Lamb to declare": verbs that make their object say something.
_CAUSATIVES = frozenset({"led", "leads", "leading", "prompted", "prompts", "prompting", "forced",
                         "force", "forces", "forcing", "drove", "drives", "driving", "compelled", "spurred"})
# "It is hard to say", "needless to say": the writer's own hedge, no one's speech.
_HEDGES = frozenset({"hard", "fair", "safe", "difficult", "easy", "impossible", "needless", "suffice",
                     "too", "enough", "is", "was", "important", "worth", "so", "as"})
# "asked Ruiz to say", "urged Hale to tell": a request, said or not.
_REQUESTS = frozenset({"asked", "asks", "urged", "urges", "told", "tells", "invited", "allowed", "allows",
                       "encouraged", "wanted", "wants", "want", "called", "calls", "expects", "expected"})
_MAX_OBJECT = 6  # words of the object between a causative verb and "to"


def dependent_cue(tokens: list[Token]) -> tuple[list[Token], int] | None:
    """The speaker phrase and the cue's index of the first negated or infinitive verb of saying."""
    for k in range(1, len(tokens)):
        low = tokens[k].low
        if tokens[k].capitalized or not tokens[k].is_word or any(t.is_quote for t in tokens[k + 1 : k + 3]):
            continue  # "declined to say, “…”": a quotation after it is ``cues.infinitive_quotation``'s
        j = _before_adverbs(tokens, k - 1)
        subject: list[Token] = []
        if low in WITHHELD_SPEECH and j >= 0 and _negation(tokens[j]):
            subject = subject_before(tokens, _verb_group_start(tokens, j - 1))
        elif low in INFINITIVE_SPEECH and j > 0 and tokens[j].low == "to":
            subject = _infinitive_subject(tokens, j - 1, k)
        if subject:
            return subject, k
    return None


def _negation(token: Token) -> bool:
    return token.low in _NEGATIONS or token.low.endswith(("n't", "n’t"))


def _before_adverbs(tokens: list[Token], j: int) -> int:
    """The token before the adverbs that end at ``j``: ``did not | immediately`` gives ``not``."""
    while j >= 0 and tokens[j].is_word and not tokens[j].capitalized \
            and (tokens[j].low in _BETWEEN or (tokens[j].low.endswith("ly") and tokens[j].low != "likely")):
        j -= 1
    return j


def _verb_group_start(tokens: list[Token], j: int) -> int:
    """The token before the auxiliaries, negations and adverbs that end at ``j``: the subject's last word."""
    while j >= 0 and tokens[j].is_word and not tokens[j].capitalized \
            and (tokens[j].low in AUXILIARIES or _negation(tokens[j]) or tokens[j].low in _BETWEEN
                 or tokens[j].low in _CONTROLLERS or tokens[j].low in _COMPARATIVES
                 or tokens[j].low.endswith("ly")):
        j -= 1
    return j


def _infinitive_subject(tokens: list[Token], j: int, k: int) -> list[Token]:
    """Who speaks in ``… to say`` with ``to`` after ``j``: a causative's object, else the subject."""
    before = _before_adverbs(tokens, j)
    if before < 0 or tokens[before].low in _HEDGES:
        return []
    if tokens[before].low in _CONTROLLERS or _comparative_likely(tokens, before):  # "refused | to say"
        return subject_before(tokens, _verb_group_start(tokens, before))
    verb = _governing_verb(tokens, before)
    if verb is not None:  # "led Ed Lamb | to declare"; "asked Ruiz to say" reports no speech
        return list(tokens[verb + 1 : before + 1]) if tokens[verb].low in _CAUSATIVES else []
    if not tokens[before].capitalized and tokens[before].low not in PRONOUNS and not _place(tokens, before):
        return []
    return participle_subject(tokens, k)  # "Ruiz took to Twitter | to say": a purpose, the clause's subject


def _comparative_likely(tokens: list[Token], j: int) -> bool:
    """``were more likely | to say``: what a poll found its group saying, not a forecast."""
    return tokens[j].low == "likely" and j > 0 and tokens[j - 1].low in _COMPARATIVES


def _governing_verb(tokens: list[Token], end: int) -> int | None:
    """A causative or a request before the object ending at ``end``: ``led | Ed Lamb``, ``asked | Ruiz``."""
    if not tokens[end].is_word:
        return None
    for n in range(end - 1, max(-1, end - 1 - _MAX_OBJECT), -1):
        if not tokens[n].is_word:
            return None
        if tokens[n].low in _CAUSATIVES or tokens[n].low in _REQUESTS:
            return n
    return None


def _place(tokens: list[Token], j: int) -> bool:
    """``… went on television | to say``: a lower-case noun after a preposition, where someone went."""
    return j > 1 and tokens[j - 1].low in ("on", "to", "at")
