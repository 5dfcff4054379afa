"""People rescued are one measure however a report names them and in every language:
"kayakers rescued off the strand", "swimmers taken from the water", "gerettete
Kajakfahrer", "baigneurs secourus", "personas rescatadas", "bagnanti soccorsi",
"pescadores resgatados", "people brought to safety" (issue 25). Never one with people
injured or evacuated, with the rescuers, with boats or animals rescued, nor with the dead
brought out of the water. Invented phrases."""

from __future__ import annotations

import re
from functools import partial

import pytest

from summarizer.daily.counted_nouns import noun_and_state
from summarizer.daily.measures import measure_of, one_count
from tests.daily.test_daily import FigureStandIn

_Count = partial(FigureStandIn, text="4", value=4)

_RESCUES = [
    "kayakers rescued off Inch Strand",
    "swimmers taken from the water off Lahinch",
    "walkers pulled from the river",
    "climbers brought to safety",
    "people rescued",
    "gerettete Kajakfahrer",
    "Schwimmer aus dem Wasser gezogen",
    "baigneurs secourus au large de Biarritz",
    "personas rescatadas en la playa de Riazor",
    "bagnanti soccorsi al largo di Rimini",
    "pescadores resgatados ao largo de Peniche",
    # Saved is rescued (issue 25, day 78: three reports of one beach rescue said it so).
    "personnes sauvées à Falésia",
    "banhistas salvos na praia da Falésia",
    "people saved from the surf",
    "personas salvadas del incendio",
]


@pytest.mark.parametrize("counted", _RESCUES)
def test_people_rescued_are_one_measure_in_every_phrasing(counted: str) -> None:
    assert measure_of(_Count(counted)) == "other:rescued"


@pytest.mark.parametrize(
    ("counted", "category"),
    [
        ("kayakers injured", "injured"),
        ("Kajakfahrer verletzt", "injured"),
        ("kayakers evacuated from the beach", "other"),
        ("rescuers", "other"),
        ("lifeboat volunteers", "other"),
        ("boats rescued off the pier", "other"),
        ("dogs rescued from the flood", "other"),
        ("bodies pulled from the water", "other"),
        ("kayakers on the water", "other"),
    ],
)
def test_near_misses_stay_apart_from_people_rescued(counted: str, category: str) -> None:
    measure = measure_of(_Count(counted, category=category)) or ""
    assert not one_count(measure, "other:rescued")


@pytest.mark.parametrize(
    "counted",
    [
        "emplois sauvés",
        "jobs saved",
        "Arbeitsplätze gerettet",
        "puestos de trabajo salvados",
        "posti di lavoro salvati",
    ],
)
def test_jobs_saved_are_jobs_not_people_rescued(counted: str) -> None:
    assert measure_of(_Count(counted)) == "other:job"


def test_a_count_names_its_noun_past_off_and_an_irregular_participle() -> None:
    # "Strand" after "off" is the place, not the noun (a beach); "taken" is a participle.
    def read(phrase: str) -> tuple[str, str | None, str | None]:
        return noun_and_state(re.findall(r"[^\W\d_]+", phrase))

    assert read("kayakers rescued off Omey Strand")[:2] == ("kayakers", "rescued")
    assert read("trucks taken off the road")[:2] == ("trucks", "taken")
