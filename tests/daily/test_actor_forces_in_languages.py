"""Police forces named in each language's words: Italy's Carabinieri ("carabiniers",
"carabineros italianos"; Chile's "Carabineros" is another force) and a Belgian police zone ("zone de police", "Polizeizone", "police zone")
have one key, as do a Belgian region's bodies ("flamand", "Flemish") and its fire
service ("zone de secours"); other zones, regions and forces stay apart."""

from __future__ import annotations

import pytest

from summarizer.daily.german_compounds import compound_parts
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        [
            "Carabinieri",
            "carabiniers",
            "carabineros italianos",
            "carabineiros italianos",
            "die Carabinieri",
            "los carabineros de Italia",
            "carabiniere",
        ],
        ["zone de police Ardenne-Sud", "Polizeizone Ardenne-Sud", "police zone Ardenne-Sud"],
    ],
)
def test_a_force_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    "chile",
    [
        "Carabineros",
        "los Carabineros",
        "Carabineros de Chile",
        "carabineiros",
        "General Director de Carabineros",
    ],
)
def test_chiles_carabineros_are_not_italys_carabinieri(chile: str) -> None:
    """Issue 25, known bug 4: a near-spelling of another body's name is no translation of it."""
    assert body_key(chile) != body_key("Carabinieri")
    assert body_key(chile) != body_key("les carabiniers")


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


def _force(text: str, name: str, language: str) -> Briefed:
    made = briefed(text, actors=[("a1", name, "organization")])
    return Briefed(made.article, made.briefing.model_copy(update={"language": language}))


def test_a_days_chilean_carabineros_and_italian_carabinieri_are_two_actors() -> None:
    chile = _force("Los Carabineros detuvieron a dos hombres en Valparaíso.", "Carabineros", "es")
    italy = _force("I Carabinieri hanno arrestato due uomini a Palermo.", "Carabinieri", "it")
    assert len(merged(chile, italy).actors) == 2
    # The near miss: Spanish copy's Italian force is Italy's.
    spanish = _force(
        "Los carabineros italianos detuvieron a dos hombres en Palermo.", "carabineros italianos", "es"
    )
    assert len(merged(spanish, italy).actors) == 1
