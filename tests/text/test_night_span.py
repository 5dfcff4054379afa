"""A night told as the two days it joins ("in der Nacht zum Samstag", "dans la nuit de lundi
à mardi", "overnight into Thursday") is read whole and dated to the day it ends in, in every
language, so reports of one night's event carry one weekday. Invented sentences."""

from __future__ import annotations

import time

import pytest

from summarizer.text.dates import find_time, weekday_in


@pytest.mark.parametrize(
    ("sentence", "lang", "written", "weekday"),
    [
        ("Das Klinikum hat sich in der Nacht zum Samstag abgemeldet.", "de", "Nacht zum Samstag", "saturday"),
        (
            "In der Nacht von Montag auf Dienstag brannte eine Scheune.",
            "de",
            "Nacht von Montag auf Dienstag",
            "tuesday",
        ),
        (
            "L'hôpital a subi une cyberattaque dans la nuit de lundi à mardi.",
            "fr",
            "nuit de lundi à mardi",
            "tuesday",
        ),
        (
            "Durante la noche del miércoles al jueves hubo un vertido.",
            "es",
            "noche del miércoles al jueves",
            "thursday",
        ),
        (
            "The mill released wastewater overnight into Thursday.",
            "en",
            "overnight into Thursday",
            "thursday",
        ),
        (
            "A barn burned on the night of Friday to Saturday.",
            "en",
            "the night of Friday to Saturday",
            "saturday",
        ),
    ],
)
def test_a_night_joining_two_days_is_the_day_it_ends_in(
    sentence: str, lang: str, written: str, weekday: str
) -> None:
    found = find_time(sentence, lang)
    assert found == written
    assert weekday_in(found) == weekday


@pytest.mark.parametrize(
    ("sentence", "lang", "weekday"),
    [
        # One day's night, evening or morning keeps its day.
        ("A fire broke out on Friday night.", "en", "friday"),
        ("Durante la noche del miércoles hubo un vertido.", "es", "wednesday"),
        ("Jeudi soir, la préfecture a signé un arrêté.", "fr", "thursday"),
        # German joins the day and its part into one word.
        ("Am Montagabend fiel der Strom aus.", "de", "monday"),
        ("Eine Lawine ging am Samstagvormittag nieder.", "de", "saturday"),
    ],
)
def test_a_night_of_one_day_keeps_that_day(sentence: str, lang: str, weekday: str | None) -> None:
    assert weekday_in(find_time(sentence, lang)) == weekday


def test_night_phrases_on_hostile_text_are_bounded() -> None:
    hostile = ["nuit de " + "lundi " * 20_000 + "à", "overnight into " * 10_000, "Nacht " * 30_000 + "zum"]
    for text in hostile:
        started = time.thread_time()
        find_time(text, "fr")
        weekday_in(text)
        assert time.thread_time() - started < 2.0
