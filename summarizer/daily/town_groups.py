"""A group of people named by the town they come from, each newsroom in its own words: "young
men from the Bavarian town of Tittmoning", "un gruppo di giovani di Tittmoning", "die
Tittmoninger", or the town's club they belong to ("Burschenverein Tittmoning"). Their names
share only the town; what makes them one group is that the reports tell them at one place,
in one story. Two groups of one town in two stories (its fans at a match, its youths at a
maypole) are told at two places and stay apart, and two clubs of one town told at one place
("Burschenverein", "Schützenverein") are two: a described group joins only the one club."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.city_names import named_place
from summarizer.daily.kinds_by_place import one_place
from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents
from summarizer.text.vocabulary import words

# Words that describe who the people of a town's group are, in the languages read: how many,
# how old, where from. A name with any other word ("Burschenverein") names a body of its own.
_DESCRIBING = frozenset(
    fold_accents(word)
    for word in words("""
    young youths youth men women boys girls lads people locals residents villagers group gang some
    from of the a an town village city
    jeunes jeune hommes femmes garcons gens habitants groupe bande des un une de du la le village ville
    junge jungen jugendliche manner maenner burschen leute einwohner gruppe bande aus dem der den die
    ein eine einer dorf ort stadt
    jovenes hombres mujeres chicos vecinos grupo banda unos uno una del pueblo ciudad
    jovens homens mulheres rapazes moradores habitantes grupo um uma do da vila cidade
    giovani ragazzi uomini donne abitanti gruppo banda un una di del dei paese citta
    jongeren jongens mannen vrouwen inwoners dorpelingen groep bende uit het een van dorp stad
    joves nois homes dones veins habitants grup colla uns del poble ciutat
    """)
)


def _town_of(item: OrganisationNames, day_places: frozenset[str]) -> tuple[str, bool] | None:
    """The one town of the day a group's name holds, and whether the name only describes
    the town's people (``_DESCRIBING``); None for any other actor."""
    if item.is_person or item.kind != "group":
        return None
    # Every key's words: a German name is keyed with its umlauts written out too.
    words = {word for key in item.keys for word in key.split()}
    towns = {word for word in words if word in day_places}
    if len(towns) != 1:
        return None
    # A region beside its town says where the town is ("the Bavarian town of").
    rest = {word for word in words - towns if not named_place(word)}
    return next(iter(towns)), rest <= _DESCRIBING


def join_town_groups(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places_of: Sequence[frozenset[str]] | None,
    day_places: frozenset[str],
) -> None:
    """Join the groups named by one town (``_town_of``) whose passages are at one place
    (``places_of``, ``kinds_by_place.one_place``), beyond the town itself: described
    ones with each other and with the one club so told there, if only one."""
    if places_of is None:
        return
    by_town: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for index, item in enumerate(flat):
        if (found := _town_of(item, day_places)) is not None:
            by_town[found[0]].append((index, found[1]))
    for town, members in by_town.items():
        for index, described in members:
            here = places_of[index] - {town}
            met = [(i, d) for i, d in members if i != index and one_place(here, places_of[i] - {town})]
            clubs = {groups.find(i) for i, d in [(index, described), *met] if not d}
            if len(clubs) > 1:
                continue  # two bodies of the town told there: which one a description is, none says
            for other, other_described in met:
                if described or other_described:
                    groups.union(index, other)
