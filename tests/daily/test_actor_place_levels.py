"""A force named with its place's level ("police in the province of Zeeland", "vigili del
fuoco della provincia di Huesca", "bombers de la província d'Osca") is the day's one force
named by that place and no level ("Politie Zeeland-West-Brabant", "Bomberos
Huesca-Teruel"): the level says what the place is, not which force (issue 25, day 82).
Never one that gives a level of its own, nor one of two forces the place names
(invented articles, real places)."""

from __future__ import annotations

import pytest

from summarizer.daily.organisations import without_place_level
from tests.daily.test_multilingual_actors import Named, placed_groups


@pytest.mark.parametrize(
    ("local", "levelled"),
    [
        # A Dutch police region named by two provinces' parts, and an English wire's name.
        (
            ("nl", ["Hulst, Zeeland"], "Politie Zeeland-West-Brabant"),
            ("en", ["Hulst"], "police in the province of Zeeland"),
        ),
        # A Spanish fire service of two provinces, in Italian.
        (
            ("es", ["Jaca, Huesca", "Teruel"], "Bomberos Huesca-Teruel"),
            ("it", ["Jaca"], "vigili del fuoco della provincia di Huesca"),
        ),
        # And in Catalan, by the province's Catalan name.
        (
            ("es", ["Jaca, Huesca", "Teruel"], "Bomberos Huesca-Teruel"),
            ("ca", ["Jaca"], "bombers de la província d'Osca"),
        ),
    ],
)
def test_a_force_named_with_its_places_level_is_the_force_named_by_that_place(
    local: Named, levelled: Named
) -> None:
    assert placed_groups([local, levelled]) == [
        sorted([f"{local[0]}:{local[2]}", f"{levelled[0]}:{levelled[2]}"])
    ]


def test_a_force_of_another_level_of_the_place_stays_apart() -> None:
    """A district's police is not the canton's: "Kantonspolizei Zürich" gives its level."""
    groups = placed_groups(
        [("ch", ["Zürich"], "Kantonspolizei Zürich"), ("fr", ["Zürich"], "police du district de Zurich")]
    )
    assert len(groups) == 2, groups


def test_two_forces_the_place_names_leave_the_levelled_name_alone() -> None:
    groups = placed_groups(
        [
            ("nl", ["Hulst, Zeeland"], "Politie Zeeland-West-Brabant"),
            ("nl2", ["Goes, Zeeland"], "Politie Zeeland-Oost"),
            ("en", ["Hulst, Zeeland"], "police in the province of Zeeland"),
        ]
    )
    assert ["en:police in the province of Zeeland"] in groups, groups


def test_the_province_itself_is_no_force_of_it() -> None:
    groups = placed_groups(
        [
            ("nl", ["Middelburg, Zeeland"], "provincie Zeeland"),
            ("en", ["Hulst, Zeeland"], "police in the province of Zeeland"),
        ]
    )
    assert len(groups) == 2, groups


def test_only_a_kind_of_body_with_a_place_of_the_day_loses_its_level() -> None:
    places = frozenset({"zeeland", "hulst"})
    assert without_place_level(frozenset({"police", "province", "zeeland"}), places) == {"police", "zeeland"}
    # A level and a kind alone ("district police"), or a place's government, keep it.
    assert without_place_level(frozenset({"police", "district"}), places) == {"police", "district"}
    assert without_place_level(frozenset({"province", "zeeland"}), places) == {"province", "zeeland"}
