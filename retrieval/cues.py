"""Find the words that report speech: ``said``, ``according to``, ``made it clear``, ``…, saying``.

A cue is a verb of saying in a form that reports (not ``did not say`` or ``expected to
tell``), a participle hanging on a clause (``…, saying``) or in the progressive
(``is telling``), a naming verb that carries a quotation (``called X “…”``), a speech act
told by its object (``issued a statement``) or any verb before ``: “…”``.
"""

from __future__ import annotations

from retrieval.bare_tags import bare_tag
from retrieval.clause_openings import clause_follows, clause_subject_follows
from retrieval.colon_tags import colon_cue, headline
from retrieval.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    NEGATIONS,
    OWNER_PRONOUNS,
    PERSON_SUBJECTS,
    PREPOSITIONS,
    STOP_WORDS,
)
from retrieval.oblique_tags import words_of
from retrieval.participles import participle_use
from retrieval.quote_tail_tags import quote_tail_cue
from retrieval.quoted_clauses import (
    THAT_LEADS,
    comma_quotation,
    quote_follows,
    quoted_that_clause,
    that_after_phrase,
)
from retrieval.speech_words import (
    CLAIM_NOUNS,
    CLAUSE_ONLY_VERBS,
    COMMUNICATION_NOUNS,
    CONTINUING,
    DOCUMENT_VERBS,
    PARTICIPLE_CUES,
    PHRASAL_SPEECH,
    QUOTING_VERBS,
    SPEECH_ACT_VERBS,
    SPEECH_VERBS,
)
from retrieval.tokens import Token
from retrieval.verb_subjects import after_speaker

__all__ = ["claim_owner", "cue_length", "infinitive_quotation", "negated", "owned_claim"]

_PUT = frozenset({"put", "puts"})  # "as Ruiz puts it"
# The words a reporting cue can start with: ``cue_length`` passes over any other word at once.
_CUE_STARTS = (SPEECH_VERBS | PARTICIPLE_CUES | QUOTING_VERBS | SPEECH_ACT_VERBS | DOCUMENT_VERBS
               | CLAIM_NOUNS | {"according"} | _PUT | {phrase[0] for phrase in PHRASAL_SPEECH + CONTINUING})
# Headlines capitalise every word: "Hale Could Fix the Roads, Mayor Ana Ruiz Says".
# Only verbs that are no common noun in title case: not "Claims", "Reports", "Notes", "States".
_HEADLINE_VERBS = frozenset({"says", "say", "said", "tells", "tell", "told", "announces", "announce",
                             "announced", "explains", "explain", "warns", "warn", "urges", "urge", "admits",
                             "admit", "insists", "insist", "argues", "argue", "vows", "vow", "reveals",
                             "reveal", "asks", "ask"})
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
# "added 0.1 per cent", "added three goals": verbs of saying that also count.
_ARITHMETIC = frozenset({"added", "adds", "add"})
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "another", "more", "several", "dozens", "hundreds",
                           "thousands", "millions", "billions", "nearly", "about", "almost", "some"})
# "Ruiz lamented the “sad” state of …": in the past these verbs report the quotation in their object
# too, as the quoting verbs do ("The talks continued with chants of “…”", "agreed to a “fair” deal" not).
_QUOTING_PAST = frozenset(w for w in CLAUSE_ONLY_VERBS if w.endswith("ed")) - {"continued", "agreed"}
# … and in the present after "he", "she" or "they" ("he laments the “sorry” state"); not "Vell claims".
_QUOTING_PRESENT = frozenset(w for w in CLAUSE_ONLY_VERBS if w.endswith("s")) - {"continues", "agrees"}
_SET_OFF_ENDS = frozenset({",", ".", "!", "?", ";"})  # what closes "…, they insist,"
_TAG_AFTER_QUOTE = 5  # words of the subject between a quotation and the verb of its tag
_PLAIN_STOP_WORDS = STOP_WORDS - DETERMINERS  # made once, not at every word read
_MAX_MODIFIERS = 2  # words between an owner and its noun of saying: "Hale’s recent baseless claim"
_COPULAS = frozenset({"is", "was"})  # "Hale’s slogan is “…”": what the noun says follows
# "(According to the clerk, …)", "It went unnoticed: According to polls, …": a new clause starts capitalised.
_CLAUSE_OPENINGS = frozenset({"(", ":"})


def cue_length(tokens: list[Token], k: int) -> int:
    """How many tokens the reporting cue at ``k`` spans (0 when there is none)."""
    token = tokens[k]
    if not token.is_word:
        return 0
    if token.capitalized and k > 0 and tokens[k - 1].text not in _CLAUSE_OPENINGS:
        # "the United States intends": verbs are lower case inside a sentence, but not after "(" or ":"
        return 1 if _headline_verb(tokens, k) and headline(tokens) else 0  # "…, Mayor Ana Ruiz Says"
    if token.low not in _CUE_STARTS:
        # "Mook agreed: “…”", "“…,” she mused", "Ruiz worried that … “dry by June”", "Ruiz cracked, “…”"
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""  # read first: most words are no cue
        if (following == ":" and colon_cue(tokens, k)) \
                or (following in THAT_LEADS and quoted_that_clause(tokens, k)) \
                or (following == "," and comma_quotation(tokens, k)):
            return 1
        return quote_tail_cue(tokens, k)
    if colon_cue(tokens, k) and token.low not in SPEECH_VERBS:
        return 1
    words = [t.low for t in tokens[k : k + 6]]
    if words[1:2] == ["by"] and k > 0 and tokens[k - 1].low == "as":  # "as described by Ann Lee"
        return 1 if words[0] in SPEECH_VERBS or words[0] in QUOTING_VERBS else 0
    if words_of(tokens, k):  # "in the words of one neighbour, “…”"
        return 2
    if owned_claim(tokens, k):
        pronoun = tokens[_owner_at(tokens, k)].low in OWNER_PRONOUNS  # "her claim that": whose, left unread
        return 1 if claim_owner(tokens, k) or (pronoun and claimed(tokens, k)) else 0
    for phrase in CONTINUING:  # "went on to explain", "continued to insist": before "continued" alone
        n = len(phrase)
        if tuple(words[:n]) == phrase and words[n : n + 1] and words[n] in SPEECH_VERBS:
            verb = k + n  # "continues to report record heat" reports nothing: a clause must follow
            reports = words[n] not in CLAUSE_ONLY_VERBS or clause_follows(tokens, verb) \
                or words[n + 1 : n + 2] == ["what"] \
                or (verb + 1 < len(tokens) and clause_subject_follows(tokens, verb))  # "explain what he …"
            return n + 1 if reports else 0
    quoting = words[0] in _QUOTING_PAST \
        or (words[0] in _QUOTING_PRESENT and k > 0 and tokens[k - 1].low in PERSON_SUBJECTS)
    if words[0] in CLAUSE_ONLY_VERBS and not (clause_follows(tokens, k) or _quotation_before(tokens, k)
                                              or quote_tail_cue(tokens, k) or after_speaker(tokens, k)
                                              or _set_off(tokens, k) or bare_tag(tokens, k)
                                              or (quoting and quote_follows(tokens, k))):
        return 0  # "his claims were false", "the talks concluded on Friday"
    for phrase in PHRASAL_SPEECH:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    if words[0] in _PUT and words[1:2] == ["it"]:  # "as a memo put it," — not "he put it on the table"
        return 2 if k + 2 >= len(tokens) or not tokens[k + 2].is_word or _as_before(tokens, k) else 0
    # "added about Hale: “…”" is no amount
    about_someone = words[1:2] == ["about"] and k + 2 < len(tokens) and not _quantity(tokens[k + 2])
    amount = k + 1 < len(tokens) and (_quantity(tokens[k + 1]) or words[1:2] == ["to"]) and not about_someone
    if words[0] in _ARITHMETIC and amount and not quote_tail_cue(tokens, k):  # not "“…,” Hale added to us."
        return 0  # "the index added 0.1 per cent", "added three goals", "adds to the drama"
    if words[0] in QUOTING_VERBS and not quote_follows(tokens, k):
        return 0  # "he cited the figures": no speech
    if words[0] != "according" and words[0].endswith("ing"):
        return 1 if participle_use(tokens, k) else 0
    if words[0] in SPEECH_VERBS or words[0] in DOCUMENT_VERBS or words[0] in QUOTING_VERBS:
        return 1
    if words[0] == "according" and words[1:2] == ["to"]:
        return 2
    if words[0] in SPEECH_ACT_VERBS:
        for n, word in enumerate(words[1:5], start=1):
            if word in COMMUNICATION_NOUNS:
                return n + 1
            if word in _PLAIN_STOP_WORDS:
                break
    return 0


def owned_claim(tokens: list[Token], k: int) -> bool:
    """A noun of saying after its owner: ``Hale’s claim``, ``her remark``, ``Hale’s “…” remark``."""
    return tokens[k].low in CLAIM_NOUNS and _owner_at(tokens, k) is not None


def _owner_at(tokens: list[Token], k: int) -> int | None:
    """Where the owner of the noun at ``k`` stands: right before it, or before two words or a quotation.

    ``her remark``, ``her May remark``, ``Hale’s recent baseless claim``, ``Hale’s “half the town” remark``.
    """
    for n in range(k - 1, k - 2 - _MAX_MODIFIERS, -1):
        if n < 0:
            return None
        if tokens[n].possessive or tokens[n].low in OWNER_PRONOUNS:
            return n
        if not (tokens[n].is_quote or (tokens[n].is_word and tokens[n].low not in STOP_WORDS)):
            return None
    return None


def claimed(tokens: list[Token], k: int) -> bool:
    """What was claimed is given: after the noun at ``k`` or quoted before it (``Hale’s “…” remark``).

    Also after ``is``: ``Hale’s slogan is “…”``, ``her answer was that …``; and after a phrase of
    time or place: ``Hale’s remark at the fair that …``.
    """
    copula = k + 1 < len(tokens) and tokens[k + 1].low in _COPULAS
    return clause_follows(tokens, k + 1 if copula else k) or tokens[k - 1].is_quote \
        or (k + 2 < len(tokens) and that_after_phrase(tokens, k) is not None)


def claim_owner(tokens: list[Token], k: int) -> list[Token]:
    """The named owner of the claim noun at ``k`` when what was claimed is given.

    ``Tom Hale’s claim that …`` gives ``Tom Hale’s``; ``his claim`` gives nothing
    (a pronoun's owner is read elsewhere) and neither does ``the claim``.
    """
    owner = _owner_at(tokens, k)
    if owner is None or not (tokens[owner].possessive and tokens[owner].capitalized and claimed(tokens, k)):
        return []
    start = owner
    while start > 0 and tokens[start - 1].is_word and tokens[start - 1].capitalized \
            and not tokens[start - 1].possessive and tokens[start - 1].low not in STOP_WORDS:
        start -= 1
    return tokens[start : owner + 1]


def _quotation_before(tokens: list[Token], k: int) -> bool:
    """The verb at ``k`` ends the tag of the quotation before it (``“…,” Ruiz concluded``)."""
    if k + 1 < len(tokens) and tokens[k + 1].is_word:
        return False
    n = _before_subject(tokens, k)
    while n >= 0 and tokens[n].text == ",":
        n -= 1
    return n >= 0 and n < k - 1 and tokens[n].is_quote


def _set_off(tokens: list[Token], k: int) -> bool:
    """The verb at ``k`` and its subject set off by a comma: ``…, they insist, …``, ``…, experts argue.``."""
    if k + 1 < len(tokens) and tokens[k + 1].text not in _SET_OFF_ENDS:
        return False
    n = _before_subject(tokens, k)
    return 0 < n < k - 1 and tokens[n].text == ","


def _before_subject(tokens: list[Token], k: int) -> int:
    """The token before the short subject of the verb at ``k``: ``, | the senator concluded``."""
    n = k - 1
    while n >= 0 and k - n <= _TAG_AFTER_QUOTE and tokens[n].is_word and (tokens[n].low in DETERMINERS
                                                                          or tokens[n].low in PERSON_SUBJECTS
                                                                          or tokens[n].low not in STOP_WORDS):
        n -= 1  # the subject: "Ruiz", "the senator", "they"
    return n


def _as_before(tokens: list[Token], k: int) -> bool:
    """``As Ms. Lee put it in a statement, …``: "as" and the subject before ``put``."""
    n = k - 1
    while n >= 0 and k - n <= _TAG_AFTER_QUOTE and tokens[n].is_word and tokens[n].low != "as":
        n -= 1
    return n >= 0 and n < k - 1 and tokens[n].low == "as"


def _quantity(token: Token) -> bool:
    """A number or an amount: ``0.1``, ``$5``, ``three``, ``another``."""
    return token.is_word and (token.text[0].isdigit() or token.text[0] == "$" or token.low in _NUMBER_WORDS)


def _headline_verb(tokens: list[Token], k: int) -> bool:
    """``Says`` in a headline; any verb of saying there when a quotation follows: ``Ruiz Slams “Plan”``."""
    low = tokens[k].low
    if low in _HEADLINE_VERBS:
        return True
    speech = low in SPEECH_VERBS or low in QUOTING_VERBS
    return speech and quote_follows(tokens, k) and not tokens[k].text.isupper()  # not "RED STATES …: “…”"


def negated(tokens: list[Token], k: int) -> bool:
    """``did not say``, ``declined to comment``, ``expected to tell``: no speech reported.

    Nor after a preposition or an article, where the word is an adjective or a noun
    (``despite repeated warnings``, ``of states that``, ``the alleged victim``).
    """
    before = [t.low for t in tokens[max(0, k - 2) : k] if t.is_word]
    if not before or infinitive_quotation(tokens, k):
        return False
    verb = tokens[k].low in SPEECH_VERBS or tokens[k].low in QUOTING_VERBS or tokens[k].low in PARTICIPLE_CUES
    gerund = tokens[k].low.endswith("ing")  # "began by saying" reports
    adjective = (before[-1] in PREPOSITIONS and not gerund) or before[-1] in _ARTICLES
    if verb and tokens[k - 1].is_word and adjective and not owned_claim(tokens, k):  # "her claim that"
        return True
    return before[-1] in NEGATIONS or (
        len(before) == 2 and before[0] in NEGATIONS and before[1] in AUXILIARIES)


def infinitive_quotation(tokens: list[Token], k: int) -> bool:
    """``went so far as to say: “…”``, ``was prompted to say, “…”``: said, since the words follow.

    An infinitive of saying reports nothing (``expected to say “thanks”``) unless a quotation
    set off by a comma or a colon comes right after it; then the clause's subject spoke.
    """
    if k < 2 or tokens[k - 1].low != "to" or tokens[k - 2].low in NEGATIONS \
            or tokens[k].low not in SPEECH_VERBS:
        return False
    following = tokens[k + 1 : k + 3]
    return len(following) == 2 and following[0].text in (",", ":") and following[1].is_quote
