"""Figures an article gives beyond the passages of its incidents (``passages``: the evidence
and a few sentences after it) that still count its incident: a report often closes on its
event's measures ("Workers said the fall happened about 350 metres below ground", five
sentences on; "La basura ha tapado medio kilómetro de carretera", in an interview after the
news). Without them such a figure stands alone, and its dispute with the other reports is
never seen."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.daily.figure_conflicts import FAR_APART_FACTOR, counts_alike, interval, stated_value
from summarizer.daily.figure_facets import facet_of
from summarizer.daily.measures import measure_of

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord, IncidentRecord

Adopted = dict[int, list[tuple["ArticleRecord", "FigureRecord"]]]


def adopted_figures(
    items: Sequence[ArticleRecord], clusters: Sequence[Sequence[tuple[ArticleRecord, IncidentRecord]]]
) -> Adopted:
    """The figures beyond every passage that join a cluster of reports (by its index). A
    figure is adopted only where it cannot be two things: its article reports in exactly
    one cluster whose other articles give a figure of its measure alike to it
    (``figure_conflicts.counts_alike``: a "50-metre security perimeter" is not the "ten metres" a
    sinkhole measures across, nor a report due "in 48 hours" the "three hours" of a
    lockdown), or of its measure and facet (``figure_facets``) within ``FAR_APART_FACTOR``
    of it: "500 mètres des premières habitations" and "rund 200 Meter von den ersten
    Häusern entfernt" are one distance two reports dispute; and it gives that measure
    nowhere else (an article's second figure of a measure may be its background: "a fall in
    2009 killed three"); never one of an editor's correction note (``Standing.corrects``)."""
    in_passage = {(s.id, f.id) for s in items for i in s.incidents for f in i.figures}
    # Per cluster: measure -> (article id, lowest and highest true value, facet) of its figures.
    told: list[dict[str, list[tuple[str, float, float, str | None]]]] = []
    for group in clusters:
        measures: dict[str, list[tuple[str, float, float, str | None]]] = {}
        for source, incident in group:
            for f in incident.figures:
                if (m := measure_of(f)) is not None:
                    measures.setdefault(m, []).append((source.id, *interval(f), facet_of(f.counted, f.unit)))
        told.append(measures)
    # Built once, not per loose figure: an article may hold hundreds of loose figures.
    told_by = {(a, m) for measures in told for m, given in measures.items() for a, *_ in given}
    clusters_of: dict[str, list[int]] = {}
    for n, group in enumerate(clusters):
        for article in dict.fromkeys(s.id for s, _ in group):
            clusters_of.setdefault(article, []).append(n)
    adopted: Adopted = {}
    for source in items:
        loose = [(f, measure_of(f)) for f in source.figures if (source.id, f.id) not in in_passage]
        per_measure = Counter(m for _, m in loose)
        for figure, measure in loose:
            if measure is None or figure.value is None or per_measure[measure] > 1:
                continue
            if figure.standing.corrects:
                continue  # an editor's note of what an earlier version got wrong
            if (source.id, measure) in told_by:
                continue  # the article gives the measure in a passage: this one is another
            low, high = interval(figure)
            facet = facet_of(figure.counted, figure.unit)
            homes = [
                n
                for n in clusters_of.get(source.id, ())
                if any(
                    counts_alike(low, high, lo, hi)
                    or (facet is not None and facet == given and _near(low, high, lo, hi))
                    for _, lo, hi, given in told[n].get(measure, ())
                )
            ]
            if len(homes) == 1:
                adopted.setdefault(homes[0], []).append((source, figure))
    return adopted


def _near(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Two figures' stated numbers within ``FAR_APART_FACTOR`` of each other: as far apart as
    two sources' dispute over one quantity goes."""
    small, large = sorted((abs(stated_value(low_a, high_a)), abs(stated_value(low_b, high_b))))
    return small > 0 and math.isfinite(large) and large <= small * FAR_APART_FACTOR
