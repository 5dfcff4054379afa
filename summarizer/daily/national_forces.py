"""A country's police as a newsroom abroad names it ("Spanish police", "la police
espagnole", "die spanische Polizei") when the force of that country the day's other
reports name is one of its national forces under its own name: a civil guard, a
gendarmerie, carabinieri or a national police, said to be that country's ("Guarda Civil
espanhola", "gendarmerie française"). English copy calls them all "police"; the day's
texts say whose force it is, no table does. With two such forces of the country (its civil
guard and its national police) the police named by the country's adjective is neither."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.linkage import UnionFind
from summarizer.text.lexicons.organisations import POLICE_FORCES

# A country's national forces by their own kind: what "police" of that country may name.
_NATIONAL_FORCES = (
    frozenset({"civil", "guard"}),
    frozenset({"gendarmerie"}),
    frozenset({"carabinieri"}),
    frozenset({"national", "police"}),
)


def _country_of(words: frozenset[str], kinds: frozenset[str]) -> str | None:
    """The country of a key that is one country and ``kinds`` alone ("" for ``kinds`` alone,
    whose country is unsaid), else None."""
    countries = words & COUNTRY_WORDS
    if words != countries | kinds or len(countries) > 1:
        return None
    return next(iter(countries), "")


def join_national_forces(
    flat: Sequence[OrganisationNames], groups: UnionFind, places_of: Sequence[frozenset[str]] | None = None
) -> None:
    """Each police named by its country alone ("police spain") and no other name yet joins
    the day's one national force said to be that country's, when their articles' places
    (``places_of``, if known) share a place and no other national force is named, of that
    country or of none said ("Policía Nacional" beside "Guardia Civil española": the
    "police espagnole" may be either): the Spanish police of a report on a theft in Porriño
    is the "Guarda Civil espanhola" of another report on it."""
    keys_of: dict[int, set[frozenset[str]]] = defaultdict(set)  # group -> its keys
    places: dict[int, set[str]] = defaultdict(set)  # group -> its articles' place words
    for index, item in enumerate(flat):
        root = groups.find(index)
        keys_of[root] |= {frozenset(key.split()) for key in item.keys}
        places[root] |= places_of[index] if places_of is not None else set()
    # Country ("" unsaid) -> its national forces' groups, and the kinds of those.
    forces: dict[str, set[int]] = defaultdict(set)
    kinds_of: dict[str, set[frozenset[str]]] = defaultdict(set)
    for root, keys in keys_of.items():
        for words in keys:
            for kinds in _NATIONAL_FORCES:
                if (country := _country_of(words, kinds)) is not None:
                    forces[country].add(root)
                    kinds_of[country].add(kinds)
    for index in organisation_spellings(flat):
        root = groups.find(index)
        said = {_country_of(words, frozenset({"police"})) for words in keys_of[root]}
        if len(said) != 1 or None in said or "" in said:
            continue  # named otherwise too: already one force of its own
        country = said.pop() or ""
        # One kind of national force named ("Guardia Civil", "Guarda Civil espanhola" are
        # one force before shorter forms join them), and one group of it said to be the country's.
        rivals = kinds_of.get(country, set()) | kinds_of.get("", set())
        found = {r for r in forces.get(country, ()) if places_of is None or places[r] & places[root]}
        # Any force of its place other than that one kind ("Mossos d'Esquadra", "police
        # municipale" in the reports from Barcelona or Nice) may be the one the foreign copy
        # calls the country's.
        local = {
            other
            for other, keys in keys_of.items()
            if other != root
            and (places_of is None or places[other] & places[root])
            and any(words & POLICE_FORCES and words != {"police"} for words in keys)  # not "the police"
        }
        if len(rivals) == 1 and len(found) == 1 and local <= found | forces.get("", set()):
            groups.union(index, found.pop())
