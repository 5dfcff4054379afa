"""One site written with its town in two languages, and one town written with a vowel as one
letter or two (issue 25, days 42 and 45 generalised): "Quartier des Houblons, Mülhausen" of a
German paper is the "quartier des Houblons, Mulhouse" of a French one; Alsatian "Hagenwiller"
is German "Hagenweiler". Look-alikes stay two: two towns of near names that no data calls one
("Müllheim" and "Mülhausen"), two quarters of one town, two towns a vowel apart with no
neighbour in common. Every article and the villages are invented; the cities are real, as
exonyms are."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.daily.place_variants import _one_vowel_apart
from tests.daily.test_daily import merged, one_incident


def _blast(text: str, place: str, lang: str) -> object:
    return one_incident(text, type="accident", place=place, location=None, time=None, language=lang)


@pytest.mark.parametrize(
    "names",
    [
        ("Quartier des Houblons, Mülhausen", "quartier des Houblons, Mulhouse"),
        ("Collège des Tilleuls, Bourtzwiller, Mülhausen", "collège des Tilleuls, Bourtzwiller, Mulhouse"),
        ("Hauptbahnhof, München", "Hauptbahnhof, Munich", "Hauptbahnhof, Muenchen"),
        ("Plaza Mayor, Saragossa", "Plaza Mayor, Zaragoza"),
        ("Piazza Duomo, Milano", "Piazza Duomo, Milan"),
    ],
)
def test_a_site_and_its_town_in_two_languages_have_one_key(names: tuple[str, ...]) -> None:
    assert len({place_key(n) for n in names}) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marktplatz, Müllheim", "Marktplatz, Mülhausen"),  # two towns: no data calls one the other
        ("quartier des Houblons, Mulhouse", "quartier des Coteaux, Mulhouse"),  # two quarters
        ("Hauptbahnhof, München", "Hauptbahnhof, Wien"),
    ],
)
def test_sites_of_two_towns_or_two_sites_keep_two_keys(first: str, second: str) -> None:
    assert place_key(first) != place_key(second)


def test_one_gas_blast_told_in_french_and_german_with_the_town_s_two_names_is_one() -> None:
    day = merged(
        _blast(
            "Une explosion de gaz a soufflé un immeuble du quartier des Houblons lundi soir ; "
            "douze habitants ont été évacués.",
            "quartier des Houblons, Mulhouse",
            "fr",
        ),
        _blast(
            "Eine Gasexplosion hat am Montagabend ein Wohnhaus im Quartier des Houblons zerstört; "
            "zwölf Bewohner wurden evakuiert.",
            "Quartier des Houblons, Mülhausen",
            "de",
        ),
    )
    assert len(day.incidents) == 1


def test_two_blasts_in_two_towns_of_near_names_stay_two() -> None:
    day = merged(
        _blast(
            "Eine Gasexplosion hat am Montagabend ein Wohnhaus am Marktplatz zerstört; "
            "zwölf Bewohner wurden evakuiert.",
            "Marktplatz, Müllheim",
            "de",
        ),
        _blast(
            "Eine Gasexplosion hat am Montagabend ein Wohnhaus am Marktplatz zerstört; "
            "zwölf Bewohner wurden evakuiert.",
            "Marktplatz, Mülhausen",
            "de",
        ),
    )
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("hagenwiler", "hagenweiler", True),  # Alsatian and German spellings
        ("figueres", "figueras", True),
        ("mulhouse", "mulhuse", True),
        ("rana", "ranach", False),  # consonants added: another name
        ("bern", "berne", False),  # a final vowel alone, beside no vowel
        ("lauter", "laute", False),
        ("hagenwiler", "hagenwiler", False),  # one name is not two spellings
        ("weiler", "weilers", False),
    ],
)
def test_a_vowel_written_as_one_letter_or_two_is_a_vowel_apart(first: str, second: str, apart: bool) -> None:
    assert _one_vowel_apart(first, second) is apart
    assert _one_vowel_apart(second, first) is apart


def _outbreak(text: str, place: str, location: str, lang: str) -> object:
    return one_incident(text, type="other", place=place, location=location, time=None, language=lang)


def test_a_village_spelled_the_alsatian_and_the_german_way_near_one_city_is_one_place() -> None:
    day = merged(
        _outbreak(
            "Neuf cas de rougeole ont été confirmés au collège de Hagenwiller, près de Mulhouse.",
            "Hagenwiller",
            "le collège de Hagenwiller, près de Mulhouse",
            "fr",
        ),
        _outbreak(
            "Neun Masernfälle wurden an einem Collège in Hagenweiler bei Mulhouse bestätigt.",
            "Hagenweiler",
            "einem Collège in Hagenweiler bei Mulhouse",
            "de",
        ),
    )
    assert len(day.incidents) == 1


def test_villages_a_digraph_apart_with_no_neighbour_in_common_stay_two() -> None:
    day = merged(
        _outbreak(
            "Neun Masernfälle wurden an einer Schule in Hagenwiller bei Colmar bestätigt.",
            "Hagenwiller",
            "einer Schule in Hagenwiller bei Colmar",
            "de",
        ),
        _outbreak(
            "Neun Masernfälle wurden an einer Schule in Hagenweiler bei Konstanz bestätigt.",
            "Hagenweiler",
            "einer Schule in Hagenweiler bei Konstanz",
            "de",
        ),
    )
    assert len(day.incidents) == 2


def test_hostile_place_names_are_keyed_and_compared_quickly() -> None:
    start = time.thread_time()
    place_key(", " * 20_000 + "Mülhausen")
    place_key("Quartier, " + "Ä" * 30_000 + ", Жи, 東京")
    assert not _one_vowel_apart("a" * 50_000, "a" * 49_999 + "b")
    assert _one_vowel_apart("ba" + "e" * 40_000, "ba" + "e" * 40_001)
    assert time.thread_time() - start < 2.0
