"""Jobs written by their initials, as readers and headlines do: "the AG", "DA Ed Lamb"."""

from __future__ import annotations

import re

__all__ = ["JOB_INITIALS", "spelt_out"]

# Only in capitals: a name's small "da" ("Luis da Costa") is never a job.
JOB_INITIALS = {"AG": "attorney general", "DA": "district attorney", "ADA": "assistant district attorney",
                "DAG": "deputy attorney general", "AAG": "assistant attorney general"}
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,3}|\b[A-Z]{2,3}\b")  # "AG", "A.G."


def spelt_out(text: str) -> str:
    """``text`` with a job written by its initials in full: "the AG" is "the attorney general"."""
    if not any(map(str.isupper, text[1:])):  # most text: no capitals to spell out
        return text
    return _INITIALS.sub(lambda m: JOB_INITIALS.get(m[0].replace(".", ""), m[0]), text)
