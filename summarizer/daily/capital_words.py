"""A name written in capitals is an acronym ("AMT", Genoa's transport company), however
its letters read as a word of some language (German "Amt", an office): it names a kind of
body only as the lexicons list it as an acronym that does ("SDIS", a French department's
fire service; ``lexicons.body_domains.EXPANSIONS``). Read as the word, "AMT" was the
day's one office, and joined the "118 emergency service" of its own report."""

from __future__ import annotations

from summarizer.daily.organisations import BODY_WORDS, organisation_key
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import EXPANSIONS


def acronym_key(name: str) -> str | None:
    """The key of a name in capitals whose letters the concept tables read as a kind of
    body only because they spell a common noun: its letters, folded. None otherwise."""
    if not is_acronym(name):
        return None
    letters = fold_accents(name.casefold())
    if letters in EXPANSIONS:
        return None
    concepts = set(organisation_key(letters).split())
    return letters if concepts and concepts <= BODY_WORDS and letters not in concepts else None
