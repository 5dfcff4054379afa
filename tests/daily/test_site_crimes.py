"""A crime told at one named site is one crime (``daily.site_crimes``): the words each
language tells a crime by, the sites it is told at, and what is no such site. Every
report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from summarizer.daily.merge import report_words
from summarizer.daily.site_crimes import at_a_named_site, tells_a_crime
from tests.daily.test_daily import merged, one_incident


class _Words:
    def __init__(self, text: str) -> None:
        self.words = tuple(sorted(report_words(text)))


@pytest.mark.parametrize(
    "text",
    [
        "A petrol station on Mill Road was robbed.",
        "Ob die beiden Überfälle zusammenhängen, ist offen.",
        "Nel pomeriggio è stato rapinato un secondo distributore.",
        "Une station-service a été braquée dans la nuit.",
        "Atracaron una gasolinera de la avenida.",
        "Um posto de combustível foi assaltado.",
    ],
)
def test_a_crime_is_told_in_every_language(text: str) -> None:
    assert tells_a_crime(_Words(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "The petrol station on Mill Road reopened after works.",
        "Der Sturm hat das Dach der Tankstelle abgedeckt.",
        "Il distributore di benzina ha riaperto dopo i lavori.",
    ],
)
def test_no_crime_is_told_where_none_is(text: str) -> None:
    assert not tells_a_crime(_Words(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("place", "named"),
    [
        ("munchner bundestrase petrol_station", True),
        ("bank rue de la gare", True),
        ("petrol_station", False),  # the kind alone: any of the town's stations
        ("liefering", False),  # a town's part, no site
        ("salzach valley", False),
        (None, False),
    ],
)
def test_a_named_site_is_a_kind_of_site_and_its_name(place: str | None, named: bool) -> None:
    assert at_a_named_site(place) is named


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mann mit Sturmhaube und Pistole bedrohte die Kassierin.",
        "Der Täter trug eine schwarze Sturmmaske.",
        "Die Polizei stellte ein Sturmgewehr sicher.",
        # Police storming a flat, an assault, a striker, a football club: no storm either.
        "Die Polizei stürmte am Morgen die Wohnung des Verdächtigen.",
        "Spezialkräfte stürmten das Gebäude.",
        "Nach dem Sturmangriff auf die Stellung.",
        "Der Stürmer erzielte zwei Tore.",
        "Sturm Graz gewann das Derby gegen Rapid.",
    ],
)
def test_a_robbers_balaclava_is_no_storm(text: str) -> None:
    assert event_kind(text) is None


def test_a_storm_is_still_a_storm() -> None:
    assert event_kind("Der Sturm deckte in der Nacht mehrere Dächer ab.") == "weather"
    assert event_kind("Sturmschäden im ganzen Landkreis.") == "weather"
    assert event_kind("Sturmtief Zoltan zieht über Norddeutschland.") == "weather"
    assert event_kind("Die Stürme richteten Schäden an.") == "weather"
    assert event_kind("Der Sturm in Graz deckte Dächer ab.") == "weather"


def test_one_petrol_station_robbery_told_in_german_and_italian_is_one_event() -> None:
    """The crime is "überfallen" and "rapinato", the site the station on one street."""
    place = "Tankstelle Lindenstraße, Brunnfeld"
    day = merged(
        one_incident(
            "Am Nachmittag wurde eine Tankstelle an der Lindenstraße in Brunnfeld überfallen.",
            type="other", place=place, time="Am Nachmittag",
        ),
        one_incident(
            "Nel pomeriggio è stato rapinato un distributore a Brunnfeld, in Lindenstraße.",
            type="other", place=place, time="Nel pomeriggio",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_robberies_of_two_stations_of_one_town_the_same_night_stay_two() -> None:
    """One town, one night, two stations on two streets: each its own crime."""
    day = merged(
        one_incident(
            "In der Nacht wurde eine Tankstelle an der Lindenstraße in Brunnfeld überfallen.",
            type="other", place="Tankstelle Lindenstraße, Brunnfeld", time="In der Nacht",
        ),
        one_incident(
            "Nella notte è stato rapinato un distributore in via Roma a Brunnfeld.",
            type="other", place="distributore via Roma, Brunnfeld", time="Nella notte",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_one_petrol_station_robbery_told_in_english_and_italian_is_one_event() -> None:
    place = "Tankstelle Mühlenweg, Brunnfeld"
    day = merged(
        one_incident(
            "A petrol station on the Mühlenweg in Brunnfeld was robbed by a masked man.",
            type="other", place=place, time="in the afternoon",
        ),
        one_incident(
            "Un distributore di benzina sul Mühlenweg a Brunnfeld è stato rapinato da un uomo mascherato.",
            type="other", place=place, time="Nel pomeriggio",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_a_robbery_and_a_reopening_of_one_named_site_stay_two() -> None:
    """The crime at one site is one specific only when both reports tell a crime: the
    petrol station robbed and the same station's reopening after works are two events."""
    place = "Tankstelle Mühlenweg, Brunnfeld"
    day = merged(
        one_incident(
            "Eine Tankstelle am Mühlenweg in Brunnfeld ist am Nachmittag überfallen worden.",
            type="other", place=place, time="am Nachmittag",
        ),
        one_incident(
            "Un distributore di benzina sul Mühlenweg a Brunnfeld ha riaperto dopo i lavori.",
            type="other", place=place, time="Nel pomeriggio",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2
