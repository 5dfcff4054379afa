"""What a count of things names beside its noun, read alike whatever the report's language:

- the state a participle tells, by the facet that names it in every language when no
  concept does ("suspects interpellés" and "suspects arrested", "pecore rubate" and
  "Schafe gestohlen": one count each; day46's two suspects and day76's stolen sheep were
  two measures);
- the name that scopes it, which one report of an incident gives and another leaves out
  ("Traktoren bei der Demonstration", German capitalising every noun, and "more than 300
  tractors"; "42 vaten in Hulst" and "42 vaten"): one count, unless the incident's counts
  of the noun name two scopes, whose bare count may be of either.

Issue 25. Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyFigure
from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted", "measure"),
    [
        ("Deux suspects", "suspects interpellés", "other:suspect arrested"),
        ("Two suspects", "suspects arrested", "other:suspect arrested"),
        ("180 pecore", "pecore rubate", "other:sheep stolen"),
        ("180 Schafe", "Schafe gestohlen", "other:sheep stolen"),
        ("180 sheep", "sheep stolen", "other:sheep stolen"),
        ("180 ovelhas", "ovelhas roubadas", "other:sheep stolen"),
    ],
)
def test_a_state_is_read_alike_in_every_language(text: str, counted: str, measure: str) -> None:
    assert count_measure(text, counted) == measure


@pytest.mark.parametrize(
    ("text", "counted", "not_measure"),
    [
        ("120 pecore", "pecore ritrovate", "other:sheep stolen"),  # found again, not stolen
        ("30 trains", "trains retardés", "other:train cancelled"),  # no facet: as written
    ],
)
def test_another_state_stays_another_measure(text: str, counted: str, not_measure: str) -> None:
    assert count_measure(text, counted) != not_measure


def _count(text: str, value: float, counted: str, bound: str = "exact") -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "bound": bound, "counted": counted, "category": "other"}


def _report(lead: str, sentence: str, figure: dict[str, Any], place: str) -> Briefed:
    return one_incident(f"{lead} {sentence}", evidence=lead, figures=[figure], place=place, type="protest")


_RALLY = "Bauern haben am Montag in Hannover gegen die Agrarpolitik protestiert."


def _others(*reports: Briefed) -> list[DailyFigure]:
    day = merged(*reports)
    assert len(day.incidents) == 1
    return [f for f in day.figures if f.category == "other"]


def test_a_scoped_count_and_a_bare_one_of_one_incident_disagree() -> None:
    german = _report(
        _RALLY,
        "Die Polizei zählte rund 150 Traktoren bei der Demonstration.",
        _count("rund 150 Traktoren", 150, "Traktoren bei der Demonstration", "approximately"),
        "Hannover",
    )
    english = _report(
        _RALLY,
        "Organisers counted more than 300 tractors.",
        _count("more than 300 tractors", 300, "tractors", "more_than"),
        "Hannover",
    )
    (figure,) = _others(german, english)
    assert len(figure.values) == 2
    assert figure.conflict


def test_a_scoped_count_and_a_bare_one_that_agree_are_one_count() -> None:
    lead = "Bij Hulst zijn vaten met drugsafval gedumpt."
    scoped = _report(
        lead, "De politie vond 42 vaten in Hulst.", _count("42 vaten", 42, "vaten in Hulst"), "Hulst"
    )
    bare = _report(lead, "Het ging om 42 vaten.", _count("42 vaten", 42, "vaten"), "Hulst")
    (figure,) = _others(scoped, bare)
    assert len(figure.values) == 2
    assert not figure.conflict


def test_a_bare_count_beside_two_scopes_joins_neither() -> None:
    """The near miss: "nine cases" in a village and "nine cases" in the region are two
    scopes; a bare "12 cases" may be either's, and is no rival to both."""
    lead = "Measles has broken out at a school in Hagenwiller."
    village = _report(
        lead,
        "There are nine cases in Hagenwiller.",
        _count("nine cases", 9, "cases in Hagenwiller"),
        "Hagenwiller",
    )
    region = _report(
        lead, "Alsace counts nine cases in Alsace.", _count("nine cases", 9, "cases in Alsace"), "Hagenwiller"
    )
    bare = _report(lead, "Doctors have seen 12 cases.", _count("12 cases", 12, "cases"), "Hagenwiller")
    groups = _others(village, region, bare)
    assert len(groups) == 3
    assert not any(f.conflict for f in groups)


def test_a_towns_count_stays_apart_from_the_bare_count_of_an_event_placed_elsewhere() -> None:
    """The near miss: a nationwide protest's "more than 1,000 tractors" and the "150
    tractors in Lyon" one report counts are a whole and a city's share, no dispute."""
    lead = "Farmers drove tractors into cities across France on Monday to protest against farm policy."
    lyon = _report(
        lead,
        "Police counted 150 tractors in Lyon.",
        _count("150 tractors", 150, "tractors in Lyon"),
        "France",
    )
    whole = _report(
        lead,
        "Organisers counted more than 1,000 tractors.",
        _count("more than 1,000 tractors", 1000, "tractors", "more_than"),
        "France",
    )
    groups = _others(lyon, whole)
    assert len(groups) == 2
    assert not any(f.conflict for f in groups)


def test_a_towns_count_joins_the_bare_count_of_an_event_placed_there() -> None:
    lead = "Bauern haben am Montag in Hannover gegen die Agrarpolitik protestiert."
    scoped = _report(
        lead, "Die Polizei zählte 150 Traktoren in Hannover.", _count("150 Traktoren", 150, "Traktoren in Hannover"),
        "Hannover",
    )  # fmt: skip
    bare = _report(
        lead, "Organisers counted 300 tractors.", _count("300 tractors", 300, "tractors"), "Hannover"
    )
    (figure,) = _others(scoped, bare)
    assert figure.conflict
