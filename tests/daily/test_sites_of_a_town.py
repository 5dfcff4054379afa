"""A site written in a town by no name of its own ("farms in Tongeren", "fermes à Tongres")
and a village or quarter the other report says lies in that town: one place may be both,
as a report naming only the town would be (``places._site_of_a_holder``). Two sites of one
town, or a town's site and another town's village, stay two places."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain
from summarizer.daily.places import Levels, places_related
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("farms in Tongeren, Belgian Limburg", "tongeren farm"),
        ("boerderijen te Tongeren, Limburg", "tongeren farm"),
        ("fermes à Tongres, Limbourg", "tongeren farm"),
        ("Bauernhöfe in Tongern, Limburg", "tongern farm"),
        ("fattorie a Bolzano, Alto Adige", "bolzano farm"),
        ("masies de Vic, Osona", "vic farm"),
        ("granjas en Vic, Osona", "vic farm"),
    ],
)
def test_a_kind_of_site_in_a_town_is_keyed_as_that_towns_site(written: str, key: str) -> None:
    assert place_chain(written)[0] == key


def test_a_towns_own_a_keeps_its_a() -> None:
    """Only after a site's noun is "a" a preposition: "Torre a Mare" is a name."""
    assert place_chain("Torre a Mare, Bari")[0] == "tore a mare"


@pytest.mark.parametrize(
    ("site", "place", "places"),
    [
        ("tongeren farm", "piringen ruten", frozenset({"tongeren", "belgian limburg"})),
        ("vic farm", "taradel", frozenset({"vic"})),
        ("bolzano farm", "gries", frozenset({"bolzano", "south tyrol"})),
    ],
)
def test_a_towns_site_may_lie_in_a_village_of_the_town(site: str, place: str, places: frozenset[str]) -> None:
    assert places_related(site, frozenset(), place, places)
    assert places_related(place, places, site, frozenset())


def test_a_towns_site_may_lie_in_a_village_the_day_sets_in_the_town() -> None:
    levels = Levels(held_in=frozenset({"?:tongeren"}))
    assert places_related("tongeren farm", frozenset(), "piringen", frozenset(), levels_b=levels)


@pytest.mark.parametrize(
    ("site", "place", "places"),
    [
        ("vic school", "vic hospital", frozenset({"vic"})),  # two sites of one town
        ("tongeren farm", "piringen", frozenset({"st truiden"})),  # another town's village
        ("bolzano farm", "gries", frozenset()),  # a village the day sets nowhere
    ],
)
def test_two_sites_or_another_towns_village_stay_apart(site: str, place: str, places: frozenset[str]) -> None:
    assert not places_related(site, frozenset(), place, places)
    assert not places_related(place, places, site, frozenset())


def _theft(text: str, place: str, lang: str, receivers: str) -> object:
    return one_incident(
        text, type="other", place=place, location=place, time=None, language=lang,
        figures=[{"id": "f1", "text": receivers, "value": 7, "category": "other"}],
    )  # fmt: skip


def test_thefts_from_a_towns_farms_and_from_its_villages_are_one_event() -> None:
    day = merged(
        _theft(
            "Im belgischen Tongeren haben Unbekannte in der Nacht sieben GPS-Empfänger aus Traktoren "
            "auf Bauernhöfen gestohlen, teilte der Boerenbond mit.",
            "Bauernhöfe in Tongeren, Limburg", "de", "sieben GPS-Empfänger",
        ),
        _theft(
            "Bij landbouwbedrijven in Piringen en Rutten, deelgemeenten van Tongeren, zijn vannacht "
            "zeven gps-schermen uit tractoren gestolen, meldt de Boerenbond.",
            "Piringen en Rutten, Tongeren", "nl", "zeven gps-schermen",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_thefts_from_two_named_schools_of_one_town_stay_two() -> None:
    day = merged(
        _theft(
            "Thieves stole seven laptops overnight from the Sint-Jozef school in Tongeren, police said.",
            "Sint-Jozef school, Tongeren", "en", "seven laptops",
        ),
        _theft(
            "Des voleurs ont dérobé sept ordinateurs portables cette nuit à l'école Saint-Michel de Tongres.",
            "école Saint-Michel, Tongres", "fr", "sept ordinateurs portables",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def _placed(written: str) -> tuple[str, frozenset[str]]:
    """A report's place key and the places its chain names (the key among them)."""
    chain = place_chain(written)
    return chain[0], frozenset(chain)


@pytest.mark.parametrize(
    ("unnamed", "named"),
    [
        ("hermitage, Vilanera", "ermitage de Sant Sebastià, Vilanera"),
        ("ermita, Vilanera", "Einsiedelei St. Anna, Vilanera"),
        ("escola, Vic", "escola Sant Jordi, Vic"),
        ("chiesa, Bolzano", "Pfarrkirche St. Peter, Bozen"),
        ("school, Tongeren", "école Saint-Michel, Tongres"),
    ],
)
def test_a_towns_site_by_its_kind_may_be_the_site_of_that_kind_by_its_name(unnamed: str, named: str) -> None:
    assert places_related(*_placed(unnamed), *_placed(named))
    assert places_related(*_placed(named), *_placed(unnamed))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("escola, Vic", "hospital Sant Jordi, Vic"),  # two kinds of site of one town
        ("escola Sant Jordi, Vic", "école Saint-Michel, Vic"),  # two schools by their names
        ("hermitage, Vilanera", "ermitage de Sant Sebastià, Vilamar"),  # another town's
    ],
)
def test_sites_of_two_kinds_or_names_or_towns_stay_apart(one: str, other: str) -> None:
    assert not places_related(*_placed(one), *_placed(other))
    assert not places_related(*_placed(other), *_placed(one))


def test_a_site_named_for_its_town_is_not_the_site_of_a_village_of_it() -> None:
    """A "Tongeren station" is a station by the town's name, no station of Tongeren by its kind
    alone: Piringen's station, in Tongeren, is another."""
    named_for_the_town = ("tongeren station", frozenset({"tongeren station", "limburg"}))
    assert not places_related(*named_for_the_town, *_placed("station Piringen, Tongeren"))
