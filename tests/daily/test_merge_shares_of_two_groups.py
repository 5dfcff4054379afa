"""Two shares of two groups of people ("35% of doctors", "70% of nurses") of one strike
are no dispute: a share names its group as every language does (``measures.share_of``),
and two groups' shares are two measures. One group's shares, in two languages, still
are (invented reports)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import measure_of, one_count
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, briefed, merged

_Share = partial(FigureStandIn, unit="percent", value=70)


@pytest.mark.parametrize(
    ("first", "second"),
    [("doctors", "des médecins"), ("der Ärzte", "de los médicos"), ("degli infermieri", "van de verpleegkundigen"),
     ("dels metges", "dos médicos"), ("Beschäftigten", "of staff"), ("nursing staff on strike", "des grévistes")],
)  # fmt: skip
def test_one_group_is_one_share_in_every_language(first: str, second: str) -> None:
    assert measure_of(_Share(first)) == measure_of(_Share(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [("doctors", "nurses"), ("des médecins", "des infirmières"), ("der Ärzte", "der Lehrer"),
     ("de los médicos", "de las enfermeras")],
)  # fmt: skip
def test_two_groups_are_two_shares(first: str, second: str) -> None:
    assert measure_of(_Share(first)) != measure_of(_Share(second))


@pytest.mark.parametrize(
    ("first", "second", "other_group"),
    [("de grévistes parmi les conducteurs", "des conducteurs", "des infirmières"),
     ("of strikers among the nurses", "of nurses", "of doctors"),
     ("de huelguistas entre los médicos", "de los médicos", "de las enfermeras")],
)  # fmt: skip
def test_those_on_strike_among_a_group_are_a_share_of_that_group(
    first: str, second: str, other_group: str
) -> None:
    """ "70 % de grévistes parmi les conducteurs" disputes "35 % des conducteurs": the
    strikers are counted among the drivers, so the share is the drivers'."""
    assert measure_of(_Share(first)) == measure_of(_Share(second))
    assert measure_of(_Share(first)) != measure_of(_Share(other_group))


def _strike(text: str, share: dict[str, Any]) -> Briefed:
    return briefed(
        text,
        incidents=[
            {"id": "i1", "evidence": text, "type": "protest", "place": "Tarrel", "time": "Tuesday",
             "casualty_figures": ["f1"]}
        ],
        figures=[{"id": "f1", "category": "other", "unit": "percent", **share}],
    )  # fmt: skip


def test_shares_of_doctors_and_of_nurses_of_one_strike_are_no_conflict() -> None:
    day = merged(
        _strike("Hospital staff in Tarrel struck on Tuesday: 35% of doctors stayed away, the union said.",
                {"text": "35% of doctors", "value": 35, "counted": "doctors"}),
        _strike("Hospital staff in Tarrel struck on Tuesday: 70% of nurses stayed away, the health board said.",
                {"text": "70% of nurses", "value": 70, "counted": "nurses"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_shares_of_doctors_told_in_two_languages_still_conflict() -> None:
    day = merged(
        _strike("Hospital staff in Tarrel struck on Tuesday: 35% of doctors stayed away, the union said.",
                {"text": "35% of doctors", "value": 35, "counted": "doctors"}),
        _strike("Le personnel hospitalier de Tarrel a fait grève mardi: 70% des médecins, selon la direction.",
                {"text": "70% des médecins", "value": 70, "counted": "médecins"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]


def test_a_share_of_the_staff_is_compared_with_the_one_groups_share() -> None:
    """ "Nursing staff" says no group the data knows: it is the share of people the day's one
    group's share may be, and the two disagree."""
    day = merged(
        _strike("Hospital staff in Tarrel struck on Tuesday: 70% of nursing staff stayed away, the union said.",
                {"text": "70% of nursing staff", "value": 70, "counted": "nursing staff on strike"}),
        _strike("Hospital staff in Tarrel struck on Tuesday: 35% of nurses stayed away, the health board said.",
                {"text": "35% of nurses", "value": 35, "counted": "nurses on strike"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]


def test_a_share_of_strikers_may_count_what_a_groups_share_counts() -> None:
    """Two reports of one strike, one giving "70 % de grévistes" and the other "35 % des
    conducteurs", share a measure as a sign of one event (``measures.one_count``), as
    ``figures`` joins the two shares; two groups' shares never do."""
    strikers, drivers, nurses = (
        measure_of(_Share(s)) for s in ("de grévistes", "des conducteurs", "des infirmières")
    )
    assert strikers is not None and drivers is not None and nurses is not None
    assert one_count(strikers, drivers)
    assert not one_count(drivers, nurses)
