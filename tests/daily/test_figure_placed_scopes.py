"""Counts one event's reports give in their own words are compared as one measure, and sums
of two things are not:

- things counted by the pair ("19 pairs of sneakers", "14 Paar Sneakers", "paires de gants") are
  counted as the things, whichever way a language puts the pair;
- a count that names where the event is, each report by another of its place's names
  ("boats seized in Porthavel", "boats seized on Quay Street" of an event on Quay Street,
  Porthavel), is one count; a scope one article tells apart from another is not;
- goods the authorities seized are one state in every language ("tavolini sequestrati",
  "tables seized", "barcos incautados"), another than goods stolen;
- the worth of goods taken and the cost of a damage are two sums of one burglary.

Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_facets import facets_of
from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyFigure
from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("19 pairs of sneakers", "pairs of sneakers stolen from the depot"),
        ("14 Paar Sneakers", "gestohlene Paar Sneakers"),
        ("19 paires de sneakers", "paires de sneakers volées"),
        ("2 pares de sneakers", "pares de sneakers robados"),
        ("19 sneakers", "sneakers stolen"),
    ],
)
def test_things_counted_by_the_pair_are_counted_as_the_things(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:sneaker stolen"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("12 boats", "boats seized"),
        ("12 bateaux", "bateaux confisqués"),
        ("12 barcos", "barcos incautados"),
        ("12 barcos", "barcos apreendidos"),
        ("12 Boote", "beschlagnahmte Boote"),  # a German participle no ending tells
        ("12 Boote", "sichergestellte Boote"),
        ("12 bateaux", "bateaux saisis"),  # nor a French one without an accent
    ],
)
def test_goods_the_authorities_seized_are_one_state_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted).endswith(" seized")  # type: ignore[union-attr]


def test_goods_seized_and_goods_stolen_are_two_counts() -> None:
    assert count_measure("12 barche", "barche sequestrate") != count_measure("12 barche", "barche rubate")
    assert count_measure("12 Boote", "wiedergefundene Boote") == "other:boat recovered"


def test_pairs_of_nothing_said_are_pairs() -> None:
    assert count_measure("19 pairs", "pairs stolen") == "other:pair stolen"


def _count(n: int, text: str, value: float, counted: str, bound: str = "exact") -> dict[str, Any]:
    return {
        "id": f"f{n}",
        "text": text,
        "value": value,
        "bound": bound,
        "counted": counted,
        "category": "other",
    }


_LEAD = "Harbour police raided fishing boats on Quay Street in Porthavel on Monday."


def _report(sentence: str, *figures: dict[str, Any], location: str | None = None) -> Briefed:
    return one_incident(
        f"{_LEAD} {sentence}",
        evidence=_LEAD,
        figures=list(figures),
        place="Quay Street, Porthavel",
        location=location,
        type="other",
    )


def _counts(*reports: Briefed) -> list[DailyFigure]:
    day = merged(*reports)
    assert len(day.incidents) == 1
    return [f for f in day.figures if f.category == "other"]


def test_counts_scoped_by_two_names_of_the_events_place_are_one_count() -> None:
    town = _report(
        "Police seized 12 boats in Porthavel.", _count(1, "12 boats", 12, "boats seized in Porthavel")
    )
    street = _report(
        "Officers seized 20 boats on Quay Street.", _count(1, "20 boats", 20, "boats seized on Quay Street")
    )
    (figure,) = _counts(town, street)
    assert len(figure.values) == 2
    assert figure.conflict


def test_a_scope_from_a_reports_location_is_the_events_place() -> None:
    """German capitalises the setting's noun ("aus dem Bootshafen"): a word of the report's
    location, so the event's place too."""
    german = _report(
        "Die Polizei beschlagnahmte zwölf Boote aus dem Bootshafen.",
        _count(1, "zwölf Boote", 12, "gestohlene Boote aus dem Bootshafen"),
        location="im Bootshafen an der Quay Street",
    )
    english = _report(
        "The 20 boats stolen in Porthavel were found.",
        _count(1, "20 boats", 20, "boats stolen in Porthavel"),
    )
    (figure,) = _counts(german, english)
    assert figure.conflict


def test_scopes_one_article_tells_apart_stay_two_counts() -> None:
    """The near miss: an article that counts the boats of the town and of the street gives
    two counts, so the street's count of another report is no rival to the town's."""
    both = _report(
        "Police seized 12 boats in Porthavel and 4 boats on Quay Street.",
        _count(1, "12 boats", 12, "boats seized in Porthavel"),
        _count(2, "4 boats", 4, "boats seized on Quay Street"),
    )
    other = _report(
        "Officers seized 20 boats on Quay Street.", _count(1, "20 boats", 20, "boats seized on Quay Street")
    )
    groups = _counts(both, other)
    assert not [f for f in groups if {v.value for v in f.values} >= {12, 20}]


def test_a_scope_the_event_is_not_placed_at_stays_apart() -> None:
    """The near miss: the region's count beside the town's is a whole and its part."""
    town = _report(
        "Police seized 12 boats in Porthavel.", _count(1, "12 boats", 12, "boats seized in Porthavel")
    )
    region = _report(
        "Across Westmarch, 80 boats were seized this year.",
        _count(1, "80 boats", 80, "boats seized in Westmarch"),
    )
    street = _report(
        "Officers seized 20 boats on Quay Street.", _count(1, "20 boats", 20, "boats seized on Quay Street")
    )
    groups = _counts(town, region, street)
    (apart,) = [f for f in groups if any(v.value == 80 for v in f.values)]
    assert len(apart.values) == 1


@pytest.mark.parametrize(
    ("counted", "facets"),
    [
        ("value of the stolen watches", {"worth"}),
        ("Wert der gestohlenen Uhren", {"worth"}),
        ("valeur des montres volées", {"worth"}),
        ("valor de las joyas robadas", {"worth"}),
        ("Sachschaden an der Tür", {"damage"}),
        ("dégâts à la vitrine", {"damage"}),
        ("value of the damage", {"damage"}),  # the worth of a damage is the damage
    ],
)
def test_a_sum_is_the_worth_of_goods_or_a_damage(counted: str, facets: set[str]) -> None:
    assert facets_of(counted, "EUR") == facets


def _sum(text: str, value: float, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "bound": "approximately", "counted": counted,
            "category": "damage_cost", "unit": "EUR"}  # fmt: skip


def test_the_loots_worth_and_a_doors_damage_are_no_dispute_but_two_worths_are() -> None:
    lead = "Burglars broke into a watchmaker's shop on Mill Lane in Tarrel overnight."
    loot = one_incident(f"{lead} The watches were worth 40,000 euros.", evidence=lead, place="Tarrel", type="other",
                        figures=[_sum("40,000 euros", 40_000, "value of the stolen watches")])  # fmt: skip
    door = one_incident(f"{lead} Die Tür wurde beschädigt, rund 2.000 Euro Schaden.", evidence=lead, place="Tarrel", type="other",
                        figures=[_sum("rund 2.000 Euro", 2_000, "Sachschaden an der Tür")])  # fmt: skip
    day = merged(loot, door)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]
    worth = one_incident(f"{lead} Les montres valaient 25 000 euros.", evidence=lead, place="Tarrel", type="other",
                         figures=[_sum("25 000 euros", 25_000, "valeur des montres volées")])  # fmt: skip
    day = merged(loot, worth)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]
