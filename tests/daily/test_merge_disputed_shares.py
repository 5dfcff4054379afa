"""A share two reports dispute (turnout put at 61.4% by the commission and 48% by the
opposition; a strike followed by 62% or 35%) is a conflict inside one event, never
evidence of two: reports that share everything else stay one (invented reports)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _vote(text: str, share: str, value: float, counted: str = "turnout") -> Briefed:
    evidence = text.split(". ")[0].rstrip(".") + "."
    figure: dict[str, Any] = {
        "id": "f1",
        "text": share,
        "value": value,
        "unit": "percent",
        "counted": counted,
    }
    return briefed(
        text,
        actors=[("a1", "Marta Ilves", "person")] if "Marta Ilves" in text else [],
        incidents=[
            {
                "id": "i1",
                "evidence": evidence,
                "type": "political_decision",
                "place": "Tarnby",
                "time": "Sunday",
            }
        ],
        figures=[{**figure, "category": "other"}],
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("61.4 percent", 61.4), ("48 percent", 48.0)),
        (("61.4 percent", 61.4), ("5 percent", 5.0)),  # even tenfold apart: shares are disputed so
    ],
)
def test_a_disputed_turnout_keeps_one_vote(first: tuple[str, float], second: tuple[str, float]) -> None:
    commission = _vote(
        f"Turnout in Sunday's mayoral vote in Tarnby reached {first[0]}, said returning officer Marta Ilves.",
        *first,
    )
    opposition = _vote(
        f"The opposition put turnout in Tarnby's mayoral vote on Sunday at {second[0]}, disputing Marta Ilves.",
        *second,
    )
    day = merged(commission, opposition)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]


def test_two_towns_votes_with_two_turnouts_stay_two() -> None:
    tarnby = _vote("Turnout in Sunday's mayoral vote in Tarnby reached 61.4 percent.", "61.4 percent", 61.4)
    other = briefed(
        "Turnout in Sunday's mayoral vote in Selsing reached 48 percent.",
        incidents=[
            {
                "id": "i1",
                "evidence": "Turnout in Sunday's mayoral vote in Selsing reached 48 percent.",
                "type": "political_decision",
                "place": "Selsing",
                "time": "Sunday",
            }
        ],
        figures=[
            {
                "id": "f1",
                "text": "48 percent",
                "value": 48.0,
                "unit": "percent",
                "counted": "turnout",
                "category": "other",
            }
        ],
    )
    assert len(merged(tarnby, other).incidents) == 2
