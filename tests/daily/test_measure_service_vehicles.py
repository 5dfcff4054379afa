"""A service's vehicles are vehicles in every language the project reads: "2.200 mezzi di
sgombero" and "1.700 veicoli in strada" are one count the city and the union dispute
(issue 25, day 75), as are "viaturas" in Portuguese. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.measures import measure_of
from summarizer.models import Figure
from summarizer.models.common import Span
from tests.daily.test_daily import briefed, merged


def _measure(text: str, counted: str) -> str | None:
    figure = Figure(id="f1", text=text, value=5, counted=counted, category="other", unit="count",
                    bound="exact", span=Span(start=0, end=len(text)))  # fmt: skip
    return measure_of(figure)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("2.200 mezzi", "mezzi di sgombero mobilitati"),
        ("40 mezzi", "mezzi di soccorso sul posto"),
        ("1.700 veicoli", "veicoli di sgombero effettivamente in strada"),
        ("35 viaturas", "viaturas de socorro mobilizadas"),
        ("2 200 véhicules", "véhicules de déneigement mobilisés"),
        ("1,700 vehicles", "snow-removal vehicles out on the streets"),
    ],
)
def test_a_services_vehicles_are_vehicles_in_every_language(text: str, counted: str) -> None:
    assert _measure(text, counted) == "other:vehicle"


def test_aircraft_of_a_service_stay_aircraft() -> None:
    """ "Mezzi aerei" are aircraft: the word before a thing only modifies it."""
    assert _measure("tre mezzi aerei", "mezzi aerei impiegati") == "other:aircraft"


@pytest.mark.parametrize(
    ("union", "value", "disagree"),
    [
        ("il sindacato dei colletti blu parla invece di 1.700 veicoli effettivamente in strada.", 1700, True),
        ("il sindacato dei colletti blu conta 2.200 veicoli in strada.", 2200, False),
    ],
)
def test_the_citys_vehicles_and_the_unions_are_one_count(union: str, value: int, disagree: bool) -> None:
    text = f"Neve a Montréal: il Comune sostiene di avere mobilitato 2.200 mezzi; {union}"
    report = briefed(
        text,
        actors=[("a1", "Comune", "government"), ("a2", "sindacato dei colletti blu", "organization")],
        incidents=[{"id": "i1", "evidence": text, "type": "other", "place": "Montréal", "time": "giovedì"}],
        figures=[
            {"id": "f1", "text": "2.200 mezzi", "value": 2200, "category": "other",
             "counted": "mezzi di sgombero mobilitati", "claimed_by": "a1"},
            {"id": "f2", "text": f"{value:,} veicoli".replace(",", "."), "value": value, "category": "other",
             "counted": "veicoli di sgombero in strada", "claimed_by": "a2"},
        ],
    )  # fmt: skip
    (figure,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert figure.conflict is disagree
