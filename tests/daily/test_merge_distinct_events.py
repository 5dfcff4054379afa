"""Distinct events of one day and place stay apart on evidence that they differ (issue 25:
two fraud cases heard in one court on one Tuesday merged, as did two fires of one city).
Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.measures import one_count
from summarizer.daily.merge import Briefed
from summarizer.daily.spots import streets_in
from tests.daily.test_daily import briefed, merged


def _case(text: str, amount: dict[str, Any], actors: list[tuple[str, str, str]]) -> Briefed:
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": text.split(". ")[0] + ".", "type": "other", "place": "Velden",
                    "time": "Tuesday"}],
        figures=[{"id": "f1", "category": "damage_cost", "unit": "EUR", "counted": "damage", **amount}],
    )  # fmt: skip


def test_two_trials_in_one_court_whose_damages_are_tenfold_apart_stay_apart() -> None:
    verdict = _case(
        "The regional court in Velden on Tuesday jailed the broker Anton Reske for embezzlement. "
        "The damage came to 40 million euros, presiding judge Mira Holt said.",
        {"text": "40 million euros", "value": 40_000_000},
        [("a1", "Anton Reske", "person"), ("a2", "Mira Holt", "person")],
    )
    other_trial = _case(
        "Two rooms along in Velden, the trial of the haulier Ben Ostrow opened on Tuesday. "
        "Prosecutor Lena Reske accuses him of customs fraud with a damage of 2 million euros.",
        {"text": "2 million euros", "value": 2_000_000},
        [("a1", "Ben Ostrow", "person"), ("a2", "Lena Reske", "person")],
    )
    day = merged(verdict, other_trial)
    assert len(day.incidents) == 2
    assert not [f for f in day.figures if f.conflict]


def test_one_trial_whose_damages_two_outlets_give_differently_is_one_event_and_a_conflict() -> None:
    a = _case(
        "The regional court in Velden on Tuesday jailed the broker Anton Reske for embezzlement. "
        "The damage came to 40 million euros, presiding judge Mira Holt said.",
        {"text": "40 million euros", "value": 40_000_000},
        [("a1", "Anton Reske", "person"), ("a2", "Mira Holt", "person")],
    )
    b = _case(
        "Broker Anton Reske was jailed in Velden on Tuesday for embezzlement. "
        "He cost his clients a damage of 46 million euros.",
        {"text": "46 million euros", "value": 46_000_000},
        [("a1", "Anton Reske", "person")],
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]


@pytest.mark.parametrize(
    ("location", "streets"),
    [("Mill Lane in Tobin's north end", {"mill"}), ("Harbour Road", {"harbour"}),
     ("rue Émile Zola, Tobin", {"emile", "zola"}), ("Bahnhofstraße", {"bahnhof"}),
     ("la calle Mayor de Tobin", {"mayor"}), ("Place Carnot", {"carnot"}),
     ("the port city of Tobin", set()), ("im Hafen", set()), (None, set())],
)  # fmt: skip
def test_a_location_names_its_streets(location: str | None, streets: set[str]) -> None:
    assert streets_in(location) == streets


def _fire(text: str, location: str, injured: dict[str, Any]) -> Briefed:
    return briefed(
        text,
        actors=[("a1", "Chief Ada Brandt", "person")] if "Brandt" in text else [],
        incidents=[{"id": "i1", "evidence": text.split(". ")[0] + ".", "type": "accident", "place": "Tobin",
                    "location": location, "time": "Sunday", "casualty_figures": ["f1"]}],
        figures=[{"id": "f1", "category": "injured", **injured}],
    )  # fmt: skip


def test_two_fires_of_one_city_and_day_in_two_streets_stay_apart() -> None:
    """The fire chief speaks of both fires and both are blazes of Tobin on Sunday; the two
    streets tell them apart, so 9 hurt and none hurt are no conflict."""
    factory = _fire(
        "A blaze tore through a paint factory on Mill Lane in Tobin's north end on Sunday. Nine workers were hurt, Chief Ada Brandt said.",
        "Mill Lane in Tobin's north end",
        {"text": "Nine workers", "value": 9, "counted": "workers"},
    )
    warehouse = _fire(
        "A separate blaze destroyed a timber warehouse on Harbour Road in Tobin on Sunday. No one was hurt, Chief Ada Brandt said.",
        "Harbour Road in Tobin",
        {"text": "No one", "value": 0, "counted": "people"},
    )
    day = merged(factory, warehouse)
    assert len(day.incidents) == 2
    assert not [f for f in day.figures if f.conflict]


def test_two_reports_of_a_second_fire_in_one_street_are_one_event_and_conflict() -> None:
    """Each report says its fire is another than the day's first one; the street both name
    still makes them one, and none hurt against two hurt is flagged."""
    a = _fire(
        "A separate blaze destroyed a timber warehouse on Harbour Road in Tobin on Sunday. No one was hurt, Chief Ada Brandt said.",
        "Harbour Road in Tobin",
        {"text": "No one", "value": 0, "counted": "people"},
    )
    b = _fire(
        "Crews fought a second fire in Tobin on Sunday, at a warehouse on Harbour Road. Two firefighters were hurt.",
        "Harbour Road",
        {"text": "Two firefighters", "value": 2, "counted": "firefighters"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [sorted(v.value or 0 for v in f.values) for f in day.figures if f.conflict] == [[0, 2]]


def test_a_toll_of_people_and_one_of_workers_are_one_count_of_one_fire() -> None:
    """ "At least 8 people" and "nine workers" hurt are a shared figure of two reports of one
    fire (with the city, enough to join them); "two firefighters" against ten is not."""
    wire = _fire(
        "At least 8 people were injured when fire broke out at a plant in Tobin on Sunday. The owner said the night shift was safe.",
        "Tobin",
        {"text": "At least 8 people", "value": 8, "bound": "at_least", "counted": "people"},
    )
    local = _fire(
        "A blaze tore through a factory on Mill Lane in Tobin's north end on Sunday. Nine workers were hurt.",
        "Mill Lane in Tobin's north end",
        {"text": "Nine workers", "value": 9, "counted": "workers"},
    )
    assert len(merged(wire, local).incidents) == 1
    assert one_count("injured:people", "injured:worker")
    assert not one_count("injured:people", "injured:home")
    assert not one_count("injured:worker", "injured:firefighter")
    assert not one_count("killed:people", "injured:worker")
