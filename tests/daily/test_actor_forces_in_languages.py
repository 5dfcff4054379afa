"""Police forces named in each language's words: Italy's Carabinieri ("carabiniers",
"carabineros") and a Belgian police zone ("zone de police", "Polizeizone", "police zone")
have one key, as do a Belgian region's bodies ("flamand", "Flemish") and its fire
service ("zone de secours"); other zones, regions and forces stay apart."""

from __future__ import annotations

import pytest

from summarizer.daily.organisations import compound_parts
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Carabinieri", "carabiniers", "carabineros", "carabineiros", "die Carabinieri"],
        ["zone de police Ardenne-Sud", "Polizeizone Ardenne-Sud", "police zone Ardenne-Sud"],
    ],
)
def test_a_force_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_the_carabinieri_are_no_other_force() -> None:
    keys = {body_key(n) for n in ["Carabinieri", "Polizia di Stato", "Guardia di Finanza", "gendarmerie"]}
    assert len(keys) == 4


def test_two_police_zones_stay_two_actors() -> None:
    groups = actor_groups(
        ActorStub("zone de police Ardenne-Sud"),
        ActorStub("Polizeizone Ardenne-Sud"),
        ActorStub("zone de police Haute-Meuse"),
        ActorStub("Polizeizone Haute-Meuse"),
    )
    assert groups == [
        ["Polizeizone Ardenne-Sud", "zone de police Ardenne-Sud"],
        ["Polizeizone Haute-Meuse", "zone de police Haute-Meuse"],
    ]


def test_a_zone_of_no_body_is_not_split() -> None:
    # "Sperrzone" (cordon) has no known modifier: it stays one word, no body's zone.
    assert compound_parts("sperrzone") == ["sperrzone"]
    assert compound_parts("polizeizone") == ["polizei", "zone"]


@pytest.mark.parametrize(
    "names",
    [
        ["zone de secours Brabant flamand", "Flemish Brabant fire service", "Feuerwehr Flämisch-Brabant"],
        ["gouvernement flamand", "Flemish government", "flämische Regierung", "governo fiammingo"],
        ["gouvernement wallon", "Walloon government", "wallonische Regierung"],
    ],
)
def test_a_belgian_regions_body_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_two_regions_and_two_rescue_zones_stay_apart() -> None:
    assert body_key("gouvernement flamand") != body_key("gouvernement wallon")
    assert body_key("zone de secours Hainaut-Centre") != body_key("zone de secours Brabant wallon")
    # Only French "zone de secours" names a fire service: an English "rescue zone" is an area.
    assert body_key("rescue zone") != body_key("fire service")
