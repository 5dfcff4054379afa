"""Counts of everyday people and things are one measure in every language the project reads
(issue 25: "Cinque persone", "cinque intossicati" and "vier Familienmitglieder" of one
mushroom poisoning, and "Ventitré veicoli" and "23 Fahrzeuge" of one pile-up, were each
keyed by their own words, so their disputes were never seen), and a report that links its
injured but counts the pile-up's cars only in its text still speaks for the cars. Every
report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.daily.test_daily import briefed, count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Cinque persone", "familiari ricoverati per intossicazione da funghi"),
        ("cinque familiari", "familiari ricoverati"),
        ("cinque intossicati", "intossicati ricoverati"),
        ("vier Mitglieder", "Familienmitglieder im Krankenhaus nach Pilzvergiftung"),
        ("Tre persone", "persone ferite"),
        ("cinco pessoas", "pessoas intoxicadas"),
        ("five people", "people poisoned by mushrooms"),
        ("cinq personnes", "personnes intoxiquées"),
        ("cinco heridos", "turistas heridos en el vuelco del gomón"),  # hurt mid-phrase
        ("Sete turistas de Porto Alegre", "turistas feridos no acidente de rafting"),
        ("quatre touristes", "touristes blessés dans la collision"),
        ("tre escursionisti", "escursionisti feriti dalla frana"),
    ],
)
def test_a_toll_of_people_is_one_measure_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted, "injured") == "injured:people"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Ventitré veicoli", "veicoli coinvolti nel tamponamento"),
        ("23 Fahrzeuge", "beteiligte Fahrzeuge"),
        ("23 vehicles", "vehicles involved in the pile-up"),
        ("23 veículos", "veículos envolvidos no engavetamento"),
        ("23 véhicules", "véhicules impliqués dans le carambolage"),
        ("23 vehículos", "vehículos implicados en el choque"),
    ],
)
def test_vehicles_of_a_pileup_are_one_measure_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:vehicle"


@pytest.mark.parametrize(
    ("text", "counted", "measure"),
    [
        # People a table knows by their role are a part of the toll, not the toll.
        ("three firefighters", "firefighters injured in the blaze", "injured:firefighter"),
        ("tres bomberos", "bomberos heridos en el incendio", "injured:firefighter"),
        ("due vigili", "pompieri feriti nell'incendio", "injured:firefighter"),
    ],
)
def test_people_of_a_known_role_hurt_stay_their_own_count(text: str, counted: str, measure: str) -> None:
    assert count_measure(text, counted, "injured") == measure


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("23 veicoli", "veicoli coinvolti"), ("23 persone", "persone coinvolte")),  # vehicles, not people
        (("120 lavoratori", "lavoratori dello stabilimento"), ("120 veicoli", "veicoli dello stabilimento")),
        (("cinque familiari", "familiari del sindaco"), ("cinque bambini", "bambini della scuola")),
        (("sete passageiros", "passageiros do ônibus"), ("sete carros", "carros do comboio")),
    ],
)
def test_people_and_things_of_two_kinds_stay_two_measures(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    assert count_measure(*one) != count_measure(*other)


_PILEUP_IT = (
    "Ventitré veicoli coinvolti e quattordici feriti nel tamponamento sull'A4 tra Desenzano e Sirmione."
)
_PILEUP_DE = (
    "Bei einer Massenkarambolage auf der A4 zwischen Desenzano und Sirmione sind 14 Menschen verletzt "
    "worden. Nach Angaben der Verkehrspolizei waren 23 Fahrzeuge beteiligt, der Autobahnbetreiber "
    "Brescia-Padova zählt 31."
)


def _figure(
    figure_id: str, text: str, value: int, category: str, counted: str, **more: Any
) -> dict[str, Any]:
    return {"id": figure_id, "text": text, "value": value, "category": category, "counted": counted, **more}


def _cars_in_text(text: str, cars: list[dict[str, Any]], people: list[dict[str, Any]]) -> Any:
    """A report of the pile-up that links its injured as its toll and gives ``cars`` (and
    ``people``) only in its text."""
    return briefed(
        text,
        actors=[
            ("a1", "Verkehrspolizei", "organization"),
            ("a2", "Autobahnbetreiber Brescia-Padova", "organization"),
        ],
        incidents=[
            {
                "id": "i1",
                "type": "accident",
                "place": "A4, Desenzano",
                "evidence": text,
                "casualty_figures": ["f1"],
            }
        ],
        figures=[
            _figure("f1", "14 Menschen", 14, "injured", "Verletzte der Massenkarambolage"),
            *cars,
            *people,
        ],
    )


def _linked_cars() -> Any:
    return one_incident(
        _PILEUP_IT,
        place="A4, Desenzano",
        type="accident",
        figures=[_figure("f1", "Ventitré veicoli", 23, "other", "veicoli coinvolti nel tamponamento")],
    )


def test_the_cars_a_report_counts_only_in_its_text_dispute_another_reports_cars() -> None:
    day = merged(
        _linked_cars(),
        _cars_in_text(
            _PILEUP_DE,
            cars=[
                _figure("f2", "23 Fahrzeuge", 23, "other", "beteiligte Fahrzeuge", claimed_by="a1"),
                _figure("f3", "zählt 31", 31, "other", "beteiligte Fahrzeuge", claimed_by="a2"),
            ],
            people=[],
        ),
    )
    assert len(day.incidents) == 1
    (cars,) = [f for f in day.figures if len(f.values) == 3]
    assert cars.conflict, [v.text for v in cars.values]


def test_people_a_report_counts_only_beside_its_linked_toll_dispute_nothing() -> None:
    """The near miss: "rund 200 Menschen" in the text of a report that links its injured may
    be any of the story's people (on the motorway, in the queue), not the 58 another report
    gives as its count of people there."""
    text = f"{_PILEUP_DE} Rund 200 Menschen saßen stundenlang im Stau."
    linked_people = one_incident(
        f"{_PILEUP_IT} Il 118 ha soccorso 58 persone sull'autostrada.",
        evidence=_PILEUP_IT,
        place="A4, Desenzano",
        type="accident",
        figures=[
            _figure("f1", "quattordici feriti", 14, "injured", "feriti nel tamponamento"),
            _figure("f2", "58 persone", 58, "other", "persone soccorse sull'autostrada"),
        ],
    )
    day = merged(
        linked_people,
        _cars_in_text(
            text, cars=[], people=[_figure("f2", "Rund 200 Menschen", 200, "other", "Menschen im Stau")]
        ),
    )
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures), [
        (f.measure, [v.text for v in f.values]) for f in day.figures
    ]
