"""The offices a person's role or name holds, in every language the merge reads: the one
reading of office words that people, officials and actor entries share."""

from __future__ import annotations

import re

from summarizer.daily.people import COURTESY_TITLES, OFFICE_ACRONYMS, foreign_titles
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.offices import COMPOUND_OFFICE_ENDINGS, OFFICE_FAMILY
from summarizer.text.vocabulary import PERSON_ROLES, TITLE_ABBREVIATIONS


def offices(text: str) -> set[str]:
    """The offices a role or name names, in any of the languages read ("Gov.", "juez"),
    and the office each word is one name of (``lexicons.offices``: "alcaldesa" and
    "Mayor" are both the mayor, "Polizeisprecher" a spokesperson)."""
    found = set()
    roles, _ = foreign_titles()
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        role = OFFICE_ACRONYMS.get(word) or TITLE_ABBREVIATIONS.get(word, word)
        if role in PERSON_ROLES or (role in roles and role not in COURTESY_TITLES):
            found.add(role)
        if family := _office_family(fold_accents(role)):
            found.add(family)
    # An office written with a hyphen ("porte-parole"), read whole (split on spaces, not
    # by a pattern: a run of letters with no hyphen would make one backtrack).
    for word in text.casefold().split():
        if "-" in word and (family := OFFICE_FAMILY.get(fold_accents(word.strip(".,;:()")))):
            found.add(family)
    return found


def _office_family(word: str) -> str | None:
    """The office a folded word names, itself or as a German compound's end."""
    if word in OFFICE_FAMILY:
        return OFFICE_FAMILY[word]
    ending = next((e for e in COMPOUND_OFFICE_ENDINGS if word.endswith(e) and len(word) > len(e) + 2), None)
    return OFFICE_FAMILY[ending] if ending else None
