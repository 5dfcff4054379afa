"""A report's place written as its parts from finest to coarsest ("Flughafen Kolmsdorf,
Unterwald", "Pic Ardent, Valais", "plaza de los Tilos, Villarcayo"), read as the place it
is and the places it names as holding it.

Each part is keyed by its distinctive name words with its kind of site set aside and named
by one concept in every language ("Flughafen Kolmsdorf", "aéroport de Kolmsdorf" and
"Kolmsdorf airport" are all "kolmsdorf airport"); a part that is only a kind of site
("plaza", "Gemeindehaus") is that site of the next part ("vilarcayo square"). Countries
are left out of the chain, too coarse to meet anything by. The report's place is then its
finest part, and the coarser parts places it names beside it, so that a report of the town
("Oberried-sur-Sauer, Bas-Rhin") meets one of a forest of it ("Eichwald,
Oberried-sur-Sauer") as any report of a town meets one that names it (``places.named_by``).

What keeps two places of one name apart is what they lie in (``holders_apart``):
"Bahnhofstrasse, Zürich" and "Bahnhofstrasse, Bern", "Santiago, Chile" and "Santiago,
Spain", "Pic Ardent, Valais" and "Pic Ardent, Zermatten" unless the day says Zermatten
lies in Valais (``incidents.with_places_of_the_day``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from summarizer.daily.city_names import known_city
from summarizer.daily.named_sites import KIND_WORDS, NO_NAME, fold
from summarizer.daily.place_keys import COUNTRY_NAMES, place_key
from summarizer.daily.region_halves import halves_of_one_region
from summarizer.text.accents import fold_accents
from summarizer.text.concepts import tables
from summarizer.text.dates import weekday_in
from summarizer.text.exonyms import country_in_a_sites_name
from summarizer.text.lexicons.concepts_who_where import SITES
from summarizer.text.lexicons.organisations import FILLER
from summarizer.text.lexicons.places import (
    PLACE_SITE_NOUNS,
    PLACE_SITE_PHRASES,
    SITE_NAME_ADJECTIVES,
)
from summarizer.text.lexicons.site_parts import SITE_PARTS
from summarizer.text.roads_and_works import is_road_number
from summarizer.text.subdivisions import subdivision_countries

# What separates a place's parts: a comma, a semicolon; a slash joins a site's two names
# ("Flughafen Kolmsdorf/Unterwald"), each a part of it as a comma's would be, and so do
# brackets: a town's name in its other language ("Biel (Bienne)") or its province
# ("Olmeda (Soria)") is a part the town is named beside.
_PARTS = re.compile(r"[,;/()]")
# A word of a part, and the hyphens that join the words of a name ("San-Telmo-Pass").
_WORD = re.compile(r"[^\s]+")
_HYPHEN = re.compile(r"-")
# An article or "of" elided before a name: "d'Espanya", "dell'Italia", "l'Europe".
_ELIDED = re.compile(r"^(?:d|l|dell|all|nell)['’]", re.IGNORECASE)
# The longest place read: a place is a phrase.
_MOST_READ = 200
# A site, a street, a quarter, a town, a region and a country: more parts are a list of
# places, not one.
_MOST_PARTS = 6
# Concepts of sites that name the water or land a place lies by, no site of it: a river
# or a sea each language names its own way ("Rhin", "Rhein"; "Costa Blanca"). Not a lake
# named for its town ("Lake Vernay", "lac de Vernay", "lago de Vernay": one lake, its noun
# translated as a square's is; "Lake Constance" and "Bodensee" simply never meet). And
# the concept tables' parts of a building or no places at all (a fire on a roof or a
# balcony, a man stuck in a lift, a server, an email): no part of a place's name.
# What sets a kind of site in a town in the languages whose word for it is no joining word
# of names (``FILLER``): "fermes à Tongres", "fattorie a Bolzano", "granjas en Vic",
# "boerderijen te Tongeren". Read only after a site's noun and before any name.
_SITE_IN_A_TOWN = frozenset({"a", "en", "te"})
_NOT_SITES = frozenset({"valley", "river", "sea", "beach", "roof", "balcony", "lift", "server", "email"})


@cache
def _site_nouns() -> dict[str, str]:
    """Each word of a kind of site, folded as a place's key spells it (``named_sites.fold``:
    "aéroport" is "aroport", "Flughafen" "flughafen") -> its concept: the concept tables'
    sites and the words of place names (``PLACE_SITE_NOUNS``). Wider than
    ``named_sites.site_words``, the sites at one spot that carry a name of their own: a place
    written as parts may be a bridge, a pass, a square or a forest too."""
    table = tables()[0]
    sites = {fold(w): c for w, c in table.items() if c in SITES and c not in _NOT_SITES}
    sites |= {fold(w): c for c, block in PLACE_SITE_NOUNS.items() for w in block}
    return sites


def _site_of(word: str) -> str | None:
    return _site_nouns().get(fold(word))


def site_of_key(key: str | None) -> str | None:
    """The kind of site a place's key names ("vernay station": a station, "achen
    christmas_market": a Christmas market), as its words or the concepts keys are written
    with; None for a town, a region or a nameless spot."""
    if not key:
        return None
    words = key.split()
    if len(words) < 2:
        return None  # "Flughafen" alone, "Gare": no one site of a town
    kinds = (_site_of(w) or (w if w in PLACE_SITE_NOUNS else None) for w in words)
    return next((kind for kind in kinds if kind), None)


# The sites a town grew by and is named for, their noun before its name with a capital and
# no joiner: "Port Talbot", "Port-Vendres", "Puerto Madryn", "Pont-Audemer". The site itself
# takes a joiner ("the port of Muehlried", "le port de Sète", "el puerto de Vigo") or comes
# after the name ("Muehlried harbour"). German names a site so too ("Hafen Hamburg",
# ``site_of_place``).
_TOWN_OPENING_SITES = frozenset({"port", "bridge"})
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_A_SITES_NAME = KIND_WORDS | NO_NAME
_OPENS_A_NAME = re.compile(r"\s*([^\W\d_]+)[ \-]+[^\W\d_]")


def site_of_place(written: str | None, key: str | None, language: str) -> str | None:
    """The kind of site a report's place names (``site_of_key`` of its ``key``), but none for
    a site it names by no name of its own ("the international airport"), nor for a town
    named for its port or bridge as ``written`` ("Port Talbot": not a port) in a
    language other than German, which writes a site that way ("Hafen Hamburg")."""
    kind = site_of_key(key)
    if kind is None or not written:
        return kind
    if not _names_a_site(written):
        return None  # "the international airport": some town's, no named one
    if kind not in _TOWN_OPENING_SITES or language == "de":
        return kind
    opening = _OPENS_A_NAME.match(written)
    if opening and written[opening.end() - 1].isupper() and opening[1][:1].isupper():
        return None if _site_of(opening[1]) == kind else kind
    return kind


def _names_a_site(written: str) -> bool:
    """The place as written holds a name besides its site's nouns and the words of its kind:
    "Tarvel station", "gare de Tarvel"; not "the international airport", "l'Aéroport
    International"."""
    return any(
        word[:1].isupper() and not _site_of(word) and fold_accents(word.casefold()) not in _NOT_A_SITES_NAME
        for word in _LETTERS.findall(written)
    )


def _phrase_at(folded: list[str], index: int) -> tuple[str, int] | None:
    """The kind of site a phrase of words opening at ``index`` names ("hôtel de ville"), and
    its length in words."""
    for length in (3, 2):
        if concept := PLACE_SITE_PHRASES.get(" ".join(folded[index : index + length])):
            return concept, length
    return None


def _cities_joined(token: str) -> str:
    """A name of known cities joined by hyphens ("Bâle-Mulhouse", "Basilea-Mulhouse": an
    airport two cities share) with each city written as the data names it ("Basel
    Mulhouse"); any other name as it is ("Castelbrune-Valsène", "Baden-Wurtemberg")."""
    pieces = _HYPHEN.split(token)
    if len(pieces) < 2 or not all(known_city(p) for p in pieces):
        return token
    return " ".join(place_key(piece) for piece in pieces)


def _site_word(word: str) -> str:
    """A word of a site's name as its key reads it: a translated adjective ("Mayor"), a
    weekday written in lower case ("venerdì"), or the word itself."""
    translated = SITE_NAME_ADJECTIVES.get(fold_accents(word.casefold()))
    return translated or (word.islower() and weekday_in(word)) or word


def _part_key(part: str) -> tuple[str, frozenset[str]]:
    """A part's distinctive name as a place key, and the concepts of its site nouns: "aéroport
    de Kolmsdorf" -> ("kolmsdorf", {"airport"}); "San-Telmo-Pass" -> ("st telmo",
    {"pass"}); "hôtel de ville" -> ("", {"town_hall"})."""
    # "Puente Genil", "Piazza Armerina": towns; "hermitage" written lower case is a kind of
    # site, though a town somewhere is called Hermitage.
    if not part.islower() and known_city(part):
        return place_key(part), frozenset()
    name: list[str] = []
    sites: set[str] = set()
    tokens = _WORD.findall(part)
    folded = [fold_accents(token.casefold()) for token in tokens]
    only_a_sites_part = _only_a_sites_part(tokens, folded)
    index = 0
    while index < len(tokens):
        if phrase := _phrase_at(folded, index):
            sites.add(phrase[0])
            index += phrase[1]
            continue
        token = tokens[index]
        pieces = _HYPHEN.split(token)
        # A site noun joined after a name by a hyphen ("San-Telmo-Pass"); one before it opens
        # a town's name ("Port-Vendres", "Pont-Audemer").
        if len(pieces) > 1 and (concept := _site_of(pieces[-1])):
            sites.add(concept)
            token = "-".join(pieces[:-1])
        elif only_a_sites_part and not _site_of(token):
            token = ""  # "airport arrivals hall", "zona d'arribades": where in the site
        elif token.islower() and folded[index] in FILLER:
            pass  # "farms in Tongeren": a joining word, though "Inn" folds to it too
        elif token.islower() and folded[index] in _SITE_IN_A_TOWN and sites and not name:
            token = ""  # "fermes à Tongres", "fattorie a Bolzano", "boerderijen te Tongeren"
        elif concept := _site_of(token):
            sites.add(concept)
            token = ""
        if token:
            name.append(_cities_joined(token))
        index += 1
    if sites and all(word.islower() and fold_accents(word.casefold()) in FILLER for word in name):
        # "passagem de nível da Rua da Estação": the joining words between kinds of site name
        # nothing, and the site is the next part's (``place_chain``).
        name = []
    if sites:
        # "Plaça Major" and "Plaza Mayor", "marché du vendredi" and "mercato del venerdì": one
        # square's or market's name, translated. A weekday as the languages that write it in
        # lower case do: "Santo Domingo" is a saint (English writes "Friday" as its key does).
        name = [_site_word(word) for word in name]
        # "avinguda de França", "avenida de Francia", "avenue de France": one country's avenue.
        bare = [_ELIDED.sub("", w) for w in name]  # "Plaça d'Espanya"
        bare = [w for w in bare if fold_accents(w.casefold()) not in FILLER]
        country = country_in_a_sites_name(" ".join(bare))
        name = [country] if country else name
    # A site named for a saint is named so in every language, though a city bears the name.
    key = place_key(" ".join(name), site=bool(sites)) if name else ""
    return key, frozenset(sites)


def _only_a_sites_part(tokens: list[str], folded: list[str]) -> bool:
    """A part written as a part of a site only (``SITE_PARTS``: "arrivals hall", "zona
    d'arribades"), with joining words and kinds of site ("airport arrivals hall"): it names
    where in the site, so the site is the place, that of the next part when it names none
    ("airport arrivals hall, Palma": Palma's airport). A capitalised word that is a town's
    name ("Halle") is no part of a site."""
    bare = [_ELIDED.sub("", word) for word in folded]
    return any(word in SITE_PARTS for word in bare) and all(
        (word in SITE_PARTS and (token.islower() or not known_city(token)))
        or (token.islower() and word in FILLER)
        or token.isdigit()  # "Terminal 2", "binario 3"
        or _site_of(token)
        for token, word in zip(tokens, bare, strict=True)
    )


def _part_keys(place: str) -> list[tuple[str, frozenset[str]]]:
    """Each part's key and site concepts, finest first (``_part_key``); parts with neither
    are left out."""
    parts = (_part_key(part.strip()) for part in _PARTS.split(place[:_MOST_READ])[:_MOST_PARTS])
    return [(name, sites) for name, sites in parts if name or sites]


@lru_cache(maxsize=16384)
def place_chain(place: str | None) -> tuple[str, ...]:
    """A place written as parts (see the module's docstring): the keys of its parts, finest
    first, countries left out. One part is (), nothing: ``place_keys.place_key``
    keys it as it keys any place a passage names ("Port Adela" is a town, not a port)."""
    if not place or not _PARTS.search(place):
        return ()
    keys: list[str] = []
    site_alone = False  # the finest part names a kind of site only
    for name, sites in _part_keys(place):
        if name in COUNTRY_NAMES and not sites:
            continue  # "Pamplona, Spain": a country holds anything
        site_alone = site_alone or not (keys or name)
        keys.append(" ".join([*filter(None, [name]), *sorted(sites)]))
    if len(keys) > 1 and site_alone:
        # "plaza, Villarcayo", "Gemeindehaus, Kelsdorf": that site of the next part.
        keys[0] = f"{keys[1]} {keys[0]}"
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=16384)
def place_holders(place: str | None) -> frozenset[str]:
    """The places a place is written as lying in: its chain's coarser parts and the
    countries it names ("Santiago, Chile" lies in "chile"), which set two places of one
    name apart though they hold nothing apart from each other."""
    chain = place_chain(place)
    if not chain or place is None:
        return frozenset()
    countries = {name for name, sites in _part_keys(place) if name in COUNTRY_NAMES and not sites}
    return frozenset(chain[1:]) | frozenset(countries - {chain[0]})


def _may_hold(outer: str, inner: str, countries: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether one of two places may lie in the other though neither report says so: a
    country and a place finer than one that nothing sets in another country (the data does
    not say which country holds "Valais", but "Bologna, Italy" is not in Spain, nor Texas
    in France: ``_set_in_another_country``), or a name and one that holds its words ("Lyon"
    and "Lyon Vaise"). ``countries`` are those the reports of ``outer`` and ``inner`` name."""
    if (outer in COUNTRY_NAMES) != (inner in COUNTRY_NAMES):
        if outer in COUNTRY_NAMES:
            return not _set_in_another_country(outer, inner, countries[1])
        return not _set_in_another_country(inner, outer, countries[0])
    words_outer, words_inner = set(outer.split()), set(inner.split())
    return (
        words_outer <= words_inner
        or words_inner <= words_outer
        or _district_of_a_region(inner, outer)
        or _district_of_a_region(outer, inner)
        or halves_of_one_region(outer, inner)  # "oberelsas" and "haut rhin"
    )


# The level words of a part of a country's first-level region (a canton, a province, a
# state): a district, an arrondissement, a comarca, a Landkreis. German writes the word
# after the name as one word ("Sensebezirk", "Hochsauerlandkreis").
_DISTRICT_LEVELS = ("district", "bezirk", "kreis", "arrondissement", "comarca", "distrito", "circondario")


def _district_of_a_region(district: str, region: str) -> bool:
    """A place its name calls a district ("sensebezirk", "district singine", "comarca
    cerdanya") may lie in a country's first-level region the data knows ("fribourg",
    "girona"), which is no district itself: "Aubenwil, Sensebezirk" and "Aubenville,
    canton de Fribourg". A place of no level ("Zermatten") is no such part: what the day
    says decides (``incidents.with_places_of_the_day``)."""
    return (
        any(word.endswith(_DISTRICT_LEVELS) for word in district.split())
        and not any(word.endswith(_DISTRICT_LEVELS) for word in region.split())
        and bool(subdivision_countries(region))
    )


def _set_in_another_country(country: str, finer: str, named: frozenset[str]) -> bool:
    """``finer`` lies in another country than ``country``: its own report names countries
    (``named``) and not this one, or the data knows ``finer`` as a part of countries only
    other than this one (Texas is in the United States)."""
    if named:
        return country not in named
    known = {place_key(name) for name in subdivision_countries(finer)}
    return bool(known) and country not in known


def holders_apart(
    held_a: frozenset[str], place_a: str | None, held_b: frozenset[str], place_b: str | None
) -> bool:
    """Both reports' places name places they lie in (``held_*``, ``ReportEvidence.held_by``,
    with what the day says holds those: ``incidents.with_places_of_the_day``), and each
    names places the other does not, none of which may hold or lie in one of the other's
    (``_may_hold``):
    "Bahnhofstrasse, Zürich" and "Bahnhofstrasse, Bern"; "Hauptstrasse, Kelsried" and
    "Hauptstrasse, Dornried"; "Santiago, Chile" and "Santiago, Spain". A report placed at
    the other's town is in it ("plaza Mayor, Burgos" and "Burgos, Castilla"). Not the places
    the day names beside them, which it spreads to every report of one key. Nor the town a
    site of the other is named for: the site's name places it there as the town's own name
    would ("jonction de Champfontaine, A12" and "A12 exit Feldbrunnen, Champfontaine"). Nor,
    beside a stretch of road (``is_road_number``: "A12, Sensebezirk"), the town a site on
    that road is named for written again ("A12 exit Champfontaine, Champfontaine"): the
    district a road runs through may hold it, as it may when the town goes unwritten."""
    town_a, town_b = town_of_site(place_a), town_of_site(place_b)
    own_a = held_a - held_b - {place_b, town_b, _on_road_beside(town_a, place_a, held_a, place_b)}
    own_b = held_b - held_a - {place_a, town_a, _on_road_beside(town_b, place_b, held_b, place_a)}
    countries_a, countries_b = held_a & COUNTRY_NAMES, held_b & COUNTRY_NAMES
    return bool(own_a and own_b) and not any(
        _may_hold(mine, theirs, (countries_a, countries_b)) for mine in own_a for theirs in own_b
    )


def town_of_site(key: str | None) -> str | None:
    """The name a site's key gives besides its kind and the road it lies on ("champfontaine
    motorway_exit", "a12 champfontaine motorway_exit": "champfontaine"), or None for a key
    that names no kind of site (a town's, a region's)."""
    if site_of_key(key) is None or key is None:
        return None
    name = [w for w in key.split() if not _site_of(w) and w not in PLACE_SITE_NOUNS and not is_road_number(w)]
    return " ".join(name) or None


def _on_road_beside(
    town: str | None, place: str | None, held: frozenset[str], road: str | None
) -> str | None:
    """``town``, when ``road`` is a road's number that ``place`` (a site's key) is on, in its
    own words or in what it lies in; else None."""
    if not (town and place and road and is_road_number(road)):
        return None
    return town if road in place.split() or road in held else None


def site_variants(keys: Iterable[str]) -> dict[str, str]:
    """The day's keys of one site written with its kind's noun in two languages ("aroport
    kolmsdorf", "flughafen kolmsdorf", and a chain's "kolmsdorf airport"), each to the
    form a chain keys it by (its name words, then its kinds' concepts). Only when the day
    holds two such keys of one form: "Port Adela" alone stays the town it is."""
    nouns = _site_nouns()
    present = set(keys)
    by_form: dict[str, set[str]] = {}
    for key in present:
        words = key.split()
        sites = sorted({nouns[w] for w in words if w in nouns})
        # The road a site lies on is no part of its name: "A12 exit Sankt Niklaus" is the
        # exit "Ausfahrt Sankt Niklaus" names, as "la jonction de Saint-Nicolas" is.
        name = [w for w in words if w not in nouns and not is_road_number(w)]
        if len(name) > 1 and all(known_city(w) for w in name):
            # An airport two cities share, written alone ("aéroport de Bâle-Mulhouse") as a
            # chain's part writes it ("Basel Mulhouse", ``_cities_joined``).
            name = [place_key(w) for w in name]
        if sites and name:
            by_form.setdefault(" ".join([*name, *sites]), set()).add(key)
    return {
        key: form
        for form, written in by_form.items()
        if len(written | ({form} & present)) > 1
        for key in written
        if key != form
    }
