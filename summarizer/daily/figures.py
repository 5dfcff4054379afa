"""Figures grouped by incident and measure, with conflicting values flagged. What a figure
measures is read in ``daily.measures``; whether values conflict, in ``daily.figure_conflicts``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.daily.claims import DENIED_PARTY, OFFICIAL_PARTY, RESTATED_PARTY
from summarizer.daily.comparable_figures import comparable_values
from summarizer.daily.figure_conflicts import values_conflict
from summarizer.daily.figure_facets import split_facets
from summarizer.daily.figure_joins import (
    join_overlapping_people,
    join_placed_scopes,
    join_restated,
    join_units,
    join_unsaid_scopes,
    join_unsaid_states,
    join_unsaid_tolls,
)
from summarizer.daily.figure_owners import split_owners
from summarizer.daily.figure_standing import Given, outdated, unlisted_entries
from summarizer.daily.figure_units import rescaled
from summarizer.daily.measures import PEOPLE_CATEGORIES, measure_of, share_of_a_group
from summarizer.daily.merge import unique
from summarizer.models.common import sharing_fields_set
from summarizer.models.daily_v2 import DailyFigure, FigureValue
from summarizer.text.concepts import tables

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

# Measure tails that are no unit: counts of people and a percentage's whole.
_NOT_UNITS = frozenset({"people", "percent"})


def _scoped(members: Sequence[tuple[ArticleRecord, FigureRecord]]) -> bool:
    """Whether a group's counts may be of two scopes when far apart (``values_conflict``):
    counts of a thing ("847 measles cases" in a country, nine at a school), or of people
    counted by words of two heads (pupils and children, ``join_overlapping_people``). A
    toll of people of one incident counted by one head is one scope: "2 dead" by the
    authorities and "25 dead" by the opposition is the usual dispute, not two tolls."""
    first = members[0][1]
    if first.unit != "count":
        return False
    return first.category not in PEOPLE_CATEGORIES or len({measure_of(f) for _, f in members}) > 1


def _join_claims_of_none(by_measure: dict[str, list[tuple[ArticleRecord, FigureRecord]]]) -> None:
    """ "Nobody was hurt" denies every count of people hurt, of whatever people ("two
    firefighters were hurt"): a group of nothing but such claims of none joins the one
    other count of its category, so the two are compared. With two other counts (soldiers
    and civilians) it stays apart: it cannot be put beside both."""
    for key in [k for k in by_measure if k.endswith(":people")]:
        category = key.split(":", 1)[0]
        if category not in PEOPLE_CATEGORIES or any(f.value != 0 for _, f in by_measure[key]):
            continue
        others = [
            k
            for k, members in by_measure.items()
            if k != key and k.startswith(f"{category}:") and measure_of(members[0][1]) == k
        ]
        if len(others) == 1:
            by_measure[others[0]] += by_measure.pop(key)


def _join_unsaid_shares(by_measure: dict[str, list[tuple[ArticleRecord, FigureRecord]]]) -> None:
    """A percentage that does not say of what ("un 70%") joins the one other share its
    category has ("35% of doctors"): a report often gives the share once in full and then
    bare. With two other shares (of people and of pay) it stays apart: it may be either.
    So does a share of people of no group ("70% of nursing staff") join the one group's
    share ("35% of nurses", ``measures.share_of``); beside two groups' it stays apart."""
    for key in [k for k in by_measure if k.endswith(":percent of people")]:
        category = key.rsplit(":", 1)[0]
        groups = [k for k in by_measure if k.startswith(f"{category}:") and share_of_a_group(k)]
        if len(groups) == 1:
            by_measure[groups[0]] += by_measure.pop(key)
    for key in [k for k in by_measure if k.endswith(":percent")]:
        category = key.rsplit(":", 1)[0]
        others = [k for k in by_measure if k != key and k.startswith(f"{category}:percent of ")]
        if len(others) == 1:
            by_measure[others[0]] += by_measure.pop(key)


def _join_unsaid_categories(by_measure: dict[str, list[tuple[ArticleRecord, FigureRecord]]]) -> None:
    """An amount whose category a report left as "other" ("52 Millionen Euro") joins the
    one measure of that unit the reports do give a category ("48 million euros" of damage):
    money, area or time of one incident in the same unit is one measure. With two such
    measures ("damage_cost:EUR", "aid:EUR") it stays apart: it may be either."""
    for key in [k for k in by_measure if k.startswith("other:")]:
        unit = key.removeprefix("other:")
        if unit in _NOT_UNITS or not unit.isupper():
            continue  # a count's head ("other:worker"), or a share: no unit of measure
        others = [k for k in by_measure if k != key and k.endswith(f":{unit}") and k.count(":") == 1]
        if len(others) == 1:
            by_measure[others[0]] += by_measure.pop(key)


# The shortest head a compound's head may end with and be one measure with it.
COMPOUND_HEAD_LETTERS = 5


def _join_compound_heads(by_measure: dict[str, list[tuple[ArticleRecord, FigureRecord]]]) -> None:
    """A count whose head ends with another count's head of its category is that count:
    German writes one word for what English writes as two ("Containerschiffe" are
    "Schiffe": container ships are ships), and one report says the one, another the other.
    A head ending with two others' joins the longer ("Frachtcontainerschiffe" joins
    "containerschiffe", not "schiffe"); a few letters in common ("-ten") are no head."""
    for key in sorted(by_measure, key=len, reverse=True):
        category, _, head = key.partition(":")
        if " " in head or key not in by_measure:
            continue
        shorter = [
            other
            for other in by_measure
            if other != key
            and other.startswith(f"{category}:")
            and " " not in (tail := other.split(":", 1)[1])
            and _ends_with(head, tail)
            and measure_of(by_measure[other][0][1]) == other
        ]
        if shorter:
            by_measure[max(shorter, key=len)] += by_measure.pop(key)


def _ends_with(compound: str, head: str) -> bool:
    """Whether a compound ends with a head, written as such or as the concept a count's
    word is keyed by (``measures.measure_of``: "Schiffe" are "ship", so
    "Containerschiffe" ends with it). Either way the head is written with
    ``COMPOUND_HEAD_LETTERS`` letters or more: a few letters in common ("-ten") are none."""
    if len(head) >= COMPOUND_HEAD_LETTERS and compound.endswith(head):
        return True
    table, _, _ = tables()
    return any(
        table.get(compound[cut:].lower()) == head
        for cut in range(1, len(compound) - COMPOUND_HEAD_LETTERS + 1)
    )


def figure_groups(
    linked: Sequence[tuple[ArticleRecord, FigureRecord]],
    actor_map: dict[tuple[str, str], str],
    incident_id: str | None,
    first_number: int,
    linked_only: set[tuple[str, str]] | None = None,
) -> list[DailyFigure]:
    """Figures grouped by measure. With ``linked_only`` (article id, figure id), only those
    figures can make a conflict: the others are listed beside them because they stand in
    the report of the incident, not because the report gives them as its toll."""
    by_measure: dict[str, list[tuple[ArticleRecord, FigureRecord]]] = defaultdict(list)
    for source, figure in linked:
        key = measure_of(figure) or f"{figure.category}:{figure.text}:{source.id}:{figure.id}"
        by_measure[key].append((source, figure))
    join_unsaid_tolls(by_measure)
    _join_claims_of_none(by_measure)
    _join_unsaid_shares(by_measure)
    _join_unsaid_categories(by_measure)
    _join_compound_heads(by_measure)
    join_unsaid_states(by_measure)
    join_placed_scopes(by_measure)
    join_unsaid_scopes(by_measure)
    join_units(by_measure)
    join_overlapping_people(by_measure)
    join_restated(by_measure)
    by_measure = split_owners(split_facets(by_measure))
    # A blog's later entries outdate its earlier counts, whether or not its briefing lists
    # them as reports of the incident (``unlisted_entries``).
    told = [*linked, *unlisted_entries(linked)] if incident_id else list(linked)
    given = [Given(s.id, f.category, f.text, f.standing) for s, f in told]
    stale = {(told[n][0].id, told[n][1].id) for n in outdated(given)}
    groups = []
    for offset, (key, members) in enumerate(by_measure.items()):
        unit = members[0][1].unit
        values = [
            sharing_fields_set(
                FigureValue(
                    value=rescaled(f.value, f.unit, unit),
                    value_high=rescaled(f.value_high, f.unit, unit),
                    bound=f.bound,
                    text=f.text,
                    counted=f.counted,
                    claimed_by=actor_map.get((s.id, f.claimed_by or "")),
                    source=s.ref(f.span),
                )
            )
            for s, f in members
        ]
        # A value's party when it has no claimant: the daily actor its sentence names, or
        # unnamed officials, or the unnamed speaker of a restated count, or whoever gave
        # the count its sentence denies (``claims``).
        parties = [
            f.party
            if f.party in (None, OFFICIAL_PARTY, RESTATED_PARTY, DENIED_PARTY)
            else actor_map.get((s.id, f.party))
            for s, f in members
        ]
        comparable = comparable_values(members, linked_only, stale)
        first = members[0][1]
        # A facet's or an owner's group says it: "m visibility", "vehicle of gnr".
        # A concept's name ("shut_down", ``measures.measure_of``) is read with a space.
        measure = (
            key.split(":", 1)[1].replace("#", " ").replace("@", " of ").replace("_", " ")
            if measure_of(first)
            else (first.counted or first.unit)
        )
        groups.append(
            DailyFigure(
                id=f"f{first_number + offset}",
                measure=f"{measure} ({first.category.replace('_', ' ')})",
                category=first.category,
                unit=first.unit,
                incident=incident_id,
                values=values,
                conflict=values_conflict(
                    [values[n] for n in comparable],
                    [parties[n] for n in comparable],
                    [members[n][1].standing for n in comparable],
                    unit=unit,
                    scoped=_scoped(members),
                ),
                articles=unique(s.id for s, _ in members),
            )
        )
    return groups
