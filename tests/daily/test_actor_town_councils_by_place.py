"""A town's council named alone ("il Comune", "la mairie", "el ayuntamiento", "der
Gemeinderat", "the town council") is its government, as "the city" is: the one of its own
article's town ("Ville de Vessac"), never a body the town runs ("Service de police de la
Ville de Vessac"), and of a town no named government is of, none (invented towns)."""

from __future__ import annotations

import pytest

from tests.daily.test_actor_town_governments_by_place import _groups


@pytest.mark.parametrize(
    "council", ["Comune", "il Comune", "la mairie", "el ayuntamiento", "Gemeinderat", "the town council"]
)
def test_a_bare_council_is_its_own_towns_government(council: str) -> None:
    groups = _groups(
        [
            ("vessac-it", ["Plateau, Vessac"], council),
            ("vessac-release", ["Vessac"], "Ville de Vessac"),
            ("vessac-metro", ["rue Haute, Vessac"], "Service de police de la Ville de Vessac"),
            ("tarrel-news", ["Route 11, Tarrel"], "Ville de Tarrel"),
            ("tarrel-update", ["Tarrel"], "The city"),
        ]
    )
    assert sorted([f"vessac-it:{council}", "vessac-release:Ville de Vessac"]) in groups
    assert ["tarrel-news:Ville de Tarrel", "tarrel-update:The city"] in groups
    assert ["vessac-metro:Service de police de la Ville de Vessac"] in groups


def test_a_bare_city_beside_the_towns_police_named_by_the_city_is_the_citys_government() -> None:
    groups = _groups(
        [
            ("metro", ["Plateau, Vessac"], "la Ville"),
            ("metro", ["Plateau, Vessac"], "Service de police de la Ville de Vessac"),
            ("release", ["Vessac"], "Ville de Vessac"),
            ("other", ["Tarrel"], "Ville de Tarrel"),
        ]
    )
    assert ["metro:la Ville", "release:Ville de Vessac"] in groups


def test_a_bare_council_of_a_third_town_joins_neither_named_government() -> None:
    groups = _groups(
        [
            ("a", ["Vessac"], "Ville de Vessac"),
            ("b", ["Tarrel"], "Comune di Tarrel"),
            ("c", ["Brenne"], "il Comune"),
        ]
    )
    assert ["c:il Comune"] in groups


@pytest.mark.parametrize("council", ["il Comune", "la mairie", "el ayuntamiento", "Gemeinderat"])
def test_a_bare_council_of_an_article_about_two_towns_joins_neither_town(council: str) -> None:
    # The article tells of Vessac and of Tarrel: which town's council it is, it does not say.
    groups = _groups(
        [("both", ["Vessac", "Tarrel"], council), ("vessac", ["Plateau, Vessac"], "Comune di Vessac")]
    )
    assert [f"both:{council}"] in groups


def test_a_bare_council_of_an_article_with_two_places_of_one_town_is_that_towns() -> None:
    groups = _groups(
        [
            ("vessac", ["Plateau, Vessac", "rue Haute, Vessac"], "il Comune"),
            ("release", ["Vessac"], "Comune di Vessac"),
            ("tarrel", ["Tarrel"], "Comune di Tarrel"),
        ]
    )
    assert ["release:Comune di Vessac", "vessac:il Comune"] in groups


@pytest.mark.parametrize(
    ("council", "named"), [("Gemeinderat", "Gemeinderat Tarrel"), ("la mairie", "mairie de Tarrel")]
)
def test_a_bare_council_is_not_the_one_other_towns_named_council(council: str, named: str) -> None:
    # "Gemeinderat" is a kind of body, not a brand that "Gemeinderat Tarrel" spells out.
    groups = _groups([("vessac", ["Vessac"], council), ("tarrel", ["Tarrel"], named)])
    assert [f"vessac:{council}"] in groups
