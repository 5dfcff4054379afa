"""A place written as a site "in" its town ("farms in Tongeren, Belgian Limburg") names no
inn: the English site noun "inn" folds to "in" as a place's key spells it (doubled letters
single), and the joining word was read as a hotel (issue 25, day 83: tractor GPS thefts at
"farms in Tongeren" keyed "tongeren farm hotel"). A capitalised "Inn" is still a hotel
(``place_chains._part_key``). Every place here is invented but Tongeren."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain, site_of_key


@pytest.mark.parametrize(
    "place",
    [
        "farms in Tongeren, Belgian Limburg",
        "boerderijen in Tongeren, Limburg",
        "Bauernhöfe im Sensebezirk, Freiburg",
        "a school in Ashby, Northfield",
    ],
)
def test_a_joining_word_of_a_place_is_no_site(place: str) -> None:
    assert "hotel" not in place_chain(place)[0].split()


def test_farms_in_a_town_are_a_farm_of_the_town() -> None:
    assert place_chain("farms in Tongeren, Belgian Limburg")[0] == "tongeren farm"
    assert site_of_key("tongeren farm") == "farm"


@pytest.mark.parametrize("place", ["Swan Inn, Ashby", "The Old Inn, Kelsdorf"])
def test_an_inn_named_so_is_still_a_hotel(place: str) -> None:
    assert site_of_key(place_chain(place)[0]) == "hotel"
