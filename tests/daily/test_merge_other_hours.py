"""An event the types do not name ("other": a power cut, an announcement, a closure) is held
at one time of a day, as a march is: the morning's power cut and the evening's in one city
are two, whatever words and operator their reports share; one under way "since 9.10" is
still the one told at 15.30 (issue 25). Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.day_parts import hours_apart, hours_of
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("time", "hours"),
    [
        ("am Donnerstagvormittag", (5, 12)),
        ("Am Donnerstagabend", (17, 24)),
        ("in der Freitagnacht", (20, 30)),
        ("Samstagmorgen", (5, 12)),
        ("Mittwochmorgen", (5, 12)),
        ("morgen früh", None),  # tomorrow, not a morning
        ("depuis 9 h 10 ce lundi matin", (9, 24)),
        ("seit 9.12 Uhr", (9, 24)),
        ("since 7am", (7, 24)),
        ("desde las 8.30", (8, 24)),
        ("Donnerstag" * 5000 + "abend", None),  # no word: read in linear time, as nothing
        ("seit " * 5000, None),
    ],
)
def test_the_hours_a_time_names(time: str, hours: tuple[int, int] | None) -> None:
    """German writes a weekday's part as one word; an event "since" a time runs to the day's
    end. Hostile runs take linear time."""
    hours_of.cache_clear()
    assert hours_of(time) == hours


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ((5, 12), (17, 24), True),  # morning and evening
        ((20, 30), (3, 9), False),  # overnight and early morning: round the clock
        ((20, 30), (11, 14), True),  # night and midday
        ((9, 24), (15, 16), False),  # since nine, and at three
    ],
)
def test_spans_of_hours_apart(a: tuple[int, int], b: tuple[int, int], apart: bool) -> None:
    assert hours_apart(a, b) is apart


def _cut(text: str, time: str, language: str, households: int, shown: str) -> Any:
    figure = {"id": "f1", "text": shown, "value": households, "counted": "Haushalte", "category": "other"}
    return one_incident(text, type="other", place="Kelbach", time=time, figures=[figure], language=language)


def test_the_mornings_and_the_evenings_power_cuts_in_one_city_are_two() -> None:
    morning = _cut(
        "Am Donnerstagvormittag waren in Kelbach nach Angaben der Stadtwerke Kelbach rund 4.000 Haushalte "
        "ohne Strom.", "am Donnerstagvormittag", "de", 4000, "rund 4.000 Haushalte",
    )  # fmt: skip
    evening = _cut(
        "Am Donnerstagabend waren in Kelbach nach Angaben der Stadtwerke Kelbach erneut rund 4.000 Haushalte "
        "ohne Strom.", "Am Donnerstagabend", "de", 4000, "rund 4.000 Haushalte",
    )  # fmt: skip
    assert len(merged(morning, evening).incidents) == 2


def test_one_power_cut_told_in_the_morning_and_at_noon_is_one() -> None:
    morning = _cut(
        "Am Donnerstagvormittag waren in Kelbach nach Angaben der Stadtwerke Kelbach rund 4.000 Haushalte "
        "ohne Strom.", "am Donnerstagvormittag", "de", 4000, "rund 4.000 Haushalte",
    )  # fmt: skip
    noon = _cut(
        "About 4,000 households in Kelbach were without power on Thursday morning, the Kelbach utility said.",
        "on Thursday morning", "en", 4000, "About 4,000 households",
    )  # fmt: skip
    assert len(merged(morning, noon).incidents) == 1


def test_a_siege_under_way_since_the_morning_is_the_one_ended_in_the_afternoon() -> None:
    figure = {"id": "f1", "text": "", "value": 4, "counted": "hostages", "category": "other"}
    since = one_incident(
        "Un homme armé retient depuis 9 h 10 quatre otages dans la pharmacie du Moulin, à Vessac.",
        type="other", place="Vessac", time="depuis 9 h 10", language="fr",
        figures=[{**figure, "text": "quatre otages", "counted": "otages"}],
    )  # fmt: skip
    ended = one_incident(
        "A man who held four hostages at the Moulin pharmacy in Vessac surrendered to police at 15:30.",
        type="other", place="Vessac", time="at 15:30", language="en",
        figures=[{**figure, "text": "four hostages"}],
    )  # fmt: skip
    assert len(merged(since, ended).incidents) == 1
