"""A county as Irish and British papers abbreviate it ("Co. Galway", "Co Down") and as other
languages name it ("in der Grafschaft Galway", "la contea di Galway", "el condado de
Galway"), and a town's name in another language in brackets between the town and its
county ("nahe Clifden (irisch: An Clochán) in der Grafschaft Galway"): the day's reports of
one event at the county and at a town the day puts in it are one event, and a town the day
puts in another county stays apart (issue 25). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.place_keys import place_key
from summarizer.text.place_containment import places_within
from summarizer.text.place_levels import region_level
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("name", "level"),
    [("Co. Galway", "county"), ("Co Down", "county"), ("Clifden, Co. Galway", None),
     ("Grafschaft Galway", "grafschaft"), ("la contea di Galway", "contea"),
     ("el condado de Galway", "condado"), ("le comté de Galway", "comte"),
     ("Smith & Co. Ltd", None), ("Franche-Comté", None), ("Clifden", None)],
)  # fmt: skip
def test_a_county_is_known_by_its_level_word_in_each_language_and_abbreviated(
    name: str, level: str | None
) -> None:
    assert region_level(name) == level


def test_an_abbreviated_or_translated_county_keys_as_the_county() -> None:
    keys = {
        place_key(name)
        for name in ("Co. Galway", "County Galway", "Grafschaft Galway", "la contea di Galway")
    }
    assert keys == {"galway"}
    assert place_key("Co. Mayo") != place_key("Co. Galway")
    # A company's "Co." and a region whose name holds "Comté" keep their words.
    assert place_key("Smith & Co. Ltd") == "smith co ltd"
    assert place_key("Franche-Comté") == "franche comte"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Zwei Fischer ertranken nahe Clifden (irisch: An Clochán) in der Grafschaft Galway.", "de",
         [("Clifden", "der Grafschaft Galway")]),
        ("Un incendie près de Mulhouse (Mülhausen en allemand), dans le Haut-Rhin, lundi.", "fr",
         [("Mulhouse", "le Haut-Rhin")]),
        ("Un incendio en Olmeda (unos 300 vecinos), en la provincia de Soria.", "es",
         [("Olmeda", "la provincia de Soria")]),
        ("A fire broke out in Ashby (Northfield) on Monday.", "en", [("Ashby", "Northfield")]),
        # A bracket and then any words: no place said to hold the town.
        ("A storm hit Tarvik (three dead), destroying houses in Lindau.", "en", []),
    ],
)  # fmt: skip
def test_a_bracketed_aside_between_a_town_and_its_county_is_read_past(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    assert list(places_within(text, lang)) == found


def _report(body: str, figure: str, place: str, location: str, lang: str) -> Briefed:
    return one_incident(
        body,
        evidence=body.split(". ")[0].rstrip(".") + ".",
        type="accident",
        place=place,
        location=location,
        time="Monday",
        language=lang,
        figures=[{"id": "f1", "category": "killed", "text": figure, "value": 2}],
    )


COUNTY = (
    "Two fishermen died when their trawler sank off Co. Galway on Monday, the coast guard said. "
    "The trawler had left port at dawn."
)
TOWN_IN = (
    "Zwei Fischer sind am Montag ertrunken, als ihr Kutter nahe Clifden (irisch: An Clochán) in der "
    "Grafschaft {county} sank. Der Kutter war im Morgengrauen ausgelaufen."
)


def test_a_county_abbreviated_and_a_town_the_day_puts_in_it_are_one_event() -> None:
    day = merged(
        _report(COUNTY, "Two fishermen", "Co. Galway", "off Co. Galway", "en"),
        _report(TOWN_IN.format(county="Galway"), "Zwei Fischer", "Clifden", "nahe Clifden", "de"),
    )
    assert len(day.incidents) == 1


def test_a_town_the_day_puts_in_another_county_stays_apart() -> None:
    day = merged(
        _report(COUNTY, "Two fishermen", "Co. Galway", "off Co. Galway", "en"),
        _report(TOWN_IN.format(county="Mayo"), "Zwei Fischer", "Clifden", "nahe Clifden", "de"),
    )
    assert len(day.incidents) == 2
