"""Where the offline engine places an incident: a wire's dateline when the lead names no
place, never a person's name nor a plural possessive, and a name ending in a region's level
word is a place, not a person. Invented copy, written for these tests."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_places import dateline_place, sentence_place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("PORT ELLIS, April 15 (CP) - Nurses walked out on Tuesday.", "Port Ellis"),
        ("ASHBY CROSS, Sept 16 (MW) - Two patients have died.", "Ashby Cross"),
        ("INNSBRUCK - Hundreds of farmers drove tractors into town.", "Innsbruck"),
        ("Kirchdorf (APD) - Nach heftigen Gewittern ging eine Mure ab.", "Kirchdorf"),
        ("VALDEMORO (Serrano), 3 Jun. (AIN) - Un incendio forestal.", "Valdemoro"),
        ("HEXLEY, England, Oct 8 (NPA) - Appliance maker Brightwell said.", "Hexley"),
        ("SANTIAGO — A magnitude 6.9 earthquake struck.", "Santiago"),
        ("Innsbruck – Seit den frühen Morgenstunden stehen die Stadtbusse still.", "Innsbruck"),
        ("Hamburg — Ein Feuer zerstörte in der Nacht eine Lagerhalle.", "Hamburg"),
        ("Valencia – Un incendio obligó a desalojar a 200 vecinos.", "Valencia"),
        ("Update – the strike goes on for a second day.", None),
        ("Tarvik – a town nobody knows – voted on Sunday.", None),
        ("Innsbruck-Land - Nach dem Unwetter.", None),
        ("The fire - officials said - was out by noon.", None),
        ("Nurses walked out - again - on Tuesday.", None),
        ("US-Präsident Trump - so heißt es.", None),
        ("", None),
    ],
)
def test_a_dateline_names_its_place(lead: str, place: str | None) -> None:
    assert dateline_place(lead) == place


def test_a_lead_with_no_place_of_its_own_happened_at_its_dateline() -> None:
    text = "PORT ELLIS, April 15 (CP) - Hospital nurses walked out on Tuesday in a dispute over pay."
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert [i.place for i in briefing.incidents] == ["Port Ellis"]


def test_a_place_named_in_the_lead_beats_the_dateline() -> None:
    text = "VIENNA, Oct 7 (NWS) - A mudslide buried several houses in Kirchdorf overnight, killing one man."
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert [i.place for i in briefing.incidents] == ["Kirchdorf"]


def test_a_persons_name_is_no_place() -> None:
    text = (
        "In Ashford District Court on Saturday, a judge denied bail to Daniel Park over the garage collapse."
    )
    people = [(text.index("Daniel Park"), text.index("Daniel Park") + len("Daniel Park"))]
    location, _ = sentence_place(text, 0, people, "en")
    assert location != "Daniel Park"


def test_a_plural_possessive_is_no_place() -> None:
    location, place = sentence_place("A third patient died in the Legionnaires' outbreak.", 0, [], "en")
    assert (location, place) == (None, None)


def test_a_name_ending_in_a_region_level_is_no_person() -> None:
    text = (
        "Health officials in Harrowmere County say two people have died in an outbreak of measles. "
        "The county's health director, Dr Penhallow, says the source is being investigated."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert all(a.name != "Harrowmere County" or a.kind != "person" for a in briefing.actors)
    assert briefing.incidents[0].place == "Harrowmere County"


@pytest.mark.parametrize("hostile", ["A" * 50_000 + " - x", "ÄÖ " * 20_000 + "- x", "X (" * 10_000 + ") - y"])
def test_the_dateline_reading_is_fast_on_hostile_text(hostile: str) -> None:
    started = time.thread_time()
    dateline_place(hostile)
    assert time.thread_time() - started < 1


def test_the_reporters_city_in_a_dateline_is_no_place_the_lead_reports() -> None:
    text = "BERLIN, Oct 14 (Wire) - Paris firefighters fought a large fire on Tuesday, police said."
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert [i.place for i in briefing.incidents] == ["Paris"]


def test_a_dateline_gives_way_to_a_known_place_the_lead_names_without_a_preposition() -> None:
    assert dateline_place("LONDON, Oct 8 (Wire) - Paris police said a fire broke out.") is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Seit den frühen Morgenstunden stehen in Kirchwald die meisten Stadtbusse still. "
            "Die Gewerkschaft hat die Fahrerinnen und Fahrer zu einem ganztägigen Warnstreik aufgerufen.",
            "de",
            "Kirchwald",
        ),
        (
            "Desde primera hora de la mañana no circula ningún autobús en Villaroya. "
            "El sindicato convocó una huelga de conductores por los salarios de la plantilla.",
            "es",
            "Villaroya",
        ),
        (
            "Depuis l'aube, aucun bus ne circule à Pontarlac ce mercredi matin. "
            "Le syndicat a appelé les conducteurs à la grève pour les salaires.",
            "fr",
            "Pontarlac",
        ),
    ],
)
def test_the_first_incident_with_no_place_happened_where_the_lead_says(
    text: str, lang: str, place: str
) -> None:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    assert [i.place for i in briefing.incidents][:1] == [place]


def test_a_later_incident_borrows_no_place_from_the_sentence_before() -> None:
    text = (
        "Hospital nurses walked out on Tuesday in Port Ellis in a dispute over pay and staffing. "
        "The weather in Hexley was mild all afternoon and into the evening, forecasters said. "
        "Separately, dockworkers walked out on Tuesday in a dispute over pensions and hours."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    places = [i.place for i in briefing.incidents]
    assert places[:1] == ["Port Ellis"]
    assert "Hexley" not in places


def test_a_headline_lends_no_place_to_the_first_incident() -> None:
    text = "Strike in Port Ellis\n\nHospital nurses walked out on Tuesday in a dispute over pay and staffing."
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert [i.place for i in briefing.incidents] == [None]


def _places(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [(i.type, i.place) for i in briefing.incidents]


def test_harm_where_a_disaster_with_no_place_struck_is_the_disaster() -> None:
    storm = (
        "A violent storm swept across the coast on Monday, tearing roofs from hundreds of homes. "
        "In Ashcombe, a stone bridge collapsed into the river, the county said."
    )
    assert [kind for kind, _ in _places(storm)] == ["disaster"]


def test_a_second_protest_with_a_place_of_its_own_stays_apart() -> None:
    text = (
        "About 5,000 people marched through the old town on Sunday against the new tax. "
        "In Porto Leve, hundreds of people protested outside the town hall against the same tax."
    )
    assert len(_places(text)) == 2


def test_a_second_crash_with_a_place_of_its_own_stays_apart() -> None:
    text = (
        "A lorry overturned on the motorway on Monday, injuring its driver. "
        "In Ashcombe, a bus crashed into a wall on the same afternoon, injuring four passengers."
    )
    assert len(_places(text)) == 2


def test_a_title_case_dateline_on_hostile_text_is_read_quickly() -> None:
    dateline_place("Innsbruck – warm-up")  # loads the city table once
    started = time.thread_time()
    for text in ["A" + "a" * 50000 + " – x", "Ab " * 20000 + "–", "Ω" + "ω-" * 20000 + " — x"]:
        dateline_place(text)
    assert time.thread_time() - started < 2.0
