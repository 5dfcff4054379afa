"""An organisation's name as the daily merge matches it, in any of the languages the rules
read: a bag of concepts ("Ministerio del Interior", "ministère de l'Intérieur",
"Innenministerium" and "Interior Ministry" are all ``interior ministry``), and when one
name is a shorter form of another ("Interior" of "Germany's Interior Ministry")."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, ORG_WORDS
from summarizer.text.lexicons.organisations import (
    COMPOUND_HEADS,
    COMPOUND_MODIFIERS,
    CONCEPTS,
    FILLER,
    GENERIC,
    LEVEL_WORDS,
    PHRASES,
    PLACE_NAMED_BODIES,
    UNQUALIFIED_HEADS,
)

_SPELLING = {"organisation": "organization", "programme": "program"}
# A word, or a possessive ("germany"s": name keys write every quote mark as '"').
_WORD = re.compile(r"\w+(?:\.\w+)*(?:[\"'’]s\b)?")
COUNTRY_WORDS = frozenset(c.casefold() for c in COUNTRIES)
# Levels of government and countries: what tells "Germany's Interior Ministry" from the
# day's "Interior Ministry" only in saying whose it is.
LEVELS = LEVEL_WORDS | COUNTRY_WORDS
NATIONWIDE = frozenset({"federal", "national"})
# Words that say what kind of body a name is ("ministry", "police", "union").
BODY_WORDS = (GENERIC - LEVELS) | UNQUALIFIED_HEADS | {"court", "guard"}


@cache
def name_kinds() -> frozenset[str]:
    """Words that say what kind of body an organisation with a name of its own is, as
    concepts ("union", "group", "bank", "Gewerkschaft", "syndicat", "partido"): a bare name
    ("Verdi", "Corvex") is the day's one body of that name and such a word. The
    gazetteer's organisation words and every lexicon's organisation roles and endings, but
    not the public bodies of the concept table (police, fire service, council, court...)
    nor bodies named after where they are (``PLACE_NAMED_BODIES``): "Lindau" is no more
    Lindau's fire brigade than "Russia" is its army."""
    from summarizer.text.language import SUPPORTED
    from summarizer.text.lexicon import lexicon

    found = {word for word, kind in ORG_WORDS.items() if kind in ("organization", "group")}
    for code in SUPPORTED:
        lex = lexicon(code)
        found |= {*lex.organization_roles, *lex.organization_endings}
    kinds = {CONCEPTS.get(w, w) for w in map(fold_accents, found)}
    public = set(CONCEPTS.values()) - GENERIC
    return frozenset(GENERIC | (kinds - public - PLACE_NAMED_BODIES))


def _compound_parts(word: str) -> list[str]:
    """A German compound as its known parts ("bundesinnenministerium" -> bundes, innen,
    ministerium), or the word alone when any part is unknown."""
    for head in COMPOUND_HEADS:
        if word.endswith(head) and len(word) > len(head):
            rest, parts = word[: -len(head)], [head]
            while rest:
                modifier = next((m for m in COMPOUND_MODIFIERS if rest.endswith(m)), None)
                if modifier is None:
                    return [word]
                parts.insert(0, modifier)
                rest = rest[: -len(modifier)]
            return parts
    return [word]


@cache
def organisation_key(key: str) -> str:
    """A name key (see ``linkage.name_key``) as a sorted bag of concepts: countries for
    their adjectives, no possessives, articles or prepositions of any language, German
    compounds as their parts, and each word as the concept it names in English."""
    found: list[str] = []
    for token in _WORD.findall(key):
        token = re.sub(r"[\"'’]s$", "", token)
        country = COUNTRY_BY_DEMONYM.get(token.capitalize())
        word = fold_accents(country or token)
        if word in FILLER:
            continue
        found.extend(_compound_parts(word))
    merged: list[str] = []
    for word in found:
        if merged and (merged[-1], word) in PHRASES:
            merged[-1] = PHRASES[(merged[-1], word)]
        else:
            merged.append(word)
    concepts = {CONCEPTS.get(w, _SPELLING.get(w, w)) for w in merged}
    return " ".join(sorted(concepts))


def shorter_form(smaller: frozenset[str], larger: frozenset[str]) -> bool:
    """True when an organisation keyed ``smaller`` may be the one keyed ``larger`` named
    shortly: the larger adds only whose it is ("Interior Ministry" of "Germany's Interior
    Ministry", "Innenministerium" of "Bundesinnenministerium"), or, to a bare name or
    domain, what kind of body it is ("Interior", "Sanidad", "Verdi" of "Gewerkschaft
    Verdi"); or the smaller names only a kind of body ("the police", "das Ministerium") and
    the larger is a body of that kind that says which. Whether the larger is the only
    candidate is for the caller to decide."""
    # "Federal" and "national" say whose a body is no more than the day's one country does:
    # "Bundesinnenministerium" is "Innenministerium" and "Germany's Interior Ministry".
    small, large = smaller - NATIONWIDE, larger - NATIONWIDE
    if not (small < large or (small == large and smaller < larger)):
        return False
    extra = large - small
    if small and small <= BODY_WORDS:
        # Kinds alone ("das Ministerium", "the police"): the day's one body of that kind.
        return not extra & BODY_WORDS
    if not small - GENERIC - LEVELS:
        return False
    if not small & BODY_WORDS:
        return extra <= name_kinds() | LEVELS
    return extra <= LEVELS
