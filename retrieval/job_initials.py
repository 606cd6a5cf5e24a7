"""Jobs written by their initials, as readers and headlines do: "the AG", "DA Ed Lamb", "the ceo"."""

from __future__ import annotations

import re

__all__ = ["JOB_INITIALS", "spelt_out"]

# Only in capitals: a name's small "da" ("Luis da Costa") is never a job. A company's chiefs
# are their jobs without "officer", as news mostly writes them ("chief executive Dana Whit").
JOB_INITIALS = {"AG": "attorney general", "DA": "district attorney", "ADA": "assistant district attorney",
                "DAG": "deputy attorney general", "AAG": "assistant attorney general",
                "CEO": "chief executive", "CFO": "chief financial", "COO": "chief operating"}
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,3}|\b[A-Z]{2,3}\b")  # "AG", "A.G."
# Initials no English word spells, so read in lower case too, as chat types them ("the ceo").
_LOWER = re.compile(r"\b(?:ceo|cfo)\b")


def spelt_out(text: str) -> str:
    """``text`` with a job written by its initials in full: "the AG" is "the attorney general"."""
    if "ceo" in text or "cfo" in text:
        text = _LOWER.sub(lambda m: JOB_INITIALS[m[0].upper()], text)
    if not any(map(str.isupper, text[1:])):  # most text: no capitals to spell out
        return text
    return _INITIALS.sub(lambda m: JOB_INITIALS.get(m[0].replace(".", ""), m[0]), text)
