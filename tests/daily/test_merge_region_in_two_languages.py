"""Reports of one crash written in one region named in three languages ("A5, Nus, Aosta
Valley", "A5, Nus, Valle d'Aosta", "A5, Nus, Vallée d'Aoste") lie in one region: the day's
one key for the region is also what each is written in (``place_variants.one_key_per_region``),
so nothing holds them apart (issue 25, day 74). A street of one town name in two valleys
stays two places. Every report here is invented."""

from __future__ import annotations

from tests.daily.test_daily import merged, one_incident

CRASH = (
    ("en", "An 81-year-old wrong-way driver hit two cars on the A5 near Nus on Saturday morning.",
     "A5, Nus, Aosta Valley"),
    ("it", "Un automobilista di 81 anni contromano ha urtato due auto sull'A5 a Nus sabato mattina.",
     "A5, Nus, Valle d'Aosta"),
    ("fr", "Un automobiliste de 81 ans à contresens a percuté deux voitures sur l'A5 à Nus samedi matin.",
     "A5, Nus, Vallée d'Aoste"),
)  # fmt: skip
INJURED = {"en": "two cars", "it": "due auto", "fr": "deux voitures"}


def _report(language: str, text: str, place: str) -> object:
    figure = {"id": "f1", "text": INJURED[language], "value": 2, "counted": "cars hit", "category": "other"}
    return one_incident(
        text, type="accident", place=place, time="Saturday", language=language, figures=[figure]
    )


def test_one_crash_in_a_region_named_in_three_languages_is_one_event() -> None:
    assert len(merged(*(_report(*report) for report in CRASH)).incidents) == 1


def test_one_street_of_a_town_name_in_two_valleys_stays_two_places() -> None:
    first, second = (
        one_incident(
            "A lorry hit a parked car on Hauptstrasse in Kelsried on Saturday morning, 81-year-old driver unhurt.",
            type="accident", place=f"Hauptstrasse, Kelsried, {valley}", time="Saturday", language="en",
        )
        for valley in ("Zillertal", "Ötztal")
    )  # fmt: skip
    assert len(merged(first, second).incidents) == 2
