"""An acronym alone ("LPD", "la PJ", "la GEAS") that the day also names with a place is
the body of its own article's place, never another region's because the day names only
that one (``regional_acronyms``; invented articles, real places)."""

from __future__ import annotations

from tests.daily.test_multilingual_actors import Named, placed_groups, together


def test_an_acronym_alone_of_another_region_stays_apart_in_german() -> None:
    groups = placed_groups(
        [
            ("robbery-wire", ["Tankstelle, Lehen, Salzburg"], "LPD Salzburg"),
            ("robbery-local", ["Tankstelle, Lehen, Salzburg"], "LPD"),
            ("maypole", ["Feuerwehrhaus, Ostermiething"], "LPD"),
        ]
    )
    assert together(groups, "robbery-wire:LPD Salzburg", "robbery-local:LPD")
    assert ["maypole:LPD"] in groups


def test_two_regions_directorates_each_take_their_own_acronym_alone() -> None:
    groups = placed_groups(
        [
            ("salzburg-a", ["Lehen, Salzburg"], "LPD Salzburg"),
            ("linz-a", ["Urfahr, Linz, Oberösterreich"], "LPD Oberösterreich"),
            ("salzburg-b", ["Salzburg"], "LPD"),
            ("linz-b", ["Linz"], "LPD"),  # met at Linz, where the other article names its LPD
        ]
    )
    assert together(groups, "salzburg-a:LPD Salzburg", "salzburg-b:LPD")
    assert together(groups, "linz-a:LPD Oberösterreich", "linz-b:LPD")
    assert not together(groups, "salzburg-a:LPD Salzburg", "linz-a:LPD Oberösterreich")


def test_a_judicial_police_branch_alone_in_french_is_its_own_towns() -> None:
    groups = placed_groups(
        [
            ("metz-a", ["rue Serpenoise, Metz"], "PJ Metz"),
            ("metz-b", ["Metz"], "PJ"),
            ("lux", ["Esch-sur-Alzette"], "PJ"),
        ]
    )
    assert together(groups, "metz-a:PJ Metz", "metz-b:PJ")
    assert not together(groups, "metz-a:PJ Metz", "lux:PJ")


def test_a_regional_unit_alone_in_spanish_is_its_own_islands() -> None:
    named: list[Named] = [
        ("tf-a", ["Puerto de la Cruz"], "GEAS Tenerife"),
        ("tf-b", ["Tenerife"], "GEAS"),
        ("gc", ["Las Palmas"], "GEAS"),
    ]
    groups = placed_groups(named)
    assert together(groups, "tf-a:GEAS Tenerife", "tf-b:GEAS")
    assert not together(groups, "tf-a:GEAS Tenerife", "gc:GEAS")


def test_without_places_an_acronym_alone_is_still_the_days_one_body_so_named() -> None:
    groups = placed_groups(
        [("a", ["Salzburg"], "LPD Salzburg"), ("b", ["Ostermiething"], "LPD")], with_places=False
    )
    assert together(groups, "a:LPD Salzburg", "b:LPD")
