"""A toll told in several languages and words is one measure, so sources that disagree on
it are flagged; shares of different things are not compared (invented reports)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, merged, one_incident

_Figure = partial(FigureStandIn, category="killed", value=2)


@pytest.mark.parametrize(
    "counted",
    ["people", "morts", "décès", "Tote", "Todesopfer", "muertos", "fallecido", "personnes tuées",
     "fallecidos en el accidente", "víctimas", None],
)  # fmt: skip
def test_a_count_of_people_killed_is_one_measure_in_every_language(counted: str | None) -> None:
    assert measure_of(_Figure(counted)) == "killed:people"


def test_a_count_of_other_things_keeps_its_own_measure() -> None:
    assert (
        measure_of(_Figure("homes", category="destroyed")) == "weapons:home"
    )  # destroyed is counted with launched
    # Miners are miners (the concept tables' word), not any people injured.
    assert measure_of(_Figure("Bergleute", category="injured")) == "injured:miners"
    # A harm word counts people only where the figure counts people harmed.
    assert (
        measure_of(_Figure("victims' homes", category="destroyed")) == "weapons:home"
    )  # destroyed is counted with launched
    assert measure_of(_Figure(None, category="other")) is None


def test_turnout_is_a_share_of_its_own_in_every_language() -> None:
    for counted in ("turnout", "Wahlbeteiligung", "taux de participation", "participación"):
        assert measure_of(_Figure(counted, category="other", unit="percent")) == "other:turnout"
    # A share of the vote is its own measure too, never turnout (see test_merge_shares.py).
    assert measure_of(_Figure("of the vote", category="other", unit="percent")) == "other:percent of vote"


def _toll(text: str, evidence: str, *figures: dict[str, Any], place: str = "Tarrel") -> Briefed:
    numbered = [{"id": f"f{n}", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(
        text, evidence=evidence, figures=numbered, type="accident", place=place, time="Tuesday"
    )


def test_none_dead_in_one_language_conflicts_with_two_dead_in_another() -> None:
    es = "Un autobús volcó en Tarrel el martes: ningún fallecido y 14 heridos, informó la policía."
    en = "Two people were killed and 14 injured when a bus overturned in Tarrel on Tuesday, police said."
    day = merged(
        _toll(es, es, {"text": "ningún fallecido", "value": 0, "counted": "fallecido", "category": "killed"},
              {"text": "14 heridos", "value": 14, "counted": "heridos", "category": "injured"}),
        _toll(en, en, {"text": "Two people", "value": 2, "counted": "people", "category": "killed"},
              {"text": "14", "value": 14, "counted": None, "category": "injured"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    by_category = {f.category: f for f in day.figures}
    assert by_category["killed"].conflict and len(by_category["killed"].values) == 2
    assert not by_category["injured"].conflict and len(by_category["injured"].values) == 2


def test_nobody_hurt_conflicts_with_the_one_other_count_of_people_hurt() -> None:
    a = "A fire gutted a depot in Tarrel on Tuesday; nobody was injured, the fire brigade said. 40 homes burned."
    b = "Two firefighters were hurt fighting the Tarrel depot fire on Tuesday, which burned 40 homes."
    day = merged(
        _toll(a, a, {"text": "nobody", "value": 0, "counted": None, "category": "injured"},
              {"text": "40 homes", "value": 40, "counted": "homes", "category": "destroyed"}),
        _toll(b, b, {"text": "Two firefighters", "value": 2, "counted": "firefighters", "category": "injured"},
              {"text": "40 homes", "value": 40, "counted": "homes", "category": "destroyed"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (hurt,) = [f for f in day.figures if f.category == "injured"]
    assert hurt.conflict and len(hurt.values) == 2


def test_nobody_hurt_beside_two_other_counts_is_compared_with_neither() -> None:
    a = "A fire gutted a depot in Tarrel on Tuesday; nobody was injured, the fire brigade said. 40 homes burned."
    b = "Two firefighters and three residents were hurt in the Tarrel depot fire on Tuesday; 40 homes burned."
    day = merged(
        _toll(a, a, {"text": "nobody", "value": 0, "counted": None, "category": "injured"},
              {"text": "40 homes", "value": 40, "counted": "homes", "category": "destroyed"}),
        _toll(b, b, {"text": "Two firefighters", "value": 2, "counted": "firefighters", "category": "injured"},
              {"text": "three residents", "value": 3, "counted": "residents", "category": "injured"},
              {"text": "40 homes", "value": 40, "counted": "homes", "category": "destroyed"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_turnout_and_a_partys_share_are_not_compared() -> None:
    de = "Bei der Wahl in Tarrel am Dienstag kam die Liste Nord auf 34,8 Prozent; die Wahlbeteiligung lag bei 61,4 Prozent."
    en = "The North List won 34.8% of the vote in Tarrel's election on Tuesday. Turnout was 48%."
    pct = {"category": "other", "unit": "percent"}
    day = merged(
        _toll(de, de, {"text": "34,8 Prozent", "value": 34.8, "counted": "Stimmen", **pct},
              {"text": "61,4 Prozent", "value": 61.4, "counted": "Wahlbeteiligung", **pct}),
        _toll(en, en, {"text": "34.8%", "value": 34.8, "counted": "vote", **pct},
              {"text": "48%", "value": 48, "counted": "turnout", **pct}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    flagged = [f.measure for f in day.figures if f.conflict]
    assert flagged == ["turnout (other)"]


@pytest.mark.parametrize(
    ("counted", "thing"),
    [("Feuerwehrleute", "firefighter"), ("pompiers", "firefighter"), ("bomberos", "firefighter"),
     ("firefighters", "firefighter"), ("voisins", "resident"), ("four neighbours", "resident"),
     ("vecinos del edificio", "resident"), ("maisons", "home"), ("Häuser", "home")],
)  # fmt: skip
def test_what_is_counted_is_one_thing_in_every_language(counted: str, thing: str) -> None:
    assert measure_of(_Figure(counted, category="injured")) == f"injured:{thing}"


def test_one_fires_toll_in_two_languages_is_compared() -> None:
    de = "Beim Brand in Tarrel am Dienstag brannten 40 Häuser nieder; drei Feuerwehrleute wurden verletzt."
    en = "Five firefighters were hurt in the Tarrel fire on Tuesday, which destroyed 40 homes."
    day = merged(
        _toll(de, de, {"text": "40 Häuser", "value": 40, "counted": "Häuser", "category": "destroyed"},
              {"text": "drei Feuerwehrleute", "value": 3, "counted": "Feuerwehrleute", "category": "injured"}),
        _toll(en, en, {"text": "40 homes", "value": 40, "counted": "homes", "category": "destroyed"},
              {"text": "Five firefighters", "value": 5, "counted": "firefighters", "category": "injured"}),
    )  # fmt: skip
    assert len(day.incidents) == 1  # the homes, one count in two languages, are a shared specific
    (hurt,) = [f for f in day.figures if f.category == "injured"]
    assert hurt.conflict and len(hurt.values) == 2
