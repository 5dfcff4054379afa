"""How a body named by its level of government ("State Office for Cyber Defence") is joined
to the day's one body named alike by its region instead ("Bavaria's cyber defence office"),
within the regions its level's word or country allows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.body_countries import COUNTRY_WORDS, country_word
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import english_place_names
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import is_city
from summarizer.text.lexicons.organisations import GENERIC
from summarizer.text.subdivisions import subdivision_countries

# Levels of government below a country: a body of one ("State Office for Cyber Defence",
# "Landesstelle") is named after its region by another article ("Bavaria's cyber defence
# office").
REGION_GOVERNMENT_LEVELS = frozenset({"state", "regional", "provincial", "cantonal"})


def _region(word: str) -> bool:
    """A region the exonym table knows (Bavaria, Valais, Catalonia), not a city or country."""
    return word in english_place_names() and not is_city(word) and word not in COUNTRY_WORDS


# A level's word that says which regions it may govern: Spain's "Generalitat" is
# Catalonia's or the Valencian Community's government, never a Swiss canton's ("Bombers de
# la Generalitat" is no "pompiers valaisans").
_LEVEL_WORD_REGIONS = {"generalitat": frozenset({"catalonia", "valencia", "valencian-community"})}


def _regions_allowed(item: OrganisationNames) -> frozenset[str] | None:
    """The regions a body named by its level may be of, when a word of its names says
    (``_LEVEL_WORD_REGIONS``); None when it may be of any."""
    said = {fold_accents(word.casefold()) for name in item.names for word in name.split()}
    allowed = [regions for word, regions in _LEVEL_WORD_REGIONS.items() if word in said]
    return frozenset().union(*allowed) if allowed else None


def join_levels_to_regions(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """A body named by its level ("State Office for Cyber Defence") is the day's one body
    named alike by its region instead ("Bavaria's cyber defence office"): the same words
    once the level and the region are left out, and those words say more than what kind
    of body it is. With two regions' such bodies ("Bavaria's", "Hesse's") it joins neither;
    a level that says its regions ("Generalitat") joins only a body of one of them, and one
    that says its country ("Spanish regional coastguards") only a body of its regions."""
    by_rest: dict[frozenset[str], dict[str, dict[int, tuple[frozenset[str], frozenset[str]]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for index in organisation_spellings(flat):
        for key in flat[index].keys:
            words = frozenset(key.split())
            levels, regions = words & REGION_GOVERNMENT_LEVELS, frozenset(w for w in words if _region(w))
            countries = words & COUNTRY_WORDS
            rest = words - levels - regions - countries
            if not rest - GENERIC or bool(levels) == bool(regions):
                continue  # a kind alone, or both or neither of a level and a region
            if regions:
                countries |= {country_word(c) for region in regions for c in subdivision_countries(region)}
            by_rest[rest]["level" if levels else "region"][index] = (regions, countries)
    for named in by_rest.values():
        for index, (_, countries) in named["level"].items():
            allowed = _regions_allowed(flat[index])
            # A country's regional body ("Spanish regional coastguards") is one of its regions'
            # ("Galician coastguards": Galicia lies in Spain), never another country's region's.
            roots = {
                groups.find(i)
                for i, (regions, theirs) in named["region"].items()
                if (allowed is None or not regions.isdisjoint(allowed)) and countries <= theirs
            }
            if len(roots) == 1:
                groups.union(index, roots.pop())
