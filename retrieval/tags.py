"""Find a sentence's speech tag: the reporting cue and the words that name who spoke.

Works on the tokens of ``names.tokens_of`` (quotations folded into ``QUOTE``) and only
finds phrases; deciding who a phrase refers to is attribution's job. The cues come from
``cues.py``, the phrases from ``phrases.py``. Handled forms: ``X said``, ``said X``,
``“…,” X told Reuters``, ``according to X``, ``X made it clear``, ``X issued a …
message``, ``X rejected it, saying …``, ``X agreed: “…”``, ``said a spokeswoman for Y,
Name`` and a name followed by appositions (``Sen. Mark Tillman, R-Texas, the committee's
ranking Republican, said``). Speakers that are not the verb's plain subject (``experts who
say``, ``was asked by X whether``, ``Many said``) are read by ``oblique_tags.py``; negated
and infinitive verbs (``would not say whether``, ``led Ruiz to declare``; never ``declined
to comment`` or ``expected to tell``) by ``dependent_tags.py``, when nothing else is a tag.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from retrieval.appositions import (
    DASHES,
    apposition_subject,
    before_parenthesis,
    dashes_as_commas,
    name_ending_at,
    opening_apposition,
)
from retrieval.as_clauses import as_clause_speaker
from retrieval.clause_openings import clause_follows_phrase
from retrieval.clauses import clause_subject, participle_subject
from retrieval.colon_tags import colon_cue, is_caption, speaker_after_dash, speaker_before_colon
from retrieval.cues import claim_owner, cue_length, infinitive_quotation, negated, owned_claim
from retrieval.dependent_tags import dependent_cue
from retrieval.group_subjects import group_subject
from retrieval.groups import share_after_with
from retrieval.inverted_tags import INVERTED_VERBS, inverted_after_quotation, inverted_speaker
from retrieval.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    PRONOUNS,
)
from retrieval.names import is_role_noun
from retrieval.oblique_tags import according_subject, passive_speaker, relative_speaker, reported_by, words_of
from retrieval.participles import before_adverbs, participle_use
from retrieval.phrases import subject_before
from retrieval.quotation_sides import apart_from_quotation
from retrieval.quote_tail_tags import quote_tail_cue
from retrieval.quoted_clauses import characterizing_verbs
from retrieval.relative_heads import relative_head
from retrieval.speech_words import DOCUMENT_VERBS, QUOTING_VERBS, SPEECH_VERBS
from retrieval.time_phrases import before_time_phrase
from retrieval.tokens import Token
from retrieval.unparsed_tags import unparsed_cue

__all__ = ["Tag", "find_tag"]

# "Carter, however, said", "Carter however said", "Carter himself said": words between subject and verb.
_CONNECTIVES = frozenset({"however", "meanwhile", "instead", "nonetheless", "nevertheless",
                          "therefore", "too", "indeed", "thus", "though", "even",
                          "himself", "herself", "itself", "themselves",  # "Hale himself said"
                          "both", "all"})  # "Hale and Ruiz both denounced"
# "Ed Lamb Just Announced …": adverbs a title-case headline capitalises between subject and verb.
_HEADLINE_ADVERBS = frozenset({"just", "also", "now", "finally"})
# "… and vowed to punish …": verbs whose "to" reports what was promised.
_PROMISES = frozenset({"vowed", "vows", "promised", "promises", "pledged", "pledges"})
# "“…” suggests that Phoenix …": after the verb, "that" opens what was said, not who said it.
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_POINTERS = _DEMONSTRATIVES | {"so"}  # "Having said that, …", "Having said so, …": the writer's aside
# "After saying …, she": a participle opening the sentence after one of these reports its subject.
_OPENING_LINKS = frozenset({"after", "before", "while", "when", "by", "in", "despite"})
_TITLE_CHARS = 30  # a quoted stretch this short may be a title inside an apposition
# Nouns ending like adverbs: "the family said", "the assembly voted".
_LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "supply"})


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Tag:
    """The phrase naming a speaker, any apposition after it, and how sure the tag is."""

    subject: list[Token]
    apposition: list[Token]
    priority: int  # 0: next to a quotation, 1: set off by a comma, 2: anywhere else
    after: int  # the token after the reporting cue: "said | she agreed"
    cue: tuple[int, int] = (0, 0)  # the reporting cue's tokens, [start, end): "according to"


def find_tag(tokens: list[Token]) -> Tag | None:
    """The best speech tag among ``tokens``: one next to a quotation first, then one set off by commas.

    A verb of saying beats one that reports speech only through its quotation: in ``the
    board said it would back the offer, which it called “fair”``, the board speaks. A
    pronoun after a named speaker is that speaker again: ``Putney said …, but he said``.
    """
    if is_caption(tokens):
        return None
    tags = []
    named = False
    unread: Tag | None = None  # "Calls rivals “clowns”": a naming verb whose subject cannot be read
    inverted: Tag | None = None
    characterizing = characterizing_verbs(tokens)
    aside = None  # made once a tag is found: most sentences have none
    for k in range(len(tokens)):
        length = cue_length(tokens, k) or (k in characterizing)
        if length and not negated(tokens, k):
            tag = _tag_at(tokens, k, length)
            if tag is None and unread is None and tokens[k].low in QUOTING_VERBS:
                unread = Tag([], [], 2, k + length, (k, k + length))
            if tag is None and inverted is None and inverted_after_quotation(tokens, k, length):
                inverted = Tag([], [], 0, k + length, (k, k + length))  # "“…,” said the night clerk"
            if tag is not None:
                aside = aside or apart_from_quotation(tokens)
                again = named and len(tag.subject) == 1 and tag.subject[0].low in PRONOUNS
                # "The documents show, he said, …": a document is never "he" again
                named = named or not (again or (tag.subject and tag.subject[-1].low in DOCUMENT_NOUNS))
                # A tag naming someone beats one naming no one: "was asked to …, and said"; a verb
                # beats a claim noun, its object more often than not: "called Lee's remarks “…”".
                rank = 2 if owned_claim(tokens, k) else int(tokens[k].low in QUOTING_VERBS)
                tags.append((not tag.subject, rank, again, aside(k), tag.priority, len(tags),
                             replace(tag, cue=(k, k + length))))
    if tags:
        best = min(tags)[-1]
        # "“…,” said <unread>, though he added": the pronoun is the unread speaker, not a guess
        lone = len(best.subject) == 1 and best.subject[0].low in PRONOUNS
        return inverted if inverted is not None and lone and best.cue[0] > inverted.cue[0] else best
    turn = speaker_before_colon(tokens)
    if turn is not None:
        return Tag(turn[0], [], 0, turn[1], (turn[1] - 1, turn[1]))  # the colon is the cue
    signed = speaker_after_dash(tokens)
    if signed is not None:
        return Tag(signed[0], [], 0, signed[1] + 1, (signed[1], signed[1] + 1))  # the dash is the cue
    return unread or _who_tag(tokens) or _unparsed_tag(tokens) or _as_clause_tag(tokens) \
        or _dependent_tag(tokens)


def _dependent_tag(tokens: list[Token]) -> Tag | None:
    """``Hale would not say whether …``, ``… led Ruiz to declare …``, read only when nothing else is a tag."""
    found = dependent_cue(tokens)
    return None if found is None else Tag(found[0], [], 2, found[1] + 1, (found[1], found[1] + 1))


def _as_clause_tag(tokens: list[Token]) -> Tag | None:
    """``As the poet Ed Lamb wrote, “…”``, read only when nothing else is a tag."""
    found = as_clause_speaker(tokens)
    return None if found is None else Tag(found[0], [], 0, found[2], (found[1], found[1] + 1))


def _who_tag(tokens: list[Token]) -> Tag | None:
    """``… from water experts who say the dam is weak``, read only when nothing else is a tag."""
    found = relative_speaker(tokens)
    return None if found is None else Tag(found[0], [], 2, found[1] + 1, (found[1], found[1] + 1))


def _unparsed_tag(tokens: list[Token]) -> Tag | None:
    """Speech whose speaker phrase cannot be read (``unparsed_tags.py``): a tag naming no one."""
    k = unparsed_cue(tokens)
    return None if k is None else Tag([], [], 2, k + 1, (k, k + 1))


def _tag_at(tokens: list[Token], k: int, length: int) -> Tag | None:
    after = k + length
    if owned_claim(tokens, k):  # "Hale’s claim that …"; "her claim that …": whose, left unread
        return Tag(claim_owner(tokens, k), [], 1, after)
    if k == 0 and tokens[k].low == "asked":  # "Asked whether …, Lamb gave a roundabout answer."
        subject = clause_subject(tokens)
        return Tag(subject, [], 1, after) if subject else None
    if k == 1 and tokens[0].low == "having":  # "Having said he would stay, Lamb …" (not "Having said that,")
        subject = participle_subject(tokens, len(tokens)) if not _aside(tokens, after) else []
        return Tag(subject, [], 1, after) if subject else None
    if k == 1 and tokens[0].low in _OPENING_LINKS and tokens[k].low.endswith("ing"):
        subject = participle_subject(tokens, len(tokens))  # "After saying …, she was taken …"
        return Tag(subject, [], 1, after) if subject else None
    agent = reported_by(tokens, k, after)  # "as described by Ann Lee", "…, first reported by the Vell Post,"
    if agent is not None:
        return Tag(agent[0], [], 1, agent[1])
    if infinitive_quotation(tokens, k):  # "Ruiz went so far as to say: “…”": the clause's subject
        return Tag(participle_subject(tokens, k - 1), [], 0, after)
    if tokens[k].low == "according" or words_of(tokens, k):  # "in the words of X": X, as "according to X"
        subject = according_subject(tokens, after)
        return Tag(subject, [], _priority(tokens, k, after), after) if subject else None
    named = tokens[k].low.endswith("ing") and participle_use(tokens, k) == "named"  # "with Ann Lee shouting:"
    if colon_cue(tokens, k) and tokens[k].low not in SPEECH_VERBS and not named:  # "Mook agreed: “…”"
        return Tag(participle_subject(tokens, after), [], 0, after)  # speech even when it can't be read
    if tokens[k].low.endswith("ing") and participle_use(tokens, k) == "clause":
        # "The retired surgeon, long silent, …, saying …" reports even when its subject can't be read.
        return Tag(participle_subject(tokens, k), [], 1, after)
    if named:
        end = before_adverbs(tokens, k)  # "with Ann Lee reportedly shouting", "with 41 percent warning"
        subject = name_ending_at(tokens, end) or share_after_with(tokens, end)
        return Tag(subject, [], 1, after) if subject else None
    if tokens[k].low in DOCUMENT_VERBS:
        subject = subject_before(tokens, k - 1)
        return Tag(subject, [], _priority(tokens, k, after), after) \
            if subject and subject[-1].low in DOCUMENT_NOUNS else None
    j = k - 1
    while j >= 0 and (_auxiliary_or_adverb(tokens[j]) or tokens[j].text == ")"
                      or (tokens[k].capitalized and tokens[j].low in _HEADLINE_ADVERBS)
                      or before_time_phrase(tokens, j) < j):
        if tokens[j].low in PASSIVE_AUXILIARIES and not tokens[k].low.endswith("ing"):  # "was (also) told"
            passive = passive_speaker(tokens, k, after)  # "was told": the subject is the listener
            return None if passive is None else Tag(passive[0], [], 2, passive[1])
        if tokens[j].text == ")":
            j = before_parenthesis(tokens, j)
        else:  # "Hale, the county's senior Democrat, on Tuesday | called"
            j = min(j - 1, before_time_phrase(tokens, j))
    # "Lamb urged Republicans … and said", "…, then says" (not "Lamb, the chairman, then said"): one subject
    then = j > 0 and tokens[j].text == "," and tokens[j + 1].low == "then" \
        and not opening_apposition(tokens, j)
    if j > 0 and (tokens[j].low in ("and", "but") or then):
        following = tokens[after].low if after < len(tokens) else "."
        reports = following != "." and (following not in PREPOSITIONS or clause_follows_phrase(tokens, after)
                                        or (following == "to" and tokens[k].low in _PROMISES))
        subject = participle_subject(tokens, j) if reports else []  # not "… and testified for the state"
        return Tag(subject, [], 1, after) if subject else None
    priority = _priority(tokens, j + 1, after)
    if (j < 0 or not tokens[j].is_word) \
            and (tokens[k].low in INVERTED_VERBS or quote_tail_cue(tokens, k)) \
            and (after >= len(tokens) or tokens[after].low not in _DEMONSTRATIVES) \
            and not (j >= 0 and tokens[j].text == "," and tokens[k].low != "according"
                     and opening_apposition(tokens, j)):  # "Lamb, a pollster, said Ruiz and …"
        # Inverted: "…, said Tillerson, a former …" or "“…,” said the official."
        speaker = inverted_speaker(tokens, after)
        if speaker is not None:
            return Tag(speaker[0], speaker[1], priority, speaker[2])
    if j > 1 and tokens[j].is_quote and not tokens[j - 1].is_quote and _titled(tokens, j):
        return _apposition_tag(tokens, j, priority, after)  # "Ana Ruiz, star of “Elm Days,” thanked"
    if j >= 0 and (tokens[j].text == "," or (tokens[j].low in ("who", "which") and j > 0
                                              and tokens[j - 1].text == ",")):
        tag = _apposition_tag(tokens, j, priority, after)
        if tokens[j].low == "who" and (tag is None or not tag.subject):
            return _relative_after_object(tokens, j, priority, after) or tag
        return tag
    if j > 0 and tokens[j].text in DASHES:
        commas = dashes_as_commas(tokens, j)
        return None if commas is None else _apposition_tag(commas, j, priority, after)
    if j > 0 and tokens[j].low == "which" and tokens[j - 1].is_word:  # "who" may follow a place
        return _relative_tag(tokens, j, after)
    # "Aides who met Lamb | said", "Critics in both parties | said"
    subject = relative_head(tokens, j) or subject_before(tokens, j)
    if all(t.low in DETERMINERS for t in subject):  # "Many | on the bench agree": the share's own place
        subject = group_subject(tokens, j) or subject
    if not subject:
        return None
    # ", the agency reported." is set off by its comma, whatever stands between subject and verb.
    return Tag(subject, [], _priority(tokens, j - len(subject) + 1, after), after)


def _relative_after_object(tokens: list[Token], j: int, priority: int, after: int) -> Tag | None:
    """``… came from Ed Lamb, who declared, “…”``: the name that ``who`` follows speaks.

    Even as a preposition's object, which no apposition's subject may be.
    """
    subject = name_ending_at(tokens, j - 2)
    named = subject and subject[0].capitalized  # not "for the Ohio Democrat, who": a description
    return Tag(subject, [], priority, after) if named else None


def _relative_tag(tokens: list[Token], j: int, after: int) -> Tag | None:
    """``… turned to the Elm County Police Department which reported “…”``: the name before the relative."""
    subject = name_ending_at(tokens, j - 1)
    return Tag(subject, [], 2, after) if subject else None


def _titled(tokens: list[Token], j: int) -> bool:
    """A short quoted title ends an apposition at ``j``: ``Ana Ruiz, host of | “Elm Days,” | said``."""
    return tokens[j].end - tokens[j].start <= _TITLE_CHARS and any(t.text == "," for t in tokens[:j])


def _aside(tokens: list[Token], after: int) -> bool:
    """``said that,`` or ``said so,``: what was said is only pointed at, a writer's aside."""
    return after + 1 < len(tokens) and tokens[after].low in _POINTERS and tokens[after + 1].text == ","


def _auxiliary_or_adverb(token: Token) -> bool:
    """``has``, ``also``, ``reportedly``, ``however`` between a subject and its verb (not ``Everly``)."""
    return token.is_word and not token.capitalized and (
        token.low in AUXILIARIES or token.low in _CONNECTIVES
        or (token.low.endswith("ly") and token.low not in _LY_NOUNS and not is_role_noun(token.low)))


def _apposition_tag(tokens: list[Token], j: int, priority: int, after: int) -> Tag | None:
    """The tag of ``Name, …, said``: its leading name, with the apposition after it."""
    found = apposition_subject(tokens, j)
    return Tag(found[0], found[1], priority, after) if found else None


def _priority(tokens: list[Token], start: int, after: int) -> int:
    """0 next to a quotation, 1 set off by a comma, 2 elsewhere.

    A quotation before the subject is next to it only across punctuation: in ``“…,” Hale
    said`` it is, in ``… was “torn” until Hale said`` a word of another clause stands between.
    """
    before = tokens[max(0, start - 2) : start]
    if any(t.is_quote for t in tokens[after : after + 2]) \
            or any(t.is_quote and not any(w.is_word for w in before[n + 1 :]) for n, t in enumerate(before)):
        return 0
    return 1 if start > 0 and tokens[start - 1].text == "," else 2
