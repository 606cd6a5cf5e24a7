"""Words that end the name of a body, not of a person: "the Kestrel Herald", "Kestrel Foods".

A capitalised phrase ending in one names an organisation (``names.split_title``): it speaks as
a body, "the company said" later is it, and "he" never is.
"""

from __future__ import annotations

from retrieval.lexicon import ORG_NOUNS

__all__ = ["MEDIA_WORDS", "ends_body", "ends_company"]

# Last words of newspapers' and broadcasters' names: "the Kestrel Herald" reports, it is nobody's name.
MEDIA_WORDS = frozenset({"news", "post", "times", "journal", "press", "tribune", "herald", "examiner",
                         "gazette", "magazine", "chronicle"})
# Words that end a company's name and no person's: "Kestrel Foods said", "Vell Motors Inc." (a
# body: "the company said" later is it, and "he" never is).
_COMPANY_WORDS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "holdings", "industries", "foods",
                            "systems", "motors", "airlines", "airways", "technologies", "pharmaceuticals",
                            "partners", "enterprises", "brands", "bancorp", "financial", "insurance",
                            "communications", "laboratories", "labs", "logistics", "petroleum",
                            "telecom", "ventures", "investments", "securities", "properties",
                            "entertainment", "studios", "hotels", "resorts", "stores", "chemicals"})


def ends_body(low: str) -> bool:
    """A word that ends a body's name: a kind of body, a newspaper's or a company's."""
    return low in ORG_NOUNS or low in MEDIA_WORDS or ends_company(low)


def ends_company(low: str) -> bool:
    """A word that ends a company's name and no person's: ``Foods``, ``Corp.``, ``Holdings``."""
    return low.rstrip(".") in _COMPANY_WORDS
