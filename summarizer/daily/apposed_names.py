"""A body's name an article declares by apposition after its acronym: "selon le SIAMU, les
pompiers bruxellois", "la STIB, la société des transports bruxellois", "die BVG, Berlins
Verkehrsbetriebe", "el SAMU, el servicio de urgencias". The acronym is that body, which
another article names in its own language by the description ("Brussels fire service").
The bracketed declarations are ``defined_names.defined_names``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.daily.organisations import BODY_WORDS, name_kinds, organisation_key
from summarizer.linkage import name_key
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents

# The apposition: after a comma, an article (or a German place in the genitive, "Berlins
# Verkehrsbetriebe") and at most six words, closed by a comma, a sentence's end or a bracket.
_ARTICLE = r"(?:the|le|la|les|l['’]|die|der|das|den|el|los|las|il|lo|gli|i|o|a|os|as|het|de)"
_APPOSED = re.compile(
    rf",\s+((?:{_ARTICLE}\s*|[A-ZÀ-Þ][^\W\d_]+s\s+)[^\W\d_][^,.;:!?()\[\]\n\d]{{1,70}}?)"
    r"\s*(?=[,.;:!?)\n]|$)",
    re.IGNORECASE,
)
_MOST_WORDS = 6
# A list ("la STIB, la SNCB et De Lijn") names several bodies, not the acronym's own.
_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "und", "oder", "y", "o", "e", "ed", "en"})
# A clause after an acronym that opens the sentence ("Selon la STIB, la police a dit"): a
# reporting verb ends it, never a body's description.
_REPORTING = frozenset(
    {
        "said",
        "says",
        "told",
        "dit",
        "a",
        "declare",
        "sagte",
        "sagt",
        "teilte",
        "mit",
        "dijo",
        "afirmo",
        "detto",
        "ha",
        "disse",
        "diz",
        "is",
        "est",
        "ist",
        "es",
        "e",
        "was",
        "war",
        "fue",
    }
)


def _names_a_body(phrase: str) -> bool:
    """Its key holds a word that says what kind of body it is (fire service, company...)."""
    return bool(set(organisation_key(name_key(phrase)).split()) & (BODY_WORDS | name_kinds()))


def apposed_names(text: str, name: str, ends: Iterable[int]) -> list[str]:
    """The descriptions an article gives an acronym ``name`` in apposition where it names
    it (``ends``: where each mention ends). A list, a person or a clause is none."""
    if not is_acronym(name):
        return []
    found: list[str] = []
    for end in ends:
        match = _APPOSED.match(text, end)
        if match is None:
            continue
        phrase = match.group(1).strip()
        words = phrase.split()
        folded = [fold_accents(w.casefold()) for w in re.findall(r"[^\W\d_]+", phrase)]
        if (
            len(words) > _MOST_WORDS
            or any(is_acronym(w) for w in words)
            or _CONJUNCTIONS.intersection(folded[1:])
            or _REPORTING.intersection(folded[1:])
            or not _names_a_body(phrase)
        ):
            continue
        found.append(phrase)
    return list(dict.fromkeys(found))
