"""Reports of one event that share the unit or company at work on it and a count given in
different words ("12 aeronaves", "al menos 10 medios aéreos"; "une quarantaine de poids
lourds", "unos 40 camiones"), one of them placed only at district level, and a road named
for the pass it crosses (invented reports)."""

from __future__ import annotations

import time
from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from summarizer.daily.spots import streets_in
from summarizer.text.place_containment import places_within
from tests.daily.test_daily import FigureStandIn, briefed, merged

_Count = partial(FigureStandIn, value=40, bound="approximately")


@pytest.mark.parametrize(
    ("counted", "measure"),
    [
        ("poids lourds bloqués", "other:lorry"),
        ("camiones atrapados", "other:lorry"),
        ("stranded lorries", "other:lorry"),
        ("LKW", "other:lorry"),
        ("medios aéreos", "other:aircraft"),
        ("aeronaves", "other:aircraft"),
        ("moyens aériens", "other:aircraft"),
        ("aircraft", "other:aircraft"),
        ("Löschflugzeuge", "other:aircraft"),
    ],
)
def test_lorries_and_aircraft_are_one_measure_in_every_language(counted: str, measure: str) -> None:
    assert measure_of(_Count(counted)) == measure


def test_lorries_stay_apart_from_cars_and_aircraft_from_people() -> None:
    assert measure_of(_Count("voitures")) == "other:vehicle" != measure_of(_Count("camiones"))
    assert measure_of(_Count("blessés lourds", category="injured")) == "injured:people"


_ORURI = (
    "Un incendio forestal declarado el lunes en la sierra de Oruri ha quemado 300 hectáreas de pinar. "
    "Trabajan en la zona 12 aeronaves y la Brigada Forestal Norte."
)
_VALSERENA = (
    "Unos 900 vecinos pasaron la noche en el polideportivo por el fuego que avanza desde el lunes "
    "por la comarca del Val Serena. Al menos 10 medios aéreos y efectivos de la Brigada Forestal "
    "Norte combaten las llamas."
)


def _fire(
    text: str, place: str, location: str, figures: list[dict[str, Any]], unit: tuple[str, str]
) -> Briefed:
    evidence = text.split(". ")[0] + "."
    return briefed(
        text,
        actors=[("a1", *unit)],
        incidents=[
            {
                "id": "i1",
                "evidence": evidence,
                "type": "disaster",
                "place": place,
                "location": location,
                "time": "el lunes",
            }
        ],
        figures=figures,
    )


_NORTH = ("Brigada Forestal Norte", "military")


def _town(text: str = _ORURI, unit: tuple[str, str] = _NORTH, aircraft: float | None = 12) -> Briefed:
    if aircraft is None:
        return _fire(text, "Oruri", "la sierra de Oruri", [], unit)
    figures = [
        {
            "id": "f1",
            "text": f"{aircraft:g} aeronaves",
            "value": aircraft,
            "counted": "aeronaves",
            "category": "other",
        }
    ]
    return _fire(text, "Oruri", "la sierra de Oruri", figures, unit)


def _district(text: str = _VALSERENA, unit: tuple[str, str] = _NORTH, aircraft: float | None = 10) -> Briefed:
    if aircraft is None:
        return _fire(text, "Val Serena", "la comarca del Val Serena", [], unit)
    figures = [
        {
            "id": "f1",
            "text": f"Al menos {aircraft:g} medios aéreos",
            "value": aircraft,
            "bound": "at_least",
            "counted": "medios aéreos",
            "category": "other",
        }
    ]
    return _fire(text, "Val Serena", "la comarca del Val Serena", figures, unit)


def test_a_district_report_joins_the_towns_on_the_unit_at_work_and_its_aircraft() -> None:
    assert len(merged(_town(), _district()).incidents) == 1


def test_the_same_aircraft_with_two_units_stay_two_fires() -> None:
    south = ("Brigada Forestal Sur", "military")
    district = _district(_VALSERENA.replace("Norte", "Sur"), unit=south)
    assert len(merged(_town(), district).incidents) == 2


def test_the_unit_at_work_alone_joins_no_two_fires() -> None:
    # One forest brigade serves every fire of the district: without a count both give, the
    # town's fire and the district's are two.
    town = _town(_ORURI.replace("12 aeronaves y ", ""), aircraft=None)
    district = _district(_VALSERENA.replace("Al menos 10 medios aéreos y efectivos de ", ""), aircraft=None)
    assert len(merged(town, district).incidents) == 2


def test_the_authority_that_reports_it_is_no_unit_at_work() -> None:
    # A regional government is the source of every fire of its area: with a count it joins nothing.
    council = ("Brigada Forestal Norte", "government")
    assert len(merged(_town(unit=council), _district(unit=council)).incidents) == 2


def test_aircraft_far_apart_keep_two_fires_apart_whatever_unit_fights_them() -> None:
    town = _town(_ORURI.replace("12 aeronaves", "2 aeronaves"), aircraft=2)
    district = _district(_VALSERENA.replace("10 medios", "40 medios"), aircraft=40)
    assert len(merged(town, district).incidents) == 2


# --------------------------------------------------------------------------- a pass road across a border


def test_a_town_set_in_a_place_after_any_verb_lies_there() -> None:
    text = "La route relie Ordiac, petite commune de la vallée de Soule (Hautes-Landes), au col."
    assert list(places_within(text, "fr")) == [
        ("Ordiac", "la vallée de Soule"),
        ("la vallée de Soule", "Hautes-Landes"),
    ]
    # A sentence's first word is no part of the town's name; a comma alone says nothing.
    assert list(places_within("Ayer Ordiac, localidad de la Soule.", "es")) == [("Ordiac", "la Soule")]
    assert list(places_within("The storm hit Ordiac, destroying houses in Lindau.", "en")) == []
    hostile = "relie Ordiac, " + "petite " * 5000 + "commune de la Soule " + "Ab " * 3000
    start = time.thread_time()
    list(places_within(hostile, "fr"))
    assert time.thread_time() - start < 1.0


@pytest.mark.parametrize(
    ("location", "streets"),
    [
        ("la route du port de Tarbesse", {"tarbesse"}),
        ("la carretera del puerto de Tarbesse", {"tarbesse"}),
        ("the road over the Col de Tarbesse", {"tarbesse"}),
        ("la route de Lyon", set()),  # a road toward a town is named by no pass
        ("la carretera del puerto", set()),
    ],
)
def test_a_road_named_for_its_pass_is_named_by_the_pass(location: str, streets: set[str]) -> None:
    assert streets_in(location) == streets


_ROCKS_FR = (
    "Un éboulement a coupé mardi soir la route du port de Tarbesse, qui relie Ordiac, petite commune "
    "de la vallée de Soule (Hautes-Landes), au village d'Arrieta. Une quarantaine de poids lourds sont "
    "restés bloqués des deux côtés de la frontière."
)
_ROCKS_ES = (
    "Un desprendimiento de rocas sepultó el martes por la noche la carretera del puerto de Tarbesse, "
    "en el departamento de Hautes-Landes. Unos 40 camiones quedaron atrapados a ambos lados."
)


def _rockslide(text: str, place: str, location: str, lorries: str) -> Briefed:
    evidence = text.split(". ")[0] + "."
    return briefed(
        text,
        incidents=[
            {
                "id": "i1",
                "evidence": evidence,
                "type": "disaster",
                "place": place,
                "location": location,
                "time": "mardi",
            }
        ],
        figures=[
            {
                "id": "f1",
                "text": lorries,
                "value": 40,
                "bound": "approximately",
                "counted": lorries.split(" ", 2)[-1],
                "category": "other",
            }
        ],
    )


def test_a_rockslide_told_from_its_town_and_from_its_department_is_one() -> None:
    town = _rockslide(_ROCKS_FR, "Ordiac", "la route du port de Tarbesse", "Une quarantaine de poids lourds")
    department = _rockslide(
        _ROCKS_ES, "Hautes-Landes", "la carretera del puerto de Tarbesse", "Unos 40 camiones"
    )
    assert len(merged(town, department).incidents) == 1


def test_two_passes_of_one_department_stay_two_rockslides() -> None:
    town = _rockslide(_ROCKS_FR, "Ordiac", "la route du port de Tarbesse", "Une quarantaine de poids lourds")
    other = _ROCKS_ES.replace("Tarbesse", "Larrau")
    department = _rockslide(other, "Hautes-Landes", "la carretera del puerto de Larrau", "Unos 40 camiones")
    assert len(merged(town, department).incidents) == 2


# --------------------------------------------------------------------------- people told by what they do


def test_people_counted_by_what_they_do_are_people_when_the_figure_names_them() -> None:
    # "Unas 150 personas ... se concentran": a briefing may give "concentrados" as counted.
    assert measure_of(_Count("concentrados", text="Unas 150 personas")) == "other:people"
    assert measure_of(_Count("Versammelte", text="rund 150 Menschen")) == "other:people"
    # The figure's words name no people: what it counts stays what it says.
    assert measure_of(_Count("concentrados", text="150 concentrados")) == "other:concentrado"
    assert measure_of(_Count("camiones bloqueados", text="40 personas")) == "other:lorry"


def _rally(text: str, share: str, counted: str, value: float = 150, time: str = "12.10") -> Briefed:
    evidence = text.split(". ")[0].rstrip(".") + "."
    return briefed(
        text,
        incidents=[{"id": "i1", "evidence": evidence, "type": "protest", "place": "Villasur", "time": time}],
        figures=[
            {
                "id": "f1",
                "text": share,
                "value": 150,
                "bound": "approximately",
                "counted": counted,
                "category": "other",
            }
        ],
    )


def test_a_rally_of_people_and_of_workers_counted_alike_is_one() -> None:
    spanish = _rally(
        "Unas 150 personas se concentran frente al ayuntamiento de Villasur para exigir más seguridad en la planta.",
        "Unas 150 personas",
        "concentrados",
    )
    french = _rally(
        "Quelque 150 salariés de l'usine se sont rassemblés devant la mairie de Villasur.",
        "Quelque 150 salariés",
        "salariés rassemblés",
    )
    assert len(merged(spanish, french).incidents) == 1
    evening = _rally(
        "Cerca de 2.000 personas recorren el centro de Villasur tras una pancarta de los vecinos.",
        "Cerca de 2.000 personas",
        "manifestantes",
        value=2000,
        time="19.50",
    )
    assert len(merged(spanish, evening).incidents) == 2
