"""A service's vehicles are vehicles in every language the project reads: "2.200 mezzi di
sgombero" and "1.700 veicoli in strada" are one count the city and the union dispute
(issue 25, day 75), as are "viaturas" in Portuguese. Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, count_measure, merged


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
    assert count_measure(text, counted) == "other:vehicle"


def test_aircraft_of_a_service_stay_aircraft() -> None:
    """ "Mezzi aerei" are aircraft: the word before a thing only modifies it."""
    assert count_measure("tre mezzi aerei", "mezzi aerei impiegati") == "other:aircraft"


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


def _own_fleet(text: str, party: str, figure: str, value: int, counted: str, lang: str) -> Briefed:
    made = briefed(
        text,
        actors=[("a1", party, "organization")],
        incidents=[{"id": "i1", "evidence": text, "type": "other", "place": "Porto Vell", "time": "domenica"}],
        figures=[{"id": "f1", "text": figure, "value": value, "category": "other", "counted": counted,
                  "claimed_by": "a1"}],
    )  # fmt: skip
    return Briefed(made.article, made.briefing.model_copy(update={"language": lang}))


def _fleets(first: tuple[Any, ...], second: tuple[Any, ...]) -> list[bool]:
    return [f.conflict for f in merged(_own_fleet(*first), _own_fleet(*second)).figures if len(f.values) == 2]


# Two services' own vehicles, officers or crews at one event, each count naming its owner in
# a genitive ("dos bombeiros", "der Feuerwehr", "des pompiers", "of the police"): two
# measures, never a dispute.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Os bombeiros mobilizaram 30 viaturas para o incêndio em Porto Vell no domingo.", "bombeiros",
             "30 viaturas", 30, "viaturas dos bombeiros", "pt"),
            ("No incêndio de domingo em Porto Vell, a GNR colocou 8 viaturas no terreno.", "GNR",
             "8 viaturas", 8, "viaturas da GNR", "pt"),
        ),
        (
            ("Beim Brand in Porto Vell am Sonntag war die Feuerwehr mit 30 Fahrzeugen im Einsatz.", "Feuerwehr",
             "30 Fahrzeugen", 30, "Fahrzeuge der Feuerwehr", "de"),
            ("Beim Brand in Porto Vell am Sonntag war die Polizei mit 8 Fahrzeugen im Einsatz.", "Polizei",
             "8 Fahrzeugen", 8, "Fahrzeuge der Polizei", "de"),
        ),
        (
            ("Incendie à Porto Vell dimanche : les pompiers ont engagé 30 véhicules.", "pompiers",
             "30 véhicules", 30, "véhicules des pompiers engagés", "fr"),
            ("Dimanche, à Porto Vell, la gendarmerie a déployé 8 véhicules autour de l'incendie.", "gendarmerie",
             "8 véhicules", 8, "véhicules de la gendarmerie", "fr"),
        ),
        (
            ("Some 120 officers of the police were deployed at the Porto Vell fire on Sunday.", "police",
             "120 officers", 120, "officers of the police deployed", "en"),
            ("The coast guard sent 40 officers to the Porto Vell fire on Sunday.", "coast guard",
             "40 officers", 40, "officers of the coast guard", "en"),
        ),
    ],
)  # fmt: skip
def test_two_services_own_vehicles_are_no_dispute(first: tuple[Any, ...], second: tuple[Any, ...]) -> None:
    assert not [f for f in merged(_own_fleet(*first), _own_fleet(*second)).figures if f.conflict]


# One owner named by both, or by neither: one count the two sources disagree on.
@pytest.mark.parametrize(
    ("first_counted", "second_counted"),
    [("viaturas dos bombeiros", "viaturas dos bombeiros"), ("viaturas mobilizadas", "viaturas no terreno")],
)
def test_one_owners_vehicles_or_none_stay_a_dispute(first_counted: str, second_counted: str) -> None:
    first = ("Os bombeiros mobilizaram 30 viaturas para o incêndio em Porto Vell no domingo.", "bombeiros",
             "30 viaturas", 30, first_counted, "pt")  # fmt: skip
    second = ("No incêndio de domingo em Porto Vell, a Proteção Civil contou 8 viaturas no terreno.",
              "Proteção Civil", "8 viaturas", 8, second_counted, "pt")  # fmt: skip
    assert _fleets(first, second) == [True]
