"""A report that names only a town, read beside reports of sites in that town (issue 25:
"Marein" and "Laubengasse, Marein"; "Sant Joan de l'Estany" and "Torre Marina, Sant Joan
de l'Estany"). A town sees two events of a kind some days, so such a report is of the day's
one event of its kind at a site of the town only when nothing sets them apart: the
one-place prior (``one_place_prior``) reads it as any report at one place, and two sites'
events of the kind in the town leave it alone, as either may be its event, unless
something picks one: a figure it shares with one of them (three injured in both)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from summarizer.daily.pair_evidence import shares_a_figure

if TYPE_CHECKING:
    from summarizer.daily.reports import ReportEvidence


def in_its_town(a: ReportEvidence, b: ReportEvidence) -> bool:
    """One report placed only in the town (or quarter) the other's site is written as lying
    in (``ReportEvidence.held_by``): "Marein" and "Laubengasse, Marein". Not a place that
    holds towns (a county, a region, ``Levels``): it may hold many sites of that kind. Or
    placed on the street the other names a number of ("corso Italia" and "corso Italia 12"):
    the street holds the house as the town holds its site."""
    for outer, inner in ((a, b), (b, a)):
        if not outer.place or outer.levels.level:
            continue
        if outer.place in inner.held_by or _a_number_on(outer.place, inner.place):
            return True
    return False


def _a_number_on(street: str, address: str | None) -> bool:
    """``address`` is ``street`` and a house's number, after it or before it ("corso italia
    12", "12 dock road")."""
    words, inner = street.split(), (address or "").split()
    if len(inner) != len(words) + 1:
        return False
    return (inner[:-1] == words and inner[-1].isdigit()) or (inner[1:] == words and inner[0].isdigit())


def picked_by_a_figure(
    items: Sequence[ReportEvidence], placed: Sequence[Sequence[int]], apart: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Pairs of clusters (by position in ``placed``) to read apart beside ``apart``: a cluster
    and one it names no place in common with (a town's report and a site's), where a third
    cluster shares a figure with the first and is apart from the second. The town's report
    "three injured in a fire in Varenfeld" is of the fire at the Lindengasse that injured
    three, not of the station's fire, and is not left between them."""
    names = [{items[m].place for m in members if items[m].place} for members in placed]

    def is_apart(x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in apart

    def picks(one: int, z: int) -> bool:
        return any(shares_a_figure(items[i], items[j]) for i in placed[one] for j in placed[z])

    found: set[tuple[int, int]] = set()
    for x, y in combinations(range(len(placed)), 2):
        if is_apart(x, y) or not names[x].isdisjoint(names[y]):
            continue
        for one, other in ((x, y), (y, x)):
            if any(
                z not in (x, y) and not is_apart(one, z) and is_apart(z, other) and picks(one, z)
                for z in range(len(placed))
            ):
                found.add((x, y))
    return found
