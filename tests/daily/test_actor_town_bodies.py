"""A town's council and its gendarmes as newsrooms name them in several languages: "Ayuntamiento
de Zaragoza", "city council of Zaragoza", "conseil municipal de Saragosse" (a city named in
another language as its own name) are one body; two towns' councils, a county's council,
and words some town abroad is also called ("island", "santé") stay what they are."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.city_names import city_own_name
from tests.daily.test_multilingual_actors import ActorStub, body_key


@pytest.mark.parametrize(
    "names",
    [
        [
            "Ayuntamiento de Zaragoza",
            "city council of Zaragoza",
            "conseil municipal de Saragosse",
            "Stadtrat Zaragoza",
        ],
        ["Zaragoza City Council", "Ayuntamiento de Zaragoza", "Zaragoza town hall"],
        # The mayor's office in each language is the town's hall.
        ["Soria's mayor's office", "alcaldía de Soria", "mairie de Soria", "Bürgermeisteramt Soria"],
        ["stadhuis van Gent", "Gent town hall", "gemeentehuis Gent"],
        ["parquet de Sarrebruck", "Staatsanwaltschaft Saarbrücken"],
        ["police de Séville", "Policía de Sevilla"],
    ],
)
def test_a_towns_body_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_two_towns_councils_and_a_countys_stay_apart() -> None:
    assert body_key("conseil municipal de Saragosse") != body_key("Ayuntamiento de Sevilla")
    assert body_key("Tarrel County Council") != body_key("Tarrel City Council")
    assert body_key("Lanzarote island council") != body_key("Iceland council")


@pytest.mark.parametrize(
    "word",
    ["sante", "island", "camara", "bajo", "suisse", "norte", "union", "nuevo", "plaza", "casco", "gente", "leche",
     "basura", "africa"],
)  # fmt: skip
def test_words_a_town_abroad_is_also_called_are_left_as_they_are(word: str) -> None:
    assert city_own_name(word) == word


def test_the_gendarmerie_alone_is_the_days_one_gendarmerie() -> None:
    actors = [
        ActorStub("groupement de gendarmerie départementale de la Haute-Savoie"),
        ActorStub("gendarmerie"),
        ActorStub("la gendarmerie"),
    ]
    assert len(same_actor_groups(actors)) == 1


def test_two_departments_gendarmes_leave_the_bare_gendarmerie_alone() -> None:
    actors = [
        ActorStub("gendarmes de la Moselle"),
        ActorStub("gendarmerie du Bas-Rhin"),
        ActorStub("gendarmerie"),
    ]
    groups = same_actor_groups(actors)
    assert [2] in groups and len(groups) == 3


def test_a_hostile_city_like_run_is_left_alone() -> None:
    run = "saragosse" * 5000
    assert city_own_name(run) == run
    assert body_key("conseil municipal de " + "Saragosse-" * 2000)


@pytest.mark.parametrize(
    "names",
    [
        ["Xunta de Galicia", "Galician regional government", "galicische Regionalregierung", "Xunta"],
        ["Junta de Andalucía", "Andalusian regional government", "gouvernement régional andalou"],
        ["police sarroise", "Saarland police", "Polizei Saarland"],
        ["ministère sarrois de la Justice", "Saarland justice ministry"],
    ],
)
def test_a_regions_body_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_two_regions_governments_and_an_electoral_board_stay_apart() -> None:
    assert body_key("Xunta de Galicia") != body_key("Junta de Andalucía")
    assert "government" not in body_key("Junta Electoral Central")
    groups = same_actor_groups(
        [
            ActorStub("Xunta de Galicia"),
            ActorStub("Junta de Castilla y León"),
            ActorStub("regional government"),
        ]
    )
    assert [2] in groups and len(groups) == 3


def test_a_region_named_by_its_adjective_joins_its_shorter_form() -> None:
    assert len(same_actor_groups([ActorStub("Xunta de Galicia"), ActorStub("Gobierno gallego")])) == 1


def test_a_kind_a_body_is_also_named_by_joins_no_other_places_body_of_that_kind() -> None:
    actors = [
        ActorStub("Polizei Köln", aliases=("Polizei",)),
        ActorStub("police sarroise", aliases=("police",)),
        ActorStub("Saarland police"),
    ]
    groups = same_actor_groups(actors)
    assert [0] in groups and [1, 2] in groups


@pytest.mark.parametrize(
    "names",
    [
        ["Landesnotrufzentrale", "provincial emergency centre", "state emergency center"],
        ["Weltorganisation für Tiergesundheit", "World Organisation for Animal Health"],
    ],
)
def test_a_german_compound_is_its_parts_in_english(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_a_bodys_short_name_joins_neither_of_two_regions_bodies() -> None:
    actors = [
        ActorStub("Justizministerium"),
        ActorStub("ministère sarrois de la Justice"),
        ActorStub("Bavarian justice ministry"),
    ]
    assert [0] in same_actor_groups(actors)
    actors = [
        ActorStub("Notrufzentrale"),
        ActorStub("Landesnotrufzentrale Tirol"),
        ActorStub("Notrufzentrale Bayern"),
    ]
    assert [0] in same_actor_groups(actors)


@pytest.mark.parametrize(
    "names",
    [
        ["GECT Montvert", "AECT Montvert", "Montvert EGTC", "EVTZ Montvert"],
        ["Ayuntamiento de Girona", "Girona city council", "conseil municipal de Gérone"],
    ],
)
def test_a_bodys_kind_in_law_and_a_towns_other_name_give_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_two_cross_border_groupings_and_two_towns_stay_apart() -> None:
    assert body_key("GECT Montvert") != body_key("AECT Pirineus-Cerdanya")
    assert body_key("Ayuntamiento de Lleida") != body_key("Ayuntamiento de Girona")


@pytest.mark.parametrize("name", ["Hôtel de la Ville", "Mayor Street Office Supplies"])
def test_a_hotel_or_a_shop_is_no_mayors_office(name: str) -> None:
    """A hotel named for the town, or a shop on Mayor Street: no town's hall."""
    assert body_key(name) != body_key("mairie"), body_key(name)
