"""Measures the flow's briefings name differently: a German compound whose head is a
counted thing another language names ("Busfahrer", "bus drivers"), and an amount one
report gives a category and another leaves as "other" (invented reports)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of, thing_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, briefed, merged


@pytest.mark.parametrize(
    ("word", "thing"),
    [
        ("buschauffeure", "driver"),
        ("busfahrer", "driver"),
        ("hafenarbeiter", "worker"),
        ("drivers", "driver"),
        ("experten", None),  # "-perten" is no head of a known thing
        ("container", None),
    ],
)
def test_a_german_compound_counts_its_heads_thing(word: str, thing: str | None) -> None:
    assert thing_of(word) == thing


_Count = partial(FigureStandIn, value=400)


def test_drivers_in_two_languages_are_one_measure() -> None:
    assert measure_of(_Count("Buschauffeure")) == measure_of(_Count("bus drivers")) == "other:driver"
    assert measure_of(_Count("streikende Busfahrer")) == "other:driver"


def test_drivers_and_passengers_stay_two_measures() -> None:
    assert measure_of(_Count("Buschauffeure")) != measure_of(_Count("bus passengers"))
    assert measure_of(_Count("Busfahrgäste")) == "other:passenger"


def _verdict(text: str, *figures: dict[str, Any]) -> Briefed:
    return briefed(
        text,
        incidents=[{"id": "i1", "evidence": text, "type": "other", "place": "Dornbach", "time": "Monday"}],
        figures=[{"id": f"f{n}", "unit": "EUR", **f} for n, f in enumerate(figures, 1)],
    )


def test_an_amount_left_as_other_joins_the_one_category_of_its_unit() -> None:
    a = _verdict(
        "A court in Dornbach on Monday jailed the banker Piet Olander for fraud costing savers 20 million euros.",
        {"text": "20 million euros", "value": 20_000_000, "category": "damage_cost"},
    )
    b = _verdict(
        "Dornbach court on Monday: Piet Olander jailed over a 25 million euro fraud.",
        {"text": "25 million euro", "value": 25_000_000, "category": "other"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [sorted(v.value or 0 for v in f.values) for f in day.figures if f.conflict] == [
        [20_000_000, 25_000_000]
    ]


def test_an_amount_left_as_other_in_another_currency_stays_apart() -> None:
    a = _verdict(
        "A court in Dornbach on Monday jailed the banker Piet Olander for fraud costing savers 20 million euros.",
        {"text": "20 million euros", "value": 20_000_000, "category": "damage_cost"},
    )
    b = _verdict(
        "Dornbach court on Monday: Piet Olander jailed over a fraud; he had moved 25 million dollars abroad.",
        {"text": "25 million dollars", "value": 25_000_000, "category": "other", "unit": "USD"},
    )
    assert not [f for f in merged(a, b).figures if f.conflict]


@pytest.mark.parametrize("counted", ["Evakuierte", "evacuees", "évacués", "desalojados", "people evacuated"])
def test_those_a_disaster_displaced_are_counted_as_people_in_every_language(counted: str) -> None:
    assert measure_of(_Count(counted, category="displaced")) == "displaced:people"


def test_evacuees_are_people_only_when_displaced() -> None:
    assert measure_of(_Count("Evakuierte", category="other")) != "other:people"
