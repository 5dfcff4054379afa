"""Where the offline engine places an incident when the copy names a town by its level and
what describes it ("the western city of Talvor", "the canton of Morsel"), a site by where it
lies from a town ("the Brenna ski area above Felden", "au-dessus de Clavay"), a district
with its city ("el barrio del Olmar de Zaragoza"), or where the hurt were taken ("flown to
Mackenby"): reports of one event then carry the town they share. Invented sentences, four
languages; the look-alikes must keep their own place."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_mentions import event_time
from summarizer.engines.extractive.incident_places import opening_dateline, sentence_place
from summarizer.models import Briefing
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
        started = time.thread_time()
        sentence_place(text, 0, [], lang)
        assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The toll in the gas explosion at Sai Kripa Heights in Hadapsar rose to six.", "Hadapsar"),
        ("Hundreds gathered for a vigil at Memorial Park in Dunmore.", "Dunmore"),
        # What follows a town is not a site's town: "near Villaret has died in hospital in Sion".
        ("A skier caught in the avalanche near Villaret has died in hospital in Sion.", "Villaret"),
        ("A fire broke out in Kirchdorf in Tyrol on Monday.", "Kirchdorf"),
    ],
)
def test_a_named_site_in_a_town_is_the_town(sentence: str, place: str) -> None:
    assert sentence_place(sentence, 0, [], "en")[1] == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("ZARAGOZA. Un tranvía descarriló el jueves. Doce personas resultaron heridas.", "es", "Zaragoza"),
        ("BAD OSTHEIM. Nach einem Hackerangriff hat sich das Klinikum abgemeldet.", "de", "Bad Ostheim"),
        ("Blast toll rises to six\nTALVOR: The death toll in the explosion rose to six.", "en", None),
        ("Toll rises\nPUNE: The death toll in the gas explosion rose to six.", "en", "Pune"),
        ("VARENS – Une avalanche a emporté six skieurs mardi.", "fr", "Varens"),
        # A transcript's speaker is no dateline.
        ("PRESENTER: The hospital says it will take days to recover.", "en", None),
        ("Nothing opens this copy. LATER. A line.", "en", None),
    ],
)
def test_the_place_a_copy_is_filed_from(text: str, lang: str, place: str | None) -> None:
    assert opening_dateline(text) == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # A lead with no place happened where the copy is filed from.
        (
            "ZARAGOZA. Un tranvía descarriló a las 8.10 horas de este jueves en plena hora punta.",
            "es",
            "Zaragoza",
        ),
        # A part of a town named by its kind is the town filed from.
        (
            "ZARAGOZA. Un tranvía descarriló a las 8.10 horas de este jueves en el barrio del Olmar, en plena hora punta.",
            "es",
            "Zaragoza",
        ),
        (
            "VARENS. Un tramway a déraillé jeudi matin dans le quartier de Belcourt, faisant douze blessés.",
            "fr",
            "Varens",
        ),
        # Where a speaker spoke before the lead is not its place.
        (
            '"Every miner deserves to come home," she told reporters in Dorvask. '
            "Police have confirmed two miners died in the roof collapse at the mine.",
            "en",
            None,
        ),
    ],
)
def test_the_lead_is_placed_where_the_copy_is_filed_from(text: str, lang: str, place: str | None) -> None:
    incidents = _brief(text, lang).incidents
    assert incidents
    assert incidents[0].place == place


def _brief(text: str, lang: str) -> Briefing:
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12))
    assert article.reading[0] == lang
    return ExtractiveEngine().brief(article, None)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("On Tarrel, some 45,000 people face daily eight-hour water cuts.", "Tarrel"),
        ("Near Felden, two cars collided on the main road.", "Felden"),
        ("Taps have been running dry across Corvana since two o'clock.", "Corvana"),
        # A weekday or a phrase after a capitalised preposition is no place.
        ("On Monday, a fire broke out in Felden.", "Felden"),
        ("On Average, prices rose by two percent.", None),
        ("On Thursday evening about 150 anglers gathered on the bridge.", None),
    ],
)
def test_a_sentence_may_open_with_its_place(sentence: str, place: str | None) -> None:
    assert find_place(sentence)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang", "time_told"),
    [
        ("Some 45,000 people face water cuts after Monday's breakdown at the plant.", "en", None),
        ("Water cuts began on Tuesday after Monday's breakdown at the plant.", "en", "on Tuesday"),
        ("Los cortes de agua llegan tras la avería del lunes en la desaladora.", "es", None),
        ("Die Sperrung folgt nach dem Unwetter vom Montag.", "de", None),
        ("A fire broke out on Monday at the plant.", "en", "on Monday"),
    ],
)
def test_a_time_told_after_after_is_another_events(sentence: str, lang: str, time_told: str | None) -> None:
    assert event_time(sentence, lang) == time_told
