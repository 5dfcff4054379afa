"""A name written in capitals is an acronym ("AMT", Genoa's transport company), however
its letters read as a word of some language (German "Amt", an office): it names a kind of
body only as the lexicons list it as an acronym that does ("SDIS", a French department's
fire service; ``lexicons.body_domains.EXPANSIONS``). Read as the word, "AMT" was the
day's one office, and joined the "118 emergency service" of its own report. Only a short
one: letters that spell a noun by chance are few ("AMT"); a longer word in capitals is the
word itself, shouted by a headline, a caption or a vest ("POLIZEI", "BOMBEROS", "POLÍCIA"),
and the force so named."""

from __future__ import annotations

from summarizer.daily.organisations import BODY_WORDS, organisation_key
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import EXPANSIONS

# The most letters of an acronym that spells a common noun by chance ("AMT"); a word in
# capitals of more letters is that word ("POLIZEI").
_CHANCE_LETTERS = 4


def acronym_key(name: str) -> str | None:
    """The key of a name in capitals whose letters the concept tables read as a kind of
    body only because they spell a common noun: its letters, folded. None otherwise."""
    if not is_acronym(name) or len(name) > _CHANCE_LETTERS:
        return None
    letters = fold_accents(name.casefold())
    if letters in EXPANSIONS:
        return None
    concepts = set(organisation_key(letters).split())
    return letters if concepts and concepts <= BODY_WORDS and letters not in concepts else None
