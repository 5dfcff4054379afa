"""Two names of one place that maintained data knows, read as one place only on a day that
names both: a country's part in two languages ("Bizkaia" and "Vizcaya", ``text.subdivisions``),
a city by an alternate name that is another town's own name too ("Brunswick" is
Braunschweig's English name and a town's in Georgia; "Gerona" is Girona's Spanish one,
``text.exonyms.also_named``), and what the data says holds a place: the area a city is named
with ("Palma de Mallorca": Mallorca holds Palma), the region holding a province (Bizkaia lies
in the País Vasco).

Never a remap of a name for every day: "Brunswick" stays a town of its own unless the same
day names Braunschweig, and two towns of two names stay two places unless the data calls
one by the other's name. ``place_variants`` joins the keys; the holders become the day's
containment (``Within``) as an article's "Palma, on Mallorca" would."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from summarizer.daily.city_names import known_city
from summarizer.daily.key_spelling import key_words_folded
from summarizer.daily.place_keys import COUNTRY_NAMES, place_key
from summarizer.daily.places import Within
from summarizer.linkage import joined_to_least
from summarizer.text.exonyms import also_named, areas_named_with, name_form, names_with_relations
from summarizer.text.subdivisions import all_subdivision_names, subdivision_holders, subdivision_names


def _as_key(form: str) -> str:
    """A folded name of the data as the merge's place keys write it (``place_key`` without
    its lookups: doubled letters single, an umlaut's "e" dropped, a saint's title one)."""
    return key_words_folded(name_form(form).split(), saints=not known_city(form))


@cache
def _names_by_key() -> dict[str, frozenset[str]]:
    """Each name the data knows, keyed as a place key is: one key may be several names."""
    found: dict[str, set[str]] = {}
    for name in [*all_subdivision_names(), *names_with_relations()]:
        found.setdefault(_as_key(name), set()).add(name)
    return {key: frozenset(names) for key, names in found.items()}


def _other_names(key: str) -> set[str]:
    """The keys of every name the data gives the country part(s) a key names, its own aside."""
    found: set[str] = set()
    for name in _names_by_key().get(key, ()):
        found |= {_as_key(other) for other in subdivision_names(name) if not _two_saints_cities(name, other)}
    found.discard(key)
    return found


def _two_saints_cities(name: str, other: str) -> bool:
    """Two names of one country part that are two cities' own names, one saint's name in two
    languages: the parish of Saint John is "San Juan" in Spanish, but San Juan and Saint John
    are two cities (``place_keys.place_key``)."""
    if not (known_city(name) and known_city(other)):
        return False
    return key_words_folded(name_form(name).split()) == key_words_folded(name_form(other).split())


def cities_also_named(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """The day's place keys that are another city's alternate name too, each to the keys of
    those cities the day names: "brunswick" -> {"braunschweig"} on a day naming both."""
    present = {k for k in keys if k and k not in COUNTRY_NAMES}
    found: dict[str, frozenset[str]] = {}
    for key in sorted(present):
        cities = {_as_key(c) for name in _names_by_key().get(key, ()) for c in also_named(name)}
        if held := frozenset(cities & present - {key}):
            found[key] = held
    return found


def one_place_names(keys: Iterable[str]) -> dict[str, str]:
    """The day's place keys that the data gives as names of one place, each to one of them
    (the least): "vizcaya" and "bizkaia" -> "bizkaia" on a day naming both."""
    present = {k for k in keys if k and k not in COUNTRY_NAMES}
    return joined_to_least(
        present, ((key, other) for key in present for other in _other_names(key) & present)
    )


def holders_by_name(keys: Iterable[str]) -> list[Within]:
    """What the data says holds a place the day names, when the day names the holder too:
    "palma" in "malorca" (a city named with its area), "bizkaia" in "pais vasco"."""
    present = {k for k in keys if k and k not in COUNTRY_NAMES}
    found: list[Within] = []
    for key in sorted(present):
        for name in _names_by_key().get(key, ()):
            # A holder as the data writes it and as a report's key writes it: the data's
            # "pais vasco" is the "basque country" a report of "Baskenland" is keyed by.
            holders = [*areas_named_with(name), *subdivision_holders(name)]
            outer = {key for h in holders for key in (_as_key(h), place_key(h))}
            found.extend((key, holder, None) for holder in sorted(outer & present) if holder != key)
    return found
