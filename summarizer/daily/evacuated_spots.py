"""An evacuation and the one hazard at its spot: a reader's prior, read over the whole day.

A report that the houses of a street "restent évacuées", or that "residents of the
Rosenweg are still out of their homes", shares with the blast or fire that caused them
nothing but the spot: no figure, no person, often no word. The greedy pass (``incidents._cluster``)
joins two reports only on shared specifics, so such an evacuation stays an event of its own.
A careful reader joins it to the hazard told at that very spot when the day tells one
hazard there: a site or a street finer than a town (a town sees several emergencies a
day, a silo on one street one), and nothing saying two: no report saying its event is
another, no other hazard there, no hazard named for the evacuation that the other does not
tell (a gas leak's evacuation beside a fire: ``HAZARD_WORDS``, or a flood's, by its kind),
no days or places apart (``report_pairs.incompatible``), no two reports of one article
(entries of one live blog aside: the blog tells the blast at 07:00 and the street still
evacuated at 12:10 as it goes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from summarizer.daily.kinds import HAZARD_TYPES
from summarizer.daily.pair_evidence import one_spot
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.daily.report_pairs import incompatible
from summarizer.daily.reports import ReportEvidence
from summarizer.linkage import UnionFind, rows
from summarizer.text.lexicons.hazards import HAZARD_WORDS


def with_evacuations_joined(
    items: Sequence[ReportEvidence], clusters: list[list[int]], candidates: np.ndarray
) -> list[list[int]]:
    """The clusters, each all-evacuation cluster joined to the one hazard cluster (accident or
    disaster) told at its spot, as the module's docstring says. ``candidates`` are the pairs
    the greedy pass blocked together: an evacuation meets every hazard at its place there
    (``incidents.candidate_pairs``, ``kinds.CHAINED_TYPES``)."""
    cluster_of = {member: n for n, members in enumerate(clusters) for member in members}
    evacuations = {n for n, members in enumerate(clusters) if _only_evacuations(items, members)}
    if not evacuations:
        return clusters
    hazards_at: dict[int, set[int]] = defaultdict(set)
    for i, j in rows(candidates):
        for e, h in ((i, j), (j, i)):
            if (
                cluster_of[e] in evacuations
                and items[h].type in HAZARD_TYPES
                and _at_its_spot(items[e], items[h])
            ):
                hazards_at[cluster_of[e]].add(cluster_of[h])
    together = UnionFind(len(clusters))
    for evacuation, hazards in hazards_at.items():
        if len(hazards) != 1:
            continue  # two hazards at the spot, or none: which one it was for is not known
        (hazard,) = hazards
        if _one_event(items, clusters[evacuation], clusters[hazard]):
            together.union(evacuation, hazard)
    return [sorted(m for n in group for m in clusters[n]) for group in together.groups()]


def _only_evacuations(items: Sequence[ReportEvidence], members: Sequence[int]) -> bool:
    return all(
        items[m].type == "evacuation" and not items[m].says_another and not items[m].day_unknown
        for m in members
    )


def _at_its_spot(evacuation: ReportEvidence, hazard: ReportEvidence) -> bool:
    """Both placed at one spot finer than a town: a site or street the report places in a
    town or another place (``held_by``), not a place that holds towns."""
    place = evacuation.place
    if not place or place in COUNTRY_NAMES or evacuation.levels.level or hazard.levels.level:
        return False
    return bool(evacuation.held_by and hazard.held_by) and one_spot(evacuation, hazard)


def _one_event(items: Sequence[ReportEvidence], evacuated: Sequence[int], hazard: Sequence[int]) -> bool:
    """Nothing says the evacuation and the hazard are two events (see the module's docstring)."""
    reports = [items[m] for m in hazard]
    if any(r.says_another or r.says_distinct for r in reports):
        return False
    owners = {r.owner for r in reports}
    if any(items[m].owner in owners for m in evacuated):
        return False  # one article's two reports are two events (a blog's entries are reports of their own)
    kinds = {r.kind for r in reports if r.kind}
    named = {HAZARD_WORDS[w] for r in reports for w in r.words if w in HAZARD_WORDS}
    for m in evacuated:
        evacuation = items[m]
        if evacuation.kind and evacuation.kind not in kinds:
            return False  # evacuated for a flood; the hazard at the spot a fire
        if not {HAZARD_WORDS[w] for w in evacuation.words if w in HAZARD_WORDS} <= named:
            return False  # evacuated for a gas leak the hazard's reports do not tell
        if any(incompatible(evacuation, r) for r in reports):
            return False
    return True
