"""Whether a place holds towns: a level word in its name ("Kessel County", "la comarca del
Alto Tormes", "Queensland state", "la frontière franco-allemande"), an article before it in
French ("le Rhône"), a valley's German name ("Eringertal"), or a region the exonym table
or ISO 3166-2 knows by name ("Steiermark", "Vizcaya")."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.lexicons.places import AREA_LEVELS, EXONYMS, REGION_LEVELS, STREET_WORDS
from summarizer.text.lexicons.relative_places import (
    RELATIVE_PLACE_PHRASES,
    ROAD_BETWEEN,
    ROAD_BETWEEN_JOINERS,
    ROAD_LOCATORS,
)
from summarizer.text.roads_and_works import ROAD_NUMBER
from summarizer.text.subdivisions import names_a_town_only, subdivision_names

# French names a département, a region or a river with a lower-case article ("le Rhône",
# "la Drôme", "l'Ain"), a town without one ("Lyon"; "Le Havre" writes it in the name).
_ARTICLED_REGION = re.compile(r"^(?:le|la|les|l['’])\s*[A-ZÀ-ÖØ-Þ]")
_LEVELS = REGION_LEVELS | AREA_LEVELS
# German writes a valley as one word ending in "-tal" ("Eringertal", "Saastal", "Ötztal"):
# one name, no town of 15,000 people or more (Wuppertal, Freital are cities).
_GERMAN_VALLEY = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}t(?:h)?al$")
# French, Italian and Romansh write a valley "Val" and its name, with a space ("Val
# d'Anniviers", "Val Ferrache", "Val di Ranna", "Val Flaura"); a town's name joins it with
# hyphens ("Val-d'Isère", "Val-de-Travers"), which this does not read.
_ROMANCE_VALLEY = re.compile(r"^[Vv]al\s+(?:(?:d['’]\s*)|(?:di|de|del|da|dal)\s+)?[A-ZÀ-ÖØ-Þ]")


# Irish and British papers write a county "Co." or "Co" before its name ("Co. Galway",
# "Co Down"): the county of "County Galway" and "Galway County". A company's "Co." follows
# "&" or another name ("Smith & Co. Ltd"), never opens a place's part.
_COUNTY_SHORT = re.compile(r"(?:(?<=^)|(?<=[,;(]\s)|(?<=[,;(])|(?<=\bin\s))Co\.?(?=\s+[A-Z][a-z])")


def county_spelled_out(name: str) -> str:
    """``name`` with its county written in full: "near Clifden, Co. Galway" -> "near
    Clifden, County Galway"."""
    return _COUNTY_SHORT.sub("County", name)


# A relation to a landmark opening a place's name, then the landmark ("d'" joins it unspaced).
_NEAR_A_LANDMARK = re.compile(r"\s*(?i:" + "|".join(RELATIVE_PLACE_PHRASES) + r")(?:(?<=['’])|\s+)(?=\w)")


# A road's number, then what locates it by a town, then the town ("A31 near Hettange-Grande").
_ROAD_BY_A_TOWN = re.compile(
    rf"\s*({ROAD_NUMBER.pattern})\s+(?i:{'|'.join(ROAD_LOCATORS)})(?:(?<=['’])|\s+)(?=\w)"
)
_ROAD_BETWEEN_TOWNS = re.compile(
    rf"\s*({ROAD_NUMBER.pattern})\s+(?i:{ROAD_BETWEEN})\s+(.+?)\s+(?i:{ROAD_BETWEEN_JOINERS})\s+(?=\w)"
)


def _after_the_town(name: str, start: int) -> int:
    """Where the town opening ``name[start:]`` ends: at its part's comma or bracket, or the end."""
    ends = [at for at in (name.find(",", start), name.find("(", start)) if at >= 0]
    return min(ends) if ends else len(name)


def landmark_of(name: str) -> str:
    """The landmark a place written as near it names ("off Land's End", "12 nautical miles
    west of Land's End", "au large de Bonifacio", "vor Helgoland": Land's End, Bonifacio,
    Helgoland, ``lexicons.relative_places``), or the road and town a road located by a town
    names ("A31 near Hettange-Grande", "A31 at Hettange-Grande": "A31 Hettange-Grande"; "A31
    between Thionville and Hettange-Grande": "A31 Thionville Hettange-Grande"), else the
    name as written, trimmed. Two reports of one event at sea or on a road place it at one
    landmark at two precisions; neither says it lies elsewhere than the landmark's place."""
    if between := _ROAD_BETWEEN_TOWNS.match(name):
        # The stretch between two towns lies at neither: the road, which holds both.
        return f"{between[1]} {name[_after_the_town(name, between.end()) :]}".strip()
    if road := _ROAD_BY_A_TOWN.match(name):
        return f"{road[1]} {name[road.end() :].strip()}"
    near = _NEAR_A_LANDMARK.match(name)
    return name[near.end() :].strip() if near else name.strip()


def region_level(name: str | None) -> str | None:
    """The level word that makes a place one that holds towns ("Kessel County": county, "la
    comarca del Alto Tormes": comarca; "region" for "le Rhône", see ``_ARTICLED_REGION``;
    "valley" for "Eringertal"), accents folded, or None."""
    if not name:
        return None
    # The place's own phrase: what follows a comma or a bracket tells of places holding it
    # ("Laengenfeld, a village in the Oetztal valley of Austria's Tyrol province" is a
    # village, "Ashby (Northfield County)" a town).
    name = _FIRST_CLAUSE.split(county_spelled_out(name), maxsplit=1)[0]
    level: str | None = next((w for w in re.findall(r"[\w-]+", fold_accents(name)) if w in _LEVELS), None)
    if level:
        return level
    if (_GERMAN_VALLEY.match(name.strip()) or _ROMANCE_VALLEY.match(name.strip())) and not is_city(
        name.strip()
    ):
        return "valley"
    return "region" if _ARTICLED_REGION.match(name) or _known_region_name(name) else None


# What may stand between a level word and the name it is the level of ("the canton of
# Valais", "la comarca del Alto Tormes", "Landkreis von Harburg"). Each a single word with
# whitespace only before it ("de la" is "de" and "la"): a run of joiners then splits one
# way only, so stripping it takes linear time ("of of of ... x" took exponential time when
# whitespace could fall on either side of a joiner).
_TRAILING_JOINERS = re.compile(r"(?:\s*(?:of|the|de|del|du|des|d['’]|la|le|el|von|der))+\s*$")


def place_level(place: str | None, location: str | None) -> str | None:
    """The level of a report's place (``region_level``), read from its location only where
    the location gives it to the place itself: a level word next to the place's name ("an
    underground mine in Queensland state", "the northern Atacama region", "la comarca del
    Alto Tormes"), a French article before it ("dans la Drôme"), or an island's "on" ("On
    Lanzarote"; a street's name has its street word, see ``region_level``). "A district hospital in
    Bad Kellerbrunn" is no district, "le Rhin en aval de Kembsheim" no region. A region
    known by its name alone ("Queensland") takes the level its location writes beside it
    ("in Queensland state")."""
    own = region_level(place)
    if own and own != "region":
        return own
    return _level_beside(place, location) or own


def _level_beside(place: str | None, location: str | None) -> str | None:
    """The level a location writes beside a report's place (see ``place_level``)."""
    if not location:
        return None
    if not place:
        return region_level(location)
    clause = _FIRST_CLAUSE.split(location[:500], maxsplit=1)[0]
    folded, name = fold_accents(clause).casefold(), fold_accents(place).casefold()
    at = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
    if at is None:
        return None
    before = _TRAILING_JOINERS.sub("", folded[: at.start()]).split()
    after = folded[at.end() :].split()
    near = [w.strip(".,;:") for w in (before[-1:] + after[:1])]
    if level := next((w for w in near if w in _LEVELS), None):
        return level
    street = STREET_WORDS.intersection(name.split())
    if _ON_AN_ISLAND.fullmatch(folded[: at.start()]) and not folded[at.end() :].strip() and not street:
        return "island"  # English is "on" an island ("On Lanzarote"), "in" a town
    articled = _ARTICLE_BEFORE.search(folded[: at.start()]) and place[:1].isupper()
    return "region" if articled else None


# An island group's level words: its parts are islands, which datelines name as they would
# a province ("PÁJARA (Fuerteventura)").
_ISLAND_GROUPS = frozenset({"islands", "islas", "iles", "inseln", "archipelago", "archipel", "archipielago"})


def may_lie_within(part: str, region: str, level: str) -> bool:
    """Whether a place of no known level (a key) may be a part of a region (a key) of this
    level: the region's abbreviation ("qld" of "queensland": its first letter, then letters
    of it in order, four at most) or, of an island group, any place (an island of it)."""
    if level in _ISLAND_GROUPS:
        return True
    letters = iter(region)
    short = 1 < len(part) <= 4 < len(region) and part.isalpha() and part[0] == region[0]
    return short and all(letter in letters for letter in part)


def _known_region_name(name: str) -> bool:
    """A region the exonym table knows by name ("Tyrol", "Steiermark", "Andalousie"), or a
    country's part ISO 3166-2 names in one of the product's languages ("Vizcaya", "Valais",
    ``text.subdivisions``): a place they name that no city of GeoNames bears ("Wien",
    "Genf", "Girona", "Valencia" are cities as much as provinces)."""
    folded = fold_accents(name.strip())
    english = EXONYMS.get(folded)
    if english is not None:
        return not exonym_of(folded) and not exonym_of(english) and not is_city(english)
    return (
        len(folded) >= 4
        and bool(subdivision_names(folded))
        and not names_a_town_only(folded)  # a Maltese local council is a town
        and not is_city(folded)
        and not exonym_of(folded)
    )


_FIRST_CLAUSE = re.compile(r"[,;(\[]")
_ON_AN_ISLAND = re.compile(r"\s*on\s+")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|la|les|l['’])\s*$")
