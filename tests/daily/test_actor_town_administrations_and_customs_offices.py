"""A town's administration in German or Dutch ("Stadtverwaltung von Funchal",
"gemeentebestuur") is the town's government other languages name as its council; a German
customs office ("Hauptzollamt Singen") is the customs of its town as translations name it;
a field's adjective ("doganale") or its words in another language ("Terre", "Lands") and a
region's Romance compass adjective ("Flandre occidentale") key as the other languages'
names do. Two towns', two countries' or a region's two halves' bodies stay apart (invented
days, real places)."""

from __future__ import annotations

import pytest

from summarizer.daily.organisations import organisation_key
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    "names",
    [
        ["Stadtverwaltung von Funchal", "Câmara Municipal do Funchal", "Funchal city council",
         "Ayuntamiento de Funchal", "mairie de Funchal"],
        ["gemeentebestuur van Knokke-Heist", "Gemeindeverwaltung Knokke-Heist", "conseil municipal de Knokke-Heist"],
        ["stadsbestuur van Brugge", "Stadtverwaltung von Brugge", "city council of Brugge"],
    ],
)  # fmt: skip
def test_a_towns_administration_is_its_council_in_any_language(names: list[str]) -> None:
    assert len({organisation_key(name) for name in names}) == 1


def test_two_towns_administrations_stay_apart() -> None:
    assert len(actor_groups(ActorStub("Stadtverwaltung Lindau"), ActorStub("city council of Bregenz"))) == 2
    assert (
        len(actor_groups(ActorStub("Stadtverwaltung von Funchal"), ActorStub("Câmara Municipal de Machico")))
        == 2
    )


def test_a_german_customs_office_is_its_towns_customs() -> None:
    groups = actor_groups(ActorStub("Hauptzollamt Singen"), ActorStub("customs in Singen"))
    assert groups == [["Hauptzollamt Singen", "customs in Singen"]]
    assert organisation_key("Zollamt Basel") == organisation_key("Zollamt von Basel")


def test_two_customs_offices_and_two_countries_customs_stay_apart() -> None:
    assert len(actor_groups(ActorStub("Hauptzollamt Singen"), ActorStub("customs in Lörrach"))) == 2
    # One border day: Germany's customs office and Switzerland's federal customs office.
    groups = actor_groups(
        ActorStub("Hauptzollamt Singen"), ActorStub("Bundesamt für Zoll und Grenzsicherheit")
    )
    assert len(groups) == 2


@pytest.mark.parametrize(
    "names",
    [
        ["Ufficio federale dell'imposizione doganale e della sicurezza dei confini",
         "Office fédéral de la douane et de la sécurité des frontières",
         "Bundesamt für Zoll und Grenzsicherheit", "Federal Office for Customs and Border Security"],
        ["Autoridade Aduaneira", "autorité douanière", "autorità doganale", "customs authority"],
        ["Lands Authority", "Autorità delle Terre", "Landbehörde", "Autoridad de Tierras"],
    ],
)  # fmt: skip
def test_a_body_named_by_its_fields_adjective_or_a_translated_field_has_one_key(names: list[str]) -> None:
    assert len({organisation_key(name) for name in names}) == 1


def test_a_lands_authority_is_no_states_office_nor_a_port_authority() -> None:
    assert organisation_key("Landbehörde") != organisation_key("Landesbehörde")
    groups = actor_groups(ActorStub("Autorità delle Terre"), ActorStub("Autorità portuale"))
    assert len(groups) == 2


@pytest.mark.parametrize(
    "names",
    [["zone de secours 1 de Flandre occidentale", "Hulpverleningszone 1 West-Vlaanderen"],
     ["police de Flandre orientale", "politie Oost-Vlaanderen"],
     ["protezione civile della Sicilia occidentale", "civil protection of western Sicily"]],
)  # fmt: skip
def test_a_regions_romance_compass_adjective_is_the_compass_word_of_the_others(names: list[str]) -> None:
    assert len({organisation_key(name) for name in names}) == 1


def test_a_regions_two_halves_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("police de Flandre occidentale"), ActorStub("police de Flandre orientale")
    )
    assert len(groups) == 2
