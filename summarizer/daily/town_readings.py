"""A report that names only a town, read beside reports of sites in that town (issue 25:
"Marein" beside "Laubengasse, Marein"; "Sant Joan de l'Estany" beside "Torre Marina, Sant
Joan de l'Estany"). A town sees two events of a kind some days, so such a report is of the
day's one event of its kind at a site of the town only when nothing sets them apart: the
one-place prior (``one_place_prior``) reads it as any report at one place, and two sites'
events in the town leave it alone (either may be its event). What picks one here: a report
naming the town as another of its clusters does is read with that one before a site's:
a ticker's "Mühlhagen" update and a wire's "Mühlhagen" are told alike; the ticker's
"Sporthalle, Mühlhagen" is told finer."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.daily.reports import ReportEvidence


def in_its_town(a: ReportEvidence, b: ReportEvidence) -> bool:
    """One report placed only in the town (or quarter) the other's site is written as lying
    in (``ReportEvidence.held_by``): "Marein" and "Laubengasse, Marein". Not a place that
    holds towns (a county, a region, ``Levels``): it may hold many sites of that kind."""
    return any(
        bool(outer.place) and not outer.levels.level and outer.place in inner.held_by
        for outer, inner in ((a, b), (b, a))
    )


def read_as_named(
    items: Sequence[ReportEvidence], placed: Sequence[Sequence[int]], apart: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Pairs of clusters (by position in ``placed``) to read apart beside ``apart``: a cluster
    whose place only another's town or county holds (no place named in common), where a
    third cluster names its place as it does, and that third is apart from the other. The
    report is read with the cluster telling its place alike, not left between two events."""
    names = [{items[m].place for m in members if items[m].place} for members in placed]

    def is_apart(x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in apart

    found: set[tuple[int, int]] = set()
    for x, y in combinations(range(len(placed)), 2):
        if is_apart(x, y) or not names[x].isdisjoint(names[y]):
            continue
        for one, other in ((x, y), (y, x)):
            if any(
                z not in (x, y) and names[one] & names[z] and not is_apart(one, z) and is_apart(z, other)
                for z in range(len(placed))
            ):
                found.add((x, y))
    return found
