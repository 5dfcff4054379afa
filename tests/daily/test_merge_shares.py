"""Percentages of one event are compared only when they are shares of one thing: "70% of
doctors" and "a 5% pay rise" of one strike are two measures (issue 25, a miss the
dayquality and dayactors branches listed). Every report here is invented."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, briefed, merged

_Share = partial(FigureStandIn, unit="percent", value=70)


@pytest.mark.parametrize(
    ("counted", "measure"),
    [("doctors", "percent of doctor"), ("de los médicos", "percent of doctor"),
     ("Beschäftigten", "percent of people"), ("seguimiento de la huelga", "percent of people"),
     ("pay rise", "percent of pay"), ("hausse des salaires", "percent of pay"),
     ("Stimmen", "percent of vote"), ("des voix", "percent of vote"), ("prices", "percent of price"),
     ("turnout", "turnout"), (None, "percent"), ("of something unsaid", "percent")],
)  # fmt: skip
def test_a_percentage_is_a_share_of_what_it_counts(counted: str | None, measure: str) -> None:
    assert measure_of(_Share(counted)) == f"other:{measure}"


def _strike(text: str, *figures: dict[str, Any]) -> Briefed:
    numbered = [
        {"id": f"f{n}", "category": "other", "unit": "percent", **f} for n, f in enumerate(figures, 1)
    ]
    return briefed(
        text,
        incidents=[
            {"id": "i1", "evidence": text, "type": "protest", "place": "Tarrel", "time": "Tuesday",
             "casualty_figures": [f["id"] for f in numbered]}
        ],
        figures=numbered,
    )  # fmt: skip


def test_a_share_of_strikers_and_a_pay_rise_of_one_strike_are_no_conflict() -> None:
    a = _strike(
        "Hospital doctors in Tarrel struck on Tuesday: 70% of doctors stayed away, the union said, demanding a 12% pay rise.",
        {"text": "70% of doctors", "value": 70, "counted": "doctors"},
        {"text": "12% pay rise", "value": 12, "counted": "pay rise"},
    )
    b = _strike(
        "Only 35% of doctors joined Tuesday's hospital strike in Tarrel, the health board said; the union wants a 12% pay rise.",
        {"text": "35% of doctors", "value": 35, "counted": "doctors"},
        {"text": "12% pay rise", "value": 12, "counted": "pay rise"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    flagged = [f for f in day.figures if f.conflict]
    # The two shares of doctors disagree; no share of doctors is put beside the pay rise.
    assert [f.measure for f in flagged] == ["percent of doctor (other)"]
    assert sorted(v.value for v in flagged[0].values) == [35, 70]


def test_a_bare_percentage_joins_the_one_share_it_can_be() -> None:
    a = _strike(
        "Hospital doctors in Tarrel struck on Tuesday; the union put the strike's following at 70%.",
        {"text": "70%", "value": 70, "counted": None},
    )
    b = _strike(
        "Only 35% of doctors joined Tuesday's hospital strike in Tarrel, the health board said.",
        {"text": "35% of doctors", "value": 35, "counted": "doctors"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [f.measure for f in day.figures if f.conflict] == ["percent of doctor (other)"]


def test_a_bare_percentage_beside_two_shares_is_compared_with_neither() -> None:
    a = _strike(
        "Hospital doctors in Tarrel struck on Tuesday; the union put the figure at 70%.",
        {"text": "70%", "value": 70, "counted": None},
    )
    b = _strike(
        "Only 35% of doctors joined Tuesday's hospital strike in Tarrel over a 12% pay rise, the health board said.",
        {"text": "35% of doctors", "value": 35, "counted": "doctors"},
        {"text": "12% pay rise", "value": 12, "counted": "pay rise"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)
