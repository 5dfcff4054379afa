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
from functools import lru_cache

from summarizer.daily.city_names import known_city
from summarizer.daily.incident_fields import IncidentFields
from summarizer.daily.key_spelling import key_words_folded, spelling_folded
from summarizer.linkage import name_key
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    known_places_in,
    place_spellings,
)
from summarizer.text.lexicon import UPPER
from summarizer.text.lexicons.offices import TITLES
from summarizer.text.lexicons.organisations import FILLER
from summarizer.text.lexicons.places import (
    EXONYMS,
    GERMAN_CITY_PLACES,
    GERMAN_STREET_ENDINGS,
    PLACE_LEVEL_WORDS,
    STREET_WORDS,
)
from summarizer.text.normalize import normalize
from summarizer.text.place_levels import county_spelled_out, landmark_of, may_lie_within, place_level
from summarizer.text.places import places_after_prepositions, places_between

COUNTRY_NAMES = frozenset(n.casefold() for n in [*COUNTRIES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM])
# "Russia's Belgorod region", "Norway's Finnmark": the possessive names what holds the place;
# a saint's ("St Olaf's Hospital", "Saint Mary's Square") is part of the name.
_OWNER = re.compile(
    r"^(?!(?:St|St\.|Saint|Sankt|San|Santa|Sainte)\s)(?:[A-Z][\w\-]*\s+)*?[A-Z][\w\-]*['’]s\s+"
)
# Words that say a place's level or join it to its name, in every language read ("the city
# of Osterholm", "Belgorod region", "Region Hannover", "la provincia de Valencia"): one
# place whichever way a report writes it.
_NOT_OF_THE_NAME = FILLER | PLACE_LEVEL_WORDS
_POSSESSIVE = re.compile(r"""['’"]s\b""")  # ``normalize`` writes an apostrophe as '"'
_CITY_PLACE_NOUNS = frozenset(fold_accents(noun.casefold()) for noun in GERMAN_CITY_PLACES)
# A word of a place's key: letters of any script and digits ("A-7" is a road, not "a-").
_PLACE_WORD = re.compile(r"[\w-]+")


# A part of a country named by its direction ("southern Ukraine", "north-eastern Chile").
_COMPASS = re.compile(
    r"^(?:(?:far|the)\s+)?"
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def place_key(name: str, *, site: bool = False) -> str:
    """The key a place is matched by, as two reports of one event can name it at different
    levels, in different languages and spellings: without an owner ("Japan's"), level
    words or articles ("Region Hannover", "métropole de Lyon" are Hannover, Lyon); a known
    spelling made canonical ("Kiev" is Kyiv, the city, where an actor's "Kiev" is Ukraine;
    "Steiermark" and "Genève" are Styria and Geneva, ``EXONYMS``);
    accents folded and doubled letters single ("Hannover" and "Hanover", "Odessa" and
    "Odesa"). A country stays as it is, and is the key of a part of it named by direction
    ("southern Ukraine": no finer a place than the country); a city named for its country
    ("Mexico City") keeps its level word. A saint's name is one in every language
    (``key_spelling``), but in a known city's own name: São Paulo, Saint Paul and San
    Pablo are three cities, though a ``site`` named for a saint ("Església de Santa
    Maria") is one in every language even where a city bears its name."""
    owned = _known_parts(_OWNER.sub("", county_spelled_out(landmark_of(name))))
    if quarter := _city_quarter(owned):
        return quarter
    if held := regional_adjective(owned):
        owned = held[0]  # "Tiroler Ötztal" is the Ötztal
    spelled = _known_spelling(owned)  # "la Haye": an article may be part of the name
    if spelled:
        key = normalize(spelled)
    else:
        whole = name_key(owned)
        if whole in COUNTRY_NAMES:
            return whole
        # "Saint-Jean-de-Luz" and "St. Jean de Luz": a hyphen joins words as a space does.
        words = _JOINED_NAME.sub(" ", owned).split()
        bare = " ".join(w for w in words if fold_accents(w) not in _NOT_OF_THE_NAME) or owned
        spelled = _known_spelling(bare)
        key = normalize(spelled) if spelled else name_key(bare)
        if key in COUNTRY_NAMES:
            key = whole  # "Mexico City" is not Mexico
    country = _COMPASS.sub("", key)
    if key in COUNTRY_NAMES or country in COUNTRY_NAMES:
        return country
    words = _PLACE_WORD.findall(_JOINED_NAME.sub(" ", _POSSESSIVE.sub("", fold_accents(key))))
    if len(words) == 2 and words[1] in _CITY_PLACE_NOUNS and words[0].endswith("er"):
        # "Hamburger Hafen" is Hamburg's port, within Hamburg; "Kölner Südstadt" within the
        # "cologne" an English report names.
        words[0] = " ".join(spelling_folded(w) for w in place_key(words[0][:-2]).split())
    return key_words_folded(words, saints=site or not known_city(owned)) or key


def _known_parts(name: str) -> str:
    """A place written as its parts from finest to coarsest ("Quartier des Houblons,
    Mülhausen", "collège des Tilleuls, Bourtzwiller, Mulhouse") with each part the data
    spells another way written canonically: a German paper's "Mülhausen" is the Mulhouse of
    a French one, so the quarter it names is one quarter. A part no data knows stays as
    written, so two towns of two names ("Müllheim", "Mülhausen") stay two."""
    if "," not in name:
        return name
    parts = [part.strip() for part in name.split(",")]
    return ", ".join(_known_spelling(part) or part if part else part for part in parts)


# A city's quarter named after it with a hyphen, as German and Austrian papers write it
# ("Köln-Ehrenfeld", "Wien-Favoriten", "Frankfurt-Höchst"): two capitalised parts.
_QUARTER = re.compile(r"^(?P<city>[A-ZÀ-ÞĀ-Ž][\w']+)-(?P<quarter>[A-ZÀ-ÞĀ-Ž][\w']+)$")


def _city_quarter(name: str) -> str | None:
    """The key of a city's quarter with the city as the day keys it alone, when the city has
    a known spelling of its own ("Köln-Ehrenfeld" -> "cologne ehrenfeld", within the
    "cologne" of a report that names the city in English, ``_named_within``), else None."""
    match = _QUARTER.match(name)
    if match is None:
        return None
    # A city's own name, or one the hand-kept tables spell: GeoNames' alternates alone hold
    # words ("Petit", "Saar") that some town somewhere is also called.
    first = match["city"]
    curated = place_spellings().get(first.casefold()) or EXONYMS.get(fold_accents(first))
    city = _known_spelling(first) if curated or is_city(first) else None
    if not city or normalize(city) in COUNTRY_NAMES:
        return None
    return f"{place_key(city)} {place_key(match['quarter'])}"


# A hyphen joining two words of a name ("Saint-Denis", "Pyrénées-Atlantiques", and an
# elided article's "Saint-Martin-de-l'Erm") is a space written another way; one in a road's
# number ("A-7") is not.
_JOINED_NAME = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_](?:[^\W\d_]|['’\"]))")
# German names a place in its region by the region's adjective ("im Tiroler Ötztal", "die
# Steirische"... only the "-er" form is read: "Tiroler", "Allgäuer").
_REGIONAL_ADJECTIVE = re.compile(r"^(?P<region>[A-ZÄÖÜ][a-zäöüß]{2,})er\s+(?P<place>[A-ZÄÖÜ][\w-]{2,})$")


def regional_adjective(name: str) -> tuple[str, str] | None:
    """The place and its region when German names a place by its region's adjective
    ("Tiroler Ötztal": the Ötztal, in Tirol): only for a region the tables know that is no
    city ("Wiener Neustadt" is a town of its own, "Hamburger Hafen" Hamburg's port, see
    ``place_key``), and a place that is no street ("Tiroler Straße") or city's place."""
    match = _REGIONAL_ADJECTIVE.match(name.strip())
    if match is None:
        return None
    region, place = match.group("region"), match.group("place")
    folded = fold_accents(place)
    if folded in _CITY_PLACE_NOUNS or folded.endswith(GERMAN_STREET_ENDINGS) or folded in STREET_WORDS:
        return None
    known = EXONYMS.get(fold_accents(region)) or place_spellings().get(region.casefold())
    if not known or any(exonym_of(n) or is_city(n) for n in (region, known)):
        return None
    return place, region


def _known_spelling(name: str) -> str | None:
    """The canonical name of a place the shipped data or the exonym table knows, else its
    name in the data of cities and countries (``text.exonyms``: "Pampelune" is Pamplona,
    "Espagne" Spain), itself made canonical ("Kolonia" is Köln, which the table writes
    Cologne)."""
    folded = fold_accents(name)
    known = place_spellings().get(name.casefold()) or EXONYMS.get(folded)
    if known or not _PLACE_WORD.search(name):
        return known
    other = exonym_of(name)
    return other and (EXONYMS.get(fold_accents(other)) or other)


# Place key of a capital -> key of its country: the one containment the shipped data knows.
COUNTRY_OF_CAPITAL = {
    place_key(capital): normalize(country) for capital, country in COUNTRY_BY_CAPITAL.items()
}


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
    holds or may hold the other's place or names it beside its own, or (with no place of
    its own) both passages name one place."""
    if place_a and place_b:
        return (
            _held_or_named(place_a, places_a, place_b, places_b)
            or _in_area_named_for(place_a, levels_b)
            or _in_area_named_for(place_b, levels_a)
            or _region_may_hold(place_a, levels_a, place_b, levels_b)
            or _region_may_hold(place_b, levels_b, place_a, levels_a)
        )
    return not places_a.isdisjoint(places_b)


def _in_area_named_for(city: str, levels: Levels) -> bool:
    """The day says a report's place lies in an area named for ``city`` ("Zubiondo,
    localidad de la Cuenca de Pamplona"; "Greater Manchester", "Landkreis München"): a
    report placed at the city may be of it, as newsrooms name the city for its outskirts
    ("une usine de la banlieue de Pampelune"). What else the two share then decides."""
    return any(f" {city} " in f" {holder} " for holder in levels.holders)


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
