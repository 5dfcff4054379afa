"""Distinct events of one day and place stay apart on evidence that they differ (issue 25:
two fraud cases heard in one court on one Tuesday merged, as did two fires of one city).
Every report here is invented."""

from __future__ import annotations

from typing import Any

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _case(text: str, amount: dict[str, Any], actors: list[tuple[str, str, str]]) -> Briefed:
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": text.split(". ")[0] + ".", "type": "other", "place": "Velden",
                    "time": "Tuesday"}],
        figures=[{"id": "f1", "category": "damage_cost", "unit": "EUR", "counted": "damage", **amount}],
    )  # fmt: skip


def test_two_trials_in_one_court_whose_damages_are_tenfold_apart_stay_apart() -> None:
    verdict = _case(
        "The regional court in Velden on Tuesday jailed the broker Anton Reske for embezzlement. "
        "The damage came to 40 million euros, presiding judge Mira Holt said.",
        {"text": "40 million euros", "value": 40_000_000},
        [("a1", "Anton Reske", "person"), ("a2", "Mira Holt", "person")],
    )
    other_trial = _case(
        "Two rooms along in Velden, the trial of the haulier Ben Ostrow opened on Tuesday. "
        "Prosecutor Lena Reske accuses him of customs fraud with a damage of 2 million euros.",
        {"text": "2 million euros", "value": 2_000_000},
        [("a1", "Ben Ostrow", "person"), ("a2", "Lena Reske", "person")],
    )
    day = merged(verdict, other_trial)
    assert len(day.incidents) == 2
    assert not [f for f in day.figures if f.conflict]


def test_one_trial_whose_damages_two_outlets_give_differently_is_one_event_and_a_conflict() -> None:
    a = _case(
        "The regional court in Velden on Tuesday jailed the broker Anton Reske for embezzlement. "
        "The damage came to 40 million euros, presiding judge Mira Holt said.",
        {"text": "40 million euros", "value": 40_000_000},
        [("a1", "Anton Reske", "person"), ("a2", "Mira Holt", "person")],
    )
    b = _case(
        "Broker Anton Reske was jailed in Velden on Tuesday for embezzlement. "
        "He cost his clients a damage of 46 million euros.",
        {"text": "46 million euros", "value": 46_000_000},
        [("a1", "Anton Reske", "person")],
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]
