"""A count of people a report names by the wider group they belong to is the count another
gives by the narrower: a school canteen's "43 élèves" and its "une quarantaine d'enfants",
a strike's strikers and its workers, a march's protesters and its participants (issue 25:
one canteen's food poisoning, counted in pupils by one outlet and in children by another,
was two events). Groups that do not hold each other stay two counts. Invented reports."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.measures import measure_of, one_count
from summarizer.daily.pair_evidence import shares_a_figure
from summarizer.daily.reports import ReportEvidence
from tests.daily.test_daily import FigureStandIn, merged, one_incident


@pytest.mark.parametrize(
    ("narrow", "wide"),
    [("élèves", "enfants"), ("Schüler", "Kinder"), ("alumnos", "niños"), ("students", "children"),
     ("strikers", "workers"), ("protesters", "participants")],
)  # fmt: skip
def test_a_narrow_group_and_its_wider_one_may_be_one_count(narrow: str, wide: str) -> None:
    a = measure_of(FigureStandIn(narrow, text="43", value=43, category="injured"))
    b = measure_of(FigureStandIn(wide, text="40", value=40, category="injured"))
    assert a is not None and b is not None and a != b
    assert one_count(a, b) and one_count(b, a)


@pytest.mark.parametrize(("a", "b"), [("injured:student", "injured:teacher"), ("injured:child", "injured:worker"),
                                      ("injured:student", "killed:child"), ("other:striker", "other:passenger")])  # fmt: skip
def test_groups_that_do_not_hold_each_other_are_two_counts(a: str, b: str) -> None:
    assert not one_count(a, b)


def _poisoning(text: str, figure: str, value: float, counted: str, place: str, language: str) -> Any:
    return one_incident(
        text, type="accident", place=place, time="jeudi", language=language,
        figures=[{"id": "f1", "text": figure, "value": value, "counted": counted, "category": "injured",
                  "bound": "approximately" if value == 40 else "exact"}],
    )  # fmt: skip


_PUPILS = ("Quarante-trois élèves de l'école Jean-Moulin ont été intoxiqués jeudi à la cantine de Marsac.",
           "Quarante-trois élèves", 43, "élèves intoxiqués")  # fmt: skip


def test_one_canteens_poisoning_counted_in_pupils_and_in_children_is_one_event() -> None:
    pupils = _poisoning(*_PUPILS, "Marsac", "fr")
    children = _poisoning(
        "Une quarantaine d'enfants ont été hospitalisés jeudi à Marsac après un repas servi à la cantine.",
        "Une quarantaine d'enfants", 40, "enfants hospitalisés", "Marsac", "fr",
    )  # fmt: skip
    assert len(merged(pupils, children).incidents) == 1


def _counted(owner: str, measure: str, value: float, high: float | None = None) -> ReportEvidence:
    return ReportEvidence(
        owner=owner, type="accident", date=None, weekdays=frozenset(), place="marsac", places=frozenset({"marsac"}),
        words=(), plain=(), measures=frozenset({(measure, value)}), measured=((measure, value, value if high is None else high),),
        says_distinct=False,
    )  # fmt: skip


def test_counts_of_a_group_and_its_wider_one_far_apart_are_no_shared_figure() -> None:
    """Four children hurt when a climbing frame gave way are not the 43 pupils poisoned."""
    pupils = _counted("a", "injured:student", 43)
    assert shares_a_figure(pupils, _counted("b", "injured:child", 36, 44))  # "une quarantaine"
    assert not shares_a_figure(pupils, _counted("b", "injured:child", 4))
    assert not shares_a_figure(pupils, _counted("b", "injured:teacher", 43))
