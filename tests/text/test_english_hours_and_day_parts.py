"""English copy tells when an event was by the part of its day or its hour as often as by
its weekday: "this afternoon", "this evening", "3.15pm", "9 a.m.". ``find_time`` reads them
(a gangway's fall at 3.15pm and a crane's this morning are told apart by it) and
``resolve_date`` dates "this afternoon" to the day of publication. Invented sentences;
hostile ones where "am" and a number are no hour. The other languages' clock times
("15 h 30", "15.15 Uhr", "a las 15.15") are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.text.dates import find_time, resolve_date


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Six people were hurt when a gangway gave way in Carrick Haven this afternoon.", "this afternoon"),
        ("Residents marched through the old town this evening.", "this evening"),
        ("At approximately 3.15pm today a passenger gangway partially collapsed.", "3.15pm"),
        ("Shortly after 9 a.m., an anonymous caller threatened the school.", "9 a.m."),
        ("The lifeboat was launched at 10.19am to reports of kayakers in difficulty.", "10.19am"),
        ("Firefighters were called at 11 pm to a blaze in a warehouse.", "11 pm"),
    ],
)
def test_english_part_of_the_day_and_hour_are_read(sentence: str, written: str) -> None:
    assert find_time(sentence) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "I am told 3 amendments were tabled.",
        "At least 3 people were injured.",
        "The bill passed by 211 votes to 199.",
    ],
)
def test_a_number_or_am_alone_is_no_hour(sentence: str) -> None:
    assert find_time(sentence) is None


def test_this_afternoon_and_this_evening_are_the_day_of_publication() -> None:
    published = dt.date(2026, 9, 16)
    assert resolve_date("this afternoon", published) == published
    assert resolve_date("this evening", published) == published


@pytest.mark.parametrize(
    ("sentence", "lang", "written"),
    [
        ("Un ascenseur est tombé en panne vers 15 h 30.", "fr", "15 h 30"),
        ("Um 15.15 Uhr stürzte ein Kran ein.", "de", "15.15 Uhr"),
        ("Una grúa se desplomó a las 15.15 en el puerto.", "es", "15.15"),
    ],
)
def test_other_languages_clock_times_are_read_as_before(sentence: str, lang: str, written: str) -> None:
    assert find_time(sentence, lang) == written
