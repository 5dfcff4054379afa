"""A group of people named by the town they come from, each newsroom in its own words: "young
men from the Bavarian town of Tittmoning", "un gruppo di giovani di Tittmoning", "die
Tittmoninger", or the town's club they belong to ("Burschenverein Tittmoning"). Their names
share only the town; what makes them one group is that the reports tell them at one place,
in one story. Two groups of one town in two stories (its fans at a match, its youths at a
maypole) are told at two places and stay apart, and two clubs of one town told at one place
("Burschenverein", "Schützenverein") are two: a described group joins only the one club.
Nor are a town's residents the youths who damaged their square, nor its women its men
(``_WHO``): descriptions that say two kinds of people are two groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.city_names import named_place
from summarizer.daily.kinds_by_place import one_place
from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents
from summarizer.text.vocabulary import words

# Who the people of a described group are, by the words (as keyed) that say it: a group's
# kinds of people are those of its words. "Young men" and "giovani" may be one group (one
# says all the other does); "young men" and "residents", or "men" and "women", are two.
_WHO = {
    kind: frozenset(fold_accents(word) for word in words(block))
    for kind, block in {
        "young": """young youths youth boys girls lads jeunes jeune garcons filles junge jungen jugendliche
        jugendlich burschen madchen maedchen jovenes chicos chicas jovens rapazes raparigas meninas giovani
        ragazzi ragazze jongeren jongens meisjes joves nois noies""",
        "men": """men boys lads hommes garcons manner maenner burschen hombres homens rapazes uomini mannen
        jongens homes""",
        "women": """women girls femmes filles frauen madchen maedchen mujeres chicas mulheres raparigas
        meninas donne ragazze vrouwen meisjes dones noies""",
        "residents": """locals local residents villagers habitants einwohner anwohner bewohner vecinos
        neighbourhood moradores abitanti residenti residentes inwoners dorpelingen veins""",
    }.items()
}
# Words that describe who the people of a town's group are, in the languages read: how many,
# how old, where from. A name with any other word ("Burschenverein") names a body of its own.
_DESCRIBING = frozenset().union(
    *_WHO.values(),
    (
        fold_accents(word)
        for word in words("""
    people group gang some from of the a an town village city
    gens groupe bande des un une de du la le village ville
    leute gruppe bande aus dem der den die ein eine einer dorf ort stadt
    grupo banda unos uno una del pueblo ciudad
    grupo um uma do da vila cidade
    gruppo banda un una di del dei paese citta
    groep bende uit het een van dorp stad
    grup colla uns del poble ciutat
    """)
    ),
)

# A group's town, whether its name only describes the town's people, and who it says they are.
_Group = tuple[str, bool, frozenset[str]]


def _town_of(item: OrganisationNames, day_places: frozenset[str]) -> _Group | None:
    """The one town of the day a group's name holds, whether the name only describes the
    town's people (``_DESCRIBING``) and who it says they are (``_WHO``); None for any
    other actor."""
    if item.is_person or item.kind != "group":
        return None
    # Every key's words: a German name is keyed with its umlauts written out too.
    words = {word for key in item.keys for word in key.split()}
    towns = {word for word in words if word in day_places}
    if len(towns) != 1:
        return None
    # A region beside its town says where the town is ("the Bavarian town of").
    rest = {word for word in words - towns if not named_place(word)}
    # Every word says who they are: "young" is also a town (New South Wales') to ``named_place``.
    who = frozenset(kind for kind, said in _WHO.items() if words & said)
    return next(iter(towns)), rest <= _DESCRIBING, who


def _alike(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two descriptions that may be one group: one says all the other says of who they are."""
    return first <= second or second <= first


def join_town_groups(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places_of: Sequence[frozenset[str]] | None,
    day_places: frozenset[str],
) -> None:
    """Join the groups named by one town (``_town_of``) whose passages are at one place
    (``places_of``, ``kinds_by_place.one_place``), beyond the town itself: described
    ones with each other and with the one club so told there, if only one. Where two
    descriptions told there say two kinds of people (``_alike``), each joins only its
    own kind: which one a group of no such word ("a group from X") or a club is, none
    says. Reports alike (one place, one name's kind, one club) are read once, however
    many: a busy day names one town's group in thousands of reports."""
    if places_of is None:
        return
    # Each town's reports alike: (the places beyond the town, who they are, their club or
    # -1 for a described group) -> the items.
    by_town: dict[str, dict[tuple[frozenset[str], frozenset[str], int], list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for index, item in enumerate(flat):
        if (found := _town_of(item, day_places)) is None:
            continue
        town, described, who = found
        here = places_of[index] - {town}
        if here:  # a passage at the town alone meets none (``one_place``)
            by_town[town][(here, who, -1 if described else groups.find(index))].append(index)
    for alike in by_town.values():
        for key, members in alike.items():
            here, who, club = key
            met = [other for other in alike if one_place(here, other[0])]
            if len({other_club for _, _, other_club in met if other_club >= 0}) > 1:
                continue  # two bodies of the town told there: which one a description is, none says
            told = [other_who for _, other_who, other_club in met if other_club < 0]
            mixed = any(not _alike(a, b) for a in told for b in told)
            for other in met:
                _, other_who, other_club = other
                if club >= 0 and other_club >= 0:
                    continue  # a club joins only descriptions
                if not _alike(who, other_who):
                    continue
                if mixed and (club >= 0 or other_club >= 0 or who != other_who):
                    continue  # two kinds of people told there: which one the others are, none says
                for index in (*members, *alike[other]):
                    groups.union(members[0], index)
