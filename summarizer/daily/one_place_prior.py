"""A newsroom's prior, read over the whole day: reports of one type of event at one place
on one day are of one event unless the day gives a sign of two.

The greedy pass (``incidents._cluster``) joins two reports only on shared specifics (a
figure, a person, distinctive words besides the place): two reports of the evacuation of
one village, told in two languages with no figure or name in common, stay apart. This pass
joins such clusters when nothing the day says allows two events there.

A sign of two sets two clusters apart (``distinct``): an article telling both, conflicting
evidence (``ClusterEvidence.conflicts``: dates, weekdays, kinds, streets, participants,
bodies, hours, places), reports that are ``incompatible`` (a strike and a march), counts of
one measure far apart, a kind of event told by one and by no word of the other, other sites
(a school and a warehouse), other people harmed (a worker and a cyclist), other deciders
(the prefect and the mayor, named as actors or not), two places (``placed_apart``). Of the
clusters placed together, the day holds as few events as its signs allow (the fewest groups
with no two apart clusters in one: a colouring of the "apart" graph); clusters join when
every such reading puts them in one group, and all their reports are at one place
(``at_one_place``; not being known at one place is no sign of two). So an article telling
two fires in one town leaves a third report of a fire there apart (it may be either), and
two outlets each telling a budget and a ban pin their bans together. A report saying its
event is "a second" or "another" one says the day holds two: with no other sign, nothing
there joins, unless its own article tells the first elsewhere (``seconds_elsewhere``). Only
reports placed finer than a country take part: reports naming no place share nothing to join on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from itertools import combinations

import numpy as np

from summarizer.daily.busy_types import (
    BUSY_TYPES,
    busy_apart,
    busy_link,
    busy_there,
    none_in_common,
    offices_named,
)
from summarizer.daily.cluster_evidence import ClusterEvidence
from summarizer.daily.figures import counts_far_apart
from summarizer.daily.kinds import event_family
from summarizer.daily.live_entries import one_article_apart
from summarizer.daily.measures import PEOPLE_CATEGORIES
from summarizer.daily.other_months import of_another_month
from summarizer.daily.pair_evidence import one_spot, shares_a_figure
from summarizer.daily.places import COUNTRY_NAMES, COUNTRY_OF_CAPITAL
from summarizer.daily.report_pairs import incompatible
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.seconds_elsewhere import seconds_told_elsewhere
from summarizer.daily.town_readings import in_its_town, picked_by_a_figure
from summarizer.linkage import UnionFind, rows
from summarizer.text.lexicons.hazards import HAZARD_WORDS
from summarizer.text.lexicons.offices import OFFICE_FAMILY
from summarizer.text.lexicons.road import ROAD_WORDS
from summarizer.text.lexicons.things import THING_WORDS
from summarizer.text.roads_and_works import is_road_number

# Types of event a place sees once a day as a rule, and those it may see several of
# (``BUSY_TYPES``: arrests, marches, statements, "other" events), read with more signs of
# two and never in a city nor, of arrests, at an airport or a station (``busy_there``).
# Not a road accident nor something found (``_prior_holds``).
PRIOR_TYPES = BUSY_TYPES | frozenset(
    {"evacuation", "disaster", "accident", "political_decision", "talks_diplomacy"}
)
# Types of event that are what someone decided or met for: who did it sets two apart. Of a
# flood or a crash, two outlets name whom each reached (a mayor, a fire chief).
DONE_BY_SOMEONE = frozenset({"political_decision", "talks_diplomacy"})
# The offices that decide or meet for a place: a mayor's ban and a prefect's order are two
# decisions (not who speaks for them, nor a company's manager).
DECIDING_OFFICES = (frozenset(OFFICE_FAMILY.values()) - {"spokesperson", "executive"}) | {"governor"}
# The things events happen to, as ``merge.report_words`` writes them in any language.
SITES = frozenset(THING_WORDS.values())
# The most clusters of one type placed together whose readings are weighed: past it the
# place is too busy that day for a prior of one event to hold.
MOST_WEIGHED = 12


def join_alike_at_one_place(
    items: Sequence[ReportEvidence], clusters: list[list[int]], candidates: np.ndarray
) -> list[list[int]]:
    """The clusters with those of one event by the prior joined (see the module's docstring).
    ``candidates`` are the pairs of reports the greedy pass blocked together: every pair at
    one place is among them (``incidents.candidate_pairs``)."""
    cluster_of = {member: n for n, members in enumerate(clusters) for member in members}
    together = UnionFind(len(clusters))
    linked = False
    # Clusters of a busy type join only where two of their reports are linked (``busy_link``):
    # that both are linked to a third says nothing of "other" reports' kinds of event
    # (``_linked_events``).
    direct: set[frozenset[int]] = set()
    for i, j in rows(candidates):
        a, b = items[i], items[j]
        if (
            cluster_of[i] != cluster_of[j]
            and a.type == b.type
            and _prior_holds(a)
            and _prior_holds(b)
            and at_one_place(a, b)
            and (a.type not in BUSY_TYPES or busy_link(a, b))
        ):
            together.union(cluster_of[i], cluster_of[j])
            direct.add(frozenset((cluster_of[i], cluster_of[j])))
            linked = True
    if not linked:
        return clusters
    events: list[list[int]] = []
    elsewhere = seconds_told_elsewhere(items, placed_apart)
    for placed in together.groups():
        if len(placed) < 2:
            events.append(placed)
            continue
        grouped: set[int] = set()
        for group in _one_event_groups(items, [clusters[n] for n in placed], elsewhere):
            members = [placed[n] for n in group]
            grouped.update(members)
            if any(_busy(items, clusters[n]) for n in members):
                events.extend(_linked_events(members, direct))
            else:
                events.append(members)
        events.extend([n] for n in placed if n not in grouped)
    return [sorted(m for n in event for m in clusters[n]) for event in events]


def _busy(items: Sequence[ReportEvidence], members: Sequence[int]) -> bool:
    """Some report of the cluster is of a type a place may see several of a day (``BUSY_TYPES``)."""
    return any(items[m].type in BUSY_TYPES for m in members)


def _linked_events(members: Sequence[int], direct: set[frozenset[int]]) -> list[list[int]]:
    """Clusters of a busy type that every reading puts in one event, as events whose every
    two clusters are ``direct``ly linked: each joins the first event it is linked to all of.
    A pharmacy robbed near the old bridge is linked to the "Apotheke" robbed and to the old
    bridge closed for repairs; the robbery and the closure share no word, so the three are
    two events, not one."""
    events: list[list[int]] = []
    for cluster in members:
        event = next((e for e in events if all(frozenset((cluster, n)) in direct for n in e)), None)
        if event is None:
            events.append([cluster])
        else:
            event.append(cluster)
    return events


def _prior_holds(item: ReportEvidence) -> bool:
    """The report is of a type a place sees once a day (``PRIOR_TYPES``), and not of a
    decision or a meeting told from a capital: a nation's cabinet, parliament and ministries
    decide and meet there many times a day; nor of an arrest, a march, a statement or an
    "other" event in a city, nor of an arrest at an airport or a station (``busy_there``).
    Nor of a road accident (a crash, a vehicle or road user named, ``ROAD_WORDS``, its own
    place on a road: "Champfontaine, A12"; a town sees many a day), nor of something found (a
    body found on Thursday, the day unknown), nor of what followed another event."""
    if item.type not in PRIOR_TYPES or item.day_unknown:
        return False
    road = any(map(is_road_number, (item.place or "", *item.held_by)))  # not its passage's places
    road = road or not ROAD_WORDS.isdisjoint(item.words)
    if item.type == "accident" and (item.kind == "crash" or road):
        return False
    if busy_there(item):
        return False  # a city sees many arrests, marches and statements a day; an airport, arrests
    return item.type not in DONE_BY_SOMEONE or item.place not in COUNTRY_OF_CAPITAL


def at_one_place(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports placed at one place finer than a country, at one site of it
    (``one_spot``), one in a county or region the other's place lies in as the day says,
    naming no finer place ("Saint-Aubin" and "en Gironde"), or one in the town the other's
    site lies in (``in_its_town``; "Lyon's 8th district" and Vénissieux are two places)."""
    if not (a.place and b.place) or a.place in COUNTRY_NAMES or b.place in COUNTRY_NAMES:
        return False
    return a.place == b.place or one_spot(a, b) or in_its_town(a, b) or _holds(a, b) or _holds(b, a)


def _holds(outer: ReportEvidence, inner: ReportEvidence) -> bool:
    """``outer`` is placed only in a county or region (naming no finer place) that the day
    says holds ``inner``'s place, or that ``inner``'s own passage names beside it
    ("Saint-Aubin, a village in the Gironde")."""
    vague = bool(outer.levels.level and outer.levels.vague and outer.place)
    return vague and (outer.place in inner.places or outer.place in inner.levels.holders)


def distinct(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """A sign that two clusters are of two events: one article tells both, their evidence
    conflicts, one tells a kind of event and the other none (``kinds.event_kind``), they
    name other people, other sites or other hazards evacuated for, or two of their reports
    are incompatible, placed apart (``placed_apart``) or give counts far apart."""
    if one_article_apart(items, left, right) or busy_apart(items, left, right):
        return True
    if _evidence(items, left).conflicts(_evidence(items, right)):
        return True
    if (
        _named_apart(items, left, right)
        or _sites_apart(items, left, right)
        or _harmed_apart(items, left, right)
        or _hazards_apart(items, left, right)
    ):
        return True
    if any(items[i].kind for i in left) != any(items[j].kind for j in right):
        return True  # a fire, and an event told by no kind's word: not known to be one kind
    if _of_another_month(items, left) != _of_another_month(items, right):
        return True  # a panel fell in March; a ceiling fell on Monday night: not known to be of one day
    return any(
        incompatible(a, b)
        or placed_apart(a, b)
        or (counts_far_apart(a.measured, b.measured) and not shares_a_figure(a, b))
        for a in (items[i] for i in left)
        for b in (items[j] for j in right)
    )


def _of_another_month(items: Sequence[ReportEvidence], members: Sequence[int]) -> bool:
    return any(of_another_month(items[m].weekdays) for m in members)


def placed_apart(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Two reports placed at two places finer than a country, neither naming the other's
    place nor able to hold it (a county or region naming no town): two villages' floods."""
    if not (_placed(a) and _placed(b)) or at_one_place(a, b):
        return False
    if a.place in b.places or b.place in a.places:
        return False  # "Saint-Aubin, in the Gironde": one may lie in the other
    return not any(item.levels.level and item.levels.vague for item in (a, b))


def _named_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Of events that are what someone decided or met for (``DONE_BY_SOMEONE``), both
    clusters name actors and none in common, or offices that decide and none in common
    (``DECIDING_OFFICES``: "le préfet", "the mayor"): the mayor's ban and the prefect's
    order, whether or not the engine made an actor of either."""
    actors = none_in_common(_deciders(items, left, _actors), _deciders(items, right, _actors))
    return actors or none_in_common(_deciders(items, left, _offices), _deciders(items, right, _offices))


def _deciders(
    items: Sequence[ReportEvidence], members: Sequence[int], named: Callable[[ReportEvidence], Iterable[str]]
) -> set[str]:
    return {p for i in members if items[i].type in DONE_BY_SOMEONE for p in named(items[i])}


def _actors(item: ReportEvidence) -> frozenset[str]:
    return item.actors | item.people


def _offices(item: ReportEvidence) -> set[str]:
    return offices_named(item, DECIDING_OFFICES)


def _sites_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters name what their event struck or was told with, and nothing in common:
    a school's fire and a bakery's blast, the bus drivers' strike and the mill's (the sites
    of ``THING_WORDS`` in any language, a protest's vehicles)."""
    sites_left = {s for i in left for s in _sites(items[i])}
    sites_right = {s for j in right for s in _sites(items[j])}
    return bool(sites_left and sites_right and sites_left.isdisjoint(sites_right))


def _harmed_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters count people of some kind harmed, and no kind in common: a worker
    killed on a building site and a cyclist killed by a tram."""
    harmed_left = {m for i in left for m in _harmed(items[i])}
    harmed_right = {m for j in right for m in _harmed(items[j])}
    return bool(harmed_left and harmed_right and harmed_left.isdisjoint(harmed_right))


def _hazards_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters' evacuations name what they were ordered for, and nothing in common
    (``HAZARD_WORDS``): a gas leak's building and a rising river's streets, a bomb scare and
    an avalanche risk."""
    return none_in_common(_hazards(items, left), _hazards(items, right))


def _hazards(items: Sequence[ReportEvidence], members: Sequence[int]) -> set[str]:
    return {
        HAZARD_WORDS[w]
        for i in members
        if items[i].type == "evacuation"
        for w in items[i].words
        if w in HAZARD_WORDS
    }


def _harmed(item: ReportEvidence) -> set[str]:
    return {
        what
        for measure, _, _ in item.measured
        for category, _, what in [measure.partition(":")]
        if category in PEOPLE_CATEGORIES and what != "people"
    }


def _sites(item: ReportEvidence) -> set[str]:
    return {w for w in item.words if w in SITES} | item.participants.means


def _evidence(items: Sequence[ReportEvidence], members: Iterable[int]) -> ClusterEvidence:
    found: ClusterEvidence | None = None
    for member in members:
        one = ClusterEvidence.of(items[member])
        found = one if found is None else found.combined(one)
    assert found is not None  # a cluster has a member
    return found


def _one_event_groups(
    items: Sequence[ReportEvidence], placed: list[list[int]], elsewhere: Set[int]
) -> list[list[int]]:
    """The clusters (by position in ``placed``) that every fewest-events reading of the day
    puts in one event, as groups of two or more. A place holding more clusters of one type
    than ``MOST_WEIGHED`` is too busy that day for the prior: none are read (nor compared,
    which would take the square of a busy day's reports)."""
    if len(placed) > MOST_WEIGHED:
        return []
    families = [{event_family(items[m].type) for m in members} for members in placed]
    apart = {
        (x, y)
        for x, y in combinations(range(len(placed)), 2)
        if families[x].isdisjoint(families[y]) or distinct(items, placed[x], placed[y])
    }
    apart |= picked_by_a_figure(items, placed, apart)
    says_two = any(items[m].says_another and m not in elsewhere for members in placed for m in members)
    # A reading joins clusters of one place only: a report of Lyon's 8th district and one of
    # Vénissieux are not known to be apart, nor known to be of one place.
    return [
        group
        for group in one_in_every_reading(len(placed), apart, says_two=says_two)
        if all(_one_place(items, placed[x], placed[y]) for n, x in enumerate(group) for y in group[n + 1 :])
    ]


def _one_place(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Every report of one cluster placed finer than a country is ``at_one_place`` with every
    such report of the other."""
    return all(
        at_one_place(items[i], items[j])
        for i in left
        if _placed(items[i])
        for j in right
        if _placed(items[j])
    )


def _placed(item: ReportEvidence) -> bool:
    return bool(item.place) and item.place not in COUNTRY_NAMES


def one_in_every_reading(
    count: int, apart: set[tuple[int, int]], *, says_two: bool = False
) -> list[list[int]]:
    """Of ``count`` clusters, no two ``apart`` ones of one event, the groups of two or more
    that every reading with the fewest events puts together. With nothing apart they are
    one event, unless ``says_two`` (a report says the day holds two: any may be either).
    Past ``MOST_WEIGHED`` clusters with any apart, none are read."""
    if not apart:
        return [] if says_two or count < 2 else [list(range(count))]
    if count > MOST_WEIGHED:
        return []
    fewest = _fewest_events(count, apart)
    same = UnionFind(count)
    for x, y in combinations(range(count), 2):
        # One event in every reading: setting them apart takes one event more.
        if (x, y) not in apart and _fewest_events(count, apart | {(x, y)}) > fewest:
            same.union(x, y)
    return [group for group in same.groups() if len(group) > 1]


def _fewest_events(count: int, apart: set[tuple[int, int]]) -> int:
    """The fewest events ``count`` clusters can be, no two ``apart`` ones in one (the
    chromatic number of a graph of at most ``MOST_WEIGHED`` nodes, by backtracking)."""
    neighbours: dict[int, set[int]] = defaultdict(set)
    for x, y in apart:
        neighbours[x].add(y)
        neighbours[y].add(x)
    order = sorted(range(count), key=lambda n: -len(neighbours[n]))

    def colourable(colours: int) -> bool:
        given: dict[int, int] = {}

        def place(at: int) -> bool:
            if at == count:
                return True
            node = order[at]
            used = {given[n] for n in neighbours[node] if n in given}
            # A new event is tried once only: events not yet used are alike.
            for colour in range(min(colours, max(given.values(), default=-1) + 2)):
                if colour not in used:
                    given[node] = colour
                    if place(at + 1):
                        return True
                    del given[node]
            return False

        return place(0)

    return next(k for k in range(1, count + 1) if colourable(k))
