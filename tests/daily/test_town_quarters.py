"""The part of a town a location names by its compass point (issue 25, day 28 generalised):
two power cuts of one city on one day, one in its west, one in its east, are two events,
whichever language tells them; a bearing from a place or a point in a proper name is no
part of a town. Every article is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.spots import streets_apart, streets_in, town_quarters
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("location", "points"),
    [
        ("in the west of the city", {"west"}),
        ("the western districts of Ashby", {"west"}),
        ("the north-east of the city", {"north", "east"}),
        ("north-western suburbs", {"north", "west"}),
        ("the West End", {"west"}),
        ("in der Weststadt", {"west"}),
        ("In der Tarviker Nordstadt", {"north"}),
        ("im Östlichen Ringgebiet von Osterholm", {"east"}),
        ("im Süden der Stadt", {"south"}),
        ("dans l'est de la ville", {"east"}),
        ("les quartiers nord", {"north"}),
        ("en el norte de la ciudad", {"north"}),
        ("los barrios del oeste", {"west"}),
        ("zona sur", {"south"}),
    ],
)
def test_a_part_of_a_town_is_read_by_its_point_in_four_languages(location: str, points: set[str]) -> None:
    assert town_quarters(location) == points


@pytest.mark.parametrize(
    "location",
    [
        "a small airfield north of Ashby",  # a bearing from a place: one spot between two towns
        "nördlich von Celle",
        "au nord de Lyon",
        "al sur de Sagunto",
        "East Sussex",  # a point in a proper name
        "the West Bank",
        "South Africa",
        "Northern Ireland",
        "Osterholm",  # a town's own name
        "Westerland",
        "Nordhausen",
        "am Westpark",
        "le feu est maîtrisé",  # French "est" is a verb
        "este edificio",  # Spanish "este" is "this"
        "sur la route",  # French "sur" is "on"
        "",
    ],
)
def test_a_bearing_a_name_or_a_word_is_no_part_of_a_town(location: str) -> None:
    assert town_quarters(location) == frozenset()


def test_two_parts_of_a_town_are_two_spots_one_part_is_one() -> None:
    west, east = streets_in("in der Weststadt"), streets_in("in the east of the city")
    assert streets_apart(west, east)
    assert not streets_apart(west, streets_in("in the west of the city"))
    assert not streets_apart(west, streets_in("am Hafen"))  # no part named: nothing against
    # A street and a part: neither sets the other apart.
    assert not streets_apart(streets_in("on Dock Road"), east)
    assert streets_apart(streets_in("on Dock Road"), streets_in("on Canal Street"))


def _outage(text: str, location: str, time_: str, lang: str) -> object:
    return one_incident(text, type="other", place="Ashby", location=location, time=time_, language=lang)


def test_two_power_cuts_of_one_city_in_its_west_and_east_are_two_events() -> None:
    day = merged(
        _outage("In der Weststadt von Ashby fiel am Donnerstagvormittag der Strom aus, teilte der "
                "Netzbetreiber Okerland mit.", "in der Weststadt", "am Donnerstagvormittag", "de"),
        _outage("Power failed in the east of Ashby on Thursday, leaving thousands of households without "
                "electricity, the grid operator Okerland said.", "in the east of Ashby", "on Thursday", "en"),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_one_power_cut_told_in_two_languages_from_its_west_is_one_event() -> None:
    day = merged(
        _outage("In der Weststadt von Ashby fiel am Donnerstag der Strom für 18.000 Haushalte aus, teilte "
                "der Netzbetreiber Okerland mit.", "in der Weststadt", "am Donnerstag", "de"),
        _outage("Power failed for 18,000 households in the west of Ashby on Thursday, the grid operator "
                "Okerland said.", "in the west of Ashby", "on Thursday", "en"),
    )  # fmt: skip
    assert len(day.incidents) == 1


@pytest.mark.parametrize(
    "hostile",
    [
        "the " * 20_000 + "north",
        "Nord" * 10_000,
        "Östlich" + "es " * 10_000,
        "l'" * 20_000 + "est",
        "west-" * 20_000,
        "北 " * 10_000 + "the west",
    ],
)
def test_hostile_locations_are_read_quickly(hostile: str) -> None:
    start = time.thread_time()
    town_quarters(hostile)
    streets_in(hostile)
    assert time.thread_time() - start < 1.0


@pytest.mark.parametrize(
    "location",
    ["auf dem Flugplatz Ölsburg", "auf dem Verkehrslandeplatz Ölsburg", "auf dem Campingplatz des Ilots",
     "auf dem Parkplatz", "am Fußballplatz", "auf dem Truppenübungsplatz"],
)  # fmt: skip
def test_a_ground_for_something_is_no_square(location: str) -> None:
    """An airfield named "Flugplatz" by one report and "Verkehrslandeplatz" by another is one
    site, not two squares of the town."""
    assert streets_in(location) == frozenset()


def test_a_square_is_still_a_square() -> None:
    assert streets_in("am Marktplatz") == {"markt"}
    assert streets_in("am Bahnhofsplatz") == {"bahnhofs"}
    assert streets_apart(streets_in("am Marktplatz"), streets_in("in der Hafenstraße"))
