"""Where a report of an event says it happened, and when two such places can be one.

A report has its own place (the incident's place, as a name key) and the places its
passage names. Two reports can be of one event only where one place can hold the other:
the same place; a place the other report itself names beside its own ("Tarvik, in the
Osterholm region" is compatible with a report from Osterholm); or a country and a place
not known to be another country's (Helsinki in Finland, not Addis Ababa). Two places that
merely share a third one named nearby (two towns of one region, each said to be "in the
Osterholm region") are two places: neither holds the other, and nothing says either does.
"""

from __future__ import annotations

import re

from summarizer.linkage import name_key
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    known_places_in,
    place_spellings,
)
from summarizer.text.normalize import normalize
from summarizer.text.places import PLACE, place_of_match

COUNTRY_NAMES = frozenset(n.casefold() for n in [*COUNTRIES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM])
# Place key of a capital -> key of its country: the one containment the shipped data knows.
COUNTRY_OF_CAPITAL = {
    normalize(capital): normalize(country) for capital, country in COUNTRY_BY_CAPITAL.items()
}
# "Russia's Belgorod region", "Norway's Finnmark": the possessive names what holds the place.
_OWNER = re.compile(r"^(?:[A-Z][\w\-]*\s+)*?[A-Z][\w\-]*['’]s\s+")
# What a place is called besides its name ("the city of Osterholm", "Belgorod region"): one
# place whichever way a report writes it.
_LEVEL = r"(?:city|town|village|region|province|district|county|oblast|border region)"
_LEVEL_WORDS = re.compile(rf"^(?:the\s+)?{_LEVEL}\s+of\s+|\s+{_LEVEL}$", re.IGNORECASE)


# A part of a country named by its direction ("southern Ukraine", "north-eastern Chile").
_COMPASS = re.compile(
    r"^(?:(?:far|the)\s+)?"
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+",
    re.IGNORECASE,
)


def place_key(name: str) -> str:
    """The key a place is matched by: its name without an owner or a level word, a known
    spelling made canonical ("Kiev" is Kyiv, the city, where an actor's "Kiev" is Ukraine),
    and a country for a part of it named by direction ("southern Ukraine" is Ukraine: no
    finer a place than the country)."""
    cleaned = _LEVEL_WORDS.sub("", _OWNER.sub("", name.strip())).strip()
    spelled = place_spellings().get(cleaned.casefold())
    key = normalize(spelled) if spelled else name_key(cleaned)
    country = _COMPASS.sub("", key)
    return country if country != key and country in COUNTRY_NAMES else key


def places_in(text: str) -> set[str]:
    """Places named in a passage as name keys, countries aside (too coarse to tell two
    events apart) and without a possessive owner ("Japan's Hokkaido" is Hokkaido)."""
    found = {place for m in PLACE.finditer(text) if (place := place_of_match(m))}
    found |= {text[start:end] for start, end in known_places_in(text)}
    keys = {place_key(p) for p in found if p.split()[0] not in COUNTRY_BY_DEMONYM}
    return {k for k in keys if k and k not in COUNTRY_NAMES}


def _country_holds(country: str, place: str) -> bool:
    """A country holds a finer place unless the place is known to be another country's (its
    capital): the shipped data places no town, and a report placed only in a country says
    nothing against a town of it. What else the two reports share then decides."""
    return (
        country in COUNTRY_NAMES
        and place not in COUNTRY_NAMES
        and COUNTRY_OF_CAPITAL.get(place, country) == country
    )


def places_compatible(
    place_a: str | None, places_a: frozenset[str], place_b: str | None, places_b: frozenset[str]
) -> bool:
    """Whether two reports' places can be the place of one event (see the module's
    docstring). A report naming no place is compatible with any; one with no place of its
    own is compatible through any place both passages name."""
    if not (place_a or places_a) or not (place_b or places_b):
        return True
    if not place_a or not place_b:
        named_a = places_a | {place_a} if place_a else places_a
        named_b = places_b | {place_b} if place_b else places_b
        return not (places_a and places_b) or not named_a.isdisjoint(named_b)
    return place_a == place_b or _held_or_named(place_a, places_a, place_b, places_b)


def places_related(
    place_a: str | None, places_a: frozenset[str], place_b: str | None, places_b: frozenset[str]
) -> bool:
    """Two reports of other places than each other's that are tied all the same: one
    holds the other's place or names it beside its own, or (with no place of its own) both
    passages name one place."""
    if place_a and place_b:
        return _held_or_named(place_a, places_a, place_b, places_b)
    return not places_a.isdisjoint(places_b)


def _held_or_named(place_a: str, places_a: frozenset[str], place_b: str, places_b: frozenset[str]) -> bool:
    return (
        place_a in places_b
        or place_b in places_a
        or _named_within(place_a, place_b)
        or _named_within(place_b, place_a)
        or _country_holds(place_a, place_b)
        or _country_holds(place_b, place_a)
    )


def _named_within(outer: str, inner: str) -> bool:
    """A place named by another's whole name and more ("the Arlo dam" within "Arlo", "port
    of Valparaiso" and Valparaiso): "northern Kharkiv" and "southern Kharkiv" are not."""
    return f" {outer} " in f" {inner} "
