"""A city named in another language inside a body's name ("conseil municipal de
Saragosse", "parquet de Sarrebruck"), as the city's own name (Zaragoza, Saarbrücken), so
the body's name in every language has one key. The exonym table of ``places_in_english``
writes the places newsrooms name most in English; the cities' table (``exonyms.exonym_of``)
knows the world's cities in their other languages, but is read only for a name the
hand-kept tables know or a city's own name: GeoNames' alternates alone hold common words
that some town somewhere is also called ("gente": Gent, "plaza": Laudio, "leche": Lecce)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from summarizer.text.abbreviations import english_place_names
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import country_in_english, exonym_of, is_city
from summarizer.text.gazetteer import place_spellings
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER, LEVEL_NOUNS, LEVEL_WORDS
from summarizer.text.lexicons.places import EXONYMS, REGION_LEVELS
from summarizer.text.subdivisions import subdivision_names

# A region's name this short is too often another word ("Ain" of France, "Wien" aside).
SHORTEST_REGION = 4
# A word this short is too often another language's common word that some town is also
# called in a third ("bajo", "warn").
SHORTEST_CITY = 5


@cache
def city_own_name(word: str) -> str:
    """``word`` (lower case, accents folded) as the own name of the city it is another
    language's name of, folded likewise; the word itself for any other word, for a word
    of the concept tables ("sante" is health, never Xanten) and for a place the exonym
    table writes in English already."""
    if len(word) < SHORTEST_CITY or word in CONCEPTS or word in DOMAIN_CONCEPTS:
        return word
    if word in FILLER or word in LEVEL_WORDS or word in REGION_LEVELS or word in LEVEL_NOUNS:
        return word  # "Kanton Waadt" is Vaud's canton, never Canton's (Guangzhou)
    if word in english_place_names():
        return word
    if country_in_english(word) is not None:
        return word  # countries are read by the demonym tables ("island" is no Iceland)
    if not (place_spellings().get(word) or word in EXONYMS or is_city(word)):
        return word  # as ``place_keys._city_quarter``: "nuevo" is no Ramona, "casco" no Portland
    own = exonym_of(word)
    if own is None or " " in own:
        return word
    return fold_accents(own.casefold())


def cities_as_own(words: Iterable[str]) -> list[str]:
    """Each word as ``city_own_name`` writes it."""
    return [city_own_name(word) for word in words]


def named_place(word: str, places: frozenset[str] = frozenset(), cities: bool = True) -> bool:
    """Whether ``word`` (lower case, accents folded, an umlaut's "e" too: "toelz") names a
    place: one of the day's (``places``, see ``organisations.place_words``), one the
    English-name, exonym or gazetteer tables know, a country's part ISO 3166-2 names
    ("occitanie", "lombardia"), or with ``cities`` a city of GeoNames (whose many towns
    bear surnames too: "Suárez")."""

    def known(name: str) -> bool:
        listed = (
            name in places or name in english_place_names() or name in EXONYMS or name in place_spellings()
        )
        region = len(name) >= SHORTEST_REGION and bool(subdivision_names(name))
        return listed or region or (cities and is_city(name))

    return known(word) or known(re.sub(r"([aou])e", r"\1", word))


def known_city(name: str) -> bool:
    """A city the shipped data knows by this name: its own, a hand-kept table's ("Bâle",
    "Straßburg"), or another language's the data gives, spelled alike ("Mülhausen",
    "Pampelune"). GeoNames' alternates alone also hold words some far town is called
    ("Wurtemberg" is an alternate of Massapequa Park): a city they give must open as the
    name does."""
    if is_city(name):
        return True
    curated = place_spellings().get(name.casefold()) or EXONYMS.get(fold_accents(name))
    if curated:
        return is_city(curated)
    other = exonym_of(name)
    return bool(
        other and is_city(other) and fold_accents(other[:1]).casefold() == fold_accents(name[:1]).casefold()
    )
