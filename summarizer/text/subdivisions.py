"""A country's parts (provinces, regions, cantons, Länder) by their names in the product's
languages, from ISO 3166-2 as ``pycountry`` ships it with the iso-codes translations:
"Bizkaia", "Vizcaya", "Biscaye" and "Biscaglia" are one province, "Girona [Gerona]" names
its province twice, "Valais" is "Wallis" in German, and Bizkaia lies in the País Vasco.

Neither GeoNames' cities nor CLDR's countries (``text.exonyms``) hold them, and a hand list
would hold only the regions its author thought of. This is a relation, never a remap: the
daily merge reads two names as one region only when one day names both (see
``daily.place_variants``). Read on first use (about 0.2 s) and kept for the process.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from summarizer.text.exonyms import country_by_code, name_form

# "Girona [Gerona]", "Valais / Wallis", "Bozen / Bolzano": one part's names, each its own.
_NAME_PARTS = re.compile(r"\s*(?:\[|\]|/)\s*")


def _names(written: str) -> set[str]:
    return {name_form(part) for part in _NAME_PARTS.split(written) if len(part.strip()) >= 3}


# German writes a region's "-ia" as "-ien" and its "c" as "k" ("Galicia": Galicien, "Calabria":
# Kalabrien, "Cantabria": Kantabrien, "Asturias": Asturien), where iso-codes' German holds
# few of Spain's or Italy's parts: the form is made for every part named so.
_LATIN_ENDING = re.compile(r"^(?P<stem>[a-z]{3,})ias?$")


def _german_form(name: str) -> str | None:
    """The German form of a one-word part's name ending in "-ia" or "-ias", else None."""
    match = _LATIN_ENDING.match(name)
    if match is None:
        return None
    stem = match["stem"]
    return ("k" + stem[1:] if stem.startswith("c") else stem) + "ien"


@cache
def _table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each folded name of a part -> every name of the parts bearing it (itself too), and
    each -> the names of the parts holding them."""
    import pycountry

    from summarizer.text.language import SUPPORTED

    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in SUPPORTED
    ]
    names_of: dict[str, set[str]] = {}
    for part in pycountry.subdivisions:
        names = _names(part.name)
        for translation in translations:
            names |= _names(translation.gettext(part.name))
        names_of[part.code] = names | {german for name in names if (german := _german_form(name))}
    same: dict[str, set[str]] = {}
    holders: dict[str, set[str]] = {}
    for part in pycountry.subdivisions:
        names = names_of[part.code]
        parent = getattr(part, "parent_code", None)
        for name in names:
            same.setdefault(name, set()).update(names)
            if parent in names_of:
                holders.setdefault(name, set()).update(names_of[parent])
    return (
        {k: frozenset(v) for k, v in same.items()},
        {k: frozenset(v - names_of_part) for k, v in holders.items() if (names_of_part := same[k]) and v},
    )


def all_subdivision_names() -> frozenset[str]:
    """Every folded name of every country part."""
    return frozenset(_table()[0])


def subdivision_names(name: str) -> frozenset[str]:
    """Every name, folded, of the country parts named ``name`` (empty when none is):
    "Vizcaya" -> {"bizkaia", "vizcaya", "biscaye", ...}."""
    return _table()[0].get(name_form(name), frozenset())


@cache
def _countries() -> dict[str, frozenset[str]]:
    """Each folded name of a part -> the English names of the countries holding a part so
    named."""
    import pycountry

    found: dict[str, set[str]] = {}
    for part in pycountry.subdivisions:
        # The name news writes, not ISO's ("Russia", not "Russian Federation").
        country = country_by_code(part.country_code) or getattr(
            pycountry.countries.get(alpha_2=part.country_code), "name", None
        )
        if country is None:
            continue
        for name in _table()[0].get(name_form(part.name), frozenset()) | _names(part.name):
            found.setdefault(name, set()).add(country)
    return {name: frozenset(countries) for name, countries in found.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The English names of the countries that have a part named ``name`` ("Texas" ->
    {"United States"}; "Limburg" -> Belgium and the Netherlands), empty when none has."""
    return _countries().get(name_form(name), frozenset())


def subdivision_holders(name: str) -> frozenset[str]:
    """The names, folded, of the parts holding the parts named ``name`` ("Bizkaia" ->
    {"pais vasco"})."""
    return _table()[1].get(name_form(name), frozenset())


@cache
def subdivision_by_code(country: str, code: str) -> str | None:
    """The ISO name of the part of ``country`` (alpha-2) whose ISO 3166-2 code ends in
    ``code`` ("CH", "VS" -> "Valais"), or None: Swiss copy names a canton's body by its
    code ("Kapo VS", "Kapo ZH"), and the code is ISO's."""
    return _names_by_code().get(f"{country.upper()}-{code.upper()}")


@cache
def _names_by_code() -> dict[str, str]:
    """Each part's ISO 3166-2 code -> its ISO name."""
    import pycountry

    return {part.code: part.name for part in pycountry.subdivisions}


# ISO 3166-2 types of parts that are one town each, not areas holding towns: Malta's local
# councils ("Santa Venera", "Tas-Sliema"), Slovenia's and North Macedonia's municipalities,
# France's overseas communes. A report placed at one is placed at a town, as at any other.
_TOWN_TYPES = frozenset(
    {
        "Local council",
        "Municipality",
        "Urban municipality",
        "Rural municipality",
        "City municipality",
        "Special municipality",
        "Commune",
        "Town",
    }
)


def names_a_town_only(name: str) -> bool:
    """Whether every country part named ``name`` is one town (``_TOWN_TYPES``): "Santa
    Venera" (a Maltese local council) is, "Vizcaya" (a province) and an unknown name not."""
    return name_form(name) in _town_only_names()


@cache
def _town_only_names() -> frozenset[str]:
    import pycountry

    towns: set[str] = set()
    areas: set[str] = set()
    for part in pycountry.subdivisions:
        named = _table()[0].get(name_form(part.name), frozenset()) | _names(part.name)
        (towns if part.type in _TOWN_TYPES else areas).update(named)
    return frozenset(towns - areas)
