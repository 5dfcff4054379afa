"""A place written first as a part of a site ("airport arrivals hall", "zona d'arribades")
names where in the site the event was, not the site: the site is the place
(``place_chains._only_a_sites_part``, ``lexicons.site_parts``)."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain
from summarizer.daily.places import places_related


@pytest.mark.parametrize(
    ("written", "chain"),
    [
        ("airport arrivals hall, Palma", ("palma airport", "palma")),
        ("zona d'arribades, aeroport de Son Sant Joan, Palma", ("son st john airport", "palma")),
        ("zona de llegadas, aeropuerto de Barajas, Madrid", ("barajas airport", "madrid")),
        ("Ankunftshalle, Flughafen Son Sant Joan, Palma", ("son st john airport", "palma")),
        ("hall d'arrivée, aéroport de Nice", ("nice airport",)),
        ("binario 3, stazione di Lugano", ("lugano station",)),
        ("aankomsthal, luchthaven Zaventem", ("zaventem airport",)),
    ],
)
def test_a_part_of_a_site_is_placed_at_the_site(written: str, chain: tuple[str, ...]) -> None:
    assert place_chain(written) == chain


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("Halle, Sachsen-Anhalt", "hale"),  # a town named as a hall is
        ("zona industrial, Vic", "zona industrial"),  # an estate, a site of its own
        ("town hall, Vic", "vic town_hall"),  # a town's building
        ("quai Saint-Michel, Paris", "quai st michael"),  # a quay by its name
        ("3, Main Street", "3"),  # a house number, no part of a site
    ],
)
def test_names_and_sites_of_their_own_are_no_part_of_a_site(written: str, first: str) -> None:
    assert place_chain(written)[0] == first


def test_an_airports_hall_in_a_city_may_be_the_citys_airport_by_its_name() -> None:
    hall = place_chain("airport arrivals hall, Palma")
    named = place_chain("Flughafen Son Sant Joan, Palma")
    assert places_related(hall[0], frozenset(hall), named[0], frozenset(named))
    other_city = place_chain("Flughafen Son Sant Joan, Ibiza")
    assert not places_related(hall[0], frozenset(hall), other_city[0], frozenset(other_city))
