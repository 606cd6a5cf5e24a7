"""What the words of a name or role say: its key words, its initials, its job and whose job it is.

Finding a speaker from what people type ("the GOP nominee", "the NFA spokeswoman") compares
these readings of a role, not its text; they live apart from the registry that uses them.
"""

from __future__ import annotations

import re
from itertools import takewhile

from retrieval.job_initials import spelt_out
from retrieval.lexicon import DEMONYMS, HONORIFICS, STOP_WORDS, TITLE_ABBREVIATIONS
from retrieval.names import name_key

__all__ = ["acronyms", "job", "job_head", "key_words", "owners"]

# Where a role's job ends: "nurse at the hospital", "spokeswoman for the agency", "Secretary of State".
_JOB_END = re.compile(r"\s(?:at|in|for|of|from|with|near)\s")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_NAME_END = re.compile(r",|\s(?:at|in|from|with|near|who|which)\s")  # "Vell Federation of Growers, which"
_RUN_JOINERS = frozenset({"of", "for", "and", "on"})  # inside a name's initials: "Department of State"
# One thing by two names: "the GOP nominee" is "the Republican nominee"; a job by its words for a
# man, a woman or either ("the spokeswoman" of "spokesperson Ana Ruiz"), the gender told apart by
# the registry's genders.
_SAME_WORD = {"gop": "republican", "spokeswoman": "spokesperson", "spokesman": "spokesperson",
              "chairwoman": "chair", "chairman": "chair", "chairperson": "chair"}


def key_words(text: str) -> list[str]:
    """Significant words of a name or role; ``Sen.`` reads as senator, Spanish as Spain, ``Mr.`` drops.

    Accents go (``Núñez`` → ``nunez``): readers type names without them.
    """
    if not text.isascii():
        import unicodedata  # only for a name with accents: start-up counts

        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = name_key(spelt_out(text).replace("-", " ")).split()
    return [DEMONYMS.get(w, _SAME_WORD.get(w, TITLE_ABBREVIATIONS.get(w, w).lower())) for w in words
            if w not in STOP_WORDS and w not in HONORIFICS]


def acronyms(text: str) -> list[str]:
    """The initials of each run of capitalised words: "Northern Farmers Association" is also "nfa".

    Small words inside a run are skipped ("Department of Homeland Security", "dhs"), and so
    may its first words ("Former Northern Farmers Association chairman").
    """
    found: list[str] = []
    if text.count(" ") < 2:  # most names: too few words for three initials
        return found
    run: list[str] = []
    for word in (*text.replace("-", " ").split(), ""):
        if word[:1].isupper() and word.isalpha():
            run.append(word[0].lower())
        elif not (run and word in _RUN_JOINERS):
            # two initials are more often a person's ("Ed Lamb") than a body's
            found.extend("".join(run[k:]) for k in range(len(run) - 2))
            run = []
    return found


def job(role: str) -> str:
    """A role without where the job is held: "State Department spokesman" of "… spokesman at the embassy"."""
    return _JOB_END.split(role, maxsplit=1)[0]


def owners(role: str) -> list[str]:
    """The bodies a role holds a job of: what the job's name holds before the job, or a name after it.

    "campaign" of "campaign spokesman"; "White House" of "White House deputy spokesman" ("Vell
    Hall" of "Vell Hall Press Secretary" too, a job of capitalised words) and
    "VWA" of "VWA chief engineer" (a run of capitalised words: two or more, or initials, as one
    capitalised word before a job is as often a person's: "Hale campaign spokesman"); "VWA" of
    "executive director of the VWA in Vell".
    """
    held = job(role)
    words = held.split()
    run = list(takewhile(lambda w: w[:1].isupper(), words[:-1]))
    found = [" ".join(words[:-1])]
    if len(run) > 1 or (run and run[0].isupper()):  # "Vell Hall Press Secretary": Vell Hall too
        found.extend(" ".join(run[:n]) for n in range(len(run), 1 if len(run) > 1 else 0, -1))
    rest = role[len(held):].split(maxsplit=1)[-1] if held != role else ""
    after = _ARTICLE.sub("", _NAME_END.split(rest)[0])
    if after[:1].isupper():  # "of the VWA", not "for the agency"
        found.append(after)
    return [o for o in dict.fromkeys(found) if o]


def job_head(role: str) -> list[str]:
    """The word a job is named by: "spokesman" of "State Department spokesman"."""
    return key_words(job(role))[-1:]
