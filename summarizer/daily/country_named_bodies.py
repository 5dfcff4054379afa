"""A national body named abroad with its country's adjective ("Garde civile espagnole",
"die spanische Guardia Civil", "Spanish Civil Guard") beside the same body named at home
without it ("Guardia Civil", "Civil Guard"): the local press never says whose its own
national body is, a foreign newsroom adds the country. A reader joins them when the day's
stories happen in that country ("Cantabria" lies in Spain, ``text.subdivisions``) and in no
other, and no other country's body of that name is named that day: on a border day the
"protection civile belge" is no "Protección Civil" of a report from Navarre. Police
named by a country alone are ``country_forces``' and ``national_forces``'."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from summarizer.daily.body_countries import COUNTRY_WORDS, country_word
from summarizer.daily.kinds_by_place import one_place
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.linkage import UnionFind
from summarizer.text.exonyms import city_regions, country_by_code
from summarizer.text.lexicons.organisations import UNQUALIFIED_HEADS
from summarizer.text.subdivisions import subdivision_countries

# Nouns of a public service's kind its name may carry or not: "Civil Protection Department"
# is the "Protezione Civile" of another report, and "protection civile maltaise" both. Not
# "ministry": a "Health Office" may be a town's, the "Health Ministry" is the country's.
KIND_NOUNS = frozenset({"department", "office"})


@cache
def _lies_in(name: str) -> frozenset[str]:
    """The countries (as key words) of the country parts and the cities named ``name``."""
    codes = {region.split(".")[0] for region in city_regions(name)}
    countries = {*subdivision_countries(name), *(country_by_code(code) for code in codes)}
    return frozenset(country_word(country) for country in countries if country)


def places_country(places: Iterable[str]) -> str | None:
    """The one country the day's places lie in, read by the parts of each place's name
    ("Ramales de la Victoria, Cantabria": Cantabria lies in Spain) that name a place of one
    country alone, not of several ("Valencia" is Spain's and Venezuela's); None when none
    does, or two parts lie in two countries (a border day's "Tui" and "Caminha")."""
    parts = {part.strip() for place in places for part in place.split(",")}
    countries = {next(iter(found)) for part in parts if len(found := _lies_in(part)) == 1}
    return countries.pop() if len(countries) == 1 else None


def _with_country(words: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """A key of one country and a name of its own beyond forces' kinds ("civil guard
    spain"): the country and the name; None for any other key."""
    countries = words & COUNTRY_WORDS
    name = words - countries
    if len(countries) != 1 or not name or name <= UNQUALIFIED_HEADS:
        return None
    return next(iter(countries)), name


def join_country_named_bodies(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places: Iterable[str],
    places_of: Sequence[frozenset[str]] | None = None,
) -> None:
    """Each body keyed by a country and a name joins the day's one body keyed by that name
    alone, when the day's places (its incidents') lie in that country and no other, and the
    day names that name with no other country. Two so named but for a noun of their kind
    ("Health Office", "Health Department") are one only where their articles' places
    (``places_of``) meet: two towns' health offices are two."""
    day_country = places_country(places)
    if day_country is None:
        return  # the day's stories happen in no one country: whose the bare body is is unsaid
    spellings = organisation_spellings(flat)
    bare: dict[frozenset[str], dict[int, set[str]]] = defaultdict(dict)  # a name alone -> group -> places
    countries_of: dict[frozenset[str], set[str]] = defaultdict(set)  # a name -> countries said
    named: list[tuple[int, str, frozenset[str]]] = []
    for index in spellings:
        for key in flat[index].keys:
            words = frozenset(key.split())
            if (found := _with_country(words)) is not None:
                named.append((index, *found))
                countries_of[found[1]].add(found[0])
            elif not words & COUNTRY_WORDS:
                found_places = places_of[index] if places_of is not None else frozenset()
                bare[_without_kind_nouns(words)].setdefault(groups.find(index), set()).update(found_places)
    joins: list[tuple[int, int]] = []
    for index, country, name in named:
        # The day's bodies so named, by one country, the country of the day's places: one,
        # though named with and without a noun of its kind ("Protezione Civile", "Civil
        # Protection Department"), which no other word tells apart.
        roots = bare.get(_without_kind_nouns(name), {})
        if (
            roots
            and countries_of[name] == {country}
            and country == day_country
            and _one_place(roots.values())
        ):
            joins.extend((index, root) for root in roots)
    for index, root in joins:
        groups.union(index, root)


def _without_kind_nouns(words: frozenset[str]) -> frozenset[str]:
    """A key's words without the nouns a public service's name may add ("department",
    "office"), unless that is all of them."""
    return words - KIND_NOUNS or words


def _one_place(places: Collection[set[str]]) -> bool:
    """One body's groups or one: each group's articles' places hold the others' or are
    held by them ("Piran", "harbour wall, Piran")."""
    return len(places) == 1 or all(one_place(a, b) for a in places for b in places)
