"""A town named before the region that holds it is where the sentence happened: "los
conductores de Bayona, en el País Vasco" struck in Bayona, not in the Basque Country.
Invented copy, written for these tests."""

from __future__ import annotations

import time

import pytest

from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "lang", "location"),
    [
        (
            "La huelga de los conductores de Villaroya, en el País Vasco francés, dejó sin servicio la línea.",
            "es",
            "Villaroya",
        ),
        (
            "Les chauffeurs du réseau de Pontarlac, dans les Pyrénées-Atlantiques, ont cessé le travail.",
            "fr",
            "Pontarlac",
        ),
        (
            "Die Fahrer der Busse von Kirchwald, in der Steiermark, legten die Arbeit nieder.",
            "de",
            "Kirchwald",
        ),
        ("Bus drivers of Ashcombe, in Kessel County, walked out on Monday.", "en", "Ashcombe"),
    ],
)
def test_the_town_before_its_region_wins(sentence: str, lang: str, location: str) -> None:
    assert find_place(sentence, lang)[0] == location


@pytest.mark.parametrize(
    ("sentence", "lang", "location"),
    [
        # A country before the region is no town of it.
        ("El presidente de Francia, en el País Vasco, pidió calma tras la huelga.", "es", "País Vasco"),
        ("Der Kanzler von Deutschland, in der Steiermark, sprach nach dem Streik.", "de", "Steiermark"),
        # A weekday is no town; a region with no town before it stays the region.
        ("La huelga de Lunes, en el País Vasco, siguió.", "es", "País Vasco"),
        ("A fire broke out in Kessel County on Monday.", "en", "Kessel County"),
        # A town named alone after its preposition is untouched.
        (
            "La huelga de los conductores de Villaroya dejó sin servicio la línea en Irumendi.",
            "es",
            "Irumendi",
        ),
    ],
)
def test_no_town_is_read_where_none_is_named_before_the_region(
    sentence: str, lang: str, location: str
) -> None:
    assert find_place(sentence, lang)[0] == location


def test_hostile_text_before_a_region_is_read_quickly() -> None:
    hostile = [
        "de " + "Aaa-" * 5000 + ", en el País Vasco",
        "of " + "Ab " * 5000 + ", in Kessel County",
        ("de Villaroya, " + "x " * 3000) + " en el País Vasco",
        "de Вілла Ωμέγα, en el País Vasco " * 300,
    ]
    find_place("de Villaroya, en el País Vasco", "es")  # loads the place tables once
    started = time.thread_time()
    for text in hostile:
        find_place(text, "es")
        find_place(text, "en")
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("In Ashcombe, hospital nurses walked out on Tuesday.", "Ashcombe"),
        ("In the Tyrolean capital Kirchwald, most city buses are off the road today.", "Kirchwald"),
        ("  In the port town of Tarvel, dockers struck.", "Tarvel"),
    ],
)
def test_an_english_sentence_may_open_with_its_place(sentence: str, location: str) -> None:
    assert find_place(sentence, "en")[0] == location


@pytest.mark.parametrize(
    "sentence",
    [
        "In Brief, the strike went on for a second day.",
        "In March, the buses stopped running.",
        "In Total, three lines were closed.",
        "In The end, the union called off the strike.",
        "Intense rain fell; nurses walked out.",
    ],
)
def test_a_capitalised_word_after_an_opening_in_is_no_place(sentence: str) -> None:
    assert find_place(sentence, "en") == (None, None)


def test_an_opening_in_on_hostile_text_is_read_quickly() -> None:
    started = time.thread_time()
    for text in ["In " + "Ab " * 20000, "In " + "\t" * 20000 + "x", " " * 20000 + "In Q"]:
        find_place(text, "en")
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("Der Warnstreik legte den Nahverkehr in der Region Kirchwald lahm.", "Region Kirchwald"),
        ("Die Mure ging im Landkreis Obertal ab.", "Landkreis Obertal"),
    ],
)
def test_a_german_level_word_and_name_is_a_place(sentence: str, location: str) -> None:
    assert find_place(sentence, "de")[0] == location


@pytest.mark.parametrize(
    "sentence", ["Die Lage in der Region bleibt angespannt.", "Alle sind in Sicherheit, sagte die Polizei."]
)
def test_a_german_common_noun_alone_is_no_place(sentence: str) -> None:
    assert find_place(sentence, "de") == (None, None)
