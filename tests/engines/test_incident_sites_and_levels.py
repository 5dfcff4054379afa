"""Where the offline engine places an incident when the copy names a town by its level and
what describes it ("the western city of Talvor", "the canton of Morsel"), a site by where it
lies from a town ("the Brenna ski area above Felden", "au-dessus de Clavay"), a district
with its city ("el barrio del Olmar de Zaragoza"), or where the hurt were taken ("flown to
Mackenby"): reports of one event then carry the town they share. Invented sentences, four
languages; the look-alikes must keep their own place."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incident_places import sentence_place
from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("An avalanche at a ski resort in the canton of Morsel killed four people.", "Morsel"),
        ("A gas explosion in the western city of Talvor killed six people.", "Talvor"),
        ("A hospital in the Bavarian spa town of Bad Ortheim stopped taking patients.", "Bad Ortheim"),
        ("The slide came down above the hamlet of Clavay on Tuesday.", "Clavay"),
        ("A worker was killed by a rockfall in the northern Corvana region.", "Corvana"),
        ("Two people died when a ferry capsized off Spain's Tarrel Islands.", "Tarrel Islands"),
        # The country sets the scene; the canton is where it happened.
        ("In Switzerland, an avalanche in the canton of Morsel killed two skiers.", "Morsel"),
    ],
)
def test_a_town_named_by_its_level_and_what_describes_it(sentence: str, place: str) -> None:
    assert find_place(sentence)[1] == place


def test_a_country_with_a_bearing_is_still_the_country_and_not_a_region_name() -> None:
    """ "in eastern Ukraine" is no place called "eastern"; only a region's level word after the
    name makes a bearing part of the phrase."""
    _, place = find_place("Three civilians died in a fire in eastern Ukraine.")
    assert place in (None, "Ukraine")


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Die Lawine ging im Skigebiet Brenna oberhalb von Felden nieder.", "de", "Felden"),
        ("One worker died at the Harrow Flats underground coal mine west of Dunmore.", "en", "Dunmore"),
        ("An avalanche buried three skiers on the Kessel run above Felden.", "en", "Felden"),
        ("Une avalanche est descendue au-dessus de Clavay, sur la commune de Varens.", "fr", "Clavay"),
        ("Un catamarán ha volcado frente a la costa de Tarrel.", "es", "Tarrel"),
        ("Un tranvía descarriló en el barrio del Olmar de Zaragoza.", "es", "Zaragoza"),
    ],
)
def test_a_site_is_read_as_the_town_it_lies_above_or_by(sentence: str, lang: str, place: str) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # A town near a town is itself: only a site's noun or a height points to the other.
        ("A fire broke out at a warehouse in Kirchdorf near Innsbruck on Monday.", "Kirchdorf"),
        ("A fire broke out in Felden, west of Dunmore, on Monday.", "Felden"),
        # A city's own name with "de" is the city.
        ("El incendio empezó en Santiago de Compostela.", "Santiago de Compostela"),
    ],
)
def test_a_town_near_another_town_keeps_its_own_place(sentence: str, place: str) -> None:
    lang = "es" if " en " in sentence else "en"
    assert sentence_place(sentence, 0, [], lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Three injured workers were flown to Mackenby, police said.", "en"),
        ("Nearly 2,500 people fled to the regional capital of Dorvask.", "en"),
        ("El herido grave fue trasladado al Hospital General de Tarrel con quemaduras.", "es"),
        ("Die Verletzten wurden in ein Spital nach Morsel geflogen.", "de"),
        ("Les blessés ont été héliportés vers Varens.", "fr"),
    ],
)
def test_where_the_hurt_were_taken_is_not_where_it_happened(sentence: str, lang: str) -> None:
    assert sentence_place(sentence, 0, [], lang) == (None, None)


def test_a_place_after_travel_of_another_kind_is_still_read() -> None:
    assert (
        sentence_place("Police arrested two men in Leeds who had travelled to Bristol.", 0, [], "en")[1]
        == "Leeds"
    )


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_hostile_runs_are_read_in_bounded_time(lang: str) -> None:
    hostile = [
        "in the " + "western " * 5000 + "city of Talvor",
        "above " + "Aa " * 5000,
        "Skigebiet Brenna" + " alpine" * 5000 + " oberhalb von Felden",
        "fled " + "to the " * 5000 + "Mackenby",
        "x" * 100_000,
        "Kirchdorf \u200b\u202e near Innsbruck " * 2000,
    ]
    for text in hostile:
        started = time.perf_counter()
        sentence_place(text, 0, [], lang)
        assert time.perf_counter() - started < 2.0
