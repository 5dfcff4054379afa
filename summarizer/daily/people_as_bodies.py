"""An organisation an engine took for a person ("Naviera Majorera", "Genève Aéroport",
"Alpenklang Events" kind person): copy names a company or an airport as it names a
person, by a capitalised pair, and an extractor that reads the pair as a name gives the
body two actors. A "person" whose name opens with no given name and is, read as an
organisation's name, the day's one organisation so keyed (``organisations``: in any
language, without its legal form) is that organisation. A name that opens with a given
name ("Joan Ferrà" beside the jeweller "Ferrà Joiers", "John Lewis" beside the retailer)
stays a person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.daily.organisations import BODY_WORDS, organisation_key, placed_key
from summarizer.linkage import UnionFind, name_key
from summarizer.text.given_names import given_names


def _opens_with_given_name(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return first in given_names() or first.capitalize() in given_names()


def body_keys(item: OrganisationNames, places: frozenset[str]) -> set[str]:
    """A person's names read as an organisation's (``actors._ActorItem.keys``), for a name
    of two words or more that opens with no given name; none for any other."""
    names = [n for n in item.names if len(n.split()) >= 2]
    if not names or any(_opens_with_given_name(n) for n in item.names):
        return set()
    keys = {placed_key(organisation_key(name_key(n)), places) for n in names} - {""}
    # A kind alone ("Civil Aviation" aside) says which body no more than it says whom.
    return {key for key in keys if not set(key.split()) <= BODY_WORDS}


def join_people_named_as_bodies(
    flat: Sequence[OrganisationNames], groups: UnionFind, places: frozenset[str]
) -> None:
    """Each "person" keyed as the day's one organisation (``body_keys``) joins it."""
    by_key: dict[str, set[int]] = defaultdict(set)
    for index, item in enumerate(flat):
        if not item.is_person:
            for key in item.keys:
                by_key[key].add(index)
    if not by_key:
        return
    spelled: dict[int, list[int]] = defaultdict(list)  # actors spelled alike share one item
    for index, item in enumerate(flat):
        if item.is_person:
            spelled[id(item)].append(index)
    for indexes in spelled.values():
        keys = body_keys(flat[indexes[0]], places)
        roots = {groups.find(i) for key in keys for i in by_key.get(key, ())}
        if len(roots) == 1:
            root = roots.pop()
            for index in indexes:
                groups.union(index, root)
