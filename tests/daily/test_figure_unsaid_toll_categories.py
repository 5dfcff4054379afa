"""A count an extractor left without a category ("other") whose words name nothing but a
toll's harm ("4" counting "blessés", "drei Verletzte") is a count of that toll: it joins
the incident's count of the injured or killed, and a dispute between them is flagged
(issue 25, whole flow on day 104: "la police locale, elle, en compte 4"; invented reports)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_joins import join_unsaid_tolls
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


def _crash(text: str, *figures: dict[str, Any]) -> Briefed:
    numbered = [{"id": f"f{n}", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(text, figures=numbered, type="accident", place="Heist", time="zondag")


_NL = "Op het strand van Heist is zondag een zeilwagen ingereden op een groep wandelaars. De politie telt drie gewonden."
_FR = "Dimanche, un char à voile a percuté un groupe de promeneurs sur la plage de Heist. La police locale en compte 4."
_DE = "Am Sonntag ist auf dem Strand von Heist ein Strandsegler in eine Gruppe Wanderer gefahren. Es gab vier Verletzte."
_EN = "Four people were hurt on Sunday when a land yacht ploughed into a group of walkers on the beach at Heist."


def _conflicts(*reports: Briefed) -> list[set[str]]:
    return [{v.text for v in f.values} for f in merged(*reports).figures if f.conflict]


@pytest.mark.parametrize(
    ("text", "figure", "value", "counted"),
    [
        (_FR, "4", 4, "blessés"),
        (_DE, "vier Verletzte", 4, "Verletzte"),
        (_EN, "Four people", 4, "people hurt"),
    ],
)
def test_an_uncategorised_count_of_the_injured_disputes_the_toll(
    text: str, figure: str, value: int, counted: str
) -> None:
    nl = _crash(_NL, {"text": "drie gewonden", "value": 3, "counted": "gewonden", "category": "injured"})
    other = _crash(text, {"text": figure, "value": value, "counted": counted, "category": "other"})
    assert _conflicts(nl, other) == [{"drie gewonden", figure}]


def _groups(*figures: tuple[str, str, str | None]) -> dict[str, list[str]]:
    """Groups keyed as ``figures.figure_groups`` keys them, before the join."""

    class Figure:
        def __init__(self, key: str, category: str, counted: str | None) -> None:
            self.id, self.category, self.counted, self.unit = key, category, counted, "count"

    by_measure: dict[str, list[Any]] = {}
    for key, category, counted in figures:
        by_measure.setdefault(key, []).append((None, Figure(key, category, counted)))
    join_unsaid_tolls(by_measure)
    return {key: [f.id for _, f in members] for key, members in by_measure.items()}


@pytest.mark.parametrize(
    "counted", ["blessés", "personnes blessées", "Verletzte", "feridos", "heridos", "feriti", "injured"]
)
def test_harm_words_of_every_language_join_the_toll(counted: str) -> None:
    groups = _groups(("injured:people", "injured", "people"), ("other:x", "other", counted))
    assert groups == {"injured:people": ["injured:people", "other:x"]}


@pytest.mark.parametrize(
    ("counted", "why"),
    [
        ("tote Fische", "dead fish are no toll"),
        ("Verletzte und Tote", "two categories' harm"),
        ("camions", "no harm at all"),
        (None, "nothing said"),
    ],
)
def test_counts_of_anything_else_stay_apart(counted: str | None, why: str) -> None:
    groups = _groups(("injured:people", "injured", "people"), ("killed:people", "killed", "people"),
                     ("other:x", "other", counted))  # fmt: skip
    assert groups["other:x"] == ["other:x"], why


def test_an_uncategorised_count_that_agrees_is_no_dispute() -> None:
    # Hostile: joined, "drie gewonden" and "trois" of the injured agree.
    nl = _crash(_NL, {"text": "drie gewonden", "value": 3, "counted": "gewonden", "category": "injured"})
    fr = _crash(_FR.replace("4", "3"), {"text": "3", "value": 3, "counted": "blessés", "category": "other"})
    assert _conflicts(nl, fr) == []


def test_no_toll_of_the_category_leaves_the_count_alone() -> None:
    # Hostile: with no count of the injured to join, the count keeps its own group.
    assert _groups(("killed:people", "killed", "people"), ("other:x", "other", "blessés")) == {
        "killed:people": ["killed:people"],
        "other:x": ["other:x"],
    }
