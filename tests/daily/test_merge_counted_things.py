"""Things news counts, read alike in four languages whatever the words after them say of
them: drones ("two drones" seen by police, "au moins cinq appareils" = "drones signalés par les
équipages"), households and homes of a power cut, cars, campers, and who did it (attackers,
Täter, braqueurs, atracadores). Sources that disagree on such a count are flagged; counts of
two things never are (issue 25). Invented phrases and reports."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, merged, one_incident

_Figure = partial(FigureStandIn, text="12", value=12)


@pytest.mark.parametrize(
    ("counted", "thing"),
    [
        ("drones seen by crews", "drone"), ("drones signalés par les équipages", "drone"),
        ("gesichtete Drohnen", "drone"), ("drones avistados", "drone"), ("drones spotted", "drone"),
        ("households without electricity", "home"), ("Haushalte ohne Strom am Vormittag", "home"),
        ("foyers privés d'électricité", "home"), ("hogares sin luz", "home"), ("homes without power", "home"),
        ("cars swallowed", "vehicle"), ("Autos im Krater", "vehicle"), ("voitures englouties", "vehicle"),
        ("coches sepultados", "vehicle"),
        ("campers trapped", "camper"), ("eingeschlossene Camper", "camper"), ("campeurs bloqués", "camper"),
        ("campistas evacuados", "camper"),
        ("attackers", "perpetrator"), ("Täter, nach Augenzeugen", "perpetrator"),
        ("braqueurs en fuite", "perpetrator"), ("atracadores", "perpetrator"),
    ],
)  # fmt: skip
def test_a_count_of_a_thing_is_one_measure_in_every_language(counted: str, thing: str) -> None:
    assert measure_of(_Figure(counted)) == f"other:{thing}"


def test_counts_of_two_things_are_two_measures() -> None:
    measures = {measure_of(_Figure(c)) for c in ("drones spotted", "cars swallowed", "homes without power")}
    assert len(measures) == 3


def _stoppage(text: str, *figures: dict[str, Any], language: str) -> Briefed:
    numbered = [{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(
        text,
        figures=numbered,
        type="other",
        place="Arlesheim",
        location="Arlesheim airport",
        time="Tuesday evening",
        language=language,
    )


def test_two_drones_per_police_and_five_per_pilots_are_a_dispute_across_languages() -> None:
    en = _stoppage(
        "Arlesheim airport halted all flights on Tuesday evening after two drones were spotted near "
        "the runway, police said; 23 flights were diverted.",
        {"text": "two drones", "value": 2, "counted": "drones spotted"},
        {"text": "23 flights", "value": 23, "counted": "flights diverted"},
        language="en",
    )
    fr = _stoppage(
        "Mardi soir, l'aéroport d'Arlesheim a interrompu tous les vols: le syndicat des pilotes parle "
        "d'au moins cinq appareils, 23 vols ont été déroutés.",
        {"text": "au moins cinq appareils", "value": 5, "bound": "at_least", "counted": "drones signalés par les pilotes"},
        {"text": "23 vols", "value": 23, "counted": "vols déroutés"},
        language="fr",
    )  # fmt: skip
    day = merged(en, fr)
    assert len(day.incidents) == 1
    (drones,) = [f for f in day.figures if f.measure.startswith("drone")]
    assert drones.conflict and len(drones.values) == 2


def test_two_drones_and_two_cars_of_one_day_are_never_one_count() -> None:
    drones = _stoppage(
        "Arlesheim airport halted all flights on Tuesday evening after two drones were spotted.",
        {"text": "two drones", "value": 2, "counted": "drones spotted"},
        language="en",
    )
    cars = _stoppage(
        "Am Dienstagabend standen am Flughafen Arlesheim fünf Autos in Flammen.",
        {"text": "fünf Autos", "value": 5, "counted": "Autos in Flammen"},
        language="de",
    )
    day = merged(drones, cars)
    assert not any(f.conflict for f in day.figures)
