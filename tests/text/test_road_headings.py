"""A road's heading is no place of the report (``roads_and_works.without_heading``)."""

from __future__ import annotations

import pytest

from summarizer.text.roads_and_works import without_heading


@pytest.mark.parametrize(
    ("place", "kept", "dropped"),
    [
        ("E40 richting Brussel, Erpe-Mere", "Erpe-Mere", "Brussel"),
        ("A7 Richtung Hamburg bei Soltau", "Soltau", "Hamburg"),
        ("A6 direction Paris, Beaune", "Beaune", "Paris"),
        ("M6 towards Birmingham, near Stafford", "Stafford", "Birmingham"),
        ("AP-7 sentido Barcelona, Martorell", "Martorell", "Barcelona"),
        ("A1 in direzione di Milano, Lodi", "Lodi", "Milano"),
    ],
)
def test_the_town_a_road_heads_for_is_dropped(place: str, kept: str, dropped: str) -> None:
    found = without_heading(place)
    assert kept in found
    assert dropped not in found


@pytest.mark.parametrize(
    "place", ["Via Verso 3, Roma", "Van Praetbrug, Laken, Brussel", "Rue de la Direction, Lyon", "Richtung"]
)
def test_a_place_with_no_heading_is_kept_whole(place: str) -> None:
    assert without_heading(place) == place
