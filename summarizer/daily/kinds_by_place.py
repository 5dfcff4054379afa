"""A body named by its kind alone ("Polizei", "la police", "the fire brigade") on a day
with several bodies of that kind ("Polizei Köln", "Saarland police"): it is the one its
article's incidents' places name ("police" beside a fire in Cologne is "Polizei Köln"),
and two bare kinds are one body only when their articles meet at a place. A newsroom
writes "die Polizei" of the force where its story happens; on a day of two stories in two
towns, "the police" of each is its own town's, never one actor of the day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set

from summarizer.daily.city_names import named_place
from summarizer.daily.level_bodies import names_a_government
from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.daily.organisations import BODY_WORDS, place_words, shorter_form
from summarizer.daily.regional_acronyms import regional_acronym
from summarizer.linkage import UnionFind
from summarizer.text.roads_and_works import without_heading
from summarizer.text.subdivisions import subdivision_holders, subdivision_names

# A town's government named by its level alone ("the city", "la Ville", "die Gemeinde"): as
# "the police", the one of its article's town, never one actor of two towns' stories.
TOWN_GOVERNMENTS = frozenset({"city", "town", "municipality"})
# A town's council is its government ("il Comune", "la mairie", "el ayuntamiento", "the
# town council", all "city council"): the "Ville de Montréal" of its article's town.
_COUNCIL = "council"
_TOWN_COUNCIL = frozenset({"city", _COUNCIL})
# A town's own police ("police municipale", "Polizia Locale", "Policía Local", "Stadtpolizei")
# named without its town: as a town's government, the one of its article's town. Every town
# has one; a Cannes report's "police municipale" and a Ventimiglia report's "Polizia
# Municipale" are two forces however alike their keys.
_TOWN_FORCES = frozenset({frozenset({"municipal", "police"}), frozenset({"city", "police"})})


def _town_level(key: str) -> frozenset[str] | None:
    """The level words of a town's government named by its level alone ("city", or "city
    council" without its council); None for any other key."""
    words = frozenset(key.split()) - {_COUNCIL}
    return words if len(words) == 1 and words <= TOWN_GOVERNMENTS else None


def _town_bound(key: str) -> bool:
    """True for a kind alone that is always one town's: its government or its own police."""
    return _town_level(key) is not None or frozenset(key.split()) in _TOWN_FORCES


def town_government_key(key: str, places: frozenset[str], names: Iterable[str], kind: str) -> str:
    """A town's government named with its town ("Gemeinde Calvià", "gemeente Maastricht",
    "Stadt Maastricht", "Ajuntament de Calvià") keyed as its council ("calvia city council"):
    each language names it by the town's level or its hall. Not a body the town runs
    ("Stadtpolizei", "Stadtwerke"), nor a council alone ("Consell de Mallorca" is an
    island's), nor a name with any word that is no place ("Stadt Zürich Wasserversorgung"),
    nor a club named for its town (``names``, ``kind``: "Manchester City" is no "Manchester
    City Council", ``level_bodies.names_a_government``)."""
    if not names_a_government(names, kind, TOWN_GOVERNMENTS):
        return key
    words = frozenset(key.split())
    levels, town = words & TOWN_GOVERNMENTS, words - TOWN_GOVERNMENTS - {_COUNCIL}
    # No city of GeoNames alone: a town's name is one of many words ("Police", Poland's).
    if not levels or not town or not all(named_place(word, places, cities=False) for word in town):
        return key
    return " ".join(sorted(town | {"city", _COUNCIL}))


def kind_alone(item: OrganisationNames) -> str | None:
    """The key of an organisation named only by what kind of body it is ("police",
    "fire-service", "prosecutor", "city"): every key of it names a kind and nothing else."""
    keys = item.keys
    if item.is_person or len(keys) != 1:
        return None
    key = next(iter(keys))
    return key if key and (set(key.split()) <= BODY_WORDS or _town_bound(key)) else None


def item_places(
    articles: Sequence[str],
    article_places: Mapping[str, Iterable[str]],
    own_places: Sequence[Sequence[str]] | None,
) -> tuple[list[frozenset[str]], frozenset[int]]:
    """The place words of each item's article's incidents, or of its own passage's
    (``actors.same_actor_groups``), and the items whose places share no word: "Vessac" and
    "Tarrel" are two towns, "Plateau, Vessac" and "rue Haute, Vessac" one."""
    every = {place for named in [*article_places.values(), *(own_places or ())] for place in named}
    # Each place read once: a busy day's articles name the same few towns. A road's heading
    # is no place of the article ("E40 richting Brussel, Erpe-Mere").
    read = {place: place_words([without_heading(place)]) for place in every}
    named_by = [list(dict.fromkeys(article_places.get(article, ()))) for article in articles]
    if own_places is not None:
        named_by = [list(own) or whole for own, whole in zip(own_places, named_by, strict=True)]
    places_of = [frozenset().union(*(read[p] for p in named)) for named in named_by]
    scattered = frozenset(
        index
        for index, named in enumerate(named_by)
        if named and not frozenset.intersection(*(read[p] for p in named))
    )
    return places_of, scattered


def town_governments(
    flat: Sequence[OrganisationNames], places_of: Sequence[frozenset[str]] | None
) -> set[int]:
    """The items (by identity) naming a town's government by its level alone ("la Ville",
    "il Comune") in an article with places: placed by their articles' towns here, and by
    no other rule."""
    if places_of is None:
        return set()
    return {
        id(item)
        for item, here in zip(flat, places_of, strict=True)
        if here and (key := kind_alone(item)) is not None and _town_bound(key)
    }


def join_kinds_by_place(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places_of: Sequence[frozenset[str]] | None,
    day_places: frozenset[str],
    scattered: frozenset[int] = frozenset(),
    regional: frozenset[str] = frozenset(),
) -> set[int]:
    """Join each body named by its kind alone (``kind_alone``): with at most one body of
    that kind named more fully on the day, every bare one is one actor (the shorter forms
    join it to the fuller name later); with several, each joins the one whose name holds a
    place word of its own article (``places_of``: each item's article's incidents' place
    words, ``organisations.place_words``), or else the bare ones of articles that share a
    place word. Without ``places_of`` (a merge across days) bare kinds of one key are one.
    A town's government alone of an article about several towns (``scattered``, by index)
    joins none: "il Comune" of a story in Vessac and Tarrel says neither town. An acronym
    alone the day names with a place (``regional``, ``regional_acronyms``) is placed so too.
    The day's one fuller body takes no bare kind of an article elsewhere (``_placed_away``):
    returns those (by identity), which no shorter form joins to it later."""
    placed_away: set[int] = set()
    bare: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(flat):
        if (key := kind_alone(item) or regional_acronym(item, regional)) is not None:
            bare[key].append(index)
    if not bare:
        return placed_away
    fuller = [
        (index, frozenset(key.split()))
        for index, item in enumerate(flat)
        if not item.is_person and kind_alone(item) is None and regional_acronym(item, regional) is None
        for key in item.keys
    ]
    for key, members in bare.items():
        words = frozenset(key.split())
        named = [(i, larger) for i, larger in fuller if shorter_form(words, larger, day_places)]
        town = _town_level(key)
        if town is not None:
            # "Ville de Bathurst" is a city's government named with its town, which no
            # shorter form of "city" reads as a longer name of the same body; not a body of
            # another kind it runs ("Service de police de la Ville de Montréal").
            # Named by its town, each such government is keyed as its council
            # (``town_government_key``): "die Gemeinde" is the "gemeente Hulst".
            named = [
                (i, larger)
                for i, larger in fuller
                if (town <= larger or larger >= _TOWN_COUNCIL) and not larger & BODY_WORDS
            ]
        # A town's government or police is placed whenever places are known, however few bodies.
        town_level = _town_bound(key)
        body_of = _bodies(named, groups, day_places)
        # So is a regional acronym: "LPD" is its article's region's, however few the day names.
        always = town_level or key in regional
        if places_of is None or (not always and len(set(body_of.values())) <= 1):
            away = _placed_away(members, named, places_of)
            near = [index for index in members if index not in away]
            for index in near[1:]:
                groups.union(near[0], index)
            if away:
                # Each spelling is one item however many articles write it, and no shorter
                # form may join it once some are elsewhere: those near join the body here,
                # those elsewhere their own place's (as with two bodies named).
                for index in near[:1]:
                    groups.union(index, named[0][0])
                _join_by_place(sorted(away), [], groups, places_of or [], {}, met=False)
                placed_away.update(id(flat[index]) for index in members)
            continue
        # A town's police of a report on two towns is still placed by the town it shares
        # with another report; a government alone of such a report says neither town.
        placeable = [index for index in members if town is None or index not in scattered]
        _join_by_place(placeable, named, groups, places_of, body_of, met=not town_level)
    return placed_away


def _placed_away(
    members: Sequence[int],
    named: Sequence[tuple[int, frozenset[str]]],
    places_of: Sequence[frozenset[str]] | None,
) -> frozenset[int]:
    """The bare members that are not the day's one fuller body of their kind: its name
    says its country part ("Kent Police", "Polizei Saarland") and their articles are set in
    another part, neither holding the other ("police" of a story in Leeds, a part of its
    own: ``_parts_apart``), and share no place with the articles naming it. A town within a
    part ("Innsbruck", in Tirol) says no part, so its bare kind still joins the part's body:
    the data does not say where a town lies. A body whose name says no place ("Policía
    Nacional") is anywhere's."""
    if places_of is None or not named:
        return frozenset()
    parts = frozenset(word for _, larger in named for word in larger - BODY_WORDS if subdivision_names(word))
    if not parts:
        return frozenset()
    # Where the articles naming it tell their stories: a place it is at work.
    seen = parts.union(*(places_of[i] for i, _ in named))
    return frozenset(
        index
        for index in members
        if places_of[index] and not places_of[index] & seen and _parts_apart(places_of[index], parts)
    )


def _parts_apart(here: frozenset[str], parts: frozenset[str]) -> bool:
    """An article's place words name a country part (ISO 3166-2, ``text.subdivisions``) and
    each is another than every one of ``parts``, none of the two holding the other: Leeds
    and Kent, Vorarlberg and Tirol; not Girona and Catalonia, nor England and Kent."""
    own = [word for word in here if subdivision_names(word)]
    return bool(own) and all(
        not (subdivision_names(mine) & subdivision_names(theirs))
        and not subdivision_holders(mine) & subdivision_names(theirs)
        and not subdivision_holders(theirs) & subdivision_names(mine)
        for mine in own
        for theirs in parts
    )


def _bodies(
    named: Sequence[tuple[int, frozenset[str]]], groups: UnionFind, day_places: frozenset[str]
) -> dict[int, int]:
    """Which body each fuller name is (item index -> a number for its body): names one is a
    shorter form of the other ("National Police", "spanische Nationalpolizei"; "Sûreté du
    Québec", "Quebec provincial police") are one, as the shorter forms will join them; two
    towns' ("Polizei Köln", "Saarland police") two."""
    # Each group's key once: a busy day names its few bodies in thousands of reports, and
    # the names are compared pair by pair.
    distinct = list(dict.fromkeys((groups.find(i), larger) for i, larger in named))
    bodies = UnionFind(len(distinct))
    for a, (root, first) in enumerate(distinct):
        for b, (other, second) in enumerate(distinct[:a]):
            joined = root == other
            if joined or shorter_form(first, second, day_places) or shorter_form(second, first, day_places):
                bodies.union(a, b)
    body = {pair: bodies.find(n) for n, pair in enumerate(distinct)}
    return {i: body[(groups.find(i), larger)] for i, larger in named}


def _join_by_place(
    members: Sequence[int],
    named: Sequence[tuple[int, frozenset[str]]],
    groups: UnionFind,
    places_of: Sequence[frozenset[str]],
    body_of: Mapping[int, int],
    met: bool = True,
) -> None:
    """Each bare member to the one fuller body its article's places name; a member whose
    places name none to the one body another article names where it is (``met``,
    ``_met_at_place``), else to the bare members of articles sharing a place word with it
    (and so to the body one of those joined), unless those joined two bodies. A town's
    government is always named by its town: "the town" of a story in Tarrel is not the
    "Vessac Town Council" of a report on Tarrel and Vessac, so it meets none (``met``)."""
    matched: set[int] = set()
    unnamed: list[int] = []
    holding: dict[str, list[int]] = defaultdict(list)  # each word to the names holding it
    for i, larger in named:
        for word in larger:
            holding[word].append(i)
    for index in members:
        here = places_of[index]
        named_here = {i for word in here for i in holding.get(word, ())}
        roots = {groups.find(i) for i in named_here}
        # Two names of one body its place names ("Landespolizeidirektion Salzburg", "polizia
        # di Salisburgo": ``body_of``) are that one body, not two to choose between.
        if len(roots) == 1 or (roots and len({body_of[i] for i in named_here}) == 1):
            for root in roots:
                groups.union(index, root)
            matched.add(index)
        elif not roots:
            unnamed.append(index)
    if met:
        unnamed = _met_at_place(unnamed, named, groups, places_of, matched, body_of)
    by_place = _by_place(members, places_of)
    # The bodies the matched members of each place joined, as roots kept current on reading
    # them: a set of roots shrinks to the few bodies it is, however many members share it.
    roots_at = {place: {groups.find(i) for i in found if i in matched} for place, found in by_place.items()}
    joined: set[str] = set()
    for index in unnamed:
        bodies: set[int] = set()
        for place in places_of[index]:
            roots_at[place] = {groups.find(root) for root in roots_at[place]}
            bodies |= roots_at[place]
        if len(bodies) > 1:
            continue
        # Each place's members join once: on a day whose every article names one city, the
        # bare kinds of all of them are not joined pairwise.
        for place in places_of[index]:
            if place in joined:
                groups.union(index, by_place[place][0])
                continue
            joined.add(place)
            for other in by_place[place]:
                groups.union(index, other)


def _met_at_place(
    unnamed: Sequence[int],
    named: Sequence[tuple[int, frozenset[str]]],
    groups: UnionFind,
    places_of: Sequence[frozenset[str]],
    matched: set[int],
    body_of: Mapping[int, int],
) -> list[int]:
    """Each bare member whose places name no body to the one fuller body another article
    names where it is at work (its article's or passage's places, ``places_of``): "die
    Polizei" of a cow attack in the Pinnistal is the "Landespolizeidirektion Tirol" a wire
    names in its report of that attack, though no place word of the one is in the other's
    name. Two such bodies there (the police of two towns a report names) leave it alone;
    two names of one body (``body_of``: "Sûreté du Québec", "Quebec provincial police") are
    one. One article's places hold the other's: a word the two share is no place they
    share, as a "rue de la République" of Lyon is not Marseille's, nor a Bahnhofstrasse of
    Zürich Winterthur's. Returns those still unplaced; ``matched`` gains the others."""
    # The names at each set of places, each set read once however many reports share it:
    # comparing every bare member with every name is quadratic on a busy day.
    at: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, _ in named:
        at[places_of[i]].append(i)
    met_at: dict[frozenset[str], list[int]] = {}
    left = []
    for index in unnamed:
        here = places_of[index]
        if here not in met_at:
            met_at[here] = [i for there, found in at.items() if one_place(there, here) for i in found]
        met = met_at[here]
        if len({body_of[i] for i in met}) == 1:
            groups.union(index, met[0])
            matched.add(index)
        else:
            left.append(index)
    return left


def one_place(these: Set[str], those: Set[str]) -> bool:
    """True when one set of place words holds the other ("Villarcayo" and "plaza Mayor,
    Villarcayo"), not when they only share a street's or a square's words."""
    return bool(these and those) and (these <= those or those <= these)


def _by_place(members: Sequence[int], places_of: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for index in members:
        for place in places_of[index]:
            found[place].append(index)
    return found
