"""A place whose name calls it a district may lie in a first-level region the data knows
(``place_chains._district_of_a_region``), so two reports of one village placed one by its
district and one by its canton are not set apart by what holds them (``holders_apart``).
Read from the place's key, which keeps a level word only where German writes it into the
name ("Sensebezirk"): "Landkreis Rosenheim" and "Osona district" are keyed without theirs."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import holders_apart, place_chain, place_holders


def _apart(a: str, b: str) -> bool:
    return holders_apart(place_holders(a), place_chain(a)[0], place_holders(b), place_chain(b)[0])


@pytest.mark.parametrize(
    ("by_district", "by_region"),
    [
        ("Aubenwil, Sensebezirk", "Aubenville, canton de Fribourg"),  # de / fr
        ("Aubenwil, Sensebezirk", "Aubenwil, Freiburg/Fribourg"),  # de / both names
        ("Kirchdorf, Rosenheimkreis", "Kirchdorf, Bayern"),  # de / de
        ("Kirchdorf, Rosenheimkreis", "Kirchdorf, Bavaria"),  # de / en
    ],
)
def test_a_district_and_a_region_may_hold_one_village(by_district: str, by_region: str) -> None:
    assert not _apart(by_district, by_region)
    assert not _apart(by_region, by_district)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Pic Ardent, Valais", "Pic Ardent, Zermatten"),  # a place of no level: the day decides
        ("Bahnhofstrasse, Zürich", "Bahnhofstrasse, Bern"),  # two regions
        ("Altdorf, Hochsauerlandkreis", "Altdorf, Rhein-Sieg-Kreis"),  # two districts
    ],
)
def test_places_of_no_level_two_regions_or_two_districts_stay_apart(one: str, other: str) -> None:
    assert _apart(one, other)
    assert _apart(other, one)
