"""A state that lasts is of every day it holds (issue 25, day 43 generalised): a beach "closed
since Saturday", told on Monday, is of Saturday to Monday; one "closed on Monday for a second
day" is of Sunday and Monday; one that "remains closed on Monday" of Sunday too. Look-alikes
stay two: a closure of Friday alone and one since Sunday; a crash told "on Saturday" keeps its
day. Every report is invented; the day is Monday 4 March 2024 (``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import time

import pytest

from summarizer.text.dates import lasting_days, still_on, weekdays_named
from tests.daily.test_daily import DAY, merged, one_incident


@pytest.mark.parametrize(
    ("time_text", "days"),
    [
        ("since Saturday afternoon", {"saturday", "sunday", "monday"}),
        ("seit Samstag", {"saturday", "sunday", "monday"}),
        ("depuis samedi", {"saturday", "sunday", "monday"}),
        ("desde el sábado", {"saturday", "sunday", "monday"}),
        ("este lunes; por segundo día consecutivo", {"sunday", "monday"}),
        ("on Monday, for a second straight day", {"sunday", "monday"}),
        ("lundi, pour le troisième jour consécutif", {"saturday", "sunday", "monday"}),
        ("am Montag, am zweiten Tag in Folge", {"sunday", "monday"}),
        ("on Saturday", {"saturday"}),  # a day alone keeps its day
        ("el sábado", {"saturday"}),
        ("Saturday, since 9 am", {"saturday"}),  # since an hour, not a day
        ("the second time on Saturday", {"saturday"}),  # a second time is no second day
    ],
)
def test_a_lasting_state_is_of_every_day_it_holds(time_text: str, days: set[str]) -> None:
    assert lasting_days(weekdays_named(time_text), time_text, DAY) == days


def test_a_state_since_a_day_told_on_no_known_day_keeps_its_day() -> None:
    assert lasting_days(frozenset({"saturday"}), "since Saturday", None) == {"saturday"}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The beach remains closed on Monday.", {"sunday", "monday"}),
        ("La playa sigue hoy cerrada por las medusas.", {"sunday", "monday"}),
        ("Der Park bleibt am Montag gesperrt.", {"sunday", "monday"}),
        ("La plage reste fermée lundi.", {"sunday", "monday"}),
        ("A car hit a cyclist on Monday.", {"monday"}),
        ("La plage a rouvert lundi, encore une fois.", {"monday"}),  # "encore": again, not still
    ],
)
def test_a_state_still_holding_is_of_the_day_before_too(sentence: str, days: set[str]) -> None:
    assert still_on(frozenset({"monday"}), sentence) == days


def _closure(text: str, time_text: str, lang: str, place: str = "Playa del Racó, Benalmar") -> object:
    return one_incident(text, type="other", place=place, location=None, time=time_text, language=lang)


def test_one_beach_closure_told_since_saturday_and_on_sunday_for_a_second_day_is_one() -> None:
    day = merged(
        _closure(
            "La playa del Racó de Benalmar amaneció este domingo cerrada al baño por segundo día "
            "consecutivo tras la llegada de decenas de carabelas portuguesas.",
            "este domingo; por segundo día consecutivo",
            "es",
        ),
        _closure(
            "Raco beach in Benalmar has been shut to bathers since Saturday afternoon after swarms of "
            "Portuguese man o' war washed up.",
            "since Saturday afternoon",
            "en",
        ),
    )
    assert len(day.incidents) == 1


def test_a_closure_of_friday_alone_and_one_since_sunday_stay_two() -> None:
    day = merged(
        _closure(
            "Raco beach in Benalmar was closed to bathers on Friday after jellyfish washed up; it "
            "reopened in the evening.",
            "on Friday",
            "en",
        ),
        _closure(
            "Raco beach in Benalmar has been closed to bathers since Sunday after jellyfish washed up.",
            "since Sunday",
            "en",
        ),
    )
    assert len(day.incidents) == 2


def test_hostile_times_are_read_quickly() -> None:
    start = time.thread_time()
    for text in ("since " * 10_000, "second " * 10_000 + "day", "seit " + " " * 50_000 + "Samstag"):
        lasting_days(frozenset({"saturday"}), text, DAY)
        still_on(frozenset({"saturday"}), text)
    assert time.thread_time() - start < 1.0


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        # A still-word with no state beside it tells no state begun the day before.
        ("Human remains were found on Monday.", {"monday"}),
        ("Police are still investigating the crash on Monday.", {"monday"}),
        ("Die Polizei ermittelt weiterhin zu dem Unfall am Montag.", {"monday"}),
        ("Les enquêteurs restent prudents lundi.", {"monday"}),
        ("La policía sigue investigando el accidente del lunes.", {"monday"}),
        # A state beside it does.
        ("Two hikers are still missing on Monday.", {"sunday", "monday"}),
        ("Thousands remain without power on Monday.", {"sunday", "monday"}),
        ("Die Strecke ist am Montag noch immer gesperrt.", {"sunday", "monday"}),
        ("weil die Brücke am Montag gesperrt bleibt", {"sunday", "monday"}),
        ("La route reste coupée lundi.", {"sunday", "monday"}),
        ("Miles de hogares siguen sin luz este lunes.", {"sunday", "monday"}),
    ],
)  # fmt: skip
def test_a_still_word_tells_a_state_begun_before_only_beside_a_state(sentence: str, days: set[str]) -> None:
    assert still_on(frozenset({"monday"}), sentence) == days


@pytest.mark.parametrize(
    ("time_text", "days"),
    [
        # A day of a run of days, not one of a state in a row, keeps its day.
        ("on Monday, the second day of the summit", {"monday"}),
        ("am Montag, dem zweiten Tag des Gipfels", {"monday"}),
        ("lundi, deuxième jour du sommet", {"monday"}),
        ("el lunes, segundo día de la cumbre", {"monday"}),
        # One in a row goes back.
        ("on Monday, the second day in a row", {"sunday", "monday"}),
        ("am Montag, den zweiten Tag hintereinander", {"sunday", "monday"}),
        ("lundi, pour le deuxième jour d'affilée", {"sunday", "monday"}),
        ("el lunes, por tercer día seguido", {"saturday", "sunday", "monday"}),
    ],
)  # fmt: skip
def test_only_a_day_in_a_row_is_of_the_days_before(time_text: str, days: set[str]) -> None:
    assert lasting_days(weekdays_named(time_text), time_text, DAY) == days
