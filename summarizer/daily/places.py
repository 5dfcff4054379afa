"""Where a report of an event says it happened, and when two such places can be one.

A report has its own place (a name key) and the places its passage names. Places are
incompatible on evidence only: two of one level (two towns, two counties), or one known to
lie elsewhere. One place can hold the other when it is the same, named by the other's
passage ("Tarvik, in the Osterholm region"), a country and a place not another country's,
or a place that holds towns (a region, a valley, an island group) and one nothing places
elsewhere. Two towns each said to be "in the Osterholm region" stay two places."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.daily.incident_fields import IncidentFields
from summarizer.daily.place_chains import site_of_key, town_of_site
from summarizer.daily.place_keys import COUNTRY_NAMES, COUNTRY_OF_CAPITAL, place_key
from summarizer.daily.town_centres import centre_may_hold
from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, known_places_in
from summarizer.text.lexicon import UPPER
from summarizer.text.lexicons.offices import TITLES
from summarizer.text.lexicons.places import PLACE_LEVEL_WORDS
from summarizer.text.place_levels import may_lie_within, place_level
from summarizer.text.places import places_after_prepositions, places_between


def places_in(text: str, lang: str = "en") -> set[str]:
    """Places named in a passage as place keys, countries aside (too coarse to tell two
    events apart) and without a possessive owner ("Japan's Hokkaido" is Hokkaido): after
    an English preposition and, in a passage of another language, after its own ("à
    Vénissieux", "en Sagunto"), any the gazetteer knows, and both ends of a stretch named
    between two ("la route entre Les Haudères et Villaret"). Not a place someone or something
    comes from ("ein Urlauberpaar aus Köln", ``_ORIGIN``)."""
    text = _ORIGIN.sub(_blank_an_origin, text)
    found = {place for place, _ in places_after_prepositions(text)}
    if lang != "en":
        found |= {place for place, _ in places_after_prepositions(text, lang)}
    found |= {text[start:end] for start, end in known_places_in(text)}
    found.update(places_between(text, lang))
    keys = {place_key(p) for p in found if p.split()[0] not in COUNTRY_BY_DEMONYM}
    return {k for k in keys if k and k not in COUNTRY_NAMES}


# Where someone or something comes from, named after German "aus" as English names it after
# "from" (which no pattern reads as a place): "ein Urlauberpaar aus Köln", "Wasser aus der
# Dérotse-Staumauer". A passage's origins are not where its event is.
_ORIGIN = re.compile(
    r"(?<!\w)(?:aus|from)\s+(?:(?:der|dem|den|des|the)\s+)?"
    r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’\-]*){0,2}"
)


# "3 km from Ashby", "two miles away from Tarvel": a distance from a place says where the
# event is.
_DISTANCE_BEFORE = re.compile(r"(?i:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?|away)\s+$")


def _blank_an_origin(origin: re.Match[str]) -> str:
    before = origin.string[max(0, origin.start() - 16) : origin.start()]
    return origin.group(0) if _DISTANCE_BEFORE.search(before) else " " * len(origin.group(0))


def _country_holds(country: str, place: str) -> bool:
    """A country holds a finer place unless the place is known to be another country's (its
    capital): the shipped data places no town, and a report placed only in a country says
    nothing against a town of it. What else the two reports share then decides."""
    return (
        country in COUNTRY_NAMES
        and place not in COUNTRY_NAMES
        and COUNTRY_OF_CAPITAL.get(place_key(place), country) == country
    )


# A place one report names as lying in another: (inner key, outer key, the outer's level
# when it holds towns, see ``text.places.region_level``).
Within = tuple[str, str, str | None]


@dataclass(frozen=True, slots=True)
class Levels:
    """What a day knows of a report's place beyond its name: the level that makes it hold
    towns (a county, a comarca), the places known to hold it, as "level:place"
    ("county:northfield"; "?:northfield" when the day names no level of it), and whether
    the report's passage names no finer place than its own (``vague``): a county's report
    that names none may be of an event in any town of it, one that names a town is of that
    town."""

    level: str | None = None
    held_in: frozenset[str] = frozenset()
    vague: bool = False

    @property
    def holders(self) -> list[str]:
        """The places known to hold the report's place, without their levels."""
        return [held.partition(":")[2] for held in self.held_in]


NO_LEVELS = Levels()


def places_compatible(
    place_a: str | None,
    places_a: frozenset[str],
    place_b: str | None,
    places_b: frozenset[str],
    levels_a: Levels = NO_LEVELS,
    levels_b: Levels = NO_LEVELS,
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
    return place_a == place_b or places_related(place_a, places_a, place_b, places_b, levels_a, levels_b)


def _region_may_hold(region: str, levels: Levels, place: str, place_levels: Levels) -> bool:
    """A place that holds towns (a county, a valley, an island group) may hold another place
    unless that is of its own level (another county) or known to lie in one, or in a place
    of no known level, other than it ("Ashby, a town in Southfield County", "OLMEDA (Soria)
    -" and the province of Burgos), that is no part of it (``may_lie_within``: "QLD" of
    Queensland). Of a county and a region either may hold the other: what else decides."""
    level = levels.level
    if level is None or not levels.vague or place_levels.level == level:
        return False
    return not any(
        held.startswith((f"{level}:", "?:"))
        and (outer := held.partition(":")[2]) != region
        and not (held.startswith("?:") and may_lie_within(outer, region, level))
        for held in place_levels.held_in
    )


def places_related(
    place_a: str | None,
    places_a: frozenset[str],
    place_b: str | None,
    places_b: frozenset[str],
    levels_a: Levels = NO_LEVELS,
    levels_b: Levels = NO_LEVELS,
) -> bool:
    """Two reports of other places than each other's that are tied all the same: one
    holds or may hold the other's place or names it beside its own (a town's historic centre and
    a street of the town, ``town_centres``), or (with no place of its own) both passages name
    one place."""
    if place_a and place_b:
        return (
            _held_or_named(place_a, places_a, place_b, places_b)
            or _in_area_named_for(place_a, levels_b)
            or _in_area_named_for(place_b, levels_a)
            or _region_may_hold(place_a, levels_a, place_b, levels_b)
            or _region_may_hold(place_b, levels_b, place_a, levels_a)
            or _site_of_a_holder(place_a, places_a, place_b, places_b, levels_b)
            or _site_of_a_holder(place_b, places_b, place_a, places_a, levels_a)
            or centre_may_hold(place_a, places_a, place_b, places_b)
            or centre_may_hold(place_b, places_b, place_a, places_a)
        )
    return not places_a.isdisjoint(places_b)


def _in_area_named_for(city: str, levels: Levels) -> bool:
    """The day says a report's place lies in an area named for ``city`` ("Zubiondo,
    localidad de la Cuenca de Pamplona"; "Greater Manchester", "Landkreis München"): a
    report placed at the city may be of it, as newsrooms name the city for its outskirts
    ("une usine de la banlieue de Pampelune"). What else the two share then decides."""
    return any(f" {city} " in f" {holder} " for holder in levels.holders)


def _site_of_a_holder(
    site: str, beside: frozenset[str], place: str, places: frozenset[str], levels: Levels
) -> bool:
    """A site of a town ("farms in Tongeren": "tongeren farm") and a place that the other
    report names as lying in that town, or the day does: no site ("Piringen and Rutten,
    Tongeren"), where the town's site may lie as a report naming only the town would
    (``named_by``), or a site of the same kind by a name of its own, where the town's site
    is only its kind beside the town ("hermitage, Vilanera": ``beside``, the places its
    report names, name the town apart) and the other's may be it ("ermitage de Sant
    Sebastià, Vilanera"). Two sites of one town of two kinds (a school and a hospital), or
    each by a name of its own (two schools; "Tongeren station" and "Piringen station,
    Tongeren"), stay two."""
    town = town_of_site(site)
    kind = site_of_key(place)
    return bool(
        town
        and (kind is None or (kind == site_of_key(site) and town in beside))
        and (town in places or town in levels.holders)
        and not _named_within(town, place)
    )


def _held_or_named(place_a: str, places_a: frozenset[str], place_b: str, places_b: frozenset[str]) -> bool:
    """One place named by the other report's passage, whole or as the name of a site in it
    ("im Skigebiet Wannigalp oberhalb von Obergrächen" and a report placed at the
    Wannigalp), one named within the other, or a country and a place of it."""
    return (
        named_by(place_a, places_b)
        or named_by(place_b, places_a)
        or _named_within(place_a, place_b)
        or _named_within(place_b, place_a)
        or _country_holds(place_a, place_b)
        or _country_holds(place_b, place_a)
    )


def _named_within(outer: str, inner: str) -> bool:
    """A place named by another's whole name and more ("the Arlo dam" within "Arlo", "port
    of Valparaiso" and Valparaiso): "northern Kharkiv" and "southern Kharkiv" are not."""
    return f" {outer} " in f" {inner} "


def names_in(location: str | None) -> str | None:
    """The words of a location that name a place: its capitalised words and its level words
    ("Russia's Belgorod region")."""
    return location and " ".join(
        w for w in location.split() if w[:1].isupper() or fold_accents(w) in PLACE_LEVEL_WORDS
    )


# The capitalised words a site's name holds beside its town's ("Port Adela Crown Court",
# "Tribunal Correctionnel de Valdeoca", "Amtsgericht von Laubach"): before the town, joined
# to it by an "of".
_SITE_BEFORE = rf"(?:[{UPPER}][\w'’]*[ \-]+){{1,2}}(?:of|de|del|della|di|du|des|da|do|von|der)\s+"
_SITE_AFTER = rf"(?:[ \-]+[{UPPER}][\w'’]*){{0,2}}"


def name_as_written(place: str | None, text: str) -> str:
    """The place's name as the text writes it where it names the place, with the capitalised
    words of a site's name around it (a report placed at "Port Adela Crown" by a reader that
    cut "Port Adela Crown Court" short, or at "Valdeoca" of the "Audiencia Provincial de
    Valdeoca"): the court is the place, not a word that tells the event; an office is none ("Le
    Maire de Lyon", "Police Chief of Lyon": Lyon). Empty where the text does not write it."""
    if not place or len(place) > 120:
        return ""
    found = re.search(rf"(?<!\w)(?P<site>{_SITE_BEFORE})?{re.escape(place)}{_SITE_AFTER}", text)
    if found and found["site"] and TITLES & set(re.findall(r"\w+", fold_accents(found["site"].casefold()))):
        return found.group()[len(found["site"]) :]
    return found.group() if found else ""


def named_by(place: str, places: frozenset[str]) -> bool:
    """A place among others or named within one of them ("st olaf" in "st olaf hospital")."""
    return place in places or any(f" {place} " in f" {other} " for other in places)


def report_levels(incident: IncidentFields, place: str | None, language: str) -> Levels:
    """A report's place's level when it holds towns ("Kessel County", "la comarca de X"),
    and whether its own sentence names no finer place than that (``Levels.vague``): "an
    avalanche at a ski resort in the canton of Valais" may be of any village of it, whatever
    the next sentence says; "collapsed near Brigg in Northfield County" is of Brigg."""
    level = place_level(incident.place, incident.location)
    if level is None:
        return NO_LEVELS
    named = places_in(incident.evidence, language)
    # Its own name without its level word is no finer place ("in the Ferrache valley" read
    # as "ferache" beside the report's "ferache valley").
    finer = {n for n in named if not (place and f" {n} " in f" {place} ")}
    return Levels(level, vague=not finer)
