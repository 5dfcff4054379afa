"""A place written as near a landmark ("off Cape Morvan", "12 nautical miles west of Cape
Morvan", "au large de Porth Carrow", "vor Helgoland", "frente a Cádiz") is keyed as the
landmark: another report of the event names the landmark alone or at another distance
(issue 25, day 80: a ship's lost containers "off Land's End" and "12 nautical miles west of
Land's End" were two places). The relation is read at the start of the name only, and a
name that merely opens on its letters ("Offenbach", "Vorarlberg", "Nearwood") is kept."""

from __future__ import annotations

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.text.place_levels import landmark_of


@pytest.mark.parametrize(
    ("written", "landmark"),
    [
        ("off Cape Morvan", "Cape Morvan"),
        ("12 nautical miles west of Cape Morvan", "Cape Morvan"),
        ("about 5 km north of Lyon", "Lyon"),
        ("near Clifden", "Clifden"),
        ("au large de Porth Carrow", "Porth Carrow"),
        ("près d'Ajaccio", "Ajaccio"),
        ("à 3 km au nord de Bastia", "Bastia"),
        ("vor Helgoland", "Helgoland"),
        ("10 km westlich von Husum", "Husum"),
        ("frente a la costa de Cádiz", "Cádiz"),
        ("a 8 millas al sur de Barbate", "Barbate"),
        ("al largo di Genova", "Genova"),
        ("nei pressi di Olbia", "Olbia"),
        ("ao largo de Peniche", "Peniche"),
        ("a 5 km a norte de Braga", "Braga"),
    ],
)
def test_a_place_written_near_a_landmark_is_the_landmark(written: str, landmark: str) -> None:
    assert landmark_of(written) == landmark
    assert place_key(written) == place_key(landmark)


@pytest.mark.parametrize(
    "name", ["Offenbach", "Vorarlberg", "Nearwood", "Near", "Bei", "Porto Vecchio", "Alba"]
)
def test_a_name_opening_on_a_relation_s_letters_is_kept(name: str) -> None:
    assert landmark_of(name) == name


def test_two_landmarks_stay_two_places() -> None:
    assert place_key("off Cape Morvan") != place_key("off Cape Tregar")
    assert place_key("au large de Bastia") != place_key("au large d'Ajaccio")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("A31 near Hettange-Grande", "A31 Hettange-Grande"),
        ("A31 at Hettange-Grande", "A31 Hettange-Grande"),
        ("A31 près de Hettange-Grande", "A31 Hettange-Grande"),
        ("A31 bei Hettange-Grande", "A31 Hettange-Grande"),
        ("A-7 a la altura de Sagunto", "A-7 Sagunto"),
        ("A1 all'altezza di Lodi", "A1 Lodi"),
        ("A1 perto de Coimbra", "A1 Coimbra"),
        ("A31 between Thionville and Hettange-Grande", "A31"),
        ("A31 entre Thionville et Hettange-Grande", "A31"),
        ("A31 zwischen Thionville und Hettange-Grande", "A31"),
    ],
)
def test_a_road_located_by_a_town_is_the_road_at_the_town(written: str, read: str) -> None:
    assert landmark_of(written) == read


def test_a_road_s_direction_and_another_road_stay_apart() -> None:
    # Two carriageways of one road see two events; two roads near one town are two places.
    assert landmark_of("E40 richting Gent") == "E40 richting Gent"
    assert place_key("E40 richting Gent") != place_key("E40 richting Brussel")
    assert place_key("A31 near Hettange-Grande") != place_key("A4 near Hettange-Grande")
