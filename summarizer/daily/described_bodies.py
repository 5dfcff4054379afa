"""A body described by its country and field alone ("die französische Gesundheitsbehörde",
"the French health authority", "l'autorité sanitaire allemande"): a foreign newsroom's
way of naming whichever of that country's bodies of that field its story is about. On a
day that names two such bodies that neither is a form of the other (a national health
agency and a regional health authority), the description could be either, and joins
none: it is listed on its own, as a bare surname of two people is (``people``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.daily.organisations import BODY_WORDS, NATIONWIDE
from summarizer.daily.people import Ambiguous
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS, LEVEL_WORDS

_MOST_READ = 64
# The levels of government below a nation's ("regional", "district", "cantonal").
_BELOW_NATION = LEVEL_WORDS - NATIONWIDE


@cache
def _fields() -> frozenset[str]:
    """The concepts that say what a body does ("health", "customs", "border"), not what
    kind of body it is, at which level, or whose."""
    concepts = set(CONCEPTS.values()) | set(DOMAIN_CONCEPTS.values())
    return frozenset(concepts - BODY_WORDS - COUNTRY_WORDS - LEVEL_WORDS)


@cache
def _read() -> frozenset[str]:
    return _fields() | BODY_WORDS | COUNTRY_WORDS | LEVEL_WORDS


def _described(key: str) -> bool:
    """A key of one country, some fields and some kinds of body, and nothing else: no name,
    place or level of its own ("france health office", not "france health office regional")."""
    words = set(key.split())
    countries, kinds, fields = words & COUNTRY_WORDS, words & BODY_WORDS, words & _fields()
    return len(countries) == 1 and bool(kinds) and bool(fields) and words == countries | kinds | fields


def _fits(description: frozenset[str], key: frozenset[str]) -> bool:
    """A key of a body the description may be: of its fields exactly, of no other country
    and no other kind (a health ministry is no health authority), whatever else it says."""
    fields = _fields()
    return (
        bool(key & fields)
        and key & fields == description & fields
        and key & COUNTRY_WORDS <= description
        and key & BODY_WORDS <= description
    )


def held_descriptions(flat: Sequence[OrganisationNames]) -> Ambiguous:
    """Each described body that two of the day's other bodies fit that cannot be one
    (``_apart``), with the indexes of the bodies it could be."""
    keyed = [
        (i, frozenset(key.split())) for i, item in enumerate(flat) if not item.is_person for key in item.keys
    ]
    held: Ambiguous = []
    settled: dict[int, list[int] | None] = {}  # by item: actors spelled alike are read once
    for index, item in enumerate(flat):
        if id(item) not in settled:
            settled[id(item)] = _could_be(item, flat, keyed)
        if (candidates := settled[id(item)]) is not None:
            held.append((index, candidates))
    return held


def _could_be(
    item: OrganisationNames, flat: Sequence[OrganisationNames], keyed: list[tuple[int, frozenset[str]]]
) -> list[int] | None:
    """The bodies a described item could be when two of them are apart, else None."""
    descriptions = [frozenset(k.split()) for k in item.keys if not item.is_person and _described(k)]
    if not descriptions:
        return None
    fitting = {
        (id(flat[other]), key): other
        for other, key in keyed
        if flat[other] is not item and key not in descriptions and any(_fits(d, key) for d in descriptions)
    }
    # Distinct keys only, and a bounded number of them: a busy day's fifty health offices
    # are as ambiguous as its two.
    keys = list(fitting)[:_MOST_READ]
    apart = any(a[0] != b[0] and _apart(a[1], b[1]) for a in keys for b in keys)
    return sorted(set(fitting.values())) if apart else None


def _apart(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two keys of a field that cannot be one body: one national, the other regional (or
    of two levels below the nation), or each naming a place or name the other does not.
    "Federal Avalanche Office" and "Eidgenössisches Lawinenamt" may be one."""
    if one & _BELOW_NATION != other & _BELOW_NATION:
        return True
    named, also_named = one - _read(), other - _read()
    return bool(named and also_named and named != also_named)
