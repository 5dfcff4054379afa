"""A newsroom's prior, read over the whole day: reports of one type of event at one place
on one day are of one event unless the day gives a sign of two.

The greedy pass (``incidents._cluster``) joins two reports only on shared specifics (a
figure, a person, distinctive words besides the place): two reports of the evacuation of
one village, told in two languages with no figure or name in common, stay apart. This pass
joins such clusters when nothing the day says allows two events there.

A sign of two sets two clusters apart (``signs_of_two.distinct``: an article telling both,
conflicting evidence, other sites, other people harmed, other deciders, two places). Of the
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
from collections.abc import Sequence, Set
from itertools import combinations

import numpy as np

from summarizer.daily.busy_types import BUSY_TYPES, busy_link, busy_there
from summarizer.daily.kinds import event_family
from summarizer.daily.place_keys import COUNTRY_OF_CAPITAL
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.seconds_elsewhere import seconds_told_elsewhere
from summarizer.daily.signs_of_two import (
    DONE_BY_SOMEONE,
    at_one_place,
    clusters_at_one_place,
    distinct,
    placed_apart,
)
from summarizer.daily.town_readings import picked_by_a_figure
from summarizer.linkage import UnionFind, rows
from summarizer.text.lexicons.road import ROAD_WORDS
from summarizer.text.roads_and_works import is_road_number

# Types of event a place sees once a day as a rule, and those it may see several of
# (``BUSY_TYPES``: arrests, marches, statements, "other" events), read with more signs of
# two and never in a city nor, of arrests, at an airport or a station (``busy_there``).
# Not a road accident nor something found (``_prior_holds``).
PRIOR_TYPES = BUSY_TYPES | frozenset(
    {"evacuation", "disaster", "accident", "political_decision", "talks_diplomacy"}
)
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
        if all(
            clusters_at_one_place(items, placed[x], placed[y])
            for n, x in enumerate(group)
            for y in group[n + 1 :]
        )
    ]


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
