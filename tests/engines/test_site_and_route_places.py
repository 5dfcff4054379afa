"""Where an incident happened when a sentence names a site and its town ("auf dem Flugplatz
Ölsburg", "el Parque Zoológico de Zuazola"), a route's two ends ("flying from Bremen to
Dresden"), a German noun after a town ("in Bremen Rauch gemeldet"), or copy opens with a
programme's heading in capitals ("RADIO NERVIÓN. BOLETÍN DE LAS 12.00."). Invented
sentences in German, French, Spanish and English; hostile text read in bounded time."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_places import opening_dateline, sentence_place
from summarizer.engines.extractive.site_places import route_ends, town_of_a_site


@pytest.mark.parametrize(
    ("sentence", "lang", "town"),
    [
        ("Ein Airbus ist auf dem Verkehrslandeplatz Kelburg notgelandet.", "de", "Kelburg"),
        ("Am Morgen war auf dem Flugplatz Kelburg-Ost ein Flugzeug notgelandet.", "de", "Kelburg-Ost"),
        ("Das Tier war aus dem Zoo der Kleinstadt Varnholm entkommen.", "de", "Varnholm"),
        ("Un avion a atterri en urgence à l'aéroport de Varens.", "fr", "Varens"),
        ("La purge du barrage de Clavay a inondé le camping.", "fr", "Clavay"),
        ("Un jaguar escapó del Parque Zoológico de Olmeda.", "es", "Olmeda"),
        ("El talud del vertedero de San Ortín cedió.", "es", "San Ortín"),
        # An airport named by its city and suburb is the city's, when the tables know it.
        ("Des drones au-dessus de l'aéroport de Genève-Cointrin ont paralysé le trafic.", "fr", "Genève"),
        ("Der Flug ist am Flughafen Berlin-Tegel notgelandet.", "de", "Berlin"),
    ],
)
def test_a_site_is_in_the_town_named_with_it(sentence: str, lang: str, town: str) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == town


def test_a_site_noun_written_in_lower_case_names_no_town_in_german() -> None:
    # German writes a site's noun capitalised: "hafen" inside a verb phrase is none.
    assert town_of_a_site("Sie wollten hafen Kelburg", "de") is None


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("The jet, flying from Carrow to Dunmore, landed at Varnholm airport.", "en", "Varnholm"),
        ("Der Flug von Kelburg nach Felden ist in Varnholm notgelandet.", "de", "Varnholm"),
        ("Le vol de Clavay à Varens a atterri en urgence à Mirelle.", "fr", "Mirelle"),
        ("El vuelo desde Olmeda hasta Tarrel aterrizó de emergencia en Corvana.", "es", "Corvana"),
    ],
)
def test_the_ends_of_a_route_are_no_place_of_what_happened_on_the_way(
    sentence: str, lang: str, place: str
) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Drones were seen again, the latest in a string of incidents at European hubs.", None),
        ("A boat sank in Spanish waters off Carrow.", "Carrow"),
        ("A fire broke out in Milan on Monday.", "Milan"),
        ("Protests in Beijing on Sunday drew thousands.", "Beijing"),
    ],
)
def test_an_adjective_of_origin_before_a_noun_is_no_place(sentence: str, place: str | None) -> None:
    assert sentence_place(sentence, 0, [], "en")[1] == place


def test_a_town_alone_is_still_read_and_a_route_needs_both_ends() -> None:
    assert sentence_place("A fire broke out in Carrow on Monday.", 0, [], "en")[1] == "Carrow"
    assert route_ends("Rescuers from Carrow searched the hills.") == []


def test_a_german_noun_after_a_known_town_is_not_part_of_its_name() -> None:
    found = sentence_place("Die Crew hatte kurz nach dem Start in Bremen Rauch gemeldet.", 0, [], "de")
    assert found == ("Bremen", "Bremen")
    # A town of two words the tables know stays whole.
    assert sentence_place("Ein Brand in Bad Ostheim.", 0, [], "de")[1] == "Bad Ostheim"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RADIO CORVANA. BOLETÍN DE LAS 12.00.\n\nLOCUTORA: Buenas tardes.", None),
        ("RADIO VARENS. LE JOURNAL DE 12 H 30.\n\nPRÉSENTATEUR : Bonjour.", None),
        ("ZARAGOZA. Un tranvía descarriló en el Actur.", "Zaragoza"),
        # A live page's banner is no dateline either.
        ("EN DIRECT – Effondrement aux Pâquis : suivez la journée\n07 h 55 – La rue est bouclée.", None),
        ("LIVE – Storm hits Carrow\n09:10 – Trees are down.", None),
        ("INNSBRUCK - Die Busse stehen still.", "Innsbruck"),
        ("BAD OSTHEIM. Nach einem Unfall ist die Straße gesperrt.", "Bad Ostheim"),
    ],
)
def test_a_programme_heading_is_no_dateline(text: str, expected: str | None) -> None:
    assert opening_dateline(text) == expected


def test_a_power_cut_elsewhere_is_not_the_earlier_accident() -> None:
    text = (
        "In Varnholm, a passenger plane with smoke in the cabin has made an emergency landing at the airfield. "
        "Also in Carrow, power is back in the west of the city after a blackout that left 9,000 homes dark. "
    )
    incidents = ExtractiveEngine().brief(Article(id="a", text=text), None).incidents
    assert [(i.type, i.place) for i in incidents] == [("accident", "Varnholm"), ("other", "Carrow")]


@pytest.mark.parametrize("lang", ["de", "fr", "es", "en"])
def test_sites_routes_and_headings_read_hostile_text_quickly(lang: str) -> None:
    hostile = "Flugplatz " * 3_000 + "de Aa " * 3_000 + "from Ab to " * 3_000 + "x"
    sentence_place("Ein Brand am Flughafen Berlin-Tegel.", 0, [], lang)  # the tables load once
    started = time.thread_time()
    sentence_place(hostile, 0, [], lang)
    opening_dateline("RADIO " + "AB " * 5_000 + " " * 5_000 + "x")
    assert time.thread_time() - started < 2.0
