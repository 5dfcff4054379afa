"""A firm named with its kind in one language and bare in another ("coopérative Agri-X",
"Agri-X"; "astillero X", "Werft X", "the X yard"), Belgium's fire services ("zones de
secours") in German and Dutch copy, and the Grand Duchy's police by its own adjective
("police grand-ducale", "Großherzogliche Polizei") and as "Luxembourg police" are one actor
each; two firms, two zones, two countries' forces stay apart (issue 25, days 91 and 93;
invented names)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, body_key


def _groups(*names: str, kind: str = "organization", places: tuple[str, ...] = ()) -> list[list[str]]:
    actors = [ActorStub(name, kind) for name in names]  # type: ignore[arg-type]
    found = same_actor_groups(actors, places=places)
    return sorted(sorted(actors[i].name for i in group) for group in found)


@pytest.mark.parametrize(
    "names",
    [
        [
            "astillero Mestrado",
            "Werft Mestrado",
            "Mestrado yard",
            "estaleiro Mestrado",
            "scheepswerf Mestrado",
        ],
        [
            "chantiers navals de Kerlouan",
            "cantiere navale di Kerlouan",
            "Kerlouan shipyard",
            "drassanes de Kerlouan",
        ],
        ["coopérative Agrimel", "Agrimel-coöperatie", "cooperativa Agrimel", "Genossenschaft Agrimel"],
    ],
)
def test_a_firm_named_with_its_kind_in_each_language_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, [body_key(n) for n in names]


@pytest.mark.parametrize(
    "kind_named", ["coopérative Agri-Tiesse", "Agri-Tiesse-coöperatie", "cooperativa Agri-Tiesse"]
)
def test_a_cooperatives_bare_name_is_the_days_one_cooperative_so_named(kind_named: str) -> None:
    # The incident's place names the firm too ("Agri-Tiesse silo"): its words are the day's.
    places = ("Agri-Tiesse silo, rue des Trois Chênes, Tiessemont",)
    assert _groups(kind_named, "Agri-Tiesse", places=places) == sorted([sorted([kind_named, "Agri-Tiesse"])])


def test_a_bare_name_joins_no_cooperative_of_another_name() -> None:
    groups = _groups("coopérative Agri-Tiesse", "Agri-Mosan", places=("Tiessemont",))
    assert len(groups) == 2, groups


def test_two_shipyards_of_one_town_stay_apart() -> None:
    groups = _groups("astillero Mestrado", "Werft Vulcanor", "Mestrado yard", places=("Ferrolan",))
    assert ["Mestrado yard", "astillero Mestrado"] in groups and ["Werft Vulcanor"] in groups, groups


def test_a_building_site_is_no_shipyard() -> None:
    # French "chantier" and Italian "cantiere" alone are building sites.
    assert body_key("chantier Mestrado") != body_key("astillero Mestrado")
    assert body_key("cantiere Mestrado") != body_key("Werft Mestrado")


@pytest.mark.parametrize(
    "name", ["Rettungszone Tiesbaye", "Hilfeleistungszone Tiesbaye", "hulpverleningszone Tiesbaye"]
)
def test_a_belgian_rescue_zone_in_german_dutch_and_english_is_the_zone_de_secours(name: str) -> None:
    assert body_key(name) == body_key("zone de secours Tiesbaye")
    groups = _groups("zone de secours Tiesbaye", name, kind="government")
    assert groups == [sorted(["zone de secours Tiesbaye", name])], groups


def test_two_rescue_zones_stay_apart() -> None:
    groups = _groups("zone de secours Tiesbaye", "Rettungszone Eifelland", kind="government")
    assert len(groups) == 2, groups


@pytest.mark.parametrize(
    "name",
    ["police grand-ducale", "Großherzogliche Polizei", "Grand Ducal Police", "groothertogelijke politie",
     "polizia granducale", "polícia grão-ducal", "police du Grand-Duché", "police luxembourgeoise"],
)  # fmt: skip
def test_the_grand_duchys_police_by_its_own_adjective_is_luxembourgs(name: str) -> None:
    assert body_key(name) == body_key("Luxembourg police")


def test_the_grand_ducal_police_of_three_articles_is_one_and_no_belgian_force() -> None:
    groups = _groups(
        "police grand-ducale",
        "Großherzogliche Polizei",
        "Luxembourg police",
        "police belge",
        kind="government",
    )
    assert ["Großherzogliche Polizei", "Luxembourg police", "police grand-ducale"] in groups, groups
    assert ["police belge"] in groups, groups


def test_a_grand_dukes_title_is_no_country() -> None:
    assert "luxembourg" not in body_key("Grand-Duc Henri")
